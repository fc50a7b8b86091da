import type { Knex } from 'knex';

/**
 * A character n-gram index for the lost-and-found text search. LIKE '%…%' cannot use an index, and
 * MariaDB has no n-gram full-text parser for Chinese, so each notice's lab, title and content are indexed
 * as their distinct characters and character pairs (lowercased). A search first narrows to the notices
 * holding every gram of the key, then checks the real substring with LIKE on those alone.
 */
export const GRAM_TABLE = 'property_gram';
/**
 * Rows per INSERT: two bound values a row stays well under every database's parameter limit, but knex
 * writes a multi-row SQLite insert as a compound SELECT, which SQLite caps at 500 terms.
 */
const insertChunk = (db: Knex | Knex.Transaction): number =>
  (db.client as { config: Knex.Config }).config.client === 'better-sqlite3' ? 400 : 2000;
const BACKFILL_CHUNK = 1000;

function codePoints(text: string): string[] {
  return [...text.toLowerCase()];
}

/** Every distinct character and character pair of each text (pairs never span two fields). */
export function gramsOf(texts: readonly string[]): string[] {
  const grams = new Set<string>();
  for (const text of texts) {
    const chars = codePoints(text);
    chars.forEach((ch, i) => {
      grams.add(ch);
      if (i + 1 < chars.length) grams.add(ch + chars[i + 1]);
    });
  }
  return [...grams];
}

/** The grams a notice must hold to contain `key`: its pairs, or its one character. */
export function keyGrams(key: string): string[] {
  const chars = codePoints(key);
  if (chars.length <= 1) return chars;
  return [...new Set(chars.slice(1).map((ch, i) => chars[i] + ch))];
}

/** Replaces the grams of one notice; run it in the transaction that writes the notice. */
export async function writeGrams(trx: Knex | Knex.Transaction, id: number, texts: readonly string[]): Promise<void> {
  await trx(GRAM_TABLE).where('property_id', id).delete();
  await insertGrams(trx, [{ id, texts }]);
}

export async function insertGrams(db: Knex | Knex.Transaction, notices: readonly { id: number; texts: readonly string[] }[]): Promise<void> {
  const rows = notices.flatMap(({ id, texts }) => gramsOf(texts).map((gram) => ({ gram, property_id: id })));
  const chunk = insertChunk(db);
  for (let i = 0; i < rows.length; i += chunk) await db(GRAM_TABLE).insert(rows.slice(i, i + chunk));
}

/**
 * The grams to look `key` up by, or null when the index would not help: no grams, or even the rarest
 * gram is in more than `rareNotices` notices. Then the key is common, and walking the newest notices
 * with LIKE finds a page of matches sooner than the index would.
 */
export async function selectiveGrams(db: Knex, key: string, rareNotices: number): Promise<string[] | null> {
  const grams = keyGrams(key);
  if (grams.length === 0) return null;
  // Counting stops at the threshold: asking costs at most that many index entries a gram.
  const counts = grams.map((gram) =>
    db.count({ n: '*' }).from(db(GRAM_TABLE).select('property_id').where('gram', gram).limit(rareNotices + 1).as('postings')),
  );
  const rows = await Promise.all(counts.map((q) => q.first<{ n: number | string }>()));
  const rarest = Math.min(...rows.map((row) => Number(row?.n ?? 0)));
  return rarest > rareNotices ? null : grams;
}

/** The ids of the notices that hold every one of `grams`: a subquery to join. */
export function noticesWithGrams(db: Knex, grams: readonly string[]): Knex.QueryBuilder {
  return db(GRAM_TABLE).select('property_id').whereIn('gram', grams).groupBy('property_id').havingRaw('count(*) = ?', [grams.length]);
}

/** Writes the grams of every notice with an id above `afterId` (a migration, a bulk load). */
export async function backfillGrams(db: Knex, afterId = 0): Promise<void> {
  let lastId = afterId;
  for (;;) {
    const rows = (await db('property').select('id', 'lab', 'title', 'content').where('id', '>', lastId).orderBy('id').limit(BACKFILL_CHUNK)) as {
      id: number;
      lab: string;
      title: string;
      content: string;
    }[];
    const last = rows.at(-1);
    if (!last) return;
    await db.transaction((trx) => insertGrams(trx, rows.map((r) => ({ id: Number(r.id), texts: [r.lab, r.title, r.content] }))));
    lastId = Number(last.id);
  }
}
