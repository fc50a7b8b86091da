import type { Knex } from 'knex';
import { fromDecimal, toDecimal } from '../backends/decimal.js';
import { moneyAtLeastCents, moneyPlusCents } from '../backends/dialect.js';
import type { Config } from '../config.js';
import { DomainError } from '../errors.js';

const LEDGER_TABLE = 'wallet_ledger';
/** The users table's key is a BIGINT: only a user id of digits can have a wallet. */
const WALLET_ID = /^[0-9]{1,18}$/;

export type LedgerKind = 'credit' | 'pay' | 'income';

/**
 * The wallets: the balance column of the account service's users table (config.wallet), changed only by
 * one conditional UPDATE each, with a ledger row written in the same transaction.
 */
export class Wallets {
  constructor(
    private readonly names: Config['wallet'],
    private readonly now: () => string,
  ) {}

  /**
   * Gives the user a wallet row (balance 0) if there is none. Run it before the transaction that changes
   * the balance: on MySQL an INSERT IGNORE and an UPDATE of one row in one transaction can deadlock two
   * transactions (each holds a shared lock the other's update waits for).
   */
  async open(db: Knex, userId: string): Promise<void> {
    if (!WALLET_ID.test(userId)) throw new DomainError('invalid', 'a wallet needs a numeric user id');
    const { table, idColumn, balanceColumn } = this.names;
    await db(table).insert({ [idColumn]: userId, [balanceColumn]: toDecimal(0) }).onConflict(idColumn).ignore();
  }

  /** The balance in cents; 0 for a user without a row. */
  async balance(db: Knex | Knex.Transaction, userId: string): Promise<number> {
    const { table, idColumn, balanceColumn } = this.names;
    const row = (await db(table).select({ balance: balanceColumn }).where(idColumn, userId).first()) as { balance: string | number | null } | undefined;
    return row?.balance == null ? 0 : fromDecimal(row.balance);
  }

  /**
   * Adds `cents` to the balance in `trx` (negative: takes them, only if the balance stays at or above 0,
   * in the same statement) and writes its ledger row. The balance after, or null when it was not enough.
   */
  async change(trx: Knex.Transaction, userId: string, cents: number, kind: LedgerKind, purchaseId: string | null): Promise<number | null> {
    const { table, idColumn, balanceColumn } = this.names;
    const update = trx(table)
      .where(idColumn, userId)
      .update({ [balanceColumn]: moneyPlusCents(trx, balanceColumn, cents) });
    if (cents < 0) void update.andWhere(moneyAtLeastCents(trx, balanceColumn, -cents));
    if ((await update) === 0) return null;
    const after = await this.balance(trx, userId);
    await trx(LEDGER_TABLE).insert({
      user_id: userId,
      purchase_id: purchaseId,
      amount: toDecimal(cents),
      balance_after: toDecimal(after),
      kind,
      created_at: this.now(),
    });
    return after;
  }
}
