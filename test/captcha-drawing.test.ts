import { createRequire } from 'node:module';
import { createCanvas, Path2D } from '@napi-rs/canvas';
import { expect } from 'chai';
import { paintGrey } from '../src/services/captcha/captcha-raster.js';
import { captchaLayers, type Layer, NOISE_LINES } from '../src/services/captcha/captcha-shapes.js';

const drawSvg = createRequire(import.meta.url)('svg-captcha') as (text: string, options: object) => string;
const BACKGROUND = '#f4f6f8';
const [WIDTH, HEIGHT] = [150, 50];

/** Runs `draw` with Math.random replaced by a seeded generator (mulberry32), so two drawings can be compared. */
function seeded<T>(seed: number, draw: () => T): T {
  const original = Math.random;
  let state = seed;
  Math.random = () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  try {
    return draw();
  } finally {
    Math.random = original;
  }
}

interface SvgPath {
  d: string;
  fill?: string;
  stroke?: string;
}

/** svg-captcha's own SVG read back as its paths. */
function pathsOfSvg(svg: string): SvgPath[] {
  return [...svg.matchAll(/<path ([^>]*)\/>/g)].map(([, attributes = '']) => {
    const a = Object.fromEntries([...attributes.matchAll(/([\w-]+)="([^"]*)"/g)].map(([, k, v]) => [k, v]));
    return a.fill && a.fill !== 'none' ? { d: a.d ?? '', fill: a.fill } : { d: a.d ?? '', stroke: a.stroke ?? '' };
  });
}

const luma = (r: number, g: number, b: number) => (r * 77 + g * 150 + b * 29) >> 8;

/** svg-captcha's picture as Skia paints its SVG paths, in the greys the service paints (see captcha-raster.ts). */
function paintSvgGrey(paths: readonly SvgPath[]): Uint8Array {
  const context = createCanvas(WIDTH, HEIGHT).getContext('2d');
  context.fillStyle = BACKGROUND;
  context.fillRect(0, 0, WIDTH, HEIGHT);
  for (const path of paths) {
    const shape = new Path2D(path.d);
    if (path.fill) {
      context.fillStyle = path.fill;
      context.fill(shape);
    } else {
      context.strokeStyle = path.stroke ?? '';
      context.stroke(shape);
    }
  }
  const rgba = context.getImageData(0, 0, WIDTH, HEIGHT).data;
  const paper = luma(rgba[0]!, rgba[1]!, rgba[2]!);
  return Uint8Array.from({ length: WIDTH * HEIGHT }, (_, i) => Math.max(0, Math.min(255, 255 - (paper - luma(rgba[i * 4]!, rgba[i * 4 + 1]!, rgba[i * 4 + 2]!)) * 2.5)));
}

const colourOf = (layer: Layer) => ('curve' in layer ? `stroke ${layer.stroke}` : layer.fill);

describe('captcha drawing: svg-captcha\'s picture, painted from paths', () => {
  for (const seed of [1, 2, 3, 42, 2026]) {
    it(`draws what svg-captcha draws from the same random numbers (seed ${seed})`, () => {
      const code = 'K7PX3';
      const svg = seeded(seed, () => drawSvg(code, { width: WIDTH, height: HEIGHT, noise: NOISE_LINES, color: true, background: BACKGROUND }));
      const theirs = pathsOfSvg(svg);
      const ours = seeded(seed, () => captchaLayers(code, WIDTH, HEIGHT, BACKGROUND));
      // The same layers, colours and stacking order: the random numbers were drawn in the same order.
      expect(ours.map(colourOf)).to.deep.equal(theirs.map((p) => p.fill ?? `stroke ${p.stroke}`));
      expect(ours.filter((layer) => 'char' in layer)).to.have.length(code.length);
      // And the same picture, but for svg-captcha's sub-pixel jitter of the glyphs, left out, and the
      // noise curves, drawn as straight pieces.
      const a = paintSvgGrey(theirs);
      const b = paintGrey(ours, WIDTH, HEIGHT, BACKGROUND);
      let total = 0;
      let far = 0;
      let flipped = 0;
      for (let i = 0; i < a.length; i++) {
        const difference = Math.abs(a[i]! - b[i]!);
        total += difference;
        if (difference > 64) far++;
        if (a[i]! < 128 !== b[i]! < 128) flipped++;
      }
      // Without the jitter, the two are 2.2-2.7 grey levels apart on average, at edges (the contrast stretch
      // multiplies every difference by 2.5), and 56-101 of the 7,500 pixels change sides of mid-grey.
      expect(total / a.length, 'mean difference in grey levels').to.be.below(3);
      expect(far, 'pixels more than a quarter of the range apart').to.be.below(a.length / 100);
      expect(flipped, 'pixels light in one picture and dark in the other').to.be.below(a.length / 50);
      const ink = [...b].filter((grey) => grey < 160).length;
      expect(ink).to.be.within(150, a.length * 0.6);
    });
  }
});
