import { migrate } from '../backends/db/migrating.js';
import { loadConfig } from '../config.js';
import { createContext } from '../context.js';
import { DomainError } from '../errors.js';
import { createLogger } from '../log.js';
import { readPurchase } from '../services/market/purchases.js';
import { type Decision, DECISIONS, settle } from '../services/market/settlements.js';
import { commandArgs } from './args.js';

const USAGE = 'usage: npm run settle -- <purchase_id> release|refund --reason <text> [-c config.json]';

/**
 * `npm run settle -- <purchase_id> release|refund --reason <text>`: the operator's decision on a held or
 * disputed purchase, settled as the buyer's confirm (release) or the seller's refund would settle it, and
 * logged with its reason.
 */
async function main(): Promise<void> {
  const { configPath, options, positional } = commandArgs(process.argv.slice(2), ['reason']);
  const [purchaseId, decision] = positional;
  const reason = options.reason?.trim();
  if (!purchaseId || !decision || positional.length > 2 || !(DECISIONS as readonly string[]).includes(decision) || !reason) throw new Error(USAGE);
  const config = loadConfig(configPath);
  const log = createLogger('info');
  const context = await createContext(config, log);
  try {
    await migrate(context.db, config, context.log);
    const purchase = await readPurchase(context.db, purchaseId);
    if (!purchase) throw new Error(`no purchase ${purchaseId}`);
    await settle(context, purchase, decision as Decision).catch((err: unknown) => {
      if (!(err instanceof DomainError)) throw err;
      if (err.failure === 'conflict') throw new Error(`purchase ${purchaseId} is not held or disputed: nothing settled`);
      if (err.failure === 'walletFull') throw new Error(`the ${decision === 'release' ? "seller's" : "buyer's"} wallet cannot hold ${purchase.purchase_price}: nothing settled`);
      throw err;
    });
    log.info({ purchase_id: purchaseId, decision, reason, was: purchase.settle_state }, 'purchase settled by the operator');
  } finally {
    await context.close();
  }
}

main().catch((err: unknown) => {
  process.stderr.write(`${(err as Error).message}\n`);
  process.exit(1);
});
