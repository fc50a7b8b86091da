import { createRequire } from 'node:module';
import type { ConfigObject } from 'svg-captcha';
import type { CaptchaImage, DrawOptions } from './captcha.js';
import { encodeGreyPng } from './captcha-png.js';
import { paintGrey } from './captcha-raster.js';
import { captchaLayers, NOISE_LINES } from './captcha-shapes.js';

/**
 * The drawing itself, apart from captcha.ts: only the drawing threads load it, so the main thread never
 * carries svg-captcha's parsed font or Skia.
 */

// svg-captcha's default export draws a given text; its typings only declare the variant that also picks
// the text (with Math.random, which is not a secure source), so the drawing function is typed here.
const drawCaptcha = createRequire(import.meta.url)('svg-captcha') as (text: string, options: ConfigObject) => string;

const BACKGROUND = '#f4f6f8';

export function drawCaptchaImage(code: string, options: DrawOptions): CaptchaImage {
  if (options.format === 'svg') {
    const svg = drawCaptcha(code, { width: options.width, height: options.height, noise: NOISE_LINES, color: true, background: BACKGROUND });
    return { mime: 'image/svg+xml', bytes: Buffer.from(svg) };
  }
  const grey = paintGrey(captchaLayers(code, options.width, options.height, BACKGROUND), options.width, options.height, BACKGROUND);
  return { mime: 'image/png', bytes: encodeGreyPng(grey, options.width, options.height) };
}
