import type { Knex } from 'knex';
import type { Config } from '../../config.js';
import { dialectOf } from '../dialect.js';
import { exactMoney, Plan, plusMinutes, rowCount, wholeCents } from './adopt.js';
import type { ConfiguredMigration } from './types.js';
import { utf8mb4 } from './shared.js';

/** The original kept purchases in two tables; their rows move into `purchase` (the old tables stay as they were). */
async function movePurchases(db: Knex, config: Config, plan: Plan): Promise<void> {
  if (!(await db.schema.hasTable('purchase_base')) || !(await db.schema.hasTable('purchase_info'))) return;
  let exact = await wholeCents(db, plan, 'purchase_base', 'purchase_id', 'purchase_price');
  for (const column of ['product_unitprice', 'product_totalprice']) exact = (await wholeCents(db, plan, 'purchase_info', 'purchase_id', column)) && exact;
  if (!exact) return;
  const pg = dialectOf(db) === 'pg';
  const text = (column: string) => (pg ? `CAST(${column} AS varchar)` : `CAST(${column} AS CHAR)`);
  const money = (column: string) => (pg ? `ROUND(CAST(${column} AS numeric), 2)` : `CAST(ROUND(${column}, 2) AS DECIMAL(12,2))`);
  const deadline = plusMinutes(db, 'b.creat_time', config.purchase.payMinutes).toQuery();
  // The original's tables have whatever collation their database gave them, this service's its own: on
  // MySQL a comparison across them states one (in utf8mb4, whatever the original's character set).
  const sameId = pg ? 'x.purchase_id = b.purchase_id' : 'x.purchase_id = CONVERT(b.purchase_id USING utf8mb4) COLLATE utf8mb4_bin';
  const moved = await rowCount(db, 'purchase_base');
  await plan.change(`purchase: ${moved} purchases moved in from purchase_base and purchase_info (ids, states and amounts kept; unpaid ones expire ${config.purchase.payMinutes} minutes after they were made)`, () =>
    db.raw(`INSERT INTO purchase (purchase_id, user_id, shop_id, seller_id, purchase_state, purchase_type, purchase_price, pay_method,
        creat_time, pay_time, deadline, product_id, product_num, product_unitprice, product_totalprice)
      SELECT b.purchase_id, ${text('b.user_id')}, COALESCE(p.shop_id, 0), COALESCE(${text('s.user_id')}, ''), COALESCE(b.purchase_state, 'cancel'),
        COALESCE(b.purchase_type, 0), ${money('b.purchase_price')}, COALESCE(b.pay_method, ''), b.creat_time, NULL, ${deadline},
        i.product_id, i.product_num, ${money('i.product_unitprice')}, ${money('i.product_totalprice')}
      FROM purchase_base b JOIN purchase_info i ON i.purchase_id = b.purchase_id
        LEFT JOIN product p ON p.product_id = i.product_id LEFT JOIN shop s ON s.shop_id = p.shop_id
      WHERE NOT EXISTS (SELECT 1 FROM purchase x WHERE ${sameId})`),
  );
}

export const purchaseMigration: ConfiguredMigration = {
  name: '007_purchase',
  adopts: {
    table: 'purchase_base',
    async adopt(db, config, plan) {
      // users belongs to the account service: nothing of it changes but the balance column's type.
      const { table, idColumn, balanceColumn } = config.wallet;
      if (await db.schema.hasTable(table)) await exactMoney(db, plan, table, idColumn, balanceColumn);
      await movePurchases(db, config, plan);
    },
  },
  async up(db, config) {
    const { table, idColumn, balanceColumn, nameColumn } = config.wallet;
    if (await db.schema.hasTable(table)) await exactMoney(db, new Plan(true), table, idColumn, balanceColumn);
    // The users table is the account service's: created (with the wallet and the name) only where it is missing.
    if (!(await db.schema.hasTable(table))) {
      await db.schema.createTable(table, (t) => {
        t.bigInteger(idColumn).primary();
        t.decimal(balanceColumn, 12, 2).notNullable().defaultTo(0);
        if (nameColumn) t.string(nameColumn, 64).notNullable().defaultTo('');
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
    await movePurchases(db, config, new Plan(true));
  },
  async down(db) {
    await db.schema.dropTableIfExists('purchase');
    await db.schema.dropTableIfExists('wallet_ledger');
  },
};
