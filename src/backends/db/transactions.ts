import type { Knex } from 'knex';
import { isOutcomeUnknown } from '../connection-guard.js';
import { dialectOf } from '../dialect.js';
import { OutcomeUnknown, type WrittenIds } from './errors.js';

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
