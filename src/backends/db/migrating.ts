import type { Knex } from 'knex';
import type { Config } from '../../config.js';
import type { Logger } from '../../log.js';
import { lackingRight } from '../db-start.js';
import { checkAdoption, migrationsCurrent } from '../migrations/adoption.js';
import { migrationSource } from '../migrations/index.js';
import { ensureWalletTable } from '../wallet-table.js';

/** The service's migrations, as knex's migration calls take them (the source lives in code, not files). */
export function migrationsOf(config: Config, log: Logger): Knex.MigratorConfig {
  return { migrationSource: migrationSource(config, log) };
}

/**
 * Brings the schema up to date. A database the original server used is checked first, as a whole, so
 * that a shape that cannot be adopted stops the start before anything is changed. A schema already
 * current costs one look at knex's table of migrations run, and the wallet table's check. A statement
 * the account may not run stops the start with one line that names it.
 */
export async function migrate(db: Knex, config: Config, log: Logger): Promise<string[]> {
  try {
    let ran: string[] = [];
    if (!(await migrationsCurrent(db))) {
      if (!config.db.migrateOnStart) {
        const { pending } = await migrationStatus(db, config, log);
        if (pending.length > 0) throw new MigrationsPending(pending);
      }
      const { problems } = await checkAdoption(db, config);
      if (problems.length > 0) throw new AdoptionFailed(problems);
      const [, names] = (await db.migrate.latest(migrationsOf(config, log))) as [number, string[]];
      ran = names;
    }
    await ensureWalletTable(db, config.wallet);
    return ran;
  } catch (err) {
    throw lackingRight(err, config.db.client) ?? err;
  }
}

/** The migrations run (oldest first) and those still to run, by name. */
export async function migrationStatus(db: Knex, config: Config, log: Logger): Promise<{ applied: string[]; pending: string[] }> {
  const [applied, pending] = (await db.migrate.list(migrationsOf(config, log))) as [({ name: string } | string)[], ({ name: string } | string)[]];
  const name = (m: { name: string } | string) => (typeof m === 'string' ? m : m.name);
  return { applied: applied.map(name), pending: pending.map(name) };
}

/** A start with migrations to run, told not to run them (db.migrateOnStart false). */
export class MigrationsPending extends Error {
  override name = 'MigrationsPending';
  constructor(readonly pending: string[]) {
    super(`${pending.length} migration${pending.length === 1 ? ' is' : 's are'} pending (${pending.join(', ')}) and db.migrateOnStart is false: run npm run migrate -- latest first`);
  }
}

/** The first problem is the line the operator reads; the check command lists them all. */
export class AdoptionFailed extends Error {
  override name = 'AdoptionFailed';
  constructor(readonly problems: string[]) {
    super(`${problems[0]}${problems.length > 1 ? ` (and ${problems.length - 1} more: npm run adopt -- --check lists them)` : ''}`);
  }
}

