import type { ConfiguredMigration } from './types.js';

/** The pair indexes of shop and product names this migration made; 009 drops them. */
export const TEXT_GRAM_TABLES = ['shop_gram', 'product_gram'] as const;

/**
 * Made pair indexes of shop names and of product names and keys, which 009's suffix indexes replaced. It
 * stays in the list, doing nothing now, because knex refuses to run on a database whose completed
 * migrations it no longer knows; where it ran before, 009 drops what it made.
 */
export const textGramsMigration: ConfiguredMigration = {
  name: '008_text_grams',
  async up() {},
  async down(db) {
    for (const table of TEXT_GRAM_TABLES) await db.schema.dropTableIfExists(table);
  },
};
