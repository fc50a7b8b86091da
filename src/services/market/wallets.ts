import type { Knex } from 'knex';
import type { WrittenIds } from '../../backends/db/errors.js';
import { transaction } from '../../backends/db/transactions.js';
import { fromDecimal, toDecimal } from '../../backends/decimal.js';
import { dialectOf, moneyAtLeastCents, moneyAtMostCents, moneyPlusCents } from '../../backends/dialect.js';
import { prepared } from '../../backends/prepared.js';
import type { Config } from '../../config.js';
import { DomainError } from '../../errors.js';
import type { Deps } from '../deps.js';
import type { WalletInfoAnswer } from '../../generated/schema-types.js';
import { formatDateTime } from '../datetime.js';
import { isUserId, USER_ID_RULE } from '../accounts/user-ids.js';

const LEDGER_TABLE = 'wallet_ledger';
/** The longest reason an adjustment's ledger row keeps (its note column, migration 014). */
export const NOTE_MAX_LENGTH = 200;
/** The most a wallet holds: what a DECIMAL(12,2) column holds, on SQLite too (which would store more). */
export const MAX_BALANCE_CENTS = 999_999_999_999;

type AnsweredKind = WalletInfoAnswer['ledger'][number]['kind'];
/** Why a balance changed, as its ledger row and wallet/info say it (the compiler holds it to the answer's schema). */
export const LedgerKind = { credit: 'credit', pay: 'pay', income: 'income', release: 'release', refund: 'refund', adjust: 'adjust' } as const satisfies { [K in AnsweredKind]: K };
export type LedgerKind = (typeof LedgerKind)[keyof typeof LedgerKind];

/** How often a transaction that moves money is run: a wallet opened, or a balance changed, since it ran. */
const MOVE_ATTEMPTS = 3;

/** One change of a balance: `cents` added (a debit is negative). */
export interface WalletMove {
  userId: string;
  cents: number;
  kind: LedgerKind;
  /** Why, in an operator's words (an adjustment). */
  note?: string;
}

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

  /** Gives the user a wallet row (balance 0) if there is none (see `transaction` for when). */
  private async open(db: Knex, userId: string): Promise<void> {
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

  /** Credits `cents` to the user's wallet (ledger kind credit), opening it if missing: the wallet command's credit. */
  credit(db: Knex, userId: string, cents: number): Promise<void> {
    return this.transaction(db, (trx) => this.move(trx, [{ userId, cents, kind: LedgerKind.credit }], null), () => ({ user_id: userId }));
  }

  /** An operator's correction: `cents` taken (never below 0: insufficientFunds) or put in, and why. */
  adjust(db: Knex, userId: string, cents: number, reason: string): Promise<void> {
    return this.transaction(db, (trx) => this.move(trx, [{ userId, cents, kind: LedgerKind.adjust, note: reason }], null), () => ({ user_id: userId }));
  }

  /**
   * Changes the balances of `moves` (each of another user) in `trx` with one UPDATE, only if every balance
   * stays within 0 and MAX_BALANCE_CENTS (checked in the same statement), then writes their ledger rows
   * with one INSERT, each row reading its balance after. The rows are locked in the order of their ids,
   * whatever the order of `moves`, so two payments between the same wallets wait for each other instead
   * of deadlocking. Fewer rows changed than moves given throws MovesRefused: run it in `transaction`,
   * which tells why once the transaction is undone.
   */
  async move(trx: Knex.Transaction, moves: readonly WalletMove[], purchaseId: string | null): Promise<void> {
    for (const { userId } of moves) requireWalletId(userId);
    if (new Set(moves.map((m) => m.userId)).size !== moves.length) throw new Error('one move a wallet');
    const { table, idColumn, balanceColumn } = this.names;
    const after = trx.raw(`CASE ${moves.map(() => 'WHEN ?? = ? THEN ?').join(' ')} END`, moves.flatMap((m) => [idColumn, m.userId, moneyPlusCents(trx, balanceColumn, m.cents)]));
    const update = trx(table).where((any) => {
      for (const m of moves) {
        const stays = m.cents < 0 ? moneyAtLeastCents(trx, balanceColumn, -m.cents) : moneyAtMostCents(trx, balanceColumn, MAX_BALANCE_CENTS - m.cents);
        void any.orWhere((one) => void one.where(idColumn, m.userId).andWhere(stays));
      }
    });
    // PostgreSQL updates the rows in the order it finds them, which moves whose tuples have moved may not
    // share: the rows are locked in the order of their ids first, by a subquery of the same statement.
    if (dialectOf(trx) === 'pg') {
      void update.whereIn(idColumn, trx(table).select(idColumn).whereIn(idColumn, moves.map((m) => m.userId)).orderBy(idColumn).forNoKeyUpdate());
    }
    const updated = await prepared(trx, update.update({ [balanceColumn]: after }));
    if (updated < moves.length) throw new MovesRefused(moves);
    const time = this.now();
    await prepared(
      trx,
      trx(LEDGER_TABLE).insert(
        moves.map((m) => ({
          user_id: m.userId, purchase_id: purchaseId, amount: toDecimal(m.cents), balance_after: trx(table).select(balanceColumn).where(idColumn, m.userId), kind: m.kind, created_at: time, note: m.note ?? null,
        })),
      ),
    );
  }

  /**
   * Runs `work`, which moves money with `move`, as one transaction (retried as `transaction` retries it).
   * A move refused undoes the whole transaction; its reason is then read from the balances as committed:
   * inside the transaction the UPDATE may already have changed one of the rows, and nothing tells which.
   * insufficientFunds for a debit a balance does not cover (a user without a wallet row holds 0),
   * walletFull for a credit it cannot hold. A credit to a user without a wallet row opens one, outside
   * the transaction (on MySQL an INSERT IGNORE and an UPDATE of one row in one transaction can deadlock
   * two of them), and runs `work` again from its start; so does a refusal that the balances as they are
   * now no longer explain (another transaction changed them since).
   */
  async transaction<T>(db: Knex, work: (trx: Knex.Transaction) => Promise<T>, ids: WrittenIds): Promise<T> {
    for (let attempt = 1; ; attempt++) {
      try {
        return await transaction(db, work, ids);
      } catch (err) {
        if (!(err instanceof MovesRefused)) throw err;
        const missing = await this.refusal(db, err.moves);
        if (attempt >= MOVE_ATTEMPTS) {
          throw new DomainError('databaseFailed', undefined, { cause: new Error(`the balances kept changing under ${MOVE_ATTEMPTS} attempts to move money`) });
        }
        for (const userId of missing) await this.open(db, userId);
      }
    }
  }

  /** Why `moves` were refused, from the balances as committed: throws the refusal, or names the wallets to open. */
  private async refusal(db: Knex, moves: readonly WalletMove[]): Promise<string[]> {
    const { table, idColumn, balanceColumn } = this.names;
    const rows = (await db(table).select({ id: idColumn, balance: balanceColumn }).whereIn(idColumn, moves.map((m) => m.userId))) as { id: string | number; balance: string | number | null }[];
    const balances = new Map(rows.map((row) => [String(row.id), row.balance == null ? 0 : fromDecimal(row.balance)]));
    const balance = (m: WalletMove) => balances.get(m.userId) ?? 0;
    if (moves.some((m) => m.cents < 0 && balance(m) < -m.cents)) throw new DomainError('insufficientFunds');
    if (moves.some((m) => m.cents > 0 && balance(m) + m.cents > MAX_BALANCE_CENTS)) throw new DomainError('walletFull');
    return moves.filter((m) => !balances.has(m.userId)).map((m) => m.userId);
  }
}

/** `move` changed fewer rows than it was given: its transaction is to be undone, and `Wallets.transaction` tells why. */
export class MovesRefused extends Error {
  override name = 'MovesRefused';
  constructor(readonly moves: readonly WalletMove[]) {
    super('a balance did not allow the move, or a wallet row is missing');
  }
}

/** The wallets of the configured users table, their ledger rows stamped with the service's clock and time zone. */
export function walletsOf(deps: Pick<Deps, 'config' | 'clock'>): Wallets {
  return new Wallets(deps.config.wallet, () => formatDateTime(deps.clock.now(), deps.config.timeZone));
}

/** Only a user id has a wallet: the users table's key is a number, and "007" must not reach wallet 7. */
function requireWalletId(userId: string): void {
  if (!isUserId(userId)) throw notAWalletId();
}

/** The refusal of a wallet for an id that is no user id. */
export function notAWalletId(): DomainError {
  return new DomainError('invalid', `a wallet's user id is ${USER_ID_RULE}`);
}
