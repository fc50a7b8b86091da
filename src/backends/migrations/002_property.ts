import { ensureIndex, fillDefault, generatedId, Plan } from './adopt.js';
import type { ConfiguredMigration } from './types.js';
import { utf8mb4 } from './shared.js';

/** The original's optional text columns, which the service reads as text. */
const OPTIONAL_TEXT = ['user_name', 'user_phone', 'user_qq', 'user2_id', 'user2_name', 'user2_phone', 'user2_qq', 'pic_url1', 'pic_url2', 'pic_url3'];

export const propertyMigration: ConfiguredMigration = {
  name: '002_property',
  adopts: {
    table: 'property',
    async adopt(db, _config, plan) {
      await generatedId(db, plan, 'property', 'id');
      for (const column of OPTIONAL_TEXT) await fillDefault(db, plan, 'property', column, '');
      await fillDefault(db, plan, 'property', 'pic_num', 0);
      await fillDefault(db, plan, 'property', 'state', 0);
      await ensureIndex(db, plan, 'property', 'property_type_update_idx', ['type', 'update_time', 'id']);
      await ensureIndex(db, plan, 'property', 'property_user_idx', ['user_id']);
    },
  },
  async up(db, config) {
    if (await db.schema.hasTable('property')) return this.adopts?.adopt(db, config, new Plan(true));
    await db.schema.createTable('property', (t) => {
      t.bigIncrements('id');
      t.smallint('type').notNullable();
      t.smallint('state').notNullable().defaultTo(0);
      t.string('lab', 50).notNullable();
      t.string('title', 20).notNullable();
      t.string('content', 500).notNullable();
      t.datetime('occurrence_time', { useTz: false, precision: 0 }).notNullable();
      t.string('user_id', 15).notNullable();
      t.string('user_name', 10).notNullable();
      t.string('user_phone', 15).notNullable().defaultTo('');
      t.string('user_qq', 15).notNullable().defaultTo('');
      t.string('user2_id', 15).notNullable().defaultTo('');
      t.string('user2_name', 10).notNullable().defaultTo('');
      t.string('user2_phone', 15).notNullable().defaultTo('');
      t.string('user2_qq', 15).notNullable().defaultTo('');
      t.datetime('publish_time', { useTz: false, precision: 0 }).notNullable();
      t.datetime('update_time', { useTz: false, precision: 0 }).notNullable();
      t.smallint('pic_num').notNullable().defaultTo(0);
      t.string('pic_url1', 1024).notNullable().defaultTo('');
      t.string('pic_url2', 1024).notNullable().defaultTo('');
      t.string('pic_url3', 1024).notNullable().defaultTo('');
      // The list query: one type, newest update first.
      t.index(['type', 'update_time', 'id'], 'property_type_update_idx');
      t.index(['user_id'], 'property_user_idx');
      utf8mb4(db, t);
    });
  },
  async down(db) {
    await db.schema.dropTableIfExists('property');
  },
};
