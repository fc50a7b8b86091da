import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import knexFactory, { type Knex } from 'knex';
import type { Config } from '../config.js';
import { DomainError } from '../errors.js';
import type { Logger } from '../log.js';
import { guardConnections, isOutcomeUnknown } from './connection-guard.js';
import { lackingRight } from './db-start.js';
import { dialectOf, UNICODE_LOWER } from './dialect.js';
import { prepareMarkedStatements } from './prepared.js';
import { checkAdoption, migrationsCurrent } from './migrations/adoption.js';
import { migrationSource } from './migrations/index.js';
import { ensureWalletTable } from './wallet-table.js';

export type { Knex };

const PG_TIMESTAMP = 1114;
/** The longest SQLite waits for another process's lock before a statement fails. */
const SQLITE_BUSY_MS = 5000;
const PG_INT8 = 20;

/**
 * Datetimes travel as "YYYY-MM-DD HH:MM:SS" wall-clock text in the configured zone, on every database:
 * pg must hand them back as text, not as a Date shifted by the process's zone. Ids and counts are far
 * below 2^53: numbers keep the wire format identical across databases. Loaded only for PostgreSQL (the
 * driver costs start-up time and memory the other databases need not pay).
 */
async function configurePg(): Promise<void> {
  const { default: pg } = await import('pg');
  pg.types.setTypeParser(PG_TIMESTAMP, (text) => text.replace(/\.\d+$/, ''));
  pg.types.setTypeParser(PG_INT8, (text) => Number(text));
}

function knexConfig(config: Config): Knex.Config {
  const { client, connection, pool } = config.db;
  switch (client) {
    case 'sqlite':
      return {
        client: 'better-sqlite3',
        connection: typeof connection === 'string' ? { filename: connection } : connection,
        useNullAsDefault: true,
        pool: {
          // One connection: SQLite serialises writers anyway, and one connection serialises our transactions.
          min: 1,
          max: 1,
          afterCreate(conn: SqliteConnection, done: (err: Error | null, conn: unknown) => void) {
            conn.pragma('journal_mode = WAL');
            // Another process's write lock blocks this one (the driver is synchronous): bounded like a query.
            conn.pragma(`busy_timeout = ${Math.min(SQLITE_BUSY_MS, config.db.queryTimeoutMs)}`);
            conn.pragma('foreign_keys = ON');
            // Without table statistics SQLite answered "user_id = ?" by walking the type index, orders of
            // magnitude slower. This gathers them when missing or stale, cheaply otherwise.
            conn.pragma('optimize = 0x10002');
            // SQLite's LIKE and lower() fold ASCII only: case-insensitive matching of "École" or "ПРИВЕТ"
            // goes through JavaScript's Unicode lowercasing, as MariaDB's and PostgreSQL's does.
            conn.function(UNICODE_LOWER, { deterministic: true }, (text: unknown) => (typeof text === 'string' ? text.toLowerCase() : text));
            done(null, conn);
          },
        },
      };
    case 'mysql': {
      const base = typeof connection === 'string' ? { uri: connection } : connection;
      return {
        client: 'mysql2',
        connection: { ...base, charset: 'utf8mb4', dateStrings: true, supportBigNumbers: true, connectTimeout: config.db.acquireTimeoutMs },
        pool: {
          ...pool,
          // The server ends what the service gave up on (connection-guard.ts closes the connection): a
          // statement running on (a 6-million-row DELETE went on for a minute), and a transaction left
          // idle. MariaDB's statement limit covers every statement, MySQL's only SELECTs, and MySQL has no
          // idle-transaction limit: there a transaction ends when its closed connection is noticed.
          afterCreate(conn: MysqlConnection, done: (err: Error | null, conn: unknown) => void) {
            const ms = config.db.queryTimeoutMs;
            conn.query(`SET SESSION max_statement_time = ${ms / 1000}, idle_transaction_timeout = ${Math.ceil(ms / 1000)}`, (err) => {
              if (err?.code !== 'ER_UNKNOWN_SYSTEM_VARIABLE') return done(err, conn);
              conn.query(`SET SESSION max_execution_time = ${ms}`, (fallbackErr) => done(fallbackErr, conn));
            });
          },
        },
      };
    }
    case 'pg': {
      const base = typeof connection === 'string' ? { connectionString: connection } : connection;
      return {
        client: 'pg',
        // The server itself ends a statement, or a transaction left idle, that the service stopped
        // waiting for (connection-guard.ts closes such a connection, which a stalled server notices late).
        connection: {
          ...base,
          connectionTimeoutMillis: config.db.acquireTimeoutMs,
          statement_timeout: config.db.queryTimeoutMs,
          idle_in_transaction_session_timeout: config.db.queryTimeoutMs,
        },
        pool,
      };
    }
  }
}

/** What the pool's afterCreate sees of a better-sqlite3 connection. */
interface SqliteConnection {
  pragma(sql: string): unknown;
  function(name: string, options: { deterministic: boolean }, fn: (text: unknown) => unknown): unknown;
}

/** What the pool's afterCreate sees of a mysql2 connection. */
interface MysqlConnection {
  query(sql: string, callback: (err: (Error & { code?: string }) | null) => void): void;
}

/** Set on every error a query raised: what reaches an edge with it came from the database. */
const QUERY_FAILED = Symbol('query failed');

/**
 * The database seam's one classification of failures: an error a query raised, or a connection that could
 * not be had in time, is the database failing. Call sites need not wrap their queries.
 */
export function databaseFailure(err: unknown): DomainError | undefined {
  if (typeof err !== 'object' || err === null) return undefined;
  const failed = QUERY_FAILED in err || (err as Error).name === 'KnexTimeoutError';
  return failed ? new DomainError('databaseFailed', undefined, { cause: err }) : undefined;
}

export async function createDatabase(config: Config, log: Logger): Promise<Knex> {
  if (config.db.client === 'pg') await configurePg();
  const { connection } = config.db;
  if (config.db.client === 'sqlite' && typeof connection === 'object' && typeof connection.filename === 'string') {
    // A fresh checkout has no data/ folder yet; the embedded default must start anyway.
    if (connection.filename !== ':memory:') mkdirSync(dirname(connection.filename), { recursive: true });
  }
  const db = knexFactory({
    ...knexConfig(config),
    acquireConnectionTimeout: config.db.acquireTimeoutMs,
    // knex otherwise writes its warnings (a lost connection, say) to the console, past our logger.
    log: {
      // A connection that cannot be had surfaces as the failure of what needed it (a -200, or a clear line
      // at start): knex's own warning, with the driver's stack, would only say it twice.
      warn: (message: unknown) => {
        const text = String(message).split('\n')[0] ?? '';
        if (text.startsWith('Acquire connection error')) log.debug({ knex: text }, 'database');
        else log.warn({ knex: text }, 'database');
      },
      error: (message: unknown) => log.error({ knex: String(message) }, 'database'),
      deprecate: (method: string, alternative: string) => log.warn(`knex: ${method} is deprecated; use ${alternative}`),
      debug: () => undefined,
    },
    migrations: { migrationSource: migrationSource(config, log) },
  });
  guardConnections(db, dialectOf(db), config.db.queryTimeoutMs);
  prepareMarkedStatements(db, dialectOf(db));
  const mark = (err: unknown) => {
    if (typeof err === 'object' && err !== null && !(QUERY_FAILED in err)) Object.defineProperty(err, QUERY_FAILED, { value: true });
  };
  // knex emits this for every failed query, in transactions too, before the caller's promise rejects.
  db.on('query-error', mark);
  // A connection that cannot be had (refused, reset while connecting) fails before any query runs.
  const client = db.client as { acquireConnection(): Promise<unknown> };
  const acquire = client.acquireConnection.bind(client);
  client.acquireConnection = () =>
    acquire().catch((err: unknown) => {
      mark(err);
      throw err;
    });
  return db;
}

/**
 * Brings the schema up to date. A database the original server used is checked first, as a whole, so
 * that a shape that cannot be adopted stops the start before anything is changed. A schema already
 * current costs one look at knex's table of migrations run, and the wallet table's check. A statement
 * the account may not run stops the start with one line that names it.
 */
export async function migrate(db: Knex, config: Config): Promise<string[]> {
  try {
    let ran: string[] = [];
    if (!(await migrationsCurrent(db))) {
      if (!config.db.migrateOnStart) {
        const { pending } = await migrationStatus(db);
        if (pending.length > 0) throw new MigrationsPending(pending);
      }
      const { problems } = await checkAdoption(db, config);
      if (problems.length > 0) throw new AdoptionFailed(problems);
      const [, names] = (await db.migrate.latest()) as [number, string[]];
      ran = names;
    }
    await ensureWalletTable(db, config.wallet);
    return ran;
  } catch (err) {
    throw lackingRight(err, config.db.client) ?? err;
  }
}

/** The migrations run (oldest first) and those still to run, by name. */
export async function migrationStatus(db: Knex): Promise<{ applied: string[]; pending: string[] }> {
  const [applied, pending] = (await db.migrate.list()) as [({ name: string } | string)[], ({ name: string } | string)[]];
  const name = (m: { name: string } | string) => (typeof m === 'string' ? m : m.name);
  return { applied: applied.map(name), pending: pending.map(name) };
}

/** A start with migrations to run, told not to run them (db.migrateOnStart false). */
export class MigrationsPending extends Error {
  override name = 'MigrationsPending';
  constructor(readonly pending: string[]) {
    super(`${pending.length} migration${pending.length === 1 ? ' is' : 's are'} pending (${pending.join(', ')}) and db.migrateOnStart is false: run npm run migrate -- latest first`);
  }
}

/** The first problem is the line the operator reads; the check command lists them all. */
export class AdoptionFailed extends Error {
  override name = 'AdoptionFailed';
  constructor(readonly problems: string[]) {
    super(`${problems[0]}${problems.length > 1 ? ` (and ${problems.length - 1} more: npm run adopt -- --check lists them)` : ''}`);
  }
}

/** The SQLSTATE / driver codes for "a unique index refused this row", per database. */
export function isUniqueViolation(err: unknown): boolean {
  const code = (err as { code?: unknown }).code;
  return code === 'ER_DUP_ENTRY' || code === '23505' || code === 'SQLITE_CONSTRAINT_UNIQUE' || code === 'SQLITE_CONSTRAINT_PRIMARYKEY';
}

/**
 * Whether a unique violation was about `column`, from what each driver says: PostgreSQL's constraint
 * name, MySQL's own message, SQLite's "UNIQUE constraint failed: table.column" (knex puts the whole SQL
 * statement in front of it, so only the part after that phrase is read).
 */
export function uniqueViolationMentions(err: unknown, column: string): boolean {
  const e = err as { constraint?: unknown; sqlMessage?: unknown; message?: unknown };
  const sqlite = typeof e.message === 'string' ? /UNIQUE constraint failed: (.*)$/.exec(e.message)?.[1] : undefined;
  return [e.constraint, e.sqlMessage, sqlite].some((text) => typeof text === 'string' && text.includes(column));
}

/** Inserts one row and returns its generated id (pg needs RETURNING; mysql and sqlite report it). */
export async function insertReturningId(db: Knex | Knex.Transaction, table: string, row: Record<string, unknown>): Promise<number> {
  const result: unknown[] = isPostgres(db) ? await db(table).insert(row, ['id']) : await db(table).insert(row);
  const first = result[0];
  return Number(typeof first === 'object' && first !== null ? (first as { id: unknown }).id : first);
}

function isPostgres(db: Knex | Knex.Transaction): boolean {
  return dialectOf(db) === 'pg';
}

/** The codes with which a database gives up a transaction that a retry from its start would get through. */
const RETRYABLE = new Set(['ER_LOCK_DEADLOCK', '40P01', '40001']);
const TRANSACTION_ATTEMPTS = 3;

/** The rows a write names (ids), for the log line that says its outcome is unknown. */
export type WrittenIds = () => Record<string, unknown>;

/**
 * A write whose commit was sent but whose answer never came (the connection broke or timed out): it may
 * or may not be stored, and nobody can tell from here. The edge logs it with the ids of what it wrote.
 */
export class OutcomeUnknown extends Error {
  override name = 'OutcomeUnknown';
  constructor(
    readonly ids: Record<string, unknown>,
    options: { cause: unknown },
  ) {
    super('the commit was sent and its answer lost: the write may or may not be stored', options);
    Object.defineProperty(this, QUERY_FAILED, { value: true });
  }
}

/** Runs a write; if its commit's answer was lost, the failure says so, with the ids it wrote. */
export async function recordingOutcome<T>(ids: WrittenIds, write: () => PromiseLike<T>): Promise<T> {
  try {
    return await write();
  } catch (err) {
    throw isOutcomeUnknown(err) ? new OutcomeUnknown(ids(), { cause: err }) : err;
  }
}

/**
 * Runs `work` in one transaction; if the database picks it as a deadlock's victim (it rolled back all of
 * it), runs it again from the start, a few times. `work` must only touch the database. `ids` names what
 * it wrote, should its commit's answer be lost.
 */
export function transaction<T>(db: Knex, work: (trx: Knex.Transaction) => Promise<T>, ids: WrittenIds = () => ({})): Promise<T> {
  return retryingConflicts(() => recordingOutcome(ids, () => db.transaction(work)));
}

/**
 * Runs a write that is one transaction (a transaction of ours, a statement, a stored procedure) again
 * from its start, a few times, while the database gives it up as a deadlock's victim.
 */
export async function retryingConflicts<T>(write: () => Promise<T>): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await write();
    } catch (err) {
      const code = (err as { code?: unknown }).code;
      if (attempt >= TRANSACTION_ATTEMPTS || typeof code !== 'string' || !RETRYABLE.has(code)) throw err;
    }
  }
}
