import { createHash } from 'node:crypto';
import { createRequire } from 'node:module';
import type { ConfigObject } from 'svg-captcha';
import { encodeGreyPng, paintGrey } from './captcha-png.js';
import { ALPHANUMERIC, type RandomSource } from './random.js';

// svg-captcha's default export draws a given text; its typings only declare the variant that also picks
// the text (with Math.random, which is not a secure source), so the drawing function is typed here.
const drawCaptcha = createRequire(import.meta.url)('svg-captcha') as (text: string, options: ConfigObject) => string;

/** No look-alikes: 0/O/o, 1/I/i/L/l are left out, so nobody fails a captcha on a glyph. */
export const CAPTCHA_ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';

const RAND_LENGTH = 8;

/** The public half of a captcha's hash, handed to the client with the image or after the SMS. */
export function newRand(random: RandomSource): string {
  return random.string(RAND_LENGTH, ALPHANUMERIC);
}

/** MD5 hex of lowercase(code) + rand: the formula the first clients and the Java service use. */
export function captchaHash(code: string, rand: string): string {
  return createHash('md5').update(code.toLowerCase() + rand).digest('hex');
}

/** Hashes are 32 lowercase hex digits; anything else cannot name a stored captcha. */
export function normaliseHash(hash: string): string | null {
  const lower = hash.toLowerCase();
  return /^[0-9a-f]{32}$/.test(lower) ? lower : null;
}

const BACKGROUND = '#f4f6f8';

export interface CaptchaImage {
  mime: 'image/png' | 'image/svg+xml';
  bytes: Buffer;
}

export interface DrawOptions {
  format: 'png' | 'svg';
  width: number;
  height: number;
}

export function drawCaptchaImage(code: string, options: DrawOptions): CaptchaImage {
  const svg = drawCaptcha(code, { width: options.width, height: options.height, noise: 3, color: true, background: BACKGROUND });
  if (options.format === 'svg') return { mime: 'image/svg+xml', bytes: Buffer.from(svg) };
  const grey = paintGrey(svg, options.width, options.height, BACKGROUND);
  return { mime: 'image/png', bytes: encodeGreyPng(grey, options.width, options.height) };
}
