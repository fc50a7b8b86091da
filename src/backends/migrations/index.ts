import type { Knex } from 'knex';
import type { ConfiguredMigration } from './types.js';
import type { Config } from '../../config.js';
import type { Logger } from '../../log.js';
import { tokensMigration } from './001_tokens.js';
import { propertyMigration } from './002_property.js';
import { shopMigration } from './003_shop.js';
import { propertyGramMigration } from './004_property_gram.js';
import { picMigration } from './005_pic.js';
import { productMigration } from './006_product.js';
import { purchaseMigration } from './007_purchase.js';
import { textGramsMigration } from './008_text_grams.js';
import { textSuffixesMigration } from './009_text_suffixes.js';
import { payRoutineMigration } from './010_pay_routine.js';
import { dropPayRoutineMigration } from './011_drop_pay_routine.js';
import { purchaseSettlementMigration } from './012_purchase_settlement.js';
import { picOwnerMigration } from './013_pic_owner.js';
import { ledgerNoteMigration } from './014_ledger_note.js';

const migrations: ConfiguredMigration[] = [tokensMigration, propertyMigration, shopMigration, propertyGramMigration, picMigration, productMigration, purchaseMigration, textGramsMigration, textSuffixesMigration, payRoutineMigration, dropPayRoutineMigration, purchaseSettlementMigration, picOwnerMigration, ledgerNoteMigration];

export type { ConfiguredMigration };
export const allMigrations: readonly ConfiguredMigration[] = migrations;

/** Migrations live in code and see the config (the tokens table's names are configurable). */
export function migrationSource(config: Config, log: Logger): Knex.MigrationSource<ConfiguredMigration> {
  return {
    getMigrations: async () => migrations,
    getMigrationName: (m) => m.name,
    getMigration: async (m) => ({
      up: (db: Knex) => m.up(db, config, log),
      down: (db: Knex) => m.down(db, config),
      config: { transaction: m.transaction ?? true },
    }),
  };
}
