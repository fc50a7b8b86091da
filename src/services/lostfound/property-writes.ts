import type { Knex } from 'knex';
import { insertReturningId, transaction } from '../../backends/db/transactions.js';
import { OutcomeUnknown } from '../../backends/db/errors.js';
import { dialectOf } from '../../backends/dialect.js';
import { BatchFailed, Coalescer } from '../coalescer.js';
import { type IndexedNotice, insertGrams } from './property-grams.js';
import { PROPERTY_TABLE } from './property.js';

/** A notice as property/add stores it: every column but the id. */
export type NewNotice = Omit<IndexedNotice, 'id'> & Record<string, unknown>;

/**
 * A transaction holds a connection while its statements run; up to this many notices share one, which
 * keeps one batch's statement (about 60 postings a notice) well under any packet limit.
 */
const MAX_BATCH = 50;
/** Two batches at once: one is being written while the next one's round trips are on the wire. */
const CONCURRENCY = 2;

/**
 * Writes each notice and its search postings, concurrent adds together (see coalescer.ts): a notice's
 * id is known, and its postings are in, when it is acknowledged, exactly as when each add had its own
 * transaction.
 */
export function noticeWriter(db: Knex): Coalescer<NewNotice, number> {
  let step: Promise<number | null> | undefined;
  return new Coalescer({
    load: async (notices) => {
      step ??= idStep(db).catch((err: unknown) => {
        step = undefined;
        throw err;
      });
      return insertNotices(db, notices, await step);
    },
    maxBatch: MAX_BATCH,
    concurrency: CONCURRENCY,
  });
}

/**
 * The distance between the ids MySQL gives the rows of one multi-row insert, or null where the ids of such
 * an insert cannot be told from its first. InnoDB gives a multi-row INSERT ... VALUES consecutive ids (in
 * steps of auto_increment_increment) under its "traditional" and "consecutive" lock modes (0 and 1,
 * MariaDB's default); under "interleaved" (2, MySQL 8's default) the manual promises no such thing. On
 * PostgreSQL the order of a multi-row RETURNING is not promised either, and SQLite has no round trips to save.
 */
async function idStep(db: Knex): Promise<number | null> {
  if (dialectOf(db) !== 'mysql') return null;
  const [rows] = (await db.raw('SELECT @@innodb_autoinc_lock_mode AS lockMode, @@auto_increment_increment AS step')) as [{ lockMode: number | string; step: number | string }[]];
  const settings = rows[0];
  return settings && Number(settings.lockMode) <= 1 ? Number(settings.step) : null;
}

async function insertNotices(db: Knex, notices: readonly NewNotice[], step: number | null): Promise<number[]> {
  const ids: number[] = [];
  try {
    return await transaction(
      db,
      async (trx) => {
        ids.length = 0;
        if (step !== null && notices.length > 1) {
          const [first] = (await trx(PROPERTY_TABLE).insert(notices)) as number[];
          ids.push(...notices.map((_, i) => Number(first) + i * step));
        } else {
          for (const notice of notices) ids.push(await insertReturningId(trx, PROPERTY_TABLE, notice));
        }
        // New ids have no postings to replace; a DELETE first would only take gap locks that deadlock on MySQL.
        await insertGrams(trx, notices.map((notice, i) => ({ ...notice, id: ids[i] as number })));
        return ids;
      },
      () => ({ property_ids: ids }),
    );
  } catch (err) {
    throw new BatchFailed(!(err instanceof OutcomeUnknown), { cause: err });
  }
}
