import { randomBytes, randomInt } from 'node:crypto';

/** Every random choice the service makes; cryptographically secure in production, scripted in tests. */
export interface RandomSource {
  /** An integer in [min, max). */
  int(min: number, max: number): number;
  /** `length` characters drawn uniformly from `alphabet`. */
  string(length: number, alphabet: string): string;
  bytes(length: number): Buffer;
}

export const secureRandom: RandomSource = {
  int: (min, max) => randomInt(min, max),
  string(length, alphabet) {
    let out = '';
    // randomInt rejects biased draws, unlike `byte % alphabet.length`.
    for (let i = 0; i < length; i++) out += alphabet[randomInt(alphabet.length)];
    return out;
  },
  bytes: (length) => randomBytes(length),
};

export const DIGITS = '0123456789';
export const ALPHANUMERIC = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
