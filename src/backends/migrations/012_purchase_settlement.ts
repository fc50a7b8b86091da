import type { ConfiguredMigration } from './types.js';

/**
 * Buyer protection: a paid purchase's money is held until it is settled. settle_state is "" until paid,
 * then held, disputed, released or refunded; release_at is when held money goes to the seller by time;
 * dispute_reason is the buyer's. Purchases paid before this (and adopted ones) were settled at pay: they
 * read released. The sweep looks for held purchases by release_at.
 */
export const purchaseSettlementMigration: ConfiguredMigration = {
  name: '012_purchase_settlement',
  async up(db) {
    await db.schema.alterTable('purchase', (t) => {
      t.string('settle_state', 8).notNullable().defaultTo('');
      t.datetime('release_at', { useTz: false, precision: 0 }).nullable();
      t.string('dispute_reason', 200).nullable();
      t.index(['settle_state', 'release_at'], 'purchase_settle_idx');
    });
    await db('purchase').where('purchase_state', 'finish').update({ settle_state: 'released' });
  },
  async down(db) {
    await db.schema.alterTable('purchase', (t) => {
      t.dropIndex(['settle_state', 'release_at'], 'purchase_settle_idx');
      t.dropColumn('settle_state');
      t.dropColumn('release_at');
      t.dropColumn('dispute_reason');
    });
  },
};
