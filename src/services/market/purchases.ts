import type { Knex } from 'knex';
import type { Deps } from '../deps.js';
import { recordingOutcome } from '../../backends/db/transactions.js';
import { prepared } from '../../backends/prepared.js';
import { updateOneReturning } from '../../backends/returning.js';
import { fromDecimal, toDecimal } from '../../backends/decimal.js';
import type { Config } from '../../config.js';
import { DomainError } from '../../errors.js';
import type { Logger } from '../../log.js';
import type {
  PurchaseApplyAnswer, PurchaseApplyData, PurchaseCancelAnswer, PurchaseCancelData, PurchaseInfoAnswer, PurchaseInfoData, PurchaseListAnswer, PurchaseListData,
  PurchasePayAnswer, PurchasePayData,
} from '../../generated/schema-types.js';
import type { Clock } from '../../backends/clock.js';
import { formatDateTime } from '../datetime.js';
import { insertWithFreshId } from '../ids.js';
import { page } from './listing.js';
import { parseAmount, toYuan } from '../money.js';
import { PRODUCT_TABLE, ProductStatus } from './product-rows.js';
import { SHOP_TABLE } from './shops.js';
import { isUserId } from '../accounts/user-ids.js';
import { userIdAnswer } from '../accounts/user-names.js';
import { LedgerKind, type Wallets, walletsOf } from './wallets.js';

/** What purchases need: the tables, the clock and zone, the random source of purchase ids. */
type PurchaseDeps = Pick<Deps, 'db' | 'clock' | 'config' | 'random'>;

/** Purchases: made at the service's price, paid from a wallet in one transaction, cancelled or expired. */
export const PURCHASE_TABLE = 'purchase';

type ListedState = NonNullable<PurchaseListData['state']>;
/** A purchase's states, as stored and answered (the compiler holds them to purchase/list's schema). */
export const PurchaseState = { paying: 'paying', finish: 'finish', cancel: 'cancel' } as const satisfies { [S in ListedState]: S };
export type PurchaseState = (typeof PurchaseState)[keyof typeof PurchaseState];

type AnsweredSettleState = PurchaseInfoAnswer['settle_state'];
/**
 * What became of the money a payment holds ("" until paid): held until the buyer confirms, the seller
 * refunds, the buyer disputes, or release_at passes; disputed until the buyer confirms, the seller refunds
 * or the operator decides; released to the seller; refunded to the buyer. The compiler holds them to the
 * answer's schema.
 */
export const SettleState = { unpaid: '', held: 'held', disputed: 'disputed', released: 'released', refunded: 'refunded' } as const satisfies {
  [S in AnsweredSettleState as S extends '' ? 'unpaid' : S]: S;
};
export type SettleState = (typeof SettleState)[keyof typeof SettleState];
/** The states whose money is still held: neither the seller's nor back with the buyer. */
export const HOLDING: readonly SettleState[] = [SettleState.held, SettleState.disputed];

/**
 * A purchase's state as the API tells it: an unpaid purchase past its deadline is cancelled from that
 * moment, whether or not a sweep has stored it yet. Datetimes are fixed-width text, so text compares as time.
 */
export function effectiveState(stored: string, deadline: string, now: string): PurchaseState {
  return stored === PurchaseState.paying && deadline <= now ? PurchaseState.cancel : (stored as PurchaseState);
}

/** Restricts `q` to purchases whose state, as the API tells it, is `state`. */
export function whereState(q: Knex.QueryBuilder, state: PurchaseState, now: string): void {
  if (state === PurchaseState.finish) void q.where('purchase_state', state);
  else if (state === PurchaseState.paying) void q.where('purchase_state', state).andWhere('deadline', '>', now);
  else void q.where((s) => void s.where('purchase_state', state).orWhere((p) => void p.where('purchase_state', PurchaseState.paying).andWhere('deadline', '<=', now)));
}

/**
 * Stores the cancellation of expired purchases. It only tidies: reads and pay already treat them as
 * cancelled. The update is conditional, so any number of processes may run it at once.
 */
export function startPurchaseSweeper(db: Knex, config: Config, clock: Clock, log: Logger): () => void {
  let failing = false;
  const timer = setInterval(() => {
    const now = formatDateTime(clock.now(), config.timeZone);
    db(PURCHASE_TABLE)
      .where('purchase_state', PurchaseState.paying)
      .andWhere('deadline', '<=', now)
      .update({ purchase_state: PurchaseState.cancel })
      .then(
        () => (failing = false),
        (err: unknown) => {
          if (!failing) log.warn({ err: (err as Error).message }, 'purchase sweep failed, retrying');
          failing = true;
        },
      );
  }, config.purchase.sweepSeconds * 1000);
  timer.unref();
  return () => clearInterval(timer);
}

const MINUTE_MS = 60_000;

export interface StoredPurchase {
  purchase_id: string;
  purchase_state: string;
  user_id: string;
  seller_id: string;
  purchase_type: number;
  purchase_price: string | number;
  creat_time: string;
  pay_method: string;
  pay_time: string | null;
  deadline: string;
  product_id: number;
  product_num: number;
  product_unitprice: string | number;
  product_totalprice: string | number;
  shop_id: number;
  settle_state: SettleState;
  release_at: string | null;
}

/** What info and list answer, in the original's order (its fields first, then the service's). */
const INFO_FIELDS = [
  'purchase_id', 'purchase_state', 'user_id', 'purchase_type', 'purchase_price', 'creat_time', 'pay_method', 'product_id', 'product_num',
  'product_unitprice', 'product_totalprice', 'pay_time', 'shop_id', 'settle_state', 'release_at',
] as const;
const LIST_FIELDS = [
  'purchase_id', 'purchase_state', 'user_id', 'purchase_type', 'purchase_price', 'creat_time', 'pay_method', 'product_id', 'product_num', 'shop_id', 'settle_state',
  'release_at',
] as const;
type Field = (typeof INFO_FIELDS)[number];
/** Columns read besides those answered: who sells, and until when an unpaid purchase may be paid. */
const INFO_COLUMNS = [...INFO_FIELDS, 'seller_id', 'deadline'] as const;
const LIST_COLUMNS = [...LIST_FIELDS, 'deadline'] as const;

export const timeText = (deps: Pick<Deps, 'clock' | 'config'>, ms = deps.clock.now()): string => formatDateTime(ms, deps.config.timeZone);
const yuan = (value: string | number): number => toYuan(fromDecimal(value));
const MONEY: ReadonlySet<Field> = new Set(['purchase_price', 'product_unitprice', 'product_totalprice']);

/**
 * A purchase as the original answered it: the state as of now, the buyer's id and the money as JSON
 * numbers, `fields` in their order.
 */
function answer<A>(row: Partial<StoredPurchase> & { purchase_state: string; deadline: string }, fields: readonly Field[], now: string): A {
  const out: Record<string, unknown> = {};
  for (const field of fields) {
    const value = row[field];
    if (field === 'purchase_state') out[field] = effectiveState(row.purchase_state, row.deadline, now);
    else if (field === 'user_id') out[field] = userIdAnswer(value as string);
    // Only held money has a time of release; the column keeps none once it is disputed or settled.
    else if (field === 'release_at') out[field] = value ?? '';
    else out[field] = MONEY.has(field) && value !== undefined ? yuan(value as string | number) : value;
  }
  return out as A;
}

/** 17 digits, as the original made them: the second it was made, then 7 random digits. */
function newPurchaseId(deps: PurchaseDeps): string {
  return `${Math.floor(deps.clock.now() / 1000)}${String(deps.random.int(0, 10_000_000)).padStart(7, '0')}`;
}

export async function applyPurchase(deps: PurchaseDeps, userId: string, data: PurchaseApplyData): Promise<PurchaseApplyAnswer> {
  const { db } = deps;
  const productId = Number(data.product_id);
  const num = Number(data.product_num);
  const product = (await prepared(
    db,
    db(`${PRODUCT_TABLE} as p`)
      .join(`${SHOP_TABLE} as s`, 's.shop_id', 'p.shop_id')
      .select('p.shop_id', 'p.product_price', 'p.product_disprice', 'p.product_status', 's.user_id as seller_id')
      .where('p.product_id', productId)
      .first(),
  )) as { shop_id: number; product_price: string | number; product_disprice: string | number | null; product_status: number; seller_id: string } | undefined;
  if (!product || product.product_status !== ProductStatus.onSale) throw new DomainError('notFound', 'product_id');
  const sellerId = String(product.seller_id);
  if (sellerId === userId) throw new DomainError('invalid', OWN_SHOP);
  // A shop adopted from the original with an owner that is no user id: nobody could be paid for it.
  if (!isUserId(sellerId)) throw new DomainError('invalid', "the shop's owner has no wallet");
  // The service's price, in whole cents: the client's figures are only checked against it.
  const unit = fromDecimal(product.product_disprice ?? product.product_price);
  const total = unit * num;
  if (parseAmount(data.product_unitprice, 'product_unitprice') !== unit || parseAmount(data.product_totalprice, 'product_totalprice') !== total) {
    throw new DomainError('invalid', `price changed: the unit price is now ${toDecimal(unit)}, ${num} cost ${toDecimal(total)} (product_unitprice, product_totalprice)`);
  }
  const made = deps.clock.now();
  const row = {
    user_id: userId,
    shop_id: product.shop_id,
    seller_id: sellerId,
    purchase_state: PurchaseState.paying,
    purchase_type: 0,
    purchase_price: toDecimal(total),
    pay_method: '',
    creat_time: timeText(deps, made),
    pay_time: null,
    deadline: timeText(deps, made + deps.config.purchase.payMinutes * MINUTE_MS),
    product_id: productId,
    product_num: num,
    product_unitprice: toDecimal(unit),
    product_totalprice: toDecimal(total),
  };
  const purchaseId = await insertWithFreshId(
    () => newPurchaseId(deps),
    (id) => recordingOutcome(() => ({ purchase_id: id }), () => prepared(db, db(PURCHASE_TABLE).insert({ purchase_id: id, ...row }))),
    'purchase_id',
  );
  return { purchase_id: purchaseId };
}

/** The purchase as stored; undefined if there is none. */
export async function readPurchase(db: Knex | Knex.Transaction, purchaseId: string): Promise<StoredPurchase | undefined> {
  return (await prepared(db, db(PURCHASE_TABLE).select(INFO_COLUMNS).where('purchase_id', purchaseId).first())) as StoredPurchase | undefined;
}

/** The purchase, if the caller is its buyer (or, with `sellerToo`, its seller); notFound / notYours otherwise. */
async function purchaseFor(db: Knex | Knex.Transaction, userId: string, purchaseId: string, sellerToo = false): Promise<StoredPurchase> {
  const row = await readPurchase(db, purchaseId);
  if (!row) throw new DomainError('notFound');
  if (row.user_id !== userId && !(sellerToo && row.seller_id === userId)) throw new DomainError('notYours');
  return row;
}

/**
 * Moves the buyer's purchase from paying to finish if it is still paying and not expired, and answers it;
 * undefined if there was none to move (a second payment finds nothing to claim).
 */
function claimForPayment(trx: Knex.Transaction, userId: string, purchaseId: string, paid: Partial<StoredPurchase>, now: string): Promise<StoredPurchase | undefined> {
  return updateOneReturning<StoredPurchase>(
    trx,
    PURCHASE_TABLE,
    { purchase_id: purchaseId },
    (q) => void q.where({ user_id: userId, purchase_state: PurchaseState.paying }).andWhere('deadline', '>', now),
    paid,
    INFO_COLUMNS,
  );
}

/**
 * Pays a purchase from the buyer's wallet, in one transaction, the same on every database: the purchase
 * moves paying → finish, the product (still on sale) counts the sale, and the buyer is debited the price
 * agreed at apply, which is held for the seller (settlements.ts) or, with purchase.escrowSeconds 0,
 * credited to the seller at once; each balance changed gets its ledger row. Any step refused undoes all of it.
 */
export async function payPurchase(deps: PurchaseDeps, userId: string, data: PurchasePayData): Promise<PurchasePayAnswer> {
  const purchaseId = String(data.purchase_id);
  const paidAt = deps.clock.now();
  const now = timeText(deps, paidAt);
  const escrow = deps.config.purchase.escrowSeconds;
  const settlement: Settlement = escrow > 0 ? { settle_state: SettleState.held, release_at: timeText(deps, paidAt + escrow * 1000) } : { settle_state: SettleState.released, release_at: null };
  const wallets = walletsOf(deps);
  try {
    await wallets.transaction(deps.db, (trx) => payIn(trx, wallets, userId, purchaseId, data.method, now, settlement), () => ({ purchase_id: purchaseId }));
  } catch (err) {
    if (!(err instanceof NotPaying)) throw err;
    await purchaseFor(deps.db, userId, purchaseId); // not found, not the buyer's
    throw new DomainError('conflict', 'the purchase is not paying');
  }
  return {};
}

/** What pay stores of the money: held until release_at, or (escrow off) released to the seller at once. */
type Settlement = Pick<StoredPurchase, 'settle_state' | 'release_at'>;

/** No purchase of the caller's was paying: told as a domain error once the purchase's owner is checked. */
class NotPaying extends Error {}

/** The payment's steps, in `trx`. */
async function payIn(trx: Knex.Transaction, wallets: Wallets, userId: string, purchaseId: string, method: string, now: string, settlement: Settlement): Promise<void> {
  const paid = { purchase_state: PurchaseState.finish, pay_method: method, pay_time: now, ...settlement };
  const purchase = await claimForPayment(trx, userId, purchaseId, paid, now);
  if (!purchase) throw new NotPaying();
  // apply refuses it; a purchase adopted from the original may still have it.
  if (purchase.seller_id === purchase.user_id) throw new DomainError('invalid', OWN_SHOP);
  const sold = await prepared(
    trx,
    trx(PRODUCT_TABLE).where({ product_id: purchase.product_id, product_status: ProductStatus.onSale }).increment('product_sale', purchase.product_num),
  );
  if (sold === 0) throw new DomainError('unavailable', WITHDRAWN);
  const total = fromDecimal(purchase.purchase_price);
  const debit = { userId: purchase.user_id, cents: -total, kind: LedgerKind.pay };
  const moves = settlement.settle_state === SettleState.held ? [debit] : [debit, { userId: purchase.seller_id, cents: total, kind: LedgerKind.income }];
  await wallets.move(trx, moves, purchaseId);
}

const OWN_SHOP = 'a shop cannot buy from itself';
const WITHDRAWN = 'the product was withdrawn';

export async function cancelPurchase(deps: PurchaseDeps, userId: string, data: PurchaseCancelData): Promise<PurchaseCancelAnswer> {
  const purchaseId = String(data.purchase_id);
  await purchaseFor(deps.db, userId, purchaseId);
  const cancelled = await recordingOutcome(
    () => ({ purchase_id: purchaseId }),
    () =>
      deps
        .db(PURCHASE_TABLE)
        .where({ purchase_id: purchaseId, user_id: userId, purchase_state: PurchaseState.paying })
        .andWhere('deadline', '>', timeText(deps))
        .update({ purchase_state: PurchaseState.cancel }),
  );
  if (cancelled === 0) throw new DomainError('conflict', 'the purchase is not paying');
  return {};
}

export async function purchaseInfo(deps: PurchaseDeps, userId: string, data: PurchaseInfoData): Promise<PurchaseInfoAnswer> {
  return answer<PurchaseInfoAnswer>(await purchaseFor(deps.db, userId, String(data.purchase_id), true), INFO_FIELDS, timeText(deps));
}

export async function listPurchases(deps: PurchaseDeps, userId: string, data: PurchaseListData): Promise<PurchaseListAnswer> {
  const { limit, offset } = page(data);
  const now = timeText(deps);
  const party = data.role === 'seller' ? 'seller_id' : 'user_id';
  const query = deps.db(PURCHASE_TABLE).select(LIST_COLUMNS).where(party, userId);
  if (data.state) whereState(query, data.state, now);
  if (data.settle_state) void query.where('settle_state', data.settle_state);
  const rows = (await query.orderBy([{ column: 'creat_time', order: 'desc' }, { column: 'purchase_id', order: 'desc' }]).limit(limit).offset(offset)) as StoredPurchase[];
  // As the original: {num, list}, num the rows of this page; an empty page is a success too.
  return { num: rows.length, list: rows.map((row) => answer<PurchaseListAnswer['list'][number]>(row, LIST_FIELDS, now)) };
}
