import { createDatabase } from '../backends/db/pool.js';
import { migrate, migrationStatus, migrationsOf } from '../backends/db/migrating.js';
import { loadConfig } from '../config.js';
import { createLogger } from '../log.js';
import { commandArgs } from './args.js';

const USAGE = 'usage: npm run migrate -- status|latest|rollback [-c config.json]';

/**
 * `npm run migrate -- status|latest|rollback`: the service's migrations as a deploy step, through knex's
 * migration API on the database the config names (found as every command finds it). `latest` runs what
 * a start would (the adoption check first), `rollback` undoes the last batch.
 */
async function main(): Promise<void> {
  const { configPath, positional } = commandArgs(process.argv.slice(2));
  const action = positional[0];
  if (positional.length !== 1 || !['status', 'latest', 'rollback'].includes(action ?? '')) throw new Error(USAGE);
  const config = loadConfig(configPath);
  const log = createLogger('warn');
  const db = await createDatabase(config, log);
  const say = (line: string) => process.stdout.write(`${line}\n`);
  try {
    if (action === 'status') {
      const { applied, pending } = await migrationStatus(db, config, log);
      for (const name of applied) say(`applied  ${name}`);
      for (const name of pending) say(`pending  ${name}`);
      say(`${applied.length} applied, ${pending.length} pending`);
    } else if (action === 'latest') {
      const ran = await migrate(db, { ...config, db: { ...config.db, migrateOnStart: true } }, log);
      say(ran.length > 0 ? `ran ${ran.join(', ')}` : 'nothing to run: the database is current');
    } else {
      const [, undone] = (await db.migrate.rollback(migrationsOf(config, log))) as [number, string[]];
      say(undone.length > 0 ? `rolled back ${undone.join(', ')}` : 'nothing to roll back');
    }
  } finally {
    await db.destroy();
  }
}

main().catch((err: unknown) => {
  process.stderr.write(`${(err as Error).message}\n`);
  process.exit(1);
});
