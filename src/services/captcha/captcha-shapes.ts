import { createRequire } from 'node:module';
import { randomColour, randomInt } from './captcha-colours.js';

/**
 * svg-captcha's picture as layers to paint rather than as an SVG document: the same font, glyph positions,
 * noise curves, colours and stacking order, drawn with svg-captcha's own font (its exported options) and
 * its colour picker (captcha-colours.ts), in the order svg-captcha draws its random numbers (a test holds the two pictures side by side). What differs:
 * the glyphs are not jittered (by up to 0.1 px), so each character at each place is the same outline
 * every time, which captcha-raster.ts paints once and reuses.
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

const require = createRequire(import.meta.url);
const { options } = require('svg-captcha') as { options: DrawingOptions };

/** A character of the picture: the font's glyph centred at (x, y), filled in `fill`. */
export interface GlyphLayer {
  char: string;
  x: number;
  y: number;
  fill: string;
}

/** A noise curve: a cubic Bézier (start, two control points, end) stroked one pixel wide in `stroke`. */
export interface CurveLayer {
  curve: readonly [number, number, number, number, number, number, number, number];
  stroke: string;
}

export type Layer = GlyphLayer | CurveLayer;

/** Noise curves a captcha has (svg-captcha's `noise`), in both formats. */
export const NOISE_LINES = 3;

/** Hundredths of a pixel, rounded (to within a hundredth left of 0): a small integer, which V8 writes fastest. */
const at = (v: number) => (v * SCALE + 0.5) | 0;

/** svg-captcha's getLineNoise with `color: true`: curves across the picture in random colours. */
function noiseCurves(width: number, height: number): CurveLayer[] {
  const curves: CurveLayer[] = [];
  for (let i = 0; i < NOISE_LINES; i++) {
    const start = [randomInt(1, 21), randomInt(1, height - 1)] as const;
    const end = [randomInt(width - 21, width - 1), randomInt(1, height - 1)] as const;
    const mid1 = [randomInt(width / 2 - 21, width / 2 + 21), randomInt(1, height - 1)] as const;
    const mid2 = [randomInt(width / 2 - 21, width / 2 + 21), randomInt(1, height - 1)] as const;
    curves.push({ curve: [...start, ...mid1, ...mid2, ...end], stroke: randomColour() });
  }
  return curves;
}

/** The glyph's outline as svg-captcha places it (centred on x, the font's middle on y), in the font's commands. */
function glyphCommands(char: string, x: number, y: number): PathCommand[] {
  const { font, fontSize, ascender, descender } = options;
  const fontScale = fontSize / font.unitsPerEm;
  const glyph = font.charToGlyph(char);
  const width = glyph.advanceWidth ? glyph.advanceWidth * fontScale : 0;
  const top = y + ((ascender + descender) * fontScale) / 2;
  return glyph.getPath(x - width / 2, top, fontSize).commands;
}

/**
 * The glyph's outline as path data in hundredths of a pixel (SCALE), without the font's zero-length line
 * commands, and without svg-captcha's jitter of each point by up to 0.1 px, which nobody sees.
 */
export function glyphPath(char: string, x: number, y: number): string {
  let d = '';
  let lastX = NaN;
  let lastY = NaN;
  for (const c of glyphCommands(char, x, y)) {
    const repeated = c.x === lastX && c.y === lastY;
    lastX = c.x;
    lastY = c.y;
    switch (c.type) {
      case 'M':
      case 'L':
        if (c.type === 'M' || !repeated) d += `${c.type}${at(c.x)} ${at(c.y)}`;
        break;
      case 'Q':
        d += `Q${at(c.x1)} ${at(c.y1)} ${at(c.x)} ${at(c.y)}`;
        break;
      case 'C':
        d += `C${at(c.x1)} ${at(c.y1)} ${at(c.x2)} ${at(c.y2)} ${at(c.x)} ${at(c.y)}`;
        break;
      default:
        d += 'Z';
    }
  }
  return d;
}

/** The font's commands for each character: svg-captcha draws a random number for each, its jitter. */
const commandCounts = new Map<string, number>();
function commandCount(char: string): number {
  let count = commandCounts.get(char);
  if (count === undefined) {
    count = glyphCommands(char, 0, 0).length;
    commandCounts.set(char, count);
  }
  return count;
}

/** svg-captcha's getText: the characters evenly spaced across the middle, each in its own colour. */
function characters(code: string, width: number, height: number, background: string): GlyphLayer[] {
  const spacing = (width - 2) / (code.length + 1);
  return [...code].map((char, i) => {
    // The jitter's random numbers are drawn and not used, so that the colours that follow are the ones
    // svg-captcha would pick from the same numbers (a test compares the two pictures).
    for (let n = commandCount(char); n > 0; n--) Math.random();
    return { char, x: spacing * (i + 1), y: height / 2, fill: randomColour(background) };
  });
}

/** The layers of one captcha, in svg-captcha's shuffled stacking order (noise over or under each character). */
export function captchaLayers(code: string, width: number, height: number, background: string): Layer[] {
  return [...noiseCurves(width, height), ...characters(code, width, height, background)].sort(() => Math.random() - 0.5);
}
