import type { ConfiguredMigration } from './index.js';
import { utf8mb4 } from './index.js';

export const propertyMigration: ConfiguredMigration = {
  name: '002_property',
  async up(db) {
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
