import type { ImageFormat } from '../../backends/images/types.js';

/** A sized copy (?w=) of a stored picture, to be made once and kept beside it. */
export interface SizedCopy {
  /** The picture's object. */
  key: string;
  /** The copy's object, named after the picture's ETag, its width and its format. */
  copyKey: string;
  width: number;
  format: ImageFormat;
}
