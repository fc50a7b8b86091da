import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import knexFactory, { type Knex } from 'knex';
import type { Config } from '../../config.js';
import type { Logger } from '../../log.js';
import { deadlineStream, markLostCommits } from '../connection-guard.js';
import { UNICODE_LOWER } from '../dialect.js';
import { markQueryFailed } from './errors.js';

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
        connection: {
          ...base,
          charset: 'utf8mb4',
          dateStrings: true,
          supportBigNumbers: true,
          connectTimeout: config.db.acquireTimeoutMs,
          stream: deadlineStream('mysql', config.db.queryTimeoutMs),
        },
        pool: {
          ...pool,
          // The server ends what the service gave up on (the connection's socket closes itself): a
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
      // The server itself ends a statement, or a transaction left idle, that the service stopped
      // waiting for (the connection's socket closes itself, which a stalled server notices late).
      // pg's own options, past what knex's type for them lists.
      const pgConnection = {
        ...base,
        stream: deadlineStream('pg', config.db.queryTimeoutMs),
        connectionTimeoutMillis: config.db.acquireTimeoutMs,
        statement_timeout: config.db.queryTimeoutMs,
        idle_in_transaction_session_timeout: config.db.queryTimeoutMs,
      };
      return { client: 'pg', connection: pgConnection, pool };
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

/** Whether a connection asks the driver for TLS: an `ssl` option, or ssl/sslmode in its URL. */
function usesTls(connection: Config['db']['connection']): boolean {
  if (typeof connection === 'object') return Boolean((connection as { ssl?: unknown }).ssl);
  const params = URL.canParse(connection) ? new URL(connection).searchParams : new URLSearchParams();
  const mode = params.get('sslmode') ?? params.get('ssl');
  return mode !== null && !['disable', 'false', '0'].includes(mode);
}

export async function createDatabase(config: Config, log: Logger): Promise<Knex> {
  if (config.db.client === 'pg') await configurePg();
  const { connection } = config.db;
  if (config.db.client === 'sqlite' && typeof connection === 'object' && typeof connection.filename === 'string') {
    // A fresh checkout has no data/ folder yet; the embedded default must start anyway.
    if (connection.filename !== ':memory:') mkdirSync(dirname(connection.filename), { recursive: true });
  }
  if (config.db.client !== 'sqlite' && usesTls(connection)) {
    log.warn('db.connection asks for TLS: the TLS socket bypasses the service\'s own statement deadline; the database\'s limits (from db.queryTimeoutMs) still apply');
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
  });
  if (config.db.client !== 'sqlite') markLostCommits(db, config.db.client);
  // knex emits this for every failed query, in transactions too, before the caller's promise rejects.
  db.on('query-error', markQueryFailed);
  // A connection that cannot be had (refused, reset while connecting): the pool says so before the
  // request that waited for it fails with the same error. A wait past acquireTimeoutMs is KnexTimeoutError.
  const { pool } = db.client as Knex.Client;
  if (pool && 'on' in pool) pool.on('createFail', (_eventId, err) => markQueryFailed(err));
  return db;
}

