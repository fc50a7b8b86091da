import { dialectOf } from '../dialect.js';
import { AdoptionError, ensureIndex, fillDefault, Plan } from './adopt.js';
import type { ConfiguredMigration } from './types.js';
import { utf8mb4 } from './shared.js';

export const shopMigration: ConfiguredMigration = {
  name: '003_shop',
  adopts: {
    table: 'shop',
    async adopt(db, _config, plan) {
      // Names are unique here: the original never checked, so duplicates (or none) must be mended first.
      const duplicates = (await db('shop').select('shop_name').count({ n: '*' }).groupBy('shop_name').having(db.raw('COUNT(*) > 1')).limit(5)) as { shop_name: string | null }[];
      if (duplicates.length > 0) {
        const names = duplicates.map((d) => JSON.stringify(d.shop_name)).join(', ');
        plan.problem(new AdoptionError('shop', 'shop_name', `names used by more than one shop (${names})`, 'rename all but one of each'));
      }
      const [{ n: unnamed }] = (await db('shop').count({ n: '*' }).whereNull('shop_name')) as [{ n: number | string }];
      if (Number(unnamed) > 0) plan.problem(new AdoptionError('shop', 'shop_name', `${Number(unnamed)} shops without a name`, 'name them'));
      await fillDefault(db, plan, 'shop', 'shop_content', '');
      await fillDefault(db, plan, 'shop', 'pic_url', '');
      await ensureIndex(db, plan, 'shop', 'shop_shop_name_unique', ['shop_name'], true);
      await ensureIndex(db, plan, 'shop', 'shop_user_idx', ['user_id']);
    },
  },
  async up(db, config) {
    const adopting = await db.schema.hasTable('shop');
    if (adopting) await this.adopts?.adopt(db, config, new Plan(true));
    else await db.schema.createTable('shop', (t) => {
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
    // The original's shops count against their owners' cap from the start.
    if (adopting) {
      const owner = dialectOf(db) === 'pg' ? 'CAST(user_id AS varchar)' : 'user_id';
      await db.raw(`INSERT INTO shop_owner (user_id, shops) SELECT ${owner}, COUNT(*) FROM shop GROUP BY user_id`);
    }
  },
  async down(db) {
    await db.schema.dropTableIfExists('shop_owner');
    await db.schema.dropTableIfExists('shop');
  },
};
