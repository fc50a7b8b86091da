import type { Knex } from 'knex';
import type { Config } from '../../config.js';
import { Plan, rowCount } from './adopt.js';
import { allMigrations } from './index.js';

export interface AdoptionReport {
  /** The original's tables found, with their rows. */
  tables: { table: string; rows: number }[];
  changes: string[];
  problems: string[];
}

/** The migrations knex has recorded as run, by name (none before its first run). */
async function recorded(db: Knex): Promise<string[]> {
  if (!(await db.schema.hasTable('knex_migrations'))) return [];
  return ((await db('knex_migrations').select('name')) as { name: string }[]).map(({ name }) => name);
}

/** The migrations knex has not run yet, by name. */
async function pending(db: Knex): Promise<Set<string>> {
  const names = new Set(allMigrations.map((m) => m.name));
  for (const name of await recorded(db)) names.delete(name);
  return names;
}

/**
 * Whether knex has run exactly this version's migrations: then there is nothing to adopt or run, and a
 * start need not take knex's migration lock to find that out. A name this version does not know (a newer
 * one ran here) is not current: knex then refuses the migrations as corrupt, as it should.
 */
export async function migrationsCurrent(db: Knex): Promise<boolean> {
  const ran = new Set(await recorded(db));
  return ran.size === allMigrations.length && allMigrations.every((m) => ran.has(m.name));
}

/**
 * What adopting the original server's tables would change, without changing anything: the pending
 * migrations that find their table already there, asked with a plan that only describes.
 */
export async function checkAdoption(db: Knex, config: Config): Promise<AdoptionReport> {
  const todo = await pending(db);
  const plan = new Plan(false);
  const tables: AdoptionReport['tables'] = [];
  for (const migration of allMigrations) {
    const adopts = migration.adopts;
    if (!todo.has(migration.name) || !adopts || !(await db.schema.hasTable(adopts.table))) continue;
    tables.push({ table: adopts.table, rows: await rowCount(db, adopts.table) });
    await adopts.adopt(db, config, plan);
  }
  const { table, expiresColumn } = config.tokens;
  if (expiresColumn && (await db.schema.hasTable(table)) && !(await db.schema.hasColumn(table, expiresColumn))) {
    plan.changes.push(`${table}: no column ${expiresColumn}, so tokens do not expire (nothing is added to the account service's table)`);
  }
  return { tables, changes: plan.changes, problems: plan.problems };
}
