import type { Knex } from 'knex';
import { Coalescer } from '../coalescer.js';
import { PRODUCT_COLUMNS, PRODUCT_TABLE, type StoredProduct } from './product-rows.js';

/** A product as product/info reads it: its row, and who owns its shop. */
export type ProductWithOwner = StoredProduct & { owner_id: string | number };

/** Products one statement reads at most. */
const MAX_BATCH = 200;
/**
 * Statements on the wire at once while the next batch gathers; each holds a pooled connection. Under
 * load the service's CPU is the limit, so bigger batches win: 2 beat 4 and 1, whose reads waited out
 * every round trip.
 */
const CONCURRENCY = 2;

/**
 * Reads product/info's products, concurrent reads in one statement. Each read was its own query, and a
 * query's fixed costs (knex building it, the socket write to the database, the database's own turn)
 * were most of what a read cost the service. Batches form as coalescer.ts forms them: reads that
 * arrive while CONCURRENCY batches are out wait for the next one, and a quiet service reads each at once.
 * A batch is sent only after every read in it was asked for, so a read sees every write its caller saw
 * acknowledged. Each read gets a row of its own, so a caller may change it.
 */
export function productReader(db: Knex): Coalescer<number, ProductWithOwner | undefined> {
  return new Coalescer<number, ProductWithOwner | undefined>({
    load: async (productIds) => {
      const rows = (await db(`${PRODUCT_TABLE} as p`)
        .join('shop as s', 's.shop_id', 'p.shop_id')
        .select(PRODUCT_COLUMNS.map((column) => `p.${column}`))
        .select('s.user_id as owner_id')
        .whereIn('p.product_id', [...new Set(productIds)])) as ProductWithOwner[];
      const byId = new Map(rows.map((row) => [Number(row.product_id), row]));
      return productIds.map((id) => {
        const row = byId.get(id);
        return row && { ...row };
      });
    },
    maxBatch: MAX_BATCH,
    concurrency: CONCURRENCY,
  });
}
