import { migrate } from '../backends/db/migrating.js';
import { toDecimal } from '../backends/decimal.js';
import { loadConfig } from '../config.js';
import { createContext } from '../context.js';
import { parseAmount } from '../services/money.js';
import { isUserId, USER_ID_RULE } from '../services/accounts/user-ids.js';
import { MAX_BALANCE_CENTS, NOTE_MAX_LENGTH, walletsOf } from '../services/market/wallets.js';
import { DomainError } from '../errors.js';
import { createLogger } from '../log.js';
import { commandArgs } from './args.js';

const USAGE =
  'usage: npm run wallet -- <user_id> <amount> [-c config.json]   credits (amount in yuan, at most 2 decimals)\n' +
  '       npm run wallet -- <user_id> --debit <amount> --reason <text> [-c config.json]   takes, never below 0';

/**
 * `npm run wallet -- <user_id> <amount>` credits a wallet for local use; `--debit <amount> --reason <text>`
 * takes money back, an operator's correction written to the ledger as kind adjust with its reason. Prints
 * the new balance.
 */
async function main(): Promise<void> {
  const { configPath, positional, options } = commandArgs(process.argv.slice(2), ['debit', 'reason']);
  const [userId, amount] = positional;
  const debit = options.debit;
  if (!userId || positional.length > 2 || (debit === undefined) === (amount === undefined)) throw new Error(USAGE);
  if (!isUserId(userId)) throw new Error(`user_id: ${USER_ID_RULE}\n${USAGE}`);
  const reason = options.reason?.trim();
  if (debit !== undefined && !reason) throw new Error(`--debit needs --reason: the ledger says why money was taken\n${USAGE}`);
  if (reason && reason.length > NOTE_MAX_LENGTH) throw new Error(`--reason: at most ${NOTE_MAX_LENGTH} characters`);
  const cents = parseAmount((debit ?? amount) as string, debit === undefined ? 'amount' : '--debit');
  const config = loadConfig(configPath);
  const context = await createContext(config, createLogger('warn'));
  try {
    await migrate(context.db, config, context.log);
    const wallets = walletsOf(context);
    const change = debit === undefined ? wallets.credit(context.db, userId, cents) : wallets.adjust(context.db, userId, -cents, reason as string);
    await change.catch((err: unknown) => {
      if (err instanceof DomainError && err.failure === 'walletFull') throw new Error(`the wallet would hold more than ${toDecimal(MAX_BALANCE_CENTS)}: nothing credited`);
      if (err instanceof DomainError && err.failure === 'insufficientFunds') throw new Error(`the wallet holds less than ${toDecimal(cents)}: nothing taken (a balance never goes below 0)`);
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
