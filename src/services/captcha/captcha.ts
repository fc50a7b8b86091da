import { createHash } from 'node:crypto';
import { ALPHANUMERIC, type RandomSource } from '../random.js';

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

export interface CaptchaImage {
  mime: 'image/png' | 'image/svg+xml';
  bytes: Buffer;
}

export interface DrawOptions {
  format: 'png' | 'svg';
  width: number;
  height: number;
}
