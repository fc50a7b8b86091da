/** The picture formats the service takes, keeps and serves. */
export type ImageFormat = 'png' | 'jpeg' | 'gif' | 'webp';

export const IMAGE_MIME: Readonly<Record<ImageFormat, string>> = {
  png: 'image/png',
  jpeg: 'image/jpeg',
  gif: 'image/gif',
  webp: 'image/webp',
};

export interface ImageLimits {
  /** Pixels at most, all frames of an animation together. */
  maxPixels: number;
  maxFrames: number;
  /** Frames times a frame's pixels at most, for an animation (what its encoding costs). */
  maxAnimationPixels: number;
  /** The longer side of a kept picture at most: a larger one is scaled down. */
  maxSide: number;
}

/** Pictures decoded and encoded again by a real image library: nothing of an upload is served as it came. */
export interface ImageCodec {
  /**
   * The picture decoded and encoded again in its own format (the one its bytes are, by the library's
   * reading of them), upright (its orientation applied), scaled down to `maxSide` and without metadata
   * (EXIF, XMP, GPS, comments). Refused (DomainError invalid) when it does not decode, is not a PNG, JPEG,
   * GIF or WebP, is not `expected` when one is given, or is past the limits; tooManyRequests when too many
   * pictures wait. A job still waiting when `signal` aborts is dropped.
   */
  clean(bytes: Buffer, limits: ImageLimits, expected?: ImageFormat, signal?: AbortSignal): Promise<{ bytes: Buffer; format: ImageFormat }>;
  /** A copy at most `width` pixels wide (never enlarged; an animation's first frame), in `format`. */
  resize(bytes: Buffer, width: number, format: ImageFormat, limits: ImageLimits): Promise<Buffer>;
}
