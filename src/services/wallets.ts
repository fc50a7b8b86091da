import type { Knex } from 'knex';
import { fromDecimal, toDecimal } from '../backends/decimal.js';
import { moneyAtLeastCents, moneyAtMostCents, moneyPlusCents } from '../backends/dialect.js';
import type { Config } from '../config.js';
import { DomainError } from '../errors.js';
import type { Deps } from '../rpc/api.js';
import type { WalletInfoAnswer, WalletInfoData } from '../generated/schema-types.js';
import { formatDateTime } from './datetime.js';
import { page } from './listing.js';
import { toYuan } from './money.js';
import { isUserId, USER_ID_RULE } from './user-ids.js';

const LEDGER_TABLE = 'wallet_ledger';
/** The most a wallet holds: what a DECIMAL(12,2) column holds, on SQLite too (which would store more). */
export const MAX_BALANCE_CENTS = 999_999_999_999;

export type LedgerKind = 'credit' | 'pay' | 'income';

/** One change of a balance, as its ledger row keeps it. */
export interface LedgerEntry {
  time: string;
  kind: LedgerKind;
  cents: number;
  purchaseId: string | null;
}

/**
 * The wallets: the balance column of the account service's users table (config.wallet), changed only by
 * one conditional UPDATE each, with a ledger row written in the same transaction. A balance stays
 * between 0 and MAX_BALANCE_CENTS on every database.
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
    requireWalletId(userId);
    const { table, idColumn, balanceColumn } = this.names;
    await db(table).insert({ [idColumn]: userId, [balanceColumn]: toDecimal(0) }).onConflict(idColumn).ignore();
  }

  /** The balance in cents; 0 for a user without a row. */
  async balance(db: Knex | Knex.Transaction, userId: string): Promise<number> {
    const { table, idColumn, balanceColumn } = this.names;
    const row = (await db(table).select({ balance: balanceColumn }).where(idColumn, userId).first()) as { balance: string | number | null } | undefined;
    return row?.balance == null ? 0 : fromDecimal(row.balance);
  }

  /** A page of the user's ledger, newest first. */
  async ledger(db: Knex, userId: string, limit: number, offset: number): Promise<LedgerEntry[]> {
    const rows = (await db(LEDGER_TABLE)
      .select('created_at', 'kind', 'amount', 'purchase_id')
      .where('user_id', userId)
      .orderBy('id', 'desc')
      .limit(limit)
      .offset(offset)) as { created_at: string; kind: LedgerKind; amount: string | number; purchase_id: string | null }[];
    return rows.map((row) => ({ time: row.created_at, kind: row.kind, cents: fromDecimal(row.amount), purchaseId: row.purchase_id }));
  }

  /**
   * Adds `cents` to the balance in `trx`, only if the balance stays within 0 and MAX_BALANCE_CENTS (checked
   * in the same statement), and writes its ledger row with the balance after, read by the same INSERT.
   * insufficientFunds for a debit the balance does not cover, walletFull for a credit it cannot hold,
   * WalletMissing for a user without a wallet row (open it outside the transaction, then run it again).
   */
  async change(trx: Knex.Transaction, userId: string, cents: number, kind: LedgerKind, purchaseId: string | null): Promise<void> {
    requireWalletId(userId);
    const { table, idColumn, balanceColumn } = this.names;
    const updated = await trx(table)
      .where(idColumn, userId)
      .andWhere(cents < 0 ? moneyAtLeastCents(trx, balanceColumn, -cents) : moneyAtMostCents(trx, balanceColumn, MAX_BALANCE_CENTS - cents))
      .update({ [balanceColumn]: moneyPlusCents(trx, balanceColumn, cents) });
    if (updated === 0) {
      if ((await trx(table).first(idColumn).where(idColumn, userId)) === undefined) throw new WalletMissing(userId);
      throw new DomainError(cents < 0 ? 'insufficientFunds' : 'walletFull');
    }
    await trx.raw(`INSERT INTO ?? (user_id, purchase_id, amount, balance_after, kind, created_at) SELECT ??, ?, ?, ??, ?, ? FROM ?? WHERE ?? = ?`, [
      LEDGER_TABLE, idColumn, purchaseId, toDecimal(cents), balanceColumn, kind, this.now(), table, idColumn, userId,
    ]);
  }
}

/** A change of a wallet that has no row yet: opening one (Wallets.open) must come first, outside the transaction. */
export class WalletMissing extends Error {
  override name = 'WalletMissing';
  constructor(readonly userId: string) {
    super(`user ${userId} has no wallet row`);
  }
}

/** Only a user id has a wallet: the users table's key is a number, and "007" must not reach wallet 7. */
function requireWalletId(userId: string): void {
  if (!isUserId(userId)) throw new DomainError('invalid', `a wallet's user id is ${USER_ID_RULE}`);
}

/** The caller's balance and a page of its ledger, newest first. */
export async function walletInfo(deps: Pick<Deps, 'db' | 'config' | 'clock'>, userId: string, data: WalletInfoData): Promise<WalletInfoAnswer> {
  const { limit, offset } = page(data);
  const { db, config } = deps;
  const wallets = new Wallets(config.wallet, () => formatDateTime(deps.clock.now(), config.timeZone));
  const [balance, ledger] = await Promise.all([wallets.balance(db, userId), wallets.ledger(db, userId, limit, offset)]);
  return {
    balance: toYuan(balance),
    ledger: ledger.map((row) => ({ time: row.time, kind: row.kind, amount: toYuan(row.cents), purchase_id: row.purchaseId })),
    num: ledger.length,
  };
}
