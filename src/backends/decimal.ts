/**
 * Money as DECIMAL(12,2) columns hold it. The code counts whole cents; these are the two crossings.
 */

/** Cents as the exact decimal text a DECIMAL(12,2) column stores: 1050 → "10.50", -5 → "-0.05". */
export function toDecimal(cents: number): string {
  const abs = Math.abs(cents);
  return `${cents < 0 ? '-' : ''}${Math.floor(abs / 100)}.${String(abs % 100).padStart(2, '0')}`;
}

/**
 * A DECIMAL column as a driver hands it back, in cents: MySQL and PostgreSQL give exact text; SQLite,
 * which has no exact decimals, a number, whose nearest whole number of cents is the stored amount.
 */
export function fromDecimal(value: string | number): number {
  if (typeof value === 'number') return Math.round(value * 100);
  const m = /^(-?)(\d+)(?:\.(\d{1,2}))?0*$/.exec(value.trim());
  if (!m) throw new Error(`not an amount of whole cents: ${value}`);
  const cents = Number(m[2]) * 100 + Number((m[3] ?? '').padEnd(2, '0'));
  return m[1] ? -cents : cents;
}
