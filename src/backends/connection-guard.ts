import { Socket } from 'node:net';
import type { Knex } from 'knex';
import type { Dialect } from './dialect.js';

/** The service stopped waiting for an answer: the connection it was asked on is closed with it. */
export class QueryTimedOut extends Error {
  override name = 'QueryTimedOut';
  readonly code = 'QUERY_TIMEOUT';
  constructor(ms: number) {
    super(`no answer from the database within ${ms} ms: connection closed`);
  }
}

type WriteCallback = (err?: Error | null) => void;

/**
 * A driver connection's socket that closes itself, failing what is out on it, when what was written to
 * it gets no answer within `ms`. Both drivers ask one thing at a time and the server answers only when
 * done (a PostgreSQL NOTICE aside, which ends the wait early: the server's statement_timeout still
 * holds), so this is a statement's deadline: for every statement, those of transactions and their
 * COMMIT included, whichever knex path sent it. The statement's promise then fails with QueryTimedOut,
 * and the driver marks the connection broken, so the pool never hands it out again.
 *
 * Closing is what makes the timeout safe. A client-side timeout used to abandon the statement and leave
 * the connection as it was: its ROLLBACK then timed out the same way, the connection went back to the
 * pool with its transaction still open on the server, and another request's COMMIT committed the
 * leftovers (half a payment). With the socket closed, the server ends the transaction itself and can run
 * at most the one statement it had already received.
 *
 * Over TLS the driver's TLS socket reads and writes past this one: the server's own statement and idle
 * transaction limits (pool.ts) are then the only bound.
 */
class AnswerDeadlineSocket extends Socket {
  #deadline: NodeJS.Timeout | undefined;

  constructor(private readonly ms: number) {
    super();
    // Listening first, before the driver: any byte back is the answer's start.
    this.on('data', () => this.#answered());
    this.once('close', () => this.#answered());
  }

  // Writable's documented hooks for subclasses: `write` itself is reset by net.Socket's connect().
  override _write(chunk: unknown, encoding: BufferEncoding, callback: WriteCallback): void {
    this.#awaitAnswer();
    super._write(chunk, encoding, callback);
  }

  override _writev(chunks: { chunk: unknown; encoding: BufferEncoding }[], callback: WriteCallback): void {
    this.#awaitAnswer();
    super._writev?.(chunks, callback);
  }

  #awaitAnswer(): void {
    this.#deadline ??= setTimeout(() => this.destroy(new QueryTimedOut(this.ms)), this.ms);
  }

  #answered(): void {
    clearTimeout(this.#deadline);
    this.#deadline = undefined;
  }
}

/** What mysql2 hands its `stream` option: the connection's settings, its defaults (localhost, 3306) filled in. */
interface Mysql2StreamOptions {
  config: { host: string; port: number; socketPath?: string; enableKeepAlive?: boolean; keepAliveInitialDelay?: number };
}

/**
 * The drivers' documented `stream` connection option, giving each connection an AnswerDeadlineSocket.
 * pg connects the socket itself; mysql2 expects it connected, as it would have done.
 */
export function deadlineStream(dialect: Exclude<Dialect, 'sqlite'>, ms: number): (options: Mysql2StreamOptions) => Socket {
  if (dialect === 'pg') return () => new AnswerDeadlineSocket(ms);
  return ({ config }) => {
    const socket = new AnswerDeadlineSocket(ms);
    socket.setNoDelay(true);
    if (config.enableKeepAlive) socket.setKeepAlive(true, config.keepAliveInitialDelay);
    return config.socketPath ? socket.connect(config.socketPath) : socket.connect(config.port, config.host);
  };
}

/**
 * Whether `err` is the server's answer to the statement (a constraint, a deadlock, its own timeout), so
 * that the statement is known to have failed. Anything else (a socket that broke, our deadline) leaves
 * the server's side of it unknown.
 */
const ANSWERED_BY_SERVER: Readonly<Record<Exclude<Dialect, 'sqlite'>, (err: unknown) => boolean>> = {
  // FATAL and PANIC end the session: the server has gone, whatever it said.
  pg: (err) => (err as { severity?: unknown }).severity === 'ERROR',
  mysql: (err) => typeof (err as { errno?: unknown }).errno === 'number' && (err as { fatal?: unknown }).fatal !== true,
};

/** Marks an error of a write whose commit was sent and whose answer never came: it may or may not be stored. */
const OUTCOME_UNKNOWN = Symbol('outcome unknown');

export function isOutcomeUnknown(err: unknown): boolean {
  return typeof err === 'object' && err !== null && OUTCOME_UNKNOWN in err;
}

/** What knex's query events say of a statement. */
interface QueryEvent {
  sql?: string;
  method?: string;
  /** Set while the statement runs in a transaction. */
  __knexTxId?: string;
}

const COMMITS = /^\s*COMMIT\b/i;
const WRITE_METHODS = new Set(['insert', 'update', 'del', 'counter']);
const WRITES = /^\s*(INSERT|UPDATE|DELETE|REPLACE|CALL)\b/i;

/** Whether a statement commits what it did: a COMMIT, or a write outside any transaction (autocommit). */
function commits(query: QueryEvent): boolean {
  if (COMMITS.test(query.sql ?? '')) return true;
  if (query.__knexTxId !== undefined) return false;
  return query.method !== undefined && query.method !== 'raw' ? WRITE_METHODS.has(query.method) : WRITES.test(query.sql ?? '');
}

/**
 * Marks the failure of a statement that commits, when the server did not answer it, as outcome unknown:
 * only then may a failed write have been stored. knex emits 'query-error' for every statement, those of
 * transactions included, with the very error its caller then receives.
 */
export function markLostCommits(db: Knex, dialect: Exclude<Dialect, 'sqlite'>): void {
  const answeredByServer = ANSWERED_BY_SERVER[dialect];
  db.on('query-error', (err: unknown, query: QueryEvent) => {
    if (typeof err !== 'object' || err === null || isOutcomeUnknown(err) || answeredByServer(err) || !commits(query)) return;
    Object.defineProperty(err, OUTCOME_UNKNOWN, { value: true });
  });
}
