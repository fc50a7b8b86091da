import { createHash } from 'node:crypto';
import sharp from 'sharp';
import type { ImageFormat } from '../../src/backends/images/types.js';

/** The colour a seed paints: two seeds give two pictures that tell apart even through lossy encoding. */
function colourOf(seed: string): { r: number; g: number; b: number } {
  const [r = 0, g = 0, b = 0] = createHash('md5').update(seed).digest();
  // Spread over the range, away from the extremes a JPEG encoder pulls towards.
  return { r: 40 + (r % 176), g: 40 + (g % 176), b: 40 + (b % 176) };
}

/** A small real picture in `format`, one colour per `seed`. */
export function picture(format: ImageFormat, seed: string, size = { width: 12, height: 8 }): Promise<Buffer> {
  return sharp({ create: { ...size, channels: 3, background: colourOf(seed) } })
    .toFormat(format)
    .toBuffer();
}

export interface Described {
  format: string | undefined;
  width: number | undefined;
  height: number | undefined;
  exif: boolean;
  /** The seed whose colour it shows, among those asked about (undefined if none within a JPEG's error). */
  seed?: string;
}

/** What an image decodes to, and which of `seeds` painted it. */
export async function decoded(bytes: Buffer, seeds: readonly string[] = []): Promise<Described> {
  const image = sharp(bytes);
  const meta = await image.metadata();
  const { channels } = await image.stats();
  const [r, g, b] = channels.map((c) => c.mean);
  const seed = seeds.find((s) => {
    const c = colourOf(s);
    return Math.abs(c.r - (r ?? 0)) < 8 && Math.abs(c.g - (g ?? 0)) < 8 && Math.abs(c.b - (b ?? 0)) < 8;
  });
  return { format: meta.format, width: meta.width, height: meta.pageHeight ?? meta.height, exif: meta.exif !== undefined, seed };
}
