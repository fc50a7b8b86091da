import { backfill, PRODUCT_TEXTS, SHOP_NAMES, type TextIndex } from '../../services/text-index.js';
import { dialectOf } from '../dialect.js';
import { columnInfo } from './adopt.js';
import type { ConfiguredMigration } from './index.js';
import { utf8mb4 } from './index.js';

const INDEXES: readonly TextIndex[] = [SHOP_NAMES, PRODUCT_TEXTS];

/**
 * The gram indexes of shop names and of product names and keys (see text-index.ts), filled from the rows
 * already there. A row deleted by hand takes its postings with it (ON DELETE CASCADE): left behind, they
 * would collide with a later row drawing the same random id.
 */
export const textGramsMigration: ConfiguredMigration = {
  name: '008_text_grams',
  // The backfill commits chunk by chunk, as the notices' does.
  transaction: false,
  async up(db) {
    for (const index of INDEXES) {
      // MySQL refuses a foreign key between integer types that differ: ours are INT, the original's BIGINT.
      const idType = dialectOf(db) === 'mysql' ? ((await columnInfo(db, index.source, index.id))?.type ?? 'int') : null;
      await db.schema.createTable(index.table, (t) => {
        t.smallint('field').notNullable();
        // VARBINARY on MySQL: its PAD SPACE collations would make "a" and "a " the same key.
        if (dialectOf(db) === 'mysql') t.specificType('gram', 'varbinary(8)').notNullable();
        else t.string('gram', 2).notNullable();
        const id = idType === null ? t.bigInteger(index.id) : t.specificType(index.id, idType);
        id.notNullable().references(index.id).inTable(index.source).onDelete('CASCADE');
        // The field's value (at most 255 characters), lowercased: twice as long at most ("İ" becomes "i̇").
        // Binary on MySQL, so that its LIKE compares exactly.
        if (dialectOf(db) === 'mysql') t.specificType('text', 'varchar(510) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin').notNullable();
        else t.string('text', 510).notNullable();
        t.primary(['field', 'gram', index.id]);
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
