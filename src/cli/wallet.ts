import { migrate } from '../backends/db.js';
import { toDecimal } from '../backends/decimal.js';
import { loadConfig } from '../config.js';
import { createContext } from '../context.js';
import { parseAmount } from '../services/money.js';
import { isUserId, USER_ID_RULE } from '../services/user-ids.js';
import { MAX_BALANCE_CENTS, walletsOf } from '../services/wallets.js';
import { DomainError } from '../errors.js';
import { createLogger } from '../log.js';
import { commandArgs } from './args.js';

const USAGE = 'usage: npm run wallet -- <user_id> <amount> [-c config.json]  (amount in yuan, at most 2 decimals)';

/** `npm run wallet -- <user_id> <amount> [-c config]`: credits a wallet for local use, prints the new balance. */
async function main(): Promise<void> {
  const { configPath, positional } = commandArgs(process.argv.slice(2));
  const [userId, amount] = positional;
  if (!userId || !amount || positional.length > 2) throw new Error(USAGE);
  if (!isUserId(userId)) throw new Error(`user_id: ${USER_ID_RULE}\n${USAGE}`);
  const cents = parseAmount(amount, 'amount');
  const config = loadConfig(configPath);
  const context = await createContext(config, createLogger('warn'));
  try {
    await migrate(context.db, config);
    const wallets = walletsOf(context);
    await wallets.credit(context.db, userId, cents).catch((err: unknown) => {
      if (err instanceof DomainError && err.failure === 'walletFull') throw new Error(`the wallet would hold more than ${toDecimal(MAX_BALANCE_CENTS)}: nothing credited`);
      throw err;
    });
    process.stdout.write(`${toDecimal(await wallets.balance(context.db, userId))}\n`);
  } finally {
    await context.close();
  }
}

main().catch((err: unknown) => {
  process.stderr.write(`${(err as Error).message}\n`);
  process.exit(1);
});
