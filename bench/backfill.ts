/**
 * `npx tsx bench/backfill.ts <config.json>`: how long indexing every notice for text search takes (what
 * adopting the original's database does at its first start), on the configured database: the postings
 * are removed and written again, in the migration's own batches.
 */
import { createDatabase } from '../src/backends/db/pool.js';
import { loadConfig } from '../src/config.js';
import { createLogger } from '../src/log.js';
import { backfillGrams, GRAM_TABLE } from '../src/services/lostfound/property-grams.js';

const db = await createDatabase(loadConfig(process.argv.at(-1)), createLogger('warn'));
const [{ n }] = (await db('property').count({ n: '*' })) as [{ n: number | string }];
await db(GRAM_TABLE).truncate();
const started = Date.now();
await backfillGrams(db);
const [{ p }] = (await db(GRAM_TABLE).count({ p: '*' })) as [{ p: number | string }];
process.stdout.write(`indexed ${Number(n)} notices (${Number(p)} postings) in ${((Date.now() - started) / 1000).toFixed(1)} s\n`);
await db.destroy();
