import { availableParallelism } from 'node:os';
import type { Sharp, SharpOptions } from 'sharp';
import { DomainError } from '../../errors.js';
import type { ImageCodec, ImageFormat, ImageLimits } from './types.js';
import { WorkQueue } from './work-queue.js';

type SharpFactory = (input: Buffer, options: SharpOptions) => Sharp;

let loaded: Promise<SharpFactory> | undefined;

/** libvips is loaded at the first picture, not at start: a process that never sees one does not carry it. */
function load(): Promise<SharpFactory> {
  loaded ??= import('sharp').then(({ default: sharp }) => {
    // Each upload is decoded once: libvips' cache of operations would only hold memory.
    sharp.cache(false);
    // One thread a picture: the work queue, not libvips, decides how many cores pictures take.
    sharp.concurrency(1);
    return sharp;
  });
  return loaded;
}

const refused = (reason: string) => new DomainError('invalid', reason);
const FORMATS: readonly ImageFormat[] = ['png', 'jpeg', 'gif', 'webp'];

/** Quality of the lossy encodings: what the eye does not miss at phone sizes. */
const QUALITY = 85;
/**
 * A job's place in the queue is its arrival plus this many milliseconds a million pixels: a small picture
 * overtakes large ones that arrived up to that long before it (a 5-megapixel animation: 5 s), and a large
 * one waits at most that long behind small ones that came after it. Real work is about 45 ms a million
 * pixels for a GIF, 26 for a JPEG: the weight favours small pictures well beyond their cost, which is what
 * keeps the pictures of a page quick while someone uploads animations in a loop.
 */
const QUEUE_MS_PER_MEGAPIXEL = 1000;

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

/** What a picture's header promises: read without decoding a pixel. */
interface Header {
  format: ImageFormat;
  width: number;
  frameHeight: number;
  frames: number;
}

async function readHeader(sharp: SharpFactory, bytes: Buffer): Promise<Header> {
  // The header only: the limits are checked against it below, with their own messages.
  const meta = await sharp(bytes, { limitInputPixels: false, animated: true })
    .metadata()
    .catch(() => undefined);
  const format = FORMATS.find((f) => f === meta?.format);
  if (!meta || !format) throw refused('the data is not a PNG, JPEG, GIF or WebP image');
  return { format, width: meta.width, frameHeight: meta.pageHeight ?? meta.height, frames: meta.pages ?? 1 };
}

function checkLimits({ width, frameHeight, frames }: Header, limits: ImageLimits): void {
  const pixels = width * frameHeight * frames;
  if (frames > limits.maxFrames) throw refused(`${frames} frames, at most ${limits.maxFrames}`);
  if (pixels > limits.maxPixels) throw refused(`${pixels} pixels, at most ${limits.maxPixels}`);
  if (frames > 1 && pixels > limits.maxAnimationPixels) {
    throw refused(`an animation of ${frames} frames of ${width}×${frameHeight} is ${pixels} pixels, at most ${limits.maxAnimationPixels}`);
  }
}

/** The queue pictures take their turns in: `concurrency` at once (0: the number of cores), costed by pixels. */
export function pictureQueue(options: { concurrency: number; queueLength: number }): WorkQueue {
  return new WorkQueue({ concurrency: options.concurrency || availableParallelism(), queueLength: options.queueLength, msPerCost: QUEUE_MS_PER_MEGAPIXEL / 1e6 });
}

/** sharp (libvips): decodes from the header's promises only what the limits allow, in turns from `queue`. */
export class SharpImageCodec implements ImageCodec {
  constructor(private readonly queue: WorkQueue) {}

  async clean(bytes: Buffer, limits: ImageLimits, expected?: ImageFormat, signal?: AbortSignal): Promise<{ bytes: Buffer; format: ImageFormat }> {
    const sharp = await load();
    const header = await readHeader(sharp, bytes);
    const { format } = header;
    if (expected && format !== expected) throw refused(`the data is not a ${expected} image`);
    checkLimits(header, limits);
    const options: SharpOptions = { limitInputPixels: limits.maxPixels, animated: true };
    const side = limits.maxSide;
    // sharp writes no metadata unless asked to: EXIF (GPS included), XMP, IPTC and comments stay behind.
    const cleaned = await this.queue.run(header.width * header.frameHeight * header.frames, signal, () =>
      encode(sharp(bytes, options).autoOrient().resize({ width: side, height: side, fit: 'inside', withoutEnlargement: true }), format)
        .toBuffer()
        .catch(() => {
          throw refused(`the ${format} image does not decode`);
        }),
    );
    return { bytes: cleaned, format };
  }

  async resize(bytes: Buffer, width: number, format: ImageFormat, limits: ImageLimits): Promise<Buffer> {
    const sharp = await load();
    const header = await readHeader(sharp, bytes);
    return this.queue.run(header.width * header.frameHeight, undefined, () =>
      encode(sharp(bytes, { limitInputPixels: limits.maxPixels }).resize({ width, withoutEnlargement: true }), format).toBuffer(),
    );
  }
}
