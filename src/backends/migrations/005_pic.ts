import type { ConfiguredMigration } from './types.js';
import { utf8mb4 } from './shared.js';

export const picMigration: ConfiguredMigration = {
  name: '005_pic',
  async up(db) {
    // Who owns each stored picture name: the objects themselves live in the object store.
    await db.schema.createTable('pic', (t) => {
      t.string('pic_from', 16).notNullable();
      // Binary collation on MySQL: "Logo" and "logo" are two names, as they are two objects.
      t.string('pic_name', 64).notNullable();
      t.string('user_id', 32).notNullable();
      // Named by the MD5 of its bytes: the same bytes whoever uploads them, never replaced.
      t.boolean('by_content').notNullable();
      t.string('mime', 32).notNullable();
      t.datetime('created_at', { useTz: false, precision: 0 }).notNullable();
      t.primary(['pic_from', 'pic_name']);
      utf8mb4(db, t, 'utf8mb4_bin');
    });
    // shop/list in creation order, paged, without sorting every shop.
    await db.schema.alterTable('shop', (t) => {
      t.index(['creat_time', 'shop_id'], 'shop_creat_idx');
    });
  },
  async down(db) {
    await db.schema.alterTable('shop', (t) => {
      t.dropIndex(['creat_time', 'shop_id'], 'shop_creat_idx');
    });
    await db.schema.dropTableIfExists('pic');
  },
};
