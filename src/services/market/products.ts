import type { Knex } from 'knex';
import type { Deps } from '../deps.js';
import { NoRecords } from '../deps.js';
import { transaction } from '../../backends/db/transactions.js';
import { forUpdate } from '../../backends/dialect.js';
import { DomainError } from '../../errors.js';
import type { ProductCreatAnswer, ProductCreatData, ProductInfoAnswer, ProductInfoData, ProductListAnswer, ProductListData, ProductUpdateAnswer, ProductUpdateData } from '../../generated/schema-types.js';
import { formatDateTime } from '../datetime.js';
import { insertWithFreshId } from '../ids.js';
import { type Orderable, type ProductList, page, parseOrder } from './listing.js';
import { type Coalescer, sharedWork } from '../coalescer.js';
import { type Cents, fromDecimal, parseAmount, toDecimal, toYuan } from '../money.js';
import { isShopOwner, SHOP_TABLE } from './shops.js';
import { indexRows, reindexRow, restrictToFragment, type TextIndex } from './text-index.js';
import { PRODUCT_COLUMNS, PRODUCT_TABLE, ProductStatus, type StoredProduct } from './product-rows.js';

/** What products need: the tables, the clock and zone, random ids, and the batched and shared reads. */
type ProductDeps = Pick<Deps, 'db' | 'clock' | 'config' | 'random' | 'productReads' | 'productClicks' | 'productLists'>;

/** The marketplace's products: their table, the rules of making and changing one, and how they are listed and read. */
/** The product names' and keys' suffix index, for product/list's fragments. */
export const PRODUCT_TEXTS: TextIndex = { table: 'product_suffix', source: PRODUCT_TABLE, id: 'product_id', fields: ['product_name', 'product_key'] };

const PRODUCT_ID_MIN = 1_000_000;
const PRODUCT_ID_END = 10_000_000;

const LIST_TYPES: Readonly<Record<NonNullable<ProductListData['type']>, readonly number[]>> = {
  up: [ProductStatus.onSale],
  down: [ProductStatus.offSale],
  all: [ProductStatus.offSale, ProductStatus.onSale],
  del: [ProductStatus.deleted],
};

const ORDERABLE: Orderable = { columns: new Set(PRODUCT_COLUMNS), unique: new Set(), created: 'creat_time', id: 'product_id' };

/** A row as the API answers it: money as JSON numbers in yuan, whatever form the driver gave. */
function answerRow(row: StoredProduct): ProductInfoAnswer {
  const disprice = row.product_disprice;
  return {
    ...row,
    product_price: toYuan(fromDecimal(row.product_price)),
    product_disprice: disprice === null ? null : toYuan(fromDecimal(disprice)),
  };
}

/** A discount may not exceed the price it discounts. */
function checkDiscount(price: Cents, disprice: Cents | null): void {
  if (disprice !== null && disprice > price) throw new DomainError('invalid', 'product_disprice exceeds product_price');
}

const now = (deps: ProductDeps): string => formatDateTime(deps.clock.now(), deps.config.timeZone);

export async function createProduct(deps: ProductDeps, userId: string, data: ProductCreatData): Promise<ProductCreatAnswer> {
  const price = parseAmount(data.product_price, 'product_price');
  const disprice = data.product_disprice == null ? null : parseAmount(data.product_disprice, 'product_disprice');
  checkDiscount(price, disprice);
  const { db } = deps;
  // Shops never change hands, so the ownership read cannot go stale before the insert.
  if (!(await isShopOwner(db, Number(data.shop_id), userId))) throw new DomainError('notYours', 'shop_id');
  const time = now(deps);
  const row = {
    shop_id: Number(data.shop_id),
    product_name: data.product_name,
    product_content: data.product_content ?? '',
    product_key: data.product_key ?? '',
    product_price: toDecimal(price),
    product_disprice: disprice === null ? null : toDecimal(disprice),
    pic_url: data.pic_url ?? '',
    product_status: Number(data.product_status),
    creat_time: time,
    update_time: time,
  };
  const productId = await insertWithFreshId(
    () => deps.random.int(PRODUCT_ID_MIN, PRODUCT_ID_END),
    (id) =>
      transaction(
        db,
        async (trx) => {
          await trx(PRODUCT_TABLE).insert({ product_id: id, ...row });
          await indexRows(trx, PRODUCT_TEXTS, [{ product_id: id, ...row }]);
        },
        () => ({ product_id: id }),
      ),
    'product_id',
  );
  return { product_id: productId };
}

/** What update may set besides the money and the status; ids only identify, counters are the service's. */
const TEXT_FIELDS = ['product_name', 'product_content', 'product_key', 'pic_url'] as const;

export async function updateProduct(deps: ProductDeps, userId: string, data: ProductUpdateData): Promise<ProductUpdateAnswer> {
  const productId = Number(data.product_id);
  const shopId = Number(data.shop_id);
  const newPrice = data.product_price === undefined ? undefined : parseAmount(data.product_price, 'product_price');
  const newDisprice = data.product_disprice == null ? data.product_disprice : parseAmount(data.product_disprice, 'product_disprice');
  await transaction(deps.db, async (trx) => {
    // The row is locked while its prices are compared, so two updates cannot leave a discount above the price.
    const stored = (await forUpdate(
      trx(`${PRODUCT_TABLE} as p`)
        .join(`${SHOP_TABLE} as s`, 's.shop_id', 'p.shop_id')
        .select('p.product_price', 'p.product_disprice', 'p.product_name', 'p.product_key', 'p.product_status', 's.user_id')
        .where({ 'p.product_id': productId, 'p.shop_id': shopId }),
    ).first()) as
      | { product_price: string | number; product_disprice: string | number | null; product_name: string; product_key: string; product_status: number; user_id: string }
      | undefined;
    if (!stored || String(stored.user_id) !== userId) throw new DomainError('notYours', 'product_id');
    // Deleted is final: a purchase applied before the delete must never become payable again.
    if (stored.product_status === ProductStatus.deleted) throw new DomainError('unavailable', 'the product is deleted');
    const price = newPrice ?? (fromDecimal(stored.product_price) as Cents);
    const disprice = newDisprice === undefined ? (stored.product_disprice === null ? null : (fromDecimal(stored.product_disprice) as Cents)) : newDisprice;
    checkDiscount(price, disprice);
    const changes: Record<string, unknown> = { update_time: now(deps) };
    if (data.product_status !== undefined) changes.product_status = Number(data.product_status);
    for (const field of TEXT_FIELDS) if (data[field] !== undefined) changes[field] = data[field];
    if (newPrice !== undefined) changes.product_price = toDecimal(newPrice);
    if (newDisprice !== undefined) changes.product_disprice = newDisprice === null ? null : toDecimal(newDisprice);
    await trx(PRODUCT_TABLE).where('product_id', productId).update(changes);
    if (data.product_name !== undefined || data.product_key !== undefined) {
      await reindexRow(trx, PRODUCT_TEXTS, { product_id: productId, product_name: data.product_name ?? stored.product_name, product_key: data.product_key ?? stored.product_key });
    }
  }, () => ({ product_id: productId }));
  return {};
}

export async function listProducts(deps: ProductDeps, userId: string, data: ProductListData): Promise<ProductListAnswer | NoRecords> {
  const { limit, offset } = page(data);
  const kind = data.type ?? 'up';
  // Off sale and deleted products are their owner's business alone.
  if (kind !== 'up' && (data.shop_id === undefined || !(await isShopOwner(deps.db, Number(data.shop_id), userId)))) {
    throw new DomainError('notYours', 'shop_id');
  }
  const list: ProductList = {
    kind,
    shopId: data.shop_id === undefined ? null : Number(data.shop_id),
    product_name: data.product_name ?? '',
    product_key: data.product_key ?? '',
    order: parseOrder(data.order, ORDERABLE),
    limit,
    offset,
  };
  // Past the owner's check a list depends on nothing but these: who asks for it does not change it.
  return deps.productLists.submit(list);
}

/**
 * product/list's reader: everyone asking for the same list at once shares one query (see coalescer.ts).
 * The statement's write to the database's socket and the database's own turn were most of a list's cost.
 */
export function productLister(db: Knex): Coalescer<ProductList, ProductListAnswer | NoRecords> {
  return sharedWork(
    (list) => JSON.stringify(list),
    (list) => readProductList(db, list),
  );
}

async function readProductList(db: Knex, list: ProductList): Promise<ProductListAnswer | NoRecords> {
  const { order } = list;
  // The page is chosen from narrow rows (the order's columns) and its whole rows read after: sorting the
  // candidates with every column (product_content is TEXT) made MariaDB spill them to a temporary table
  // on disk, a third of a fragment list's time.
  const chosen = db(PRODUCT_TABLE).select(order.map((term) => term.column)).whereIn('product_status', LIST_TYPES[list.kind]);
  if (list.shopId !== null) void chosen.where('shop_id', list.shopId);
  for (const field of ['product_name', 'product_key'] as const) {
    if (list[field]) restrictToFragment(db, PRODUCT_TEXTS, chosen, field, list[field]);
  }
  void chosen.orderBy(order).limit(list.limit).offset(list.offset);
  const rows = (await db(`${PRODUCT_TABLE} as p`)
    .select(PRODUCT_COLUMNS.map((column) => `p.${column}`))
    .join(chosen.as('page'), 'p.product_id', 'page.product_id')
    .orderBy(order.map((term) => ({ column: `page.${term.column}`, order: term.order })))) as StoredProduct[];
  return rows.length > 0 ? rows.map(answerRow) : new NoRecords([]);
}

export async function productInfo(deps: ProductDeps, userId: string, data: ProductInfoData): Promise<ProductInfoAnswer> {
  const productId = Number(data.product_id);
  // The marketplace's most frequent read: with its shop's owner, in one statement with the reads beside it.
  const found = await deps.productReads.submit(productId);
  if (!found) throw new DomainError('notFound');
  const { owner_id: ownerId, ...row } = found;
  const owner = String(ownerId) === userId;
  if (row.product_status !== ProductStatus.onSale && !owner) throw new DomainError('notFound');
  if (!owner) {
    // An atomic increment in the database, shared with the reads beside this one: all are counted.
    await deps.productClicks.submit(productId);
    row.product_click += 1;
  }
  return answerRow(row);
}
