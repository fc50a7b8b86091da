import { constants, crc32, deflateSync } from 'node:zlib';
import { createCanvas, Path2D, type SKRSContext2D } from '@napi-rs/canvas';

/** svg-captcha's drawing: one <path> per noise line (stroked) and per character (filled). */
const PATH_ELEMENT = /<path\b([^>]*)\/?>/g;
const ATTRIBUTE = /([\w-]+)="([^"]*)"/g;
/**
 * One canvas per size, painted over for each captcha: a new one each time left Skia's native memory to
 * the garbage collector, and a drawing thread grew by some 180 MB under load.
 */
const canvases = new Map<string, SKRSContext2D>();
function contextOf(width: number, height: number): SKRSContext2D {
  const size = `${width}x${height}`;
  let context = canvases.get(size);
  if (!context) {
    context = createCanvas(width, height).getContext('2d');
    canvases.set(size, context);
  }
  return context;
}

/** How much darker than the background each grey is drawn, relative to its own difference. */
const CONTRAST = 2.5;

/**
 * Paints svg-captcha's own paths with Skia: the code keeps svg-captcha's glyph shapes, per-character
 * distortion and noise lines, without parsing and rendering a whole SVG document (resvg cost about 4.6 ms
 * a captcha; this about 0.35 ms). Answers one grey byte per pixel.
 */
export function paintGrey(svg: string, width: number, height: number, background: string): Uint8Array {
  const context = contextOf(width, height);
  context.fillStyle = background;
  context.fillRect(0, 0, width, height);
  for (const [, attributes = ''] of svg.matchAll(PATH_ELEMENT)) {
    const a: Record<string, string> = {};
    for (const [, name = '', value = ''] of attributes.matchAll(ATTRIBUTE)) a[name] = value;
    if (!a.d) continue;
    const path = new Path2D(a.d);
    if (a.fill && a.fill !== 'none') {
      context.fillStyle = a.fill;
      context.fill(path);
    }
    if (a.stroke) {
      context.strokeStyle = a.stroke;
      context.stroke(path);
    }
  }
  const rgba = context.getImageData(0, 0, width, height).data;
  const luma = (p: number) => ((rgba[p] ?? 0) * 77 + (rgba[p + 1] ?? 0) * 150 + (rgba[p + 2] ?? 0) * 29) >> 8;
  // ITU-R BT.601 luma in fixed point, then stretched away from the background's: a light colour that
  // was easy to read in colour must not become a grey close to the background's.
  const paper = luma(0);
  const grey = new Uint8Array(width * height);
  for (let i = 0, p = 0; i < grey.length; i++, p += 4) grey[i] = Math.max(0, Math.min(255, 255 - (paper - luma(p)) * CONTRAST));
  return grey;
}

const SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
const GREYSCALE = 0;
/** 16 greys: plenty for a captcha, and half the bytes of 256. */
const BIT_DEPTH = 4;
const FILTER_SUB = 1;

function chunk(type: string, data: Buffer): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'latin1');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(data, crc32(head.subarray(4))) >>> 0, 0);
  return Buffer.concat([head, data, crc]);
}

/**
 * A 4-bit greyscale PNG: the whole answer, base64 and envelope included, stays under 4,000 bytes (the
 * RGBA one was about 6,000 before base64). Rows use the Sub filter, which suits the flat background. The
 * deflate of 4 KB is synchronous: handing it to the thread pool cost twice its own time (0.38 ms to 0.18).
 * Its run-length strategy suits these filtered rows of flat background: 0.041 ms against the default's
 * 0.096 (measured side by side), for about 5% more bytes.
 */
export function encodeGreyPng(grey: Uint8Array, width: number, height: number): Buffer {
  const rowBytes = Math.ceil(width / 2);
  const packed = Buffer.alloc(rowBytes);
  const raw = Buffer.alloc((rowBytes + 1) * height);
  for (let y = 0; y < height; y++) {
    packed.fill(0);
    for (let x = 0; x < width; x++) packed[x >> 1] = (packed[x >> 1] ?? 0) | (((grey[y * width + x] ?? 0) >> 4) << (x & 1 ? 0 : 4));
    const row = y * (rowBytes + 1);
    raw[row] = FILTER_SUB;
    for (let b = 0; b < rowBytes; b++) raw[row + 1 + b] = ((packed[b] ?? 0) - (b > 0 ? (packed[b - 1] ?? 0) : 0)) & 0xff;
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.writeUInt8(BIT_DEPTH, 8);
  header.writeUInt8(GREYSCALE, 9);
  return Buffer.concat([SIGNATURE, chunk('IHDR', header), chunk('IDAT', deflateSync(raw, { strategy: constants.Z_RLE })), chunk('IEND', Buffer.alloc(0))]);
}
