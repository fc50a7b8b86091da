import { inChunksById } from '../chunks.js';
import { dialectOf, insertInChunks } from '../dialect.js';
import { columnInfo } from './adopt.js';
import type { ConfiguredMigration } from './types.js';
import { utf8mb4 } from './shared.js';

const GRAM_TABLE = 'property_gram';

/** Every distinct character and character pair of the texts, lowercased: the postings as this migration wrote them. */
function gramsOf(texts: readonly string[]): string[] {
  const grams = texts.flatMap((text) => [...text.toLowerCase()].flatMap((ch, i, chars) => (i + 1 < chars.length ? [ch, ch + chars[i + 1]] : [ch])));
  return [...new Set(grams)];
}

interface Notice {
  id: number;
  type: number;
  update_time: string;
  lab: string;
  title: string;
  content: string;
}

export const propertyGramMigration: ConfiguredMigration = {
  name: '004_property_gram',
  // The backfill commits chunk by chunk; one transaction around DDL and millions of rows helps nobody.
  transaction: false,
  async up(db) {
    // The key must be of the notice id's own type (MySQL refuses a foreign key between signed and unsigned):
    // our property.id is unsigned, an adopted one signed.
    const signedIds = dialectOf(db) === 'mysql' && !((await columnInfo(db, 'property', 'id'))?.type.includes('unsigned') ?? true);
    await db.schema.createTable(GRAM_TABLE, (t) => {
      // VARBINARY on MySQL: its PAD SPACE collations would make "a" and "a " the same key.
      if (dialectOf(db) === 'mysql') t.specificType('gram', 'varbinary(8)').notNullable();
      else t.string('gram', 2).notNullable();
      t.smallint('type').notNullable();
      t.datetime('update_time', { useTz: false, precision: 0 }).notNullable();
      const propertyId = signedIds ? t.bigInteger('property_id') : t.bigInteger('property_id').unsigned();
      propertyId.notNullable().references('id').inTable('property').onDelete('CASCADE');
      // One gram's postings for one type, in the list's order: newest update first, then highest id.
      t.primary(['gram', 'type', 'update_time', 'property_id']);
      t.index(['property_id'], 'property_gram_property_idx');
      utf8mb4(db, t);
    });
    // Notices written before this migration are indexed now.
    await inChunksById<Notice>(db, 'property', 'id', ['type', 'update_time', 'lab', 'title', 'content'], null, (trx, notices) =>
      insertInChunks(
        trx,
        GRAM_TABLE,
        notices.flatMap((n) => gramsOf([n.lab, n.title, n.content]).map((gram) => ({ gram, type: n.type, update_time: n.update_time, property_id: Number(n.id) }))),
      ),
    );
  },
  async down(db) {
    await db.schema.dropTableIfExists(GRAM_TABLE);
  },
};
