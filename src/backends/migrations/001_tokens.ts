import type { ConfiguredMigration } from './types.js';
import { utf8mb4 } from './shared.js';

/**
 * The Java account service owns `tokens` in production; the embedded default has no such service, so the
 * table is created when it is missing (and left alone when it exists).
 */
export const tokensMigration: ConfiguredMigration = {
  name: '001_tokens',
  async up(db, { tokens }) {
    if (await db.schema.hasTable(tokens.table)) return;
    await db.schema.createTable(tokens.table, (t) => {
      t.string(tokens.tokenColumn, 255).primary();
      t.string(tokens.userColumn, 32).nullable();
      if (tokens.expiresColumn) t.datetime(tokens.expiresColumn, { useTz: false, precision: 0 }).nullable();
      utf8mb4(db, t, 'utf8mb4_bin');
    });
  },
  async down() {
    // Never drop a table that another service may own.
  },
};
