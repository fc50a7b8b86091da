import type { ConfiguredMigration } from './types.js';
import { utf8mb4 } from './shared.js';

/**
 * How many pictures each user stores (pic.maxPerUser): one row per owner, which an upload of a new name
 * increments with a conditional UPDATE in the transaction that claims the name, so the cap holds under
 * concurrency. Pictures stored before this count from the start.
 */
export const picOwnerMigration: ConfiguredMigration = {
  name: '013_pic_owner',
  async up(db) {
    await db.schema.createTable('pic_owner', (t) => {
      t.string('user_id', 32).primary();
      t.integer('pics').notNullable().defaultTo(0);
      utf8mb4(db, t, 'utf8mb4_bin');
    });
    await db.raw('INSERT INTO pic_owner (user_id, pics) SELECT user_id, COUNT(*) FROM pic GROUP BY user_id');
  },
  async down(db) {
    await db.schema.dropTableIfExists('pic_owner');
  },
};
