import { ensureIndex, exactMoney, fillDefault, Plan } from './adopt.js';
import type { ConfiguredMigration } from './types.js';
import { utf8mb4 } from './shared.js';

export const productMigration: ConfiguredMigration = {
  name: '006_product',
  adopts: {
    table: 'product',
    async adopt(db, _config, plan) {
      await exactMoney(db, plan, 'product', 'product_id', 'product_price');
      await exactMoney(db, plan, 'product', 'product_id', 'product_disprice');
      for (const counter of ['product_sale', 'product_click', 'product_collection', 'product_status']) await fillDefault(db, plan, 'product', counter, 0);
      for (const text of ['product_content', 'product_key', 'pic_url']) await fillDefault(db, plan, 'product', text, '');
      await ensureIndex(db, plan, 'product', 'product_shop_idx', ['shop_id', 'product_status', 'creat_time']);
      await ensureIndex(db, plan, 'product', 'product_status_idx', ['product_status', 'creat_time', 'product_id']);
    },
  },
  async up(db, config) {
    if (await db.schema.hasTable('product')) return this.adopts?.adopt(db, config, new Plan(true));
    await db.schema.createTable('product', (t) => {
      t.integer('product_id').primary();
      t.integer('shop_id').notNullable();
      t.string('product_name', 100).notNullable();
      t.text('product_content').notNullable();
      t.string('product_key', 255).notNullable().defaultTo('');
      // Exact decimals in yuan: never a float column for money.
      t.decimal('product_price', 12, 2).notNullable();
      t.decimal('product_disprice', 12, 2).nullable();
      t.integer('product_sale').notNullable().defaultTo(0);
      t.integer('product_click').notNullable().defaultTo(0);
      t.integer('product_collection').notNullable().defaultTo(0);
      t.string('pic_url', 512).notNullable().defaultTo('');
      t.smallint('product_status').notNullable();
      t.datetime('creat_time', { useTz: false, precision: 0 }).notNullable();
      t.datetime('update_time', { useTz: false, precision: 0 }).notNullable();
      // A shop's products, and the public list (on sale, in creation order).
      t.index(['shop_id', 'product_status', 'creat_time'], 'product_shop_idx');
      t.index(['product_status', 'creat_time', 'product_id'], 'product_status_idx');
      utf8mb4(db, t);
    });
  },
  async down(db) {
    await db.schema.dropTableIfExists('product');
  },
};
