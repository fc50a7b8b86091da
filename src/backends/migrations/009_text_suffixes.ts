import type { Knex } from 'knex';
import { inChunksById } from '../chunks.js';
import { dialectOf, insertInChunks } from '../dialect.js';
import { TEXT_GRAM_TABLES } from './008_text_grams.js';
import { columnInfo } from './adopt.js';
import type { ConfiguredMigration } from './types.js';
import { utf8mb4 } from './shared.js';

/** Characters a posting keeps of its suffix. */
const SUFFIX_CHARS = 32;

interface TextIndex {
  table: string;
  source: string;
  id: string;
  fields: readonly string[];
}

const INDEXES: readonly TextIndex[] = [
  { table: 'shop_suffix', source: 'shop', id: 'shop_id', fields: ['shop_name'] },
  { table: 'product_suffix', source: 'product', id: 'product_id', fields: ['product_name', 'product_key'] },
];

/** The distinct suffixes of a text, lowercased, each cut to SUFFIX_CHARS characters: the postings as this migration wrote them. */
function suffixesOf(value: string): string[] {
  const chars = [...value.toLowerCase()];
  return [...new Set(chars.map((_, i) => chars.slice(i, i + SUFFIX_CHARS).join('')))];
}

/** Indexes every row of the index's source table, a thousand at a time. */
function backfill(db: Knex, index: TextIndex): Promise<void> {
  return inChunksById<Record<string, unknown>>(db, index.source, index.id, index.fields, null, (trx, rows) =>
    insertInChunks(
      trx,
      index.table,
      rows.flatMap((row) => index.fields.flatMap((field, position) => suffixesOf(String(row[field] ?? '')).map((suffix) => ({ field: position, suffix, [index.id]: row[index.id] })))),
    ),
  );
}

/**
 * The suffix indexes of shop names and of product names and keys (see text-index.ts), filled from the
 * rows already there, in place of 008's pair indexes. A row deleted by hand takes its postings with it
 * (ON DELETE CASCADE): left behind, they would collide with a later row drawing the same random id.
 */
export const textSuffixesMigration: ConfiguredMigration = {
  name: '009_text_suffixes',
  // The backfill commits chunk by chunk, as the notices' does.
  transaction: false,
  async up(db) {
    for (const table of TEXT_GRAM_TABLES) await db.schema.dropTableIfExists(table);
    const dialect = dialectOf(db);
    for (const index of INDEXES) {
      // MySQL refuses a foreign key between integer types that differ: ours are INT, the original's BIGINT.
      const idType = dialect === 'mysql' ? ((await columnInfo(db, index.source, index.id))?.type ?? 'int') : null;
      await db.schema.createTable(index.table, (t) => {
        t.smallint('field').notNullable();
        // A range of suffixes is a range of the index only where strings compare by code point: bytes on
        // MySQL (its PAD SPACE collations would also make "a" and "a " one key), the C collation on
        // PostgreSQL, SQLite's own BINARY. Four bytes a character at most in UTF-8.
        if (dialect === 'mysql') t.specificType('suffix', `varbinary(${SUFFIX_CHARS * 4})`).notNullable();
        else if (dialect === 'pg') t.specificType('suffix', `varchar(${SUFFIX_CHARS}) COLLATE "C"`).notNullable();
        else t.string('suffix', SUFFIX_CHARS).notNullable();
        const id = idType === null ? t.bigInteger(index.id) : t.specificType(index.id, idType);
        id.notNullable().references(index.id).inTable(index.source).onDelete('CASCADE');
        t.primary(['field', 'suffix', index.id]);
        t.index([index.id], `${index.table}_id_idx`);
        utf8mb4(db, t);
      });
      await backfill(db, index);
    }
  },
  async down(db) {
    for (const index of INDEXES) await db.schema.dropTableIfExists(index.table);
  },
};
