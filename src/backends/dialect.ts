import type { Knex } from 'knex';
import { toDecimal } from './decimal.js';

export type Dialect = 'sqlite' | 'mysql' | 'pg';

const DRIVERS: Record<string, Dialect> = { 'better-sqlite3': 'sqlite', mysql2: 'mysql', pg: 'pg' };

/** Which database a knex instance (or transaction) talks to: the one place that reads knex's driver name. */
export function dialectOf(db: Knex | Knex.Transaction): Dialect {
  const driver = String((db.client as { config: Knex.Config }).config.client);
  const dialect = DRIVERS[driver];
  if (!dialect) throw new Error(`unsupported knex client ${driver}`);
  return dialect;
}

/**
 * Rows per multi-row INSERT. Every database takes thousands of bound values a statement, but knex writes
 * a multi-row SQLite insert as a compound SELECT, which SQLite caps at 500 terms.
 */
export function rowsPerInsert(db: Knex | Knex.Transaction): number {
  return dialectOf(db) === 'sqlite' ? 400 : 1000;
}

/** Inserts any number of rows, in multi-row statements of at most rowsPerInsert rows each. */
export async function insertInChunks(db: Knex | Knex.Transaction, table: string, rows: readonly object[]): Promise<void> {
  const chunk = rowsPerInsert(db);
  for (let i = 0; i < rows.length; i += chunk) await db(table).insert(rows.slice(i, i + chunk));
}

/**
 * Bounds a read that can be slow. Past `ms` it fails, and on MySQL and PostgreSQL knex has the database
 * cancel it (KILL QUERY, pg_cancel_backend), so it does not run on after the service gave up on it.
 * SQLite runs in this process and cannot be interrupted: bounding the work itself is its only guard.
 */
export function cancelAfter<Q extends { timeout(ms: number, options: { cancel: boolean }): Q }>(db: Knex | Knex.Transaction, query: Q, ms: number): Q {
  return dialectOf(db) === 'sqlite' ? query : query.timeout(ms, { cancel: true });
}

/** The character that escapes % and _ in LIKE patterns; written into the SQL as a constant. */
const LIKE_ESCAPE = '!';

function likePattern(text: string): string {
  return `%${text.replace(/[!%_]/g, (c) => LIKE_ESCAPE + c)}%`;
}

/** SQLite's function (registered on each connection) that lowercases text as JavaScript does, Unicode-wide. */
export const UNICODE_LOWER = 'unicode_lower';

/** How each database compares case-insensitively (a binary-collated MySQL column needs telling). */
const CONTAINS_SQL: Record<Dialect, string> = {
  sqlite: `${UNICODE_LOWER}(??) LIKE ${UNICODE_LOWER}(?) ESCAPE '${LIKE_ESCAPE}'`,
  mysql: `?? COLLATE utf8mb4_unicode_ci LIKE ? ESCAPE '${LIKE_ESCAPE}'`,
  pg: `?? ILIKE ? ESCAPE '${LIKE_ESCAPE}'`,
};

/**
 * `column` contains `text` as a substring, case-insensitive on every database, with % and _ matching
 * themselves. `or` joins it to the builder's previous condition with OR.
 */
export function whereContains(q: Knex.QueryBuilder, column: string, text: string, or = false): void {
  // A builder carries its client as a knex instance does, which is all dialectOf reads.
  const sql = CONTAINS_SQL[dialectOf(q as unknown as Knex)];
  if (or) void q.orWhereRaw(sql, [column, likePattern(text)]);
  else void q.whereRaw(sql, [column, likePattern(text)]);
}

/**
 * Locks the rows a transaction's SELECT reads until it ends (FOR UPDATE). SQLite has no row locks, and
 * needs none here: its one connection already runs one transaction at a time.
 */
export function forUpdate(q: Knex.QueryBuilder): Knex.QueryBuilder {
  return dialectOf(q as unknown as Knex) === 'sqlite' ? q : q.forUpdate();
}

/**
 * Exact arithmetic on a DECIMAL(12,2) money column, in SQL (a NULL balance, which the account service's
 * own table may hold, counts as 0). MySQL and PostgreSQL compute in DECIMAL (the
 * amount is cast, or MySQL would turn text into a double); SQLite has no exact decimal type, so there the
 * column is read as whole cents (ROUND(x * 100)) and written back from whole cents.
 */
export function moneyPlusCents(db: Knex | Knex.Transaction, column: string, cents: number): Knex.Raw {
  const yuan = toDecimal(cents);
  switch (dialectOf(db)) {
    case 'mysql':
      return db.raw('COALESCE(??, 0) + CAST(? AS DECIMAL(12,2))', [column, yuan]);
    case 'pg':
      return db.raw('COALESCE(??, 0) + CAST(? AS NUMERIC(12,2))', [column, yuan]);
    case 'sqlite':
      return db.raw('(ROUND(COALESCE(??, 0) * 100) + ?) / 100.0', [column, cents]);
  }
}

/** A condition: the money column holds at least `cents`, compared exactly (see moneyPlusCents). */
export function moneyAtLeastCents(db: Knex | Knex.Transaction, column: string, cents: number): Knex.Raw {
  return compareMoney(db, column, '>=', cents);
}

/** A condition: the money column holds at most `cents`, compared exactly (see moneyPlusCents). */
export function moneyAtMostCents(db: Knex | Knex.Transaction, column: string, cents: number): Knex.Raw {
  return compareMoney(db, column, '<=', cents);
}

function compareMoney(db: Knex | Knex.Transaction, column: string, operator: '>=' | '<=', cents: number): Knex.Raw {
  switch (dialectOf(db)) {
    case 'mysql':
      return db.raw(`COALESCE(??, 0) ${operator} CAST(? AS DECIMAL(12,2))`, [column, toDecimal(cents)]);
    case 'pg':
      return db.raw(`COALESCE(??, 0) ${operator} CAST(? AS NUMERIC(12,2))`, [column, toDecimal(cents)]);
    case 'sqlite':
      return db.raw(`ROUND(COALESCE(??, 0) * 100) ${operator} ?`, [column, cents]);
  }
}
