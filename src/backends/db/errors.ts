import { DomainError } from '../../errors.js';

/** Set on every error a query raised: what reaches an edge with it came from the database. */
const QUERY_FAILED = Symbol('query failed');

/** Marks an error as a query's (once): the edges then read it as the database failing. */
export function markQueryFailed(err: unknown): void {
  if (typeof err === 'object' && err !== null && !(QUERY_FAILED in err)) Object.defineProperty(err, QUERY_FAILED, { value: true });
}

/**
 * The database seam's one classification of failures: an error a query raised, or a connection that could
 * not be had in time, is the database failing. Call sites need not wrap their queries.
 */
export function databaseFailure(err: unknown): DomainError | undefined {
  if (typeof err !== 'object' || err === null) return undefined;
  const failed = QUERY_FAILED in err || (err as Error).name === 'KnexTimeoutError';
  return failed ? new DomainError('databaseFailed', undefined, { cause: err }) : undefined;
}

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

