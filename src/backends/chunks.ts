import type { Knex } from 'knex';

const CHUNK = 1000;

/**
 * Hands every row of `table` with an id above `afterId` (all rows when null) to `each`, a thousand at a
 * time in id order, each chunk in its own transaction: a backfill over a large table commits as it goes
 * instead of holding one transaction around millions of rows.
 */
export async function inChunksById<R extends object>(
  db: Knex,
  table: string,
  id: string,
  columns: readonly string[],
  afterId: number | null,
  each: (trx: Knex.Transaction, rows: R[]) => Promise<void>,
): Promise<void> {
  let lastId = afterId;
  for (;;) {
    const q = db(table).select(id, ...columns).orderBy(id).limit(CHUNK);
    if (lastId !== null) void q.where(id, '>', lastId);
    const rows = (await q) as R[];
    const last = rows.at(-1);
    if (!last) return;
    await db.transaction((trx) => each(trx, rows));
    lastId = Number((last as Record<string, unknown>)[id]);
  }
}
