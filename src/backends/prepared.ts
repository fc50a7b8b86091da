import { createHash } from 'node:crypto';
import type { Knex } from 'knex';
import { dialectOf } from './dialect.js';

/**
 * Marks a statement every payment runs to be kept prepared: on PostgreSQL its text is parsed and planned
 * once a connection, as a node-postgres named statement (knex hands `.options()` to the driver), and
 * afterwards only bound and run. The name is made from the compiled text, so two texts never share one.
 * Only statements whose plan does not depend on their values should be marked (every text marked stays
 * prepared as long as its connection lives). Other databases run it as it is.
 *
 * Call it on the finished statement (after `.update()`, `.first()`, …): its text is what it compiles to.
 */
export function prepared<Q extends Knex.QueryBuilder>(db: Knex | Knex.Transaction, statement: Q): Q {
  if (dialectOf(db) !== 'pg') return statement;
  const { sql } = statement.toSQL().toNative();
  return statement.options({ name: `s${createHash('sha256').update(sql).digest('base64url').slice(0, 24)}` }) as Q;
}
