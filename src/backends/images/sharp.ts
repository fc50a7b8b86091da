import type { Sharp, SharpOptions } from 'sharp';
import { DomainError } from '../../errors.js';
import type { ImageCodec, ImageFormat, ImageLimits } from './types.js';

type SharpFactory = (input: Buffer, options: SharpOptions) => Sharp;

let loaded: Promise<SharpFactory> | undefined;

/** libvips is loaded at the first picture, not at start: a process that never sees one does not carry it. */
function load(): Promise<SharpFactory> {
  loaded ??= import('sharp').then(({ default: sharp }) => {
    // Each upload is decoded once: libvips' cache of operations would only hold memory.
    sharp.cache(false);
    return sharp;
  });
  return loaded;
}

const refused = (reason: string) => new DomainError('invalid', reason);
const FORMATS: readonly ImageFormat[] = ['png', 'jpeg', 'gif', 'webp'];

/** Quality of the lossy encodings: what the eye does not miss at phone sizes. */
const QUALITY = 85;

function encode(image: Sharp, format: ImageFormat): Sharp {
  switch (format) {
    case 'png':
      return image.png();
    case 'jpeg':
      return image.jpeg({ quality: QUALITY });
    case 'gif':
      return image.gif();
    case 'webp':
      return image.webp({ quality: QUALITY });
  }
}

/** sharp (libvips): decodes from the header's promises only what the limits allow. */
export class SharpImageCodec implements ImageCodec {
  async clean(bytes: Buffer, limits: ImageLimits, expected?: ImageFormat): Promise<{ bytes: Buffer; format: ImageFormat }> {
    const sharp = await load();
    const options: SharpOptions = { limitInputPixels: limits.maxPixels, animated: true };
    const meta = await sharp(bytes, options)
      .metadata()
      .catch(() => undefined);
    const format = FORMATS.find((f) => f === meta?.format);
    if (!meta || !format) throw refused('the data is not a PNG, JPEG, GIF or WebP image');
    if (expected && format !== expected) throw refused(`the data is not a ${expected} image`);
    const frames = meta.pages ?? 1;
    if (frames > limits.maxFrames) throw refused(`more than ${limits.maxFrames} frames`);
    if (meta.width * (meta.pageHeight ?? meta.height) * frames > limits.maxPixels) throw refused(`more than ${limits.maxPixels} pixels`);
    // sharp writes no metadata unless asked to: EXIF (GPS included), XMP, IPTC and comments stay behind.
    const cleaned = await encode(sharp(bytes, options).autoOrient(), format)
      .toBuffer()
      .catch(() => {
        throw refused(`the ${format} image does not decode`);
      });
    return { bytes: cleaned, format };
  }

  async resize(bytes: Buffer, width: number, format: ImageFormat, limits: ImageLimits): Promise<Buffer> {
    const sharp = await load();
    return encode(sharp(bytes, { limitInputPixels: limits.maxPixels }).resize({ width, withoutEnlargement: true }), format).toBuffer();
  }
}
