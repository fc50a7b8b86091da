import type { Knex } from 'knex';
import { insertInChunks, whereContains } from '../../backends/dialect.js';
import { inChunksById } from '../../backends/chunks.js';

/**
 * A suffix index over some short text columns of a table, for its list's fragment filters. A text holds
 * a fragment exactly when one of its suffixes starts with it, and the suffixes that start with a fragment
 * are one range of an ordered index: so a posting is (field, suffix, id), one for each position of the
 * column's lowercased value, and a fragment reads just the postings of the rows that hold it. The pair
 * index this replaced read every posting of the fragment's rarest pair and checked each, and a short
 * fragment's rarest pair is in many more names than the fragment. Unlike the notices' index it carries
 * no order: a list may be ordered by any of its columns, so the postings only bound the rows, which the
 * database then orders and pages.
 */
export interface TextIndex {
  /** The postings table. */
  table: string;
  /** The indexed table. */
  source: string;
  /** Its id column, named the same in the postings. */
  id: string;
  fields: readonly string[];
}


/**
 * Characters a posting keeps of its suffix. A fragment up to this long is matched by the postings alone;
 * a longer one is narrowed by its first this-many characters (rows holding those are few) and decided by
 * the column's LIKE. Keeping whole suffixes would cost a long key thousands of characters.
 */
export const SUFFIX_CHARS = 32;

/** The part of a text's characters from `start` that a posting keeps. */
const cut = (chars: readonly string[], start: number) => chars.slice(start, start + SUFFIX_CHARS).join('');

/** The distinct suffixes of a text, lowercased, each cut to SUFFIX_CHARS characters. */
export function suffixesOf(value: string): string[] {
  const chars = [...value.toLowerCase()];
  // A repeating text ("aaaa…") cuts to the same suffix at several positions.
  return [...new Set(chars.map((_, i) => cut(chars, i)))];
}

/**
 * The least string above every string that starts with `prefix`, in code point order (which the postings'
 * binary collations keep), or null when there is none: its last character moved up by one.
 */
export function prefixEnd(prefix: string): string | null {
  const chars = [...prefix].map((ch) => ch.codePointAt(0) ?? 0);
  for (let last = chars.pop(); last !== undefined; last = chars.pop()) {
    if (last < 0x10ffff) {
      // U+D800–DFFF are not characters (UTF-8 cannot carry them): the next one after U+D7FF is U+E000.
      return String.fromCodePoint(...chars, last === 0xd7ff ? 0xe000 : last + 1);
    }
  }
  return null;
}

/** An indexed row: its id and the indexed columns' text. */
export type IndexedRow = Readonly<Record<string, unknown>>;

/** Writes the postings of new rows; run it in the transaction that inserts them. */
export async function indexRows(db: Knex | Knex.Transaction, index: TextIndex, rows: readonly IndexedRow[]): Promise<void> {
  const postings = rows.flatMap((row) =>
    index.fields.flatMap((field, position) =>
      suffixesOf(String(row[field] ?? '')).map((suffix) => ({ field: position, suffix, [index.id]: row[index.id] })),
    ),
  );
  await insertInChunks(db, index.table, postings);
}

/** Replaces a row's postings with those of its text as it now stands; run it in the transaction that changed it. */
export async function reindexRow(trx: Knex.Transaction, index: TextIndex, row: IndexedRow): Promise<void> {
  await trx(index.table).where(index.id, row[index.id] as number).delete();
  await indexRows(trx, index, [row]);
}

/** Indexes every row of the source table (a migration, a bulk load). */
export async function backfill(db: Knex, index: TextIndex): Promise<void> {
  await inChunksById<IndexedRow>(db, index.source, index.id, index.fields, null, (trx, rows) => indexRows(trx, index, rows));
}

/**
 * Restricts `q` (over the source table) to rows whose `field` contains `fragment`, ignoring case: the
 * postings whose suffix starts with the fragment's first SUFFIX_CHARS characters name them, and the
 * column's own LIKE decides (it matters only for a longer fragment).
 */
export function restrictToFragment(db: Knex, index: TextIndex, q: Knex.QueryBuilder, field: string, fragment: string): void {
  // The fragment's longest suffix, cut as a posting is: its first SUFFIX_CHARS characters, lowercased.
  const head = cut([...fragment.toLowerCase()], 0);
  const postings = db(index.table).select(index.id).where('field', index.fields.indexOf(field)).where('suffix', '>=', head);
  const end = prefixEnd(head);
  if (end !== null) void postings.where('suffix', '<', end);
  void q.whereIn(`${index.source}.${index.id}`, postings);
  whereContains(q, `${index.source}.${field}`, fragment);
}
