import type { Clock } from '../../src/backends/clock.js';
import { type RandomSource, secureRandom } from '../../src/services/random.js';

/** A clock the test moves by hand. */
export class ManualClock implements Clock {
  constructor(private ms = Date.UTC(2026, 10, 24, 4, 0, 0)) {}
  now(): number {
    return this.ms;
  }
  advance(seconds: number): void {
    this.ms += seconds * 1000;
  }
}

/**
 * Secure randomness, except that the test can script the next strings and integers it hands out (to
 * know a captcha's code, or to force a shop-id collision).
 */
export class ScriptedRandom implements RandomSource {
  readonly strings: string[] = [];
  readonly ints: number[] = [];

  int(min: number, max: number): number {
    return this.ints.shift() ?? secureRandom.int(min, max);
  }
  string(length: number, alphabet: string): string {
    return this.strings.shift() ?? secureRandom.string(length, alphabet);
  }
  bytes(length: number): Buffer {
    return secureRandom.bytes(length);
  }
}

/** The code of every image captcha `knownCodes` draws. */
export const KNOWN_CODE = 'ABCDE';

/**
 * Draws every image captcha with KNOWN_CODE, so that a load can solve what it draws (on any instance);
 * rands, and so hashes, stay random.
 */
export const knownCodes: RandomSource = {
  ...secureRandom,
  string: (length, alphabet) => (length === KNOWN_CODE.length ? KNOWN_CODE : secureRandom.string(length, alphabet)),
};
