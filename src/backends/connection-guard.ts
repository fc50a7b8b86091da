import type { Knex } from 'knex';
import type { Dialect } from './dialect.js';

/**
 * A driver connection as knex holds it. knex sets `__knexTxId` while a transaction has the connection,
 * and its pool destroys a connection marked `__knex__disposed` instead of handing it out again.
 */
interface PooledConnection {
  __knexTxId?: string;
  __knex__disposed?: unknown;
}

interface QueryObject {
  sql?: string;
  method?: string;
}

/** The two methods of knex's client that every statement and every pooled connection go through. */
interface KnexClientInternals {
  _query(connection: PooledConnection, obj: QueryObject): Promise<unknown>;
  releaseConnection(connection: PooledConnection): Promise<void>;
}

/** What differs between the drivers: closing a connection at once, and telling the server's own refusals. */
interface DriverTraits {
  /** Closes the socket now, without the goodbye a stalled server would never answer. */
  close(connection: PooledConnection): void;
  /**
   * Whether `err` is the server's answer to the statement (a constraint, a deadlock, its own timeout):
   * the connection then still knows where it stands. Anything else (a socket that broke, a timer of
   * ours) leaves the server's side of it unknown.
   */
  answeredByServer(err: unknown): boolean;
}

const DRIVERS: Readonly<Record<Exclude<Dialect, 'sqlite'>, DriverTraits>> = {
  pg: {
    close: (connection) => (connection as { connection?: { stream?: { destroy(): void } } }).connection?.stream?.destroy(),
    // FATAL and PANIC end the session: the server has gone, whatever it said.
    answeredByServer: (err) => (err as { severity?: unknown }).severity === 'ERROR',
  },
  mysql: {
    // Not mysql2's own destroy(), which only half-closes the socket and waits for the server's side.
    close: (connection) => (connection as { stream?: { destroy(): void } }).stream?.destroy(),
    answeredByServer: (err) => typeof (err as { errno?: unknown }).errno === 'number' && (err as { fatal?: unknown }).fatal !== true,
  },
};

/** Marks an error of a write whose commit was sent and whose answer never came: it may or may not be stored. */
const OUTCOME_UNKNOWN = Symbol('outcome unknown');

export function isOutcomeUnknown(err: unknown): boolean {
  return typeof err === 'object' && err !== null && OUTCOME_UNKNOWN in err;
}

/** The service stopped waiting for a statement: its connection is closed with it. */
export class QueryTimedOut extends Error {
  override name = 'QueryTimedOut';
  readonly code = 'QUERY_TIMEOUT';
  constructor(ms: number) {
    super(`no answer from the database within ${ms} ms: connection closed`);
  }
}

const ENDS_TRANSACTION = /^\s*(COMMIT|ROLLBACK)\b/i;
const COMMITS = /^\s*COMMIT\b/i;
const WRITE_METHODS = new Set(['insert', 'update', 'del', 'counter']);
const WRITES = /^\s*(INSERT|UPDATE|DELETE|REPLACE|CALL)\b/i;

/** Whether a statement commits what it did by itself: a write outside any transaction (autocommit). */
function commitsItself(connection: PooledConnection, obj: QueryObject): boolean {
  if (connection.__knexTxId !== undefined) return false;
  return obj.method !== undefined && obj.method !== 'raw' ? WRITE_METHODS.has(obj.method) : WRITES.test(obj.sql ?? '');
}

/**
 * A connection goes back to the pool only when the service knows where it stands on the server's side.
 * A client-side timeout used to abandon the statement and leave the connection as it was: its ROLLBACK
 * then timed out the same way, the connection went back to the pool with its transaction still open on
 * the server, and another request's COMMIT committed the leftovers (half a payment). So:
 * - every statement has `queryTimeoutMs`; past it, its connection is closed at once (the server then ends
 *   the transaction, and can run at most the one statement it had already received);
 * - a statement that fails other than by the server's own answer, a COMMIT or ROLLBACK that fails, and a
 *   connection handed back while a statement is still out, are closed the same way;
 * - a commit whose answer was lost (a COMMIT, or a write outside a transaction) is marked outcome unknown:
 *   only then may a failed write have been stored.
 */
export function guardConnections(db: Knex, dialect: Dialect, queryTimeoutMs: number): void {
  if (dialect === 'sqlite') return; // in process: a statement always ends with a known outcome
  const driver = DRIVERS[dialect];
  const client = db.client as KnexClientInternals;
  const run = client._query.bind(client);
  const release = client.releaseConnection.bind(client);
  const pending = new WeakMap<PooledConnection, number>();

  const dispose = (connection: PooledConnection, reason: unknown): void => {
    connection.__knex__disposed ??= reason;
    driver.close(connection);
  };

  client._query = (connection, obj) => {
    if (connection.__knex__disposed) return Promise.reject(connection.__knex__disposed as Error);
    const commits = COMMITS.test(obj.sql ?? '') || commitsItself(connection, obj);
    pending.set(connection, (pending.get(connection) ?? 0) + 1);
    return new Promise((resolve, reject) => {
      const fail = (err: unknown): void => {
        const known = !(err instanceof QueryTimedOut) && driver.answeredByServer(err);
        if (!known || ENDS_TRANSACTION.test(obj.sql ?? '')) dispose(connection, err);
        if (!known && commits && typeof err === 'object' && err !== null && !isOutcomeUnknown(err)) Object.defineProperty(err, OUTCOME_UNKNOWN, { value: true });
        reject(err);
      };
      const timer = setTimeout(() => fail(new QueryTimedOut(queryTimeoutMs)), queryTimeoutMs);
      run(connection, obj)
        .then(resolve, fail)
        .finally(() => {
          clearTimeout(timer);
          pending.set(connection, (pending.get(connection) ?? 1) - 1);
        });
    });
  };

  client.releaseConnection = (connection) => {
    if ((pending.get(connection) ?? 0) > 0) dispose(connection, new Error('connection released with a statement still out'));
    return release(connection);
  };
}
