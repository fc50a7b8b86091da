import { DomainError } from '../errors.js';

export { fromDecimal, toDecimal } from '../backends/decimal.js';

/**
 * Money is whole cents (an integer) everywhere in the code: parsed from the client's text, never through
 * binary floating point; written to and read from DECIMAL(12,2) columns by src/backends/decimal.ts.
 */
export type Cents = number & { readonly __cents: unique symbol };

/** The largest amount a price or a balance may hold: 1,000,000 yuan. */
const MAX_CENTS = 100_000_000 as Cents;

const AMOUNT = /^(\d{1,9})(?:\.(\d{1,2}))?$/;

/**
 * An amount as the client sent it: a JSON number or a numeric string, 0 to 1,000,000, with at most two
 * decimals (more is -204, never rounded). A number is read through its shortest decimal text, which is
 * exactly what the client wrote for any amount with two decimals or fewer.
 */
export function parseAmount(value: number | string, field: string): Cents {
  const text = typeof value === 'number' ? String(value) : value.trim();
  const m = AMOUNT.exec(text);
  if (!m) throw new DomainError('invalid', `${field}: at most 2 decimals, 0 to 1000000`);
  const cents = Number(m[1]) * 100 + Number((m[2] ?? '').padEnd(2, '0'));
  if (cents > MAX_CENTS) throw new DomainError('invalid', `${field}: at most 1000000`);
  return cents as Cents;
}

/** Cents as the JSON number the API answers: 1050 → 10.5 (the shortest text of that number is exact). */
export const toYuan = (cents: Cents | number): number => cents / 100;
