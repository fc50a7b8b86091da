import { migrate, transaction } from '../backends/db.js';
import { toDecimal } from '../backends/decimal.js';
import { loadConfig } from '../config.js';
import { createContext } from '../context.js';
import { formatDateTime } from '../services/datetime.js';
import { parseAmount } from '../services/money.js';
import { Wallets } from '../services/wallet.js';
import { createLogger } from '../log.js';
import { commandArgs } from './args.js';

const USAGE = 'usage: npm run wallet -- <user_id> <amount> [-c config.json]  (amount in yuan, at most 2 decimals)';

/** `npm run wallet -- <user_id> <amount> [-c config]`: credits a wallet for local use, prints the new balance. */
async function main(): Promise<void> {
  const { configPath, positional } = commandArgs(process.argv.slice(2));
  const [userId, amount] = positional;
  if (!userId || !amount || positional.length > 2) throw new Error(USAGE);
  const cents = parseAmount(amount, 'amount');
  const config = loadConfig(configPath);
  const context = await createContext(config, createLogger('warn'));
  try {
    await migrate(context.db, config);
    const wallets = new Wallets(config.wallet, () => formatDateTime(context.clock.now(), config.timeZone));
    await wallets.open(context.db, userId);
    const after = await transaction(context.db, (trx) => wallets.change(trx, userId, cents, 'credit', null));
    process.stdout.write(`${toDecimal(after ?? 0)}\n`);
  } finally {
    await context.close();
  }
}

main().catch((err: unknown) => {
  process.stderr.write(`${(err as Error).message}\n`);
  process.exit(1);
});
