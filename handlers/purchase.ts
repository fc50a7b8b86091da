import type { Call } from '../src/api.js';
import { recordingOutcome, transaction } from '../src/backends/db.js';
import { fromDecimal, toDecimal } from '../src/backends/decimal.js';
import { DomainError } from '../src/errors.js';
import type { PurchaseApplyData, PurchaseCancelData, PurchaseInfoData, PurchaseListData, PurchasePayData } from '../src/schema-types.js';
import { formatDateTime } from '../src/services/datetime.js';
import { insertWithFreshId } from '../src/services/ids.js';
import { page } from '../src/services/listing.js';
import { parseAmount, toYuan } from '../src/services/money.js';
import { PRODUCT_TABLE, ProductStatus } from '../src/services/products.js';
import { effectiveState, PURCHASE_TABLE, PurchaseState, whereState } from '../src/services/purchases.js';
import { compareUserIds, isUserId } from '../src/services/user-ids.js';
import { userIdAnswer } from '../src/services/user-names.js';
import { type LedgerKind, Wallets } from '../src/services/wallet.js';

const MINUTE_MS = 60_000;

interface StoredPurchase {
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
}

/** What info and list answer, in the original's order (its fields first, then the service's). */
const INFO_FIELDS = [
  'purchase_id', 'purchase_state', 'user_id', 'purchase_type', 'purchase_price', 'creat_time', 'pay_method', 'product_id', 'product_num',
  'product_unitprice', 'product_totalprice', 'pay_time', 'shop_id',
] as const;
const LIST_FIELDS = ['purchase_id', 'purchase_state', 'user_id', 'purchase_type', 'purchase_price', 'creat_time', 'pay_method', 'product_id', 'product_num', 'shop_id'] as const;
type Field = (typeof INFO_FIELDS)[number];
/** Columns read besides those answered: who sells, and until when an unpaid purchase may be paid. */
const INFO_COLUMNS = [...INFO_FIELDS, 'seller_id', 'deadline'] as const;
const LIST_COLUMNS = [...LIST_FIELDS, 'deadline'] as const;

const timeText = (call: Call, ms = call.deps.clock.now()): string => formatDateTime(ms, call.deps.config.timeZone);
const wallets = (call: Call): Wallets => new Wallets(call.deps.config.wallet, () => timeText(call));
const yuan = (value: string | number): number => toYuan(fromDecimal(value));
const MONEY: ReadonlySet<Field> = new Set(['purchase_price', 'product_unitprice', 'product_totalprice']);

/**
 * A purchase as the original answered it: the state as of now, the buyer's id and the money as JSON
 * numbers, `fields` in their order.
 */
function answer(row: Partial<StoredPurchase> & { purchase_state: string; deadline: string }, fields: readonly Field[], now: string): object {
  const out: Record<string, unknown> = {};
  for (const field of fields) {
    const value = row[field];
    if (field === 'purchase_state') out[field] = effectiveState(row.purchase_state, row.deadline, now);
    else if (field === 'user_id') out[field] = userIdAnswer(value as string);
    else out[field] = MONEY.has(field) && value !== undefined ? yuan(value as string | number) : value;
  }
  return out;
}

/** 17 digits, as the original made them: the second it was made, then 7 random digits. */
function newPurchaseId(call: Call): string {
  return `${Math.floor(call.deps.clock.now() / 1000)}${String(call.deps.random.int(0, 10_000_000)).padStart(7, '0')}`;
}

export async function apply(data: PurchaseApplyData, call: Call): Promise<object> {
  const { db } = call.deps;
  const productId = Number(data.product_id);
  const num = Number(data.product_num);
  const product = (await db(`${PRODUCT_TABLE} as p`)
    .join('shop as s', 's.shop_id', 'p.shop_id')
    .select('p.shop_id', 'p.product_price', 'p.product_disprice', 'p.product_status', 's.user_id as seller_id')
    .where('p.product_id', productId)
    .first()) as { shop_id: number; product_price: string | number; product_disprice: string | number | null; product_status: number; seller_id: string } | undefined;
  if (!product || product.product_status !== ProductStatus.onSale) throw new DomainError('notFound', 'product_id');
  const sellerId = String(product.seller_id);
  if (sellerId === call.userId) throw new DomainError('invalid', 'a shop cannot buy from itself');
  // A shop adopted from the original with an owner that is no user id: nobody could be paid for it.
  if (!isUserId(sellerId)) throw new DomainError('invalid', "the shop's owner has no wallet");
  // The service's price, in whole cents: the client's figures are only checked against it.
  const unit = fromDecimal(product.product_disprice ?? product.product_price);
  const total = unit * num;
  if (parseAmount(data.product_unitprice, 'product_unitprice') !== unit || parseAmount(data.product_totalprice, 'product_totalprice') !== total) {
    throw new DomainError('invalid', 'price changed');
  }
  const made = call.deps.clock.now();
  const row = {
    user_id: call.userId,
    shop_id: product.shop_id,
    seller_id: sellerId,
    purchase_state: PurchaseState.paying,
    purchase_type: 0,
    purchase_price: toDecimal(total),
    pay_method: '',
    creat_time: timeText(call, made),
    pay_time: null,
    deadline: timeText(call, made + call.deps.config.purchase.payMinutes * MINUTE_MS),
    product_id: productId,
    product_num: num,
    product_unitprice: toDecimal(unit),
    product_totalprice: toDecimal(total),
  };
  const purchaseId = await insertWithFreshId(
    () => newPurchaseId(call),
    (id) => recordingOutcome(() => ({ purchase_id: id }), () => db(PURCHASE_TABLE).insert({ purchase_id: id, ...row })),
    'purchase_id',
  );
  return { purchase_id: purchaseId };
}

/** The purchase, if the caller is its buyer (or, with `sellerToo`, its seller); notFound / notYours otherwise. */
async function purchaseFor(call: Call, purchaseId: string, sellerToo = false): Promise<StoredPurchase> {
  const row = (await call.deps.db(PURCHASE_TABLE).select(INFO_COLUMNS).where('purchase_id', purchaseId).first()) as StoredPurchase | undefined;
  if (!row) throw new DomainError('notFound');
  if (row.user_id !== call.userId && !(sellerToo && row.seller_id === call.userId)) throw new DomainError('notYours');
  return row;
}

/**
 * Pays a purchase from the buyer's wallet, in one transaction: the purchase moves paying → finish, the
 * product (still on sale) counts the sale, the buyer is debited and the seller credited the price agreed at
 * apply, each with its ledger row. Any step refused undoes all of it.
 */
export async function pay(data: PurchasePayData, call: Call): Promise<object> {
  const purchaseId = String(data.purchase_id);
  const purchase = await purchaseFor(call, purchaseId);
  const total = fromDecimal(purchase.purchase_price);
  const { db } = call.deps;
  const wallet = wallets(call);
  await wallet.open(db, purchase.user_id);
  await wallet.open(db, purchase.seller_id);
  await transaction(
    db,
    async (trx) => {
      const now = timeText(call);
      // Only a purchase still paying and not expired moves to finish: a second payment finds nothing to claim.
      const claimed = await trx(PURCHASE_TABLE)
        .where({ purchase_id: purchaseId, user_id: call.userId, purchase_state: PurchaseState.paying })
        .andWhere('deadline', '>', now)
        .update({ purchase_state: PurchaseState.finish, pay_method: data.method, pay_time: now });
      if (claimed === 0) throw new DomainError('conflict', 'the purchase is not paying');
      const sold = await trx(PRODUCT_TABLE)
        .where({ product_id: purchase.product_id, product_status: ProductStatus.onSale })
        .increment('product_sale', purchase.product_num);
      if (sold === 0) throw new DomainError('unavailable', 'the product was withdrawn');
      const moves: { user: string; cents: number; kind: LedgerKind }[] = [
        { user: purchase.user_id, cents: -total, kind: 'pay' },
        { user: purchase.seller_id, cents: total, kind: 'income' },
      ];
      // The wallet rows are always locked in the order of their ids, so two payments never deadlock.
      for (const move of moves.sort((a, b) => compareUserIds(a.user, b.user))) await wallet.change(trx, move.user, move.cents, move.kind, purchaseId);
    },
    () => ({ purchase_id: purchaseId }),
  );
  return {};
}

export async function cancel(data: PurchaseCancelData, call: Call): Promise<object> {
  const purchaseId = String(data.purchase_id);
  await purchaseFor(call, purchaseId);
  const cancelled = await recordingOutcome(
    () => ({ purchase_id: purchaseId }),
    () =>
      call.deps
        .db(PURCHASE_TABLE)
        .where({ purchase_id: purchaseId, user_id: call.userId, purchase_state: PurchaseState.paying })
        .andWhere('deadline', '>', timeText(call))
        .update({ purchase_state: PurchaseState.cancel }),
  );
  if (cancelled === 0) throw new DomainError('conflict', 'the purchase is not paying');
  return {};
}

export async function info(data: PurchaseInfoData, call: Call): Promise<object> {
  return answer(await purchaseFor(call, String(data.purchase_id), true), INFO_FIELDS, timeText(call));
}

export async function list(data: PurchaseListData, call: Call): Promise<object> {
  const { limit, offset } = page(data);
  const now = timeText(call);
  const party = data.role === 'seller' ? 'seller_id' : 'user_id';
  const query = call.deps.db(PURCHASE_TABLE).select(LIST_COLUMNS).where(party, call.userId);
  if (data.state) whereState(query, data.state, now);
  const rows = (await query.orderBy([{ column: 'creat_time', order: 'desc' }, { column: 'purchase_id', order: 'desc' }]).limit(limit).offset(offset)) as StoredPurchase[];
  // As the original: {num, list}, num the rows of this page; an empty page is a success too.
  return { num: rows.length, list: rows.map((row) => answer(row, LIST_FIELDS, now)) };
}
