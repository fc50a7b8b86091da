import type { Knex } from 'knex';
import type { Config } from '../../config.js';
import type { Logger } from '../../log.js';
import type { Plan } from './adopt.js';

export interface ConfiguredMigration {
  name: string;
  /**
   * The original server's table this migration finds already there, and how it takes it over instead of
   * creating it (its rows kept; see adopt.ts).
   */
  adopts?: { table: string; adopt(db: Knex, config: Config, plan: Plan): Promise<void> };
  /** False for a migration that commits in steps of its own (a long backfill); default true. */
  transaction?: boolean;
  /** `log` says what an operator should know of what it did (or could not do). */
  up(db: Knex, config: Config, log: Logger): Promise<void>;
  down(db: Knex, config: Config): Promise<void>;
}
