import { createRequire } from 'node:module';

/**
 * svg-captcha's drawing, as path data for Skia rather than as an SVG document: the same font, glyph
 * positions, per-point jitter, noise curves, colours and stacking order, drawn with svg-captcha's own
 * font and colour picker, in the order svg-captcha draws its random numbers (a test holds the two side by
 * side). What differs is how numbers are written (opentype.js writes each coordinate with toFixed(2),
 * which was a quarter of a captcha's cost; here they are integers in hundredths of a pixel, drawn at a
 * scale of 1/100: SCALE), and that the font's zero-length line commands are left out.
 */

/** Coordinates are written in hundredths of a pixel. */
export const SCALE = 100;

interface PathCommand {
  type: 'M' | 'L' | 'Q' | 'C' | 'Z';
  x: number;
  y: number;
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}
interface Glyph {
  advanceWidth?: number;
  getPath(x: number, y: number, fontSize: number): { commands: PathCommand[] };
}
interface Font {
  unitsPerEm: number;
  charToGlyph(ch: string): Glyph;
}
/** What svg-captcha loaded: its font (Comismsh) and the size it draws it at. */
interface DrawingOptions {
  font: Font;
  fontSize: number;
  ascender: number;
  descender: number;
}
interface Random {
  int(min: number, max: number): number;
  color(background?: string): string;
}

const require = createRequire(import.meta.url);
const { options } = require('svg-captcha') as { options: DrawingOptions };
const random = require('svg-captcha/lib/random') as Random;

/** One shape of the picture: a filled character or a stroked noise curve. */
export interface Shape {
  d: string;
  fill?: string;
  stroke?: string;
}

/** Noise curves a captcha has (svg-captcha's `noise`), in both formats. */
export const NOISE_LINES = 3;

/** Hundredths of a pixel, rounded (to within a hundredth left of 0): a small integer, which V8 writes fastest. */
const at = (v: number) => (v * SCALE + 0.5) | 0;

/** svg-captcha's getLineNoise with `color: true`: curves across the picture in random colours. */
function noiseLines(width: number, height: number): Shape[] {
  const lines: Shape[] = [];
  for (let i = 0; i < NOISE_LINES; i++) {
    const start = [random.int(1, 21), random.int(1, height - 1)];
    const end = [random.int(width - 21, width - 1), random.int(1, height - 1)];
    const mid1 = [random.int(width / 2 - 21, width / 2 + 21), random.int(1, height - 1)];
    const mid2 = [random.int(width / 2 - 21, width / 2 + 21), random.int(1, height - 1)];
    const points = [start, mid1, mid2, end].map((p) => `${at(p[0] ?? 0)} ${at(p[1] ?? 0)}`);
    lines.push({ d: `M${points[0]}C${points[1]} ${points[2]} ${points[3]}`, stroke: random.color() });
  }
  return lines;
}

/** svg-captcha's ch-to-path: the glyph at its place, each point moved by up to 0.1 px. */
function characterPath(ch: string, x: number, y: number): string {
  const { font, fontSize, ascender, descender } = options;
  const fontScale = fontSize / font.unitsPerEm;
  const glyph = font.charToGlyph(ch);
  const width = glyph.advanceWidth ? glyph.advanceWidth * fontScale : 0;
  const top = y + ((ascender + descender) * fontScale) / 2;
  let d = '';
  let lastX = NaN;
  let lastY = NaN;
  for (const c of glyph.getPath(x - width / 2, top, fontSize).commands) {
    // As svg-captcha: one draw per command (closing ones too), the control point moved as the end point.
    const r = Math.random() * 0.2 - 0.1;
    const repeated = c.x === lastX && c.y === lastY;
    lastX = c.x;
    lastY = c.y;
    switch (c.type) {
      case 'M':
      case 'L':
        // Most of the font's line commands go to the point they start from: svg-captcha's jitter turns
        // each into a wiggle below a pixel, which nobody sees, and most of what Skia parsed.
        if (c.type === 'M' || !repeated) d += `${c.type}${at(c.x + r)} ${at(c.y + r)}`;
        break;
      case 'Q':
        d += `Q${at(c.x1 + r)} ${at(c.y1 + r)} ${at(c.x + r)} ${at(c.y + r)}`;
        break;
      case 'C':
        d += `C${at(c.x1 + r)} ${at(c.y1 + r)} ${at(c.x2)} ${at(c.y2)} ${at(c.x + r)} ${at(c.y + r)}`;
        break;
      default:
        d += 'Z';
    }
  }
  return d;
}

/** svg-captcha's getText: the characters evenly spaced across the middle, each in its own colour. */
function characters(code: string, width: number, height: number, background: string): Shape[] {
  const spacing = (width - 2) / (code.length + 1);
  return [...code].map((ch, i) => ({ d: characterPath(ch, spacing * (i + 1), height / 2), fill: random.color(background) }));
}

/** The shapes of one captcha, in svg-captcha's shuffled stacking order (noise over or under each character). */
export function captchaShapes(code: string, width: number, height: number, background: string): Shape[] {
  return [...noiseLines(width, height), ...characters(code, width, height, background)].sort(() => Math.random() - 0.5);
}
