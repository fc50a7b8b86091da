import type { Knex } from 'knex';
import type { Config } from '../../config.js';
import { dialectOf } from '../dialect.js';
import type { Plan } from './adopt.js';
import { tokensMigration } from './001_tokens.js';
import { propertyMigration } from './002_property.js';
import { shopMigration } from './003_shop.js';
import { propertyGramMigration } from './004_property_gram.js';
import { picMigration } from './005_pic.js';
import { productMigration } from './006_product.js';
import { purchaseMigration } from './007_purchase.js';
import { textGramsMigration } from './008_text_grams.js';
import { textSuffixesMigration } from './009_text_suffixes.js';

export interface ConfiguredMigration {
  name: string;
  /**
   * The original server's table this migration finds already there, and how it takes it over instead of
   * creating it (its rows kept; see adopt.ts).
   */
  adopts?: { table: string; adopt(db: Knex, config: Config, plan: Plan): Promise<void> };
  /** False for a migration that commits in steps of its own (a long backfill); default true. */
  transaction?: boolean;
  up(db: Knex, config: Config): Promise<void>;
  down(db: Knex, config: Config): Promise<void>;
}

const migrations: ConfiguredMigration[] = [tokensMigration, propertyMigration, shopMigration, propertyGramMigration, picMigration, productMigration, purchaseMigration, textGramsMigration, textSuffixesMigration];

export const allMigrations: readonly ConfiguredMigration[] = migrations;

/** Migrations live in code and see the config (the tokens table's names are configurable). */
export function migrationSource(config: Config): Knex.MigrationSource<ConfiguredMigration> {
  return {
    getMigrations: async () => migrations,
    getMigrationName: (m) => m.name,
    getMigration: async (m) => ({
      up: (db: Knex) => m.up(db, config),
      down: (db: Knex) => m.down(db, config),
      config: { transaction: m.transaction ?? true },
    }),
  };
}

/** MySQL tables are utf8mb4 so that lengths count characters and any Chinese text fits. */
export function utf8mb4(db: Knex, table: Knex.CreateTableBuilder, collation = 'utf8mb4_unicode_ci'): void {
  if (dialectOf(db) !== 'mysql') return;
  table.charset('utf8mb4');
  table.collate(collation);
}
