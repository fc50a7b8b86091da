import type { Knex } from 'knex';
import { dialectOf } from './dialect.js';
import { prepared } from './prepared.js';

/**
 * Updates the row of `table` with `key` if `conditions` still hold, and answers its `columns` after the
 * update; undefined if nothing was updated. One statement where the database has UPDATE … RETURNING
 * (SQLite, PostgreSQL); on MySQL the UPDATE, then a read of the row by its key, which the transaction
 * has just locked. Both statements are kept prepared.
 */
export async function updateOneReturning<Row>(
  trx: Knex.Transaction,
  table: string,
  key: Readonly<Record<string, string | number>>,
  conditions: (q: Knex.QueryBuilder) => void,
  changes: Readonly<Record<string, unknown>>,
  columns: readonly string[],
): Promise<Row | undefined> {
  const update = trx(table).where(key).modify(conditions);
  if (dialectOf(trx) !== 'mysql') return ((await prepared(trx, update.update(changes, [...columns]))) as Row[])[0];
  if ((await update.update(changes)) === 0) return undefined;
  return (await trx(table).select(columns).where(key).first()) as Row;
}
