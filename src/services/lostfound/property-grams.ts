import type { Knex } from 'knex';
import { cancelAfter, dialectOf, insertInChunks } from '../../backends/dialect.js';
import { inChunksById } from '../../backends/chunks.js';
import { fragmentGrams, gramsOf, PROBED_GRAMS, spread } from './grams.js';
import { PROPERTY_TABLE } from './property.js';

/**
 * The lost-and-found notices' gram index (see grams.ts): each notice's lab, title and content. Each
 * posting also carries the notice's type and update_time, so that one gram's postings are already in the
 * list's order: a search walks the postings of the key's rarest gram newest first, checks the key's other
 * grams by primary-key lookups and the real substring by LIKE, and stops when the page is full.
 */
export const GRAM_TABLE = 'property_gram';
/**
 * Counting a gram's postings stops here: enough to find a rare gram to drive a search. Past it, every gram
 * is common and matches are dense, so whichever drives fills a page soon; a higher cap only made every
 * search read more of the index.
 */
const COUNT_CAP = 1000;
/** Of the probed grams, the rarest few drive the query (walked in order, the others checked by key). */
const DRIVING_GRAMS = 3;

export interface IndexedNotice {
  id: number;
  type: number;
  update_time: string;
  lab: string;
  title: string;
  content: string;
}

export async function insertGrams(db: Knex | Knex.Transaction, notices: readonly IndexedNotice[]): Promise<void> {
  const rows = notices.flatMap((n) =>
    gramsOf([n.lab, n.title, n.content]).map((gram) => ({ gram, type: n.type, update_time: n.update_time, property_id: n.id })),
  );
  await insertInChunks(db, GRAM_TABLE, rows);
}

/** Re-indexes one notice as it now stands; run it in the transaction that changed the notice. */
export async function reindexNotice(trx: Knex.Transaction, id: number): Promise<void> {
  const notice = (await trx(PROPERTY_TABLE).select('id', 'type', 'update_time', 'lab', 'title', 'content').where({ id }).first()) as
    | IndexedNotice
    | undefined;
  await trx(GRAM_TABLE).where('property_id', id).delete();
  if (notice) await insertGrams(trx, [{ ...notice, id: Number(notice.id) }]);
}

/** Indexes every notice with an id above `afterId` (a migration, a bulk load). */
export async function backfillGrams(db: Knex, afterId = 0): Promise<void> {
  await inChunksById<IndexedNotice>(db, PROPERTY_TABLE, 'id', ['type', 'update_time', 'lab', 'title', 'content'], afterId, (trx, rows) =>
    insertGrams(trx, rows.map((r) => ({ ...r, id: Number(r.id) }))),
  );
}

/**
 * The grams that should drive a search for `key` among the notices of `type`, rarest first: a bounded
 * number, whatever the key's length (counts are capped too, so asking is cheap).
 */
export async function drivingGrams(db: Knex, key: string, type: number, timeoutMs: number): Promise<string[]> {
  const grams = spread(fragmentGrams(key), PROBED_GRAMS);
  if (grams.length < 2) return grams;
  const counts = await Promise.all(
    grams.map(async (gram) => {
      const postings = db(GRAM_TABLE).select('property_id').where({ gram, type }).limit(COUNT_CAP).as('postings');
      const row = await cancelAfter(db, db.count({ n: '*' }).from(postings).first<{ n: number | string }>(), timeoutMs);
      return { gram, n: Number(row?.n ?? 0) };
    }),
  );
  return counts
    .sort((a, b) => a.n - b.n)
    .slice(0, DRIVING_GRAMS)
    .map((c) => c.gram);
}

/**
 * Drives `q` (over the property table, one type) from the postings of `grams[0]`, newest first, and
 * keeps only notices that hold every other gram too. The caller adds the LIKE check and the paging;
 * ordering by the posting's (update_time, property_id) walks the primary key backwards and stops early.
 */
export function driveByGrams(db: Knex, q: Knex.QueryBuilder, grams: readonly string[], type: number): Knex.QueryBuilder {
  const [driver, ...others] = grams;
  if (dialectOf(db) === 'pg') {
    // PostgreSQL takes the LIKE check for independent of the gram, so it expects few postings to pass it,
    // and instead hashes every notice whose text matches (a scan of the whole table). Each posting's notice
    // is read by its id here, in a subquery it cannot merge into the join (OFFSET 0), so that the walk
    // stops once the page is full.
    void q
      .from(`${GRAM_TABLE} as g0`)
      .joinRaw('CROSS JOIN LATERAL (SELECT * FROM ?? WHERE ?? = ?? OFFSET 0) AS ??', [PROPERTY_TABLE, `${PROPERTY_TABLE}.id`, 'g0.property_id', PROPERTY_TABLE]);
  } else {
    void q.join(`${GRAM_TABLE} as g0`, 'g0.property_id', `${PROPERTY_TABLE}.id`);
  }
  void q.where({ 'g0.gram': driver, 'g0.type': type });
  others.forEach((gram, i) => {
    const alias = `g${i + 1}`;
    void q.whereExists(
      db(`${GRAM_TABLE} as ${alias}`)
        .select(db.raw('1'))
        .where(`${alias}.gram`, gram)
        .andWhere(`${alias}.type`, db.ref('g0.type'))
        .andWhere(`${alias}.update_time`, db.ref('g0.update_time'))
        .andWhere(`${alias}.property_id`, db.ref('g0.property_id')),
    );
  });
  return q.orderBy([
    { column: 'g0.update_time', order: 'desc' },
    { column: 'g0.property_id', order: 'desc' },
  ]);
}
