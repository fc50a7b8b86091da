import type { Knex } from 'knex';
import { Coalescer } from '../coalescer.js';
import { PRODUCT_TABLE } from './product-rows.js';

/** Reads one statement counts at most: two bound values a product, far under any driver's limit. */
const MAX_BATCH = 200;
/** One statement on the wire while the next batch gathers. */
const CONCURRENCY = 2;

/**
 * Counts product/info's clicks, concurrent ones in one statement (see coalescer.ts): each read is
 * acknowledged once its click is in the database, as when each read had its own UPDATE, but under load a
 * single `product_click + n` per product and one commit carry all of them. The increment is the
 * database's own, so clicks counted by other processes at the same moment are never lost.
 */
export function clickCounter(db: Knex): Coalescer<number, void> {
  return new Coalescer<number, void>({
    load: async (productIds) => {
      const clicks = new Map<number, number>();
      for (const id of productIds) clicks.set(id, (clicks.get(id) ?? 0) + 1);
      const ids = [...clicks.keys()];
      // The counts are written as literals (integers this function made): PostgreSQL cannot tell a bound
      // THEN value's type, and the CAST that would tell it is spelled differently in MySQL.
      const cases = ids.map((id) => `WHEN ? THEN ${clicks.get(id) ?? 0}`).join(' ');
      await db(PRODUCT_TABLE)
        .whereIn('product_id', ids)
        .update({ product_click: db.raw(`product_click + CASE product_id ${cases} END`, ids) });
      return productIds.map(() => undefined);
    },
    maxBatch: MAX_BATCH,
    concurrency: CONCURRENCY,
  });
}
