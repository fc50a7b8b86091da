import type { ConfiguredMigration } from './index.js';
import { utf8mb4 } from './index.js';

export const shopMigration: ConfiguredMigration = {
  name: '003_shop',
  async up(db) {
    await db.schema.createTable('shop', (t) => {
      t.integer('shop_id').primary();
      // Binary collation: a name is taken only by the same name, as on PostgreSQL and SQLite.
      t.string('shop_name', 100).notNullable().unique({ indexName: 'shop_shop_name_unique' });
      t.text('shop_content').notNullable();
      t.string('user_id', 32).notNullable().index('shop_user_idx');
      t.datetime('creat_time', { useTz: false, precision: 0 }).notNullable();
      t.string('pic_url', 512).notNullable().defaultTo('');
      utf8mb4(db, t, 'utf8mb4_bin');
    });
    // One row per owner: creates lock it with a conditional UPDATE, so the cap holds under concurrency.
    await db.schema.createTable('shop_owner', (t) => {
      t.string('user_id', 32).primary();
      t.integer('shops').notNullable().defaultTo(0);
      utf8mb4(db, t, 'utf8mb4_bin');
    });
  },
  async down(db) {
    await db.schema.dropTableIfExists('shop_owner');
    await db.schema.dropTableIfExists('shop');
  },
};
