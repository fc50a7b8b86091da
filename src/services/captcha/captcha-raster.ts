import { createCanvas, Path2D, type SKRSContext2D } from '@napi-rs/canvas';
import { type CurveLayer, type GlyphLayer, glyphPath, type Layer, SCALE } from './captcha-shapes.js';

/**
 * Paints a captcha's layers into one grey byte per pixel. Reading pixels back from Skia costs about as
 * much per pixel whatever was drawn, and was most of a captcha's cost; so Skia paints each character at
 * each of its places once, and a captcha is composed from those coverages and from its noise curves,
 * which are drawn here.
 */

/** How much darker than the background each grey is drawn, relative to its own difference. */
const CONTRAST = 2.5;

/** ITU-R BT.601 luma of a '#rrggbb' colour, in fixed point. */
function luma(colour: string): number {
  const rgb = Number.parseInt(colour.slice(1), 16);
  return (((rgb >> 16) & 0xff) * 77 + ((rgb >> 8) & 0xff) * 150 + (rgb & 0xff) * 29) >> 8;
}

/**
 * The grey a colour is painted in: its luma stretched away from the background's, so that a light colour
 * that was easy to read in colour does not become a grey close to the background's. Left unclamped, so
 * that blending in grey is blending in colour, stretched; the picture is clamped once, at the end.
 */
const greyOf = (colour: string, paper: number): number => 255 - (paper - luma(colour)) * CONTRAST;

/** A glyph's coverage (0–255) over the rectangle of the picture it touches. */
interface Coverage {
  left: number;
  top: number;
  width: number;
  height: number;
  alpha: Uint8ClampedArray;
}

/** One canvas per picture size, for painting glyphs: one each time left Skia's native memory to the collector. */
const canvases = new Map<string, SKRSContext2D>();
/** Every character at every place it was drawn: a few hundred at most for a given size and length. */
const glyphs = new Map<string, Coverage>();

function glyphCoverage(glyph: GlyphLayer, width: number, height: number): Coverage {
  const key = `${width}x${height}:${glyph.char}@${glyph.x},${glyph.y}`;
  let coverage = glyphs.get(key);
  if (coverage) return coverage;
  const size = `${width}x${height}`;
  let context = canvases.get(size);
  if (!context) {
    context = createCanvas(width, height).getContext('2d');
    canvases.set(size, context);
  }
  const path = glyphPath(glyph.char, glyph.x, glyph.y);
  const numbers = (path.match(/-?\d+/g) ?? []).map((n) => Number(n) / SCALE);
  const xs = numbers.filter((_, i) => i % 2 === 0);
  const ys = numbers.filter((_, i) => i % 2 === 1);
  // The outline's control points bound it; a pixel more on each side holds its antialiased edge.
  const left = Math.max(0, Math.floor(Math.min(...xs)) - 1);
  const top = Math.max(0, Math.floor(Math.min(...ys)) - 1);
  const right = Math.min(width, Math.ceil(Math.max(...xs)) + 1);
  const bottom = Math.min(height, Math.ceil(Math.max(...ys)) + 1);
  context.setTransform(1, 0, 0, 1, 0, 0);
  context.clearRect(0, 0, width, height);
  context.setTransform(1 / SCALE, 0, 0, 1 / SCALE, 0, 0);
  context.fillStyle = '#ffffff';
  context.fill(new Path2D(path));
  const rgba = context.getImageData(left, top, Math.max(1, right - left), Math.max(1, bottom - top));
  const alpha = new Uint8ClampedArray(rgba.width * rgba.height);
  for (let i = 0; i < alpha.length; i++) alpha[i] = rgba.data[i * 4 + 3] ?? 0;
  coverage = { left, top, width: rgba.width, height: rgba.height, alpha };
  glyphs.set(key, coverage);
  return coverage;
}

function paintGlyph(grey: Float32Array, width: number, coverage: Coverage, ink: number): void {
  const { left, top, alpha } = coverage;
  for (let y = 0, i = 0; y < coverage.height; y++) {
    const row = (top + y) * width + left;
    for (let x = 0; x < coverage.width; x++, i++) {
      const a = (alpha[i] ?? 0) / 255;
      if (a > 0) grey[row + x] = (grey[row + x] ?? 0) + (ink - (grey[row + x] ?? 0)) * a;
    }
  }
}

/** Straight pieces a noise curve is drawn as: a few pixels each across the picture. */
const CURVE_PIECES = 48;

/**
 * Strokes a cubic Bézier one pixel wide: each pixel is covered by 1 minus its centre's distance from the
 * curve (taken as CURVE_PIECES straight pieces), as a one-pixel band would cover it.
 */
function paintCurve(grey: Float32Array, width: number, height: number, layer: CurveLayer, ink: number, covered: Float32Array): void {
  const [x0, y0, x1, y1, x2, y2, x3, y3] = layer.curve;
  const point = (t: number): [number, number] => {
    const u = 1 - t;
    return [u * u * u * x0 + 3 * u * u * t * x1 + 3 * u * t * t * x2 + t * t * t * x3, u * u * u * y0 + 3 * u * u * t * y1 + 3 * u * t * t * y2 + t * t * t * y3];
  };
  let [ax, ay] = point(0);
  let [minX, minY, maxX, maxY] = [width, height, 0, 0];
  for (let piece = 1; piece <= CURVE_PIECES; piece++) {
    const [bx, by] = point(piece / CURVE_PIECES);
    const [dx, dy] = [bx - ax, by - ay];
    const length2 = dx * dx + dy * dy || 1;
    const [left, right] = [Math.max(0, Math.floor(Math.min(ax, bx) - 1)), Math.min(width - 1, Math.ceil(Math.max(ax, bx) + 1))];
    const [top, bottom] = [Math.max(0, Math.floor(Math.min(ay, by) - 1)), Math.min(height - 1, Math.ceil(Math.max(ay, by) + 1))];
    for (let y = top; y <= bottom; y++) {
      for (let x = left; x <= right; x++) {
        const px = x + 0.5 - ax;
        const py = y + 0.5 - ay;
        const t = Math.max(0, Math.min(1, (px * dx + py * dy) / length2));
        const ex = px - t * dx;
        const ey = py - t * dy;
        const cover = 1 - Math.sqrt(ex * ex + ey * ey);
        const i = y * width + x;
        if (cover > (covered[i] ?? 0)) covered[i] = cover;
      }
    }
    [minX, minY, maxX, maxY] = [Math.min(minX, left), Math.min(minY, top), Math.max(maxX, right), Math.max(maxY, bottom)];
    [ax, ay] = [bx, by];
  }
  // Overlapping pieces covered a pixel once: the most any of them did.
  for (let y = minY; y <= maxY; y++) {
    for (let x = minX, i = y * width + minX; x <= maxX; x++, i++) {
      const a = covered[i] ?? 0;
      if (a > 0) {
        grey[i] = (grey[i] ?? 0) + (ink - (grey[i] ?? 0)) * a;
        covered[i] = 0;
      }
    }
  }
}

const isCurve = (layer: Layer): layer is CurveLayer => 'curve' in layer;

/** The layers, bottom first, painted over the background: one grey byte (0–255) per pixel, row by row. */
export function paintGrey(layers: readonly Layer[], width: number, height: number, background: string): Uint8Array {
  const paper = luma(background);
  const grey = new Float32Array(width * height).fill(greyOf(background, paper));
  const covered = new Float32Array(width * height);
  for (const layer of layers) {
    if (isCurve(layer)) paintCurve(grey, width, height, layer, greyOf(layer.stroke, paper), covered);
    else paintGlyph(grey, width, glyphCoverage(layer, width, height), greyOf(layer.fill, paper));
  }
  const bytes = new Uint8Array(grey.length);
  for (let i = 0; i < grey.length; i++) bytes[i] = Math.max(0, Math.min(255, Math.round(grey[i] ?? 0)));
  return bytes;
}
