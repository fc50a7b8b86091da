import { createDatabase } from '../backends/db/pool.js';
import { migrate } from '../backends/db/migrating.js';
import { checkAdoption } from '../backends/migrations/adoption.js';
import { loadConfig } from '../config.js';
import { createLogger } from '../log.js';
import { commandArgs } from './args.js';

/**
 * `npm run adopt -- --check [-c config]`: what taking over the original server's database would change
 * (tables and rows found, columns and indexes added, money made exact, purchases moved), changing
 * nothing. Without --check it then does it, as the service's start would.
 */
async function main(): Promise<void> {
  const { configPath, flags, positional } = commandArgs(process.argv.slice(2), [], ['check']);
  if (positional.length > 0) throw new Error('usage: npm run adopt -- [--check] [-c config.json]');
  const config = loadConfig(configPath);
  const log = createLogger('warn');
  const db = await createDatabase(config, log);
  try {
    const report = await checkAdoption(db, config);
    const lines = [`Adopting the original server's tables (${config.db.client}):`];
    if (report.tables.length === 0) lines.push('  none found that is not adopted already: nothing to adopt.');
    for (const { table, rows } of report.tables) lines.push(`  table ${table}: ${rows} rows, kept`);
    if (report.changes.length > 0) lines.push('Changes:', ...report.changes.map((c) => `  - ${c}`));
    if (report.problems.length > 0) lines.push('Problems (nothing can be adopted until they are mended):', ...report.problems.map((p) => `  - ${p}`));
    process.stdout.write(`${lines.join('\n')}\n`);
    if (flags.has('check')) {
      process.stdout.write('Nothing was changed (--check).\n');
      return;
    }
    await migrate(db, config, log);
    process.stdout.write('Adopted; the service can start.\n');
  } finally {
    await db.destroy();
  }
}

main().catch((err: unknown) => {
  process.stderr.write(`${(err as Error).message}\n`);
  process.exit(1);
});
