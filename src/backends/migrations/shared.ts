import type { Knex } from 'knex';
import { dialectOf } from '../dialect.js';

/** MySQL tables are utf8mb4 so that lengths count characters and any Chinese text fits. */
export function utf8mb4(db: Knex, table: Knex.CreateTableBuilder, collation = 'utf8mb4_unicode_ci'): void {
  if (dialectOf(db) !== 'mysql') return;
  table.charset('utf8mb4');
  table.collate(collation);
}
