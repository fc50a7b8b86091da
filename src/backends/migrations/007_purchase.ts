import type { ConfiguredMigration } from './index.js';
import { utf8mb4 } from './index.js';

export const purchaseMigration: ConfiguredMigration = {
  name: '007_purchase',
  async up(db, config) {
    const { table, idColumn, balanceColumn } = config.wallet;
    // The users table is the account service's: created (with just the wallet) only where it is missing.
    if (!(await db.schema.hasTable(table))) {
      await db.schema.createTable(table, (t) => {
        t.bigInteger(idColumn).primary();
        t.decimal(balanceColumn, 12, 2).notNullable().defaultTo(0);
      });
    }
    // Every change of a balance, written in the transaction that made it.
    await db.schema.createTable('wallet_ledger', (t) => {
      t.bigIncrements('id');
      t.bigInteger('user_id').notNullable();
      t.string('purchase_id', 17).nullable();
      t.decimal('amount', 12, 2).notNullable();
      t.decimal('balance_after', 12, 2).notNullable();
      t.string('kind', 8).notNullable();
      t.datetime('created_at', { useTz: false, precision: 0 }).notNullable();
      t.index(['user_id', 'id'], 'wallet_ledger_user_idx');
      utf8mb4(db, t);
    });
    await db.schema.createTable('purchase', (t) => {
      t.string('purchase_id', 17).primary();
      t.string('user_id', 32).notNullable();
      t.integer('shop_id').notNullable();
      // The shop's owner when the purchase was made (shops never change hands): who is paid.
      t.string('seller_id', 32).notNullable();
      t.string('purchase_state', 8).notNullable();
      t.smallint('purchase_type').notNullable().defaultTo(0);
      t.decimal('purchase_price', 12, 2).notNullable();
      t.string('pay_method', 16).notNullable().defaultTo('');
      t.datetime('creat_time', { useTz: false, precision: 0 }).notNullable();
      t.datetime('pay_time', { useTz: false, precision: 0 }).nullable();
      // After this an unpaid purchase is cancelled: pay checks it, reads apply it, a sweep stores it.
      t.datetime('deadline', { useTz: false, precision: 0 }).notNullable();
      t.integer('product_id').notNullable();
      t.integer('product_num').notNullable();
      t.decimal('product_unitprice', 12, 2).notNullable();
      t.decimal('product_totalprice', 12, 2).notNullable();
      t.index(['user_id', 'creat_time'], 'purchase_buyer_idx');
      t.index(['seller_id', 'creat_time'], 'purchase_seller_idx');
      t.index(['purchase_state', 'deadline'], 'purchase_state_idx');
      utf8mb4(db, t);
    });
  },
  async down(db) {
    await db.schema.dropTableIfExists('purchase');
    await db.schema.dropTableIfExists('wallet_ledger');
  },
};
