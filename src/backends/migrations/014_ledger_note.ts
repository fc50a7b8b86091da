import type { ConfiguredMigration } from './types.js';

/** An operator's adjustment of a wallet (npm run wallet) says why, in its ledger row. */
export const ledgerNoteMigration: ConfiguredMigration = {
  name: '014_ledger_note',
  async up(db) {
    await db.schema.alterTable('wallet_ledger', (t) => {
      t.string('note', 200).nullable();
    });
  },
  async down(db) {
    await db.schema.alterTable('wallet_ledger', (t) => {
      t.dropColumn('note');
    });
  },
};
