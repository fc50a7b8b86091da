const SIGNED_DIGITS = /^[+-]?\d+$/;

/** The request id as echoed: an integer as is, a string of digits as that integer, anything else -1. */
export function normaliseId(id: unknown): number {
  if (typeof id === 'number') return Number.isSafeInteger(id) ? id : -1;
  if (typeof id === 'string' && SIGNED_DIGITS.test(id)) {
    const n = Number(id);
    return Number.isSafeInteger(n) ? n : -1;
  }
  return -1;
}
