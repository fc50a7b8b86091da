import type { Knex } from 'knex';
import type { Config } from '../../config.js';
import { dialectOf } from '../dialect.js';

/**
 * Adopting the original server's tables: each migration that finds its table already there (in the
 * shape original-schema.sql gives) keeps its rows and adds what the service needs. Every change goes
 * through a Plan, so `npm run adopt -- --check` can list them without making them; a shape that cannot
 * be adopted safely stops everything with one line naming the table, the column and the fix.
 */

export class AdoptionError extends Error {
  override name = 'AdoptionError';
  constructor(table: string, column: string, problem: string, fix: string) {
    super(`cannot adopt table ${table}, column ${column}: ${problem}. Fix: ${fix}, then start again`);
  }
}

export class Plan {
  readonly changes: string[] = [];
  readonly problems: string[] = [];

  constructor(readonly apply: boolean) {}

  /** One change: described always, made only when applying. */
  async change(description: string, make: () => Promise<unknown>): Promise<void> {
    this.changes.push(description);
    if (this.apply) await make();
  }

  /** A shape that cannot be adopted: it stops a start, and is listed by a check. */
  problem(error: AdoptionError): void {
    if (this.apply) throw error;
    this.problems.push(error.message);
  }
}

/** What a column is in the database: its SQL type, whether it may be NULL, and how its value is made. */
interface ColumnInfo {
  type: string;
  nullable: boolean;
  default: string | null;
  autoIncrement: boolean;
}

export async function columnInfo(db: Knex, table: string, column: string): Promise<ColumnInfo | undefined> {
  if (dialectOf(db) === 'sqlite') {
    const rows = (await db.raw('PRAGMA table_info(??)', [table])) as { name: string; type: string; notnull: number; dflt_value: string | null; pk: number }[];
    const row = rows.find((r) => r.name === column);
    return row && { type: row.type.toLowerCase(), nullable: row.notnull === 0, default: row.dflt_value, autoIncrement: row.pk === 1 && /int/i.test(row.type) };
  }
  if (dialectOf(db) === 'mysql') {
    const [rows] = (await db.raw(
      'SELECT COLUMN_TYPE AS type, IS_NULLABLE AS nullable, COLUMN_DEFAULT AS def, EXTRA AS extra FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = ? AND COLUMN_NAME = ?',
      [table, column],
    )) as [{ type: string; nullable: string; def: string | null; extra: string }[]];
    const row = rows[0];
    // MariaDB reports a column without a default as the text NULL.
    const def = row?.def === 'NULL' ? null : (row?.def ?? null);
    return row && { type: row.type.toLowerCase(), nullable: row.nullable === 'YES', default: def, autoIncrement: row.extra.includes('auto_increment') };
  }
  const { rows } = (await db.raw(
    'SELECT data_type AS type, is_nullable AS nullable, column_default AS def FROM information_schema.columns WHERE table_schema = current_schema() AND table_name = ? AND column_name = ?',
    [table, column],
  )) as { rows: { type: string; nullable: string; def: string | null }[] };
  const row = rows[0];
  return row && { type: row.type.toLowerCase(), nullable: row.nullable === 'YES', default: row.def, autoIncrement: (row.def ?? '').startsWith('nextval(') };
}

async function hasIndex(db: Knex, table: string, name: string): Promise<boolean> {
  if (dialectOf(db) === 'mysql') {
    const [rows] = (await db.raw('SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = ? AND INDEX_NAME = ? LIMIT 1', [table, name])) as [unknown[]];
    return rows.length > 0;
  }
  const { rows } = (await db.raw('SELECT 1 FROM pg_indexes WHERE schemaname = current_schema() AND tablename = ? AND indexname = ?', [table, name])) as { rows: unknown[] };
  return rows.length > 0;
}

const FLOAT_TYPES = ['double', 'double precision', 'float', 'real'];
const isFloat = (info: ColumnInfo | undefined): boolean => info !== undefined && FLOAT_TYPES.some((t) => info.type.startsWith(t));

/**
 * A float money column becomes DECIMAL(12,2). Every value must already be a whole number of cents (up
 * to the float's own error): one that is not is named, never rounded in silence.
 */
export async function exactMoney(db: Knex, plan: Plan, table: string, key: string, column: string): Promise<void> {
  // SQLite's column types are affinities, nothing to convert: its numbers are read as cents the same way.
  if (dialectOf(db) === 'sqlite') return;
  const info = await columnInfo(db, table, column);
  if (!isFloat(info) || !(await wholeCents(db, plan, table, key, column))) return;
  const [{ n }] = (await db(table).count({ n: '*' }).whereNotNull(column)) as [{ n: number | string }];
  const sql =
    dialectOf(db) === 'mysql'
      ? `ALTER TABLE ?? MODIFY ?? DECIMAL(12,2) ${info?.nullable ? 'NULL' : 'NOT NULL'}`
      : 'ALTER TABLE ?? ALTER COLUMN ?? TYPE NUMERIC(12,2) USING ROUND(??::numeric, 2)';
  await plan.change(`${table}.${column}: ${info?.type} → DECIMAL(12,2), ${Number(n)} values, all whole cents`, () =>
    db.raw(sql, dialectOf(db) === 'mysql' ? [table, column] : [table, column, column]),
  );
}

/** Whether every value of a float money column is a whole number of cents; the others are named as a problem. */
export async function wholeCents(db: Knex, plan: Plan, table: string, key: string, column: string): Promise<boolean> {
  const offCents = (await db(table)
    .select({ id: key, value: column })
    .whereRaw('ABS(?? * 100 - ROUND(?? * 100)) > 0.000001', [column, column])
    .limit(10)) as { id: unknown; value: unknown }[];
  if (offCents.length === 0) return true;
  const named = offCents.map((r) => `${String(r.id)}=${String(r.value)}`).join(', ');
  plan.problem(new AdoptionError(table, column, `values that are not whole cents (${key} ${named})`, 'correct them to 2 decimals'));
  return false;
}

/** A nullable column the code reads as a value: NULLs become `value` ('' or 0), which is also its default. */
export async function fillDefault(db: Knex, plan: Plan, table: string, column: string, value: '' | 0): Promise<void> {
  const info = await columnInfo(db, table, column);
  if (!info) return;
  const [{ n }] = (await db(table).count({ n: '*' }).whereNull(column)) as [{ n: number | string }];
  if (Number(n) > 0) await plan.change(`${table}.${column}: ${Number(n)} NULLs → ${JSON.stringify(value)}`, () => db(table).whereNull(column).update({ [column]: value }));
  if (info.default === null) {
    // DDL takes no bound values: the two defaults used here are written as SQL literals.
    const literal = value === '' ? "''" : '0';
    await plan.change(`${table}.${column}: default ${JSON.stringify(value)}`, () => db.raw(`ALTER TABLE ?? ALTER COLUMN ?? SET DEFAULT ${literal}`, [table, column]));
  }
}

/** An id the database must generate above the existing ones (the original's were Unix timestamps). */
export async function generatedId(db: Knex, plan: Plan, table: string, column: string): Promise<void> {
  const info = await columnInfo(db, table, column);
  if (!info || info.autoIncrement) return;
  const [{ max }] = (await db(table).max({ max: column })) as [{ max: number | string | null }];
  const next = Number(max ?? 0) + 1;
  if (dialectOf(db) === 'mysql') {
    await plan.change(`${table}.${column}: AUTO_INCREMENT, new ids from ${next}`, () => db.raw('ALTER TABLE ?? MODIFY ?? BIGINT NOT NULL AUTO_INCREMENT', [table, column]));
    return;
  }
  const sequence = `${table}_${column}_seq`;
  await plan.change(`${table}.${column}: generated by sequence ${sequence}, new ids from ${next}`, async () => {
    await db.raw('CREATE SEQUENCE IF NOT EXISTS ?? OWNED BY ??.??', [sequence, table, column]);
    await db.raw('SELECT setval(?, ?, false)', [sequence, next]);
    await db.raw(`ALTER TABLE ?? ALTER COLUMN ?? SET DEFAULT nextval('${sequence}'::regclass)`, [table, column]);
  });
}

export async function ensureIndex(db: Knex, plan: Plan, table: string, name: string, columns: string[], unique = false): Promise<void> {
  if (await hasIndex(db, table, name)) return;
  await plan.change(`${table}: ${unique ? 'unique ' : ''}index ${name} (${columns.join(', ')})`, () =>
    db.schema.alterTable(table, (t) => {
      if (unique) t.unique(columns, { indexName: name });
      else t.index(columns, name);
    }),
  );
}

/** Rows of a table, for the check's report. */
export async function rowCount(db: Knex, table: string): Promise<number> {
  const [{ n }] = (await db(table).count({ n: '*' })) as [{ n: number | string }];
  return Number(n);
}

/** The minutes an unpaid purchase lives, as SQL added to a datetime column. */
export function plusMinutes(db: Knex, column: string, minutes: number): Knex.Raw {
  return dialectOf(db) === 'mysql' ? db.raw(`DATE_ADD(??, INTERVAL ${minutes} MINUTE)`, [column]) : db.raw(`?? + INTERVAL '${minutes} minutes'`, [column]);
}

export type AdoptConfig = Pick<Config, 'wallet' | 'purchase'>;
