import { constants, crc32, deflateSync } from 'node:zlib';
import { createCanvas, Path2D, type SKRSContext2D } from '@napi-rs/canvas';
import { SCALE, type Shape } from './captcha-shapes.js';

/**
 * One canvas per size, painted over for each captcha: a new one each time left Skia's native memory to
 * the garbage collector, and a drawing thread's memory grew under load.
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
 * Paints svg-captcha's shapes with Skia, without an SVG document to write and parse (resvg's round trip
 * through SVG text was most of a captcha's cost). Answers one grey byte per pixel: ITU-R BT.601 luma in fixed point, stretched away
 * from the background's, so that a light colour that was easy to read in colour does not become a grey
 * close to the background's.
 */
export function paintGrey(shapes: readonly Shape[], width: number, height: number, background: string): Uint8Array {
  const context = contextOf(width, height);
  context.setTransform(1, 0, 0, 1, 0, 0);
  context.fillStyle = background;
  context.fillRect(0, 0, width, height);
  // The shapes' coordinates are in 1/SCALE of a pixel; strokes stay one pixel wide.
  context.setTransform(1 / SCALE, 0, 0, 1 / SCALE, 0, 0);
  context.lineWidth = SCALE;
  for (const shape of shapes) {
    const path = new Path2D(shape.d);
    if (shape.fill) {
      context.fillStyle = shape.fill;
      context.fill(path);
    }
    if (shape.stroke) {
      context.strokeStyle = shape.stroke;
      context.stroke(path);
    }
  }
  const rgba = context.getImageData(0, 0, width, height).data;
  const luma = (p: number) => ((rgba[p] ?? 0) * 77 + (rgba[p + 1] ?? 0) * 150 + (rgba[p + 2] ?? 0) * 29) >> 8;
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
 * A 4-bit greyscale PNG: the whole answer, base64 and envelope included, stays small (an RGBA one was
 * half as large again). Rows use the Sub filter, which suits the flat background. The deflate of a few
 * kilobytes is synchronous: handing it to the thread pool cost more than the deflate itself. Its
 * run-length strategy suits these filtered rows of flat background: faster than the default's, for a few
 * more bytes.
 */
export function encodeGreyPng(grey: Uint8Array, width: number, height: number): Buffer {
  const rowBytes = Math.ceil(width / 2);
  const raw = Buffer.alloc((rowBytes + 1) * height);
  for (let y = 0; y < height; y++) {
    const row = y * (rowBytes + 1);
    const line = y * width;
    raw[row] = FILTER_SUB;
    let previous = 0;
    for (let b = 0, x = 0; b < rowBytes; b++, x += 2) {
      // Two pixels a byte, the left one in the high nibble; an odd width's last byte is half empty.
      const pair = (((grey[line + x] ?? 0) >> 4) << 4) | (x + 1 < width ? (grey[line + x + 1] ?? 0) >> 4 : 0);
      raw[row + 1 + b] = (pair - previous) & 0xff;
      previous = pair;
    }
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.writeUInt8(BIT_DEPTH, 8);
  header.writeUInt8(GREYSCALE, 9);
  return Buffer.concat([SIGNATURE, chunk('IHDR', header), chunk('IDAT', deflateSync(raw, { strategy: constants.Z_RLE })), chunk('IEND', Buffer.alloc(0))]);
}
