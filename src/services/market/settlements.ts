import type { Knex } from 'knex';
import { fromDecimal } from '../../backends/decimal.js';
import type { Logger } from '../../log.js';
import { DomainError } from '../../errors.js';
import type { Deps } from '../deps.js';
import type {
  PurchaseConfirmAnswer, PurchaseConfirmData, PurchaseDisputeAnswer, PurchaseDisputeData, PurchaseRefundAnswer, PurchaseRefundData,
} from '../../generated/schema-types.js';
import { PRODUCT_TABLE } from './product-rows.js';
import { HOLDING, PURCHASE_TABLE, PurchaseState, readPurchase, SettleState, type StoredPurchase, timeText } from './purchases.js';
import { LedgerKind, walletsOf } from './wallets.js';

/**
 * Buyer protection: the money a payment holds goes to the seller when the buyer confirms or when its
 * release_at passes (the sweep), or back to the buyer when the seller refunds; a dispute stops the clock.
 * Each settlement is one conditional UPDATE of the purchase's settle_state and one credit with its ledger
 * row, in one transaction: whoever changes the state first settles, and everyone after finds it settled.
 */

/** Where held money goes: to the seller, or back to the buyer. */
export const DECISIONS = ['release', 'refund'] as const;
export type Decision = (typeof DECISIONS)[number];

/** What a settlement needs of the service. */
type SettleDeps = Pick<Deps, 'db' | 'config' | 'clock'>;

const notHeld = () => new DomainError('conflict', 'the purchase is not held');

/**
 * Settles a purchase whose money is held (or disputed): `release` credits the seller, `refund` credits the
 * buyer back, cancels the purchase and takes its pieces off the product's sales. `dueBy` (the sweep's):
 * only a held purchase whose release_at has passed by then. conflict when it is not (any more) so,
 * walletFull when the wallet credited cannot hold the money; either way nothing changes.
 */
export async function settle(deps: SettleDeps, purchase: StoredPurchase, decision: Decision, dueBy?: string): Promise<void> {
  const wallets = walletsOf(deps);
  const total = fromDecimal(purchase.purchase_price);
  await wallets.transaction(
    deps.db,
    async (trx) => {
      const claim = trx(PURCHASE_TABLE).where('purchase_id', purchase.purchase_id);
      if (dueBy === undefined) void claim.whereIn('settle_state', HOLDING);
      else void claim.where('settle_state', SettleState.held).andWhere('release_at', '<=', dueBy);
      const settled =
        decision === 'release'
          ? { settle_state: SettleState.released, release_at: null }
          : { settle_state: SettleState.refunded, release_at: null, purchase_state: PurchaseState.cancel };
      if ((await claim.update(settled)) === 0) throw notHeld();
      if (decision === 'refund') await trx(PRODUCT_TABLE).where('product_id', purchase.product_id).decrement('product_sale', purchase.product_num);
      const credit =
        decision === 'release'
          ? { userId: purchase.seller_id, cents: total, kind: LedgerKind.release }
          : { userId: purchase.user_id, cents: total, kind: LedgerKind.refund };
      await wallets.move(trx, [credit], purchase.purchase_id);
    },
    () => ({ purchase_id: purchase.purchase_id }),
  );
}

/** The purchase, if `party` of it is the caller: notFound, notYours, or conflict when its money is not held in `from`. */
async function heldPurchase(deps: SettleDeps, userId: string, purchaseId: string, party: 'user_id' | 'seller_id', from: readonly SettleState[]): Promise<StoredPurchase> {
  const purchase = await readPurchase(deps.db, purchaseId);
  if (!purchase) throw new DomainError('notFound');
  if (purchase[party] !== userId) throw new DomainError('notYours');
  // As read; the settlement's own UPDATE decides again, so a race is told the same.
  if (!from.includes(purchase.settle_state)) throw notHeld();
  return purchase;
}

export async function confirmPurchase(deps: SettleDeps, userId: string, data: PurchaseConfirmData): Promise<PurchaseConfirmAnswer> {
  await settle(deps, await heldPurchase(deps, userId, String(data.purchase_id), 'user_id', HOLDING), 'release');
  return {};
}

export async function refundPurchase(deps: SettleDeps, userId: string, data: PurchaseRefundData): Promise<PurchaseRefundAnswer> {
  await settle(deps, await heldPurchase(deps, userId, String(data.purchase_id), 'seller_id', HOLDING), 'refund');
  return {};
}

export async function disputePurchase(deps: SettleDeps, userId: string, data: PurchaseDisputeData): Promise<PurchaseDisputeAnswer> {
  const purchase = await heldPurchase(deps, userId, String(data.purchase_id), 'user_id', [SettleState.held]);
  const disputed = await deps
    .db(PURCHASE_TABLE)
    .where({ purchase_id: purchase.purchase_id, settle_state: SettleState.held })
    .update({ settle_state: SettleState.disputed, release_at: null, dispute_reason: data.reason });
  if (disputed === 0) throw notHeld();
  return {};
}

/** Held purchases one sweep releases at most; the next sweep takes the rest. */
const SWEEP_BATCH = 100;
/** What a release needs of a purchase. */
const SWEPT_COLUMNS = ['purchase_id', 'user_id', 'seller_id', 'purchase_price', 'product_id', 'product_num', 'settle_state'] as const;

/**
 * Releases held purchases whose release_at has passed, every purchase.sweepSeconds. Any number of
 * processes may sweep at once: each release is a settlement, so one of them releases a purchase and the
 * others find it released. A release the seller's wallet cannot hold leaves the purchase held, with one
 * warning a sweep.
 */
export function startReleaseSweeper(deps: SettleDeps, log: Logger): () => void {
  let sweeping = false;
  const sweep = async () => {
    const due = timeText(deps);
    const rows = (await deps.db(PURCHASE_TABLE).select(SWEPT_COLUMNS).where('settle_state', SettleState.held).andWhere('release_at', '<=', due).orderBy('release_at').limit(SWEEP_BATCH)) as StoredPurchase[];
    for (const purchase of rows) {
      await settle(deps, purchase, 'release', due).catch((err: unknown) => {
        if (err instanceof DomainError && err.failure === 'conflict') return; // another process released it
        const why = err instanceof DomainError && err.failure === 'walletFull' ? "the seller's wallet cannot hold it" : (err as Error).message;
        log.warn({ purchase_id: purchase.purchase_id, err: why }, 'held money not released, trying again at the next sweep');
      });
    }
  };
  const timer = setInterval(() => {
    if (sweeping) return;
    sweeping = true;
    sweep()
      .catch((err: unknown) => log.warn({ err: (err as Error).message }, 'release sweep failed, retrying'))
      .finally(() => (sweeping = false));
  }, deps.config.purchase.sweepSeconds * 1000);
  timer.unref();
  return () => clearInterval(timer);
}

/** Money held for a user's purchases (`held_out`, as buyer) and sales (`held_in`, as seller), in cents. */
export async function heldMoney(db: Knex, userId: string): Promise<{ out: number; in: number }> {
  const sum = async (party: 'user_id' | 'seller_id') => {
    const row = (await db(PURCHASE_TABLE).where(party, userId).whereIn('settle_state', HOLDING).sum({ total: 'purchase_price' }).first()) as { total: string | number | null } | undefined;
    return row?.total == null ? 0 : fromDecimal(row.total);
  };
  const [out, into] = await Promise.all([sum('user_id'), sum('seller_id')]);
  return { out, in: into };
}
