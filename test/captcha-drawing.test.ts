import { createRequire } from 'node:module';
import { expect } from 'chai';
import { paintGrey } from '../src/services/captcha-png.js';
import { captchaShapes, NOISE_LINES, SCALE, type Shape } from '../src/services/captcha-shapes.js';

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

/** svg-captcha's own SVG read back as shapes, its coordinates in the hundredths that paintGrey draws. */
function shapesOfSvg(svg: string): Shape[] {
  return [...svg.matchAll(/<path ([^>]*)\/>/g)].map(([, attributes = '']) => {
    const a = Object.fromEntries([...attributes.matchAll(/([\w-]+)="([^"]*)"/g)].map(([, k, v]) => [k, v]));
    const d = (a.d ?? '').replace(/-?\d+(\.\d+)?/g, (n: string) => String(Math.round(Number(n) * SCALE)));
    return a.fill && a.fill !== 'none' ? { d, fill: a.fill } : { d, stroke: a.stroke ?? '' };
  });
}

describe('captcha drawing: svg-captcha\'s picture, painted from paths', () => {
  for (const seed of [1, 2, 3, 42, 2026]) {
    it(`draws what svg-captcha draws from the same random numbers (seed ${seed})`, () => {
      const code = 'K7PX3';
      const svg = seeded(seed, () => drawSvg(code, { width: WIDTH, height: HEIGHT, noise: NOISE_LINES, color: true, background: BACKGROUND }));
      const theirs = shapesOfSvg(svg);
      const ours = seeded(seed, () => captchaShapes(code, WIDTH, HEIGHT, BACKGROUND));
      // The same shapes, colours and stacking order: the random numbers were drawn in the same order.
      expect(ours.map((s) => s.fill ?? `stroke ${s.stroke}`)).to.deep.equal(theirs.map((s) => s.fill ?? `stroke ${s.stroke}`));
      expect(ours.filter((s) => s.fill)).to.have.length(code.length);
      // And the same picture, but for the sub-pixel wiggles of the font's zero-length lines, left out (with
      // them, the two are equal to the pixel; without, 1.1–1.4 grey levels apart on average, at edges).
      const a = paintGrey(theirs, WIDTH, HEIGHT, BACKGROUND);
      const b = paintGrey(ours, WIDTH, HEIGHT, BACKGROUND);
      let total = 0;
      let far = 0;
      for (let i = 0; i < a.length; i++) {
        const difference = Math.abs(a[i]! - b[i]!);
        total += difference;
        if (difference > 64) far++;
      }
      expect(total / a.length, 'mean difference in grey levels').to.be.below(2);
      expect(far, 'pixels more than a quarter of the range apart').to.be.below(a.length / 100);
      const ink = [...b].filter((grey) => grey < 160).length;
      expect(ink).to.be.within(150, a.length * 0.6);
    });
  }
});
