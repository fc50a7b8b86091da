import type { Knex } from 'knex';
import { isUniqueViolation, uniqueViolationMentions } from '../../backends/db/errors.js';
import { recordingOutcome, transaction } from '../../backends/db/transactions.js';
import type { Deps } from '../deps.js';
import { NoRecords } from '../deps.js';
import { DomainError } from '../../errors.js';
import type { ShopCreatAnswer, ShopCreatData, ShopInfoAnswer, ShopInfoData, ShopListAnswer, ShopListData, ShopUpdateAnswer, ShopUpdateData } from '../../generated/schema-types.js';
import { formatDateTime } from '../datetime.js';
import { type Orderable, page, parseOrder } from './listing.js';
import { requireCaller } from '../accounts/ownership.js';
import { indexRows, restrictToFragment, type TextIndex } from './text-index.js';
import { userIdAnswer } from '../accounts/user-names.js';

/** What shops need: the tables, the clock and zone, the random source of shop ids, the owners' names. */
type ShopDeps = Pick<Deps, 'db' | 'clock' | 'config' | 'random' | 'userNames'>;

/**
 * The student shops: their table and owners' counters, the rules of creating one (a unique name, a cap per
 * owner), and how lists and lookups answer them.
 */
export const SHOP_TABLE = 'shop';
/** The shop names' suffix index, for shop/list's name fragments. */
export const SHOP_NAMES: TextIndex = { table: 'shop_suffix', source: SHOP_TABLE, id: 'shop_id', fields: ['shop_name'] };
const SHOP_ID_MIN = 100_000_000;
const SHOP_ID_END = 1_000_000_000;
/** A collision among 900 million ids is rare; five in a row means something else is wrong. */
const SHOP_ID_ATTEMPTS = 5;

/**
 * Both rules hold under concurrency on every database: the name by its unique index (no check-then-
 * insert), the cap by a conditional UPDATE of the owner's counter row inside the same transaction, which
 * locks that row until the shop row is in (or rolled back with it).
 */
export async function createShop(deps: ShopDeps, userId: string, data: ShopCreatData): Promise<ShopCreatAnswer> {
  requireCaller(data.user_id, userId, 'user_id');
  const { db } = deps;
  // Created outside the transaction: on MySQL, an INSERT IGNORE then UPDATE of one row inside one
  // transaction can deadlock two creators of the same user (shared lock, then both want exclusive).
  await db('shop_owner').insert({ user_id: userId, shops: 0 }).onConflict('user_id').ignore();
  const row = {
    shop_name: data.shop_name,
    shop_content: data.shop_content ?? '',
    user_id: userId,
    creat_time: formatDateTime(deps.clock.now(), deps.config.timeZone),
  };
  for (let attempt = 1; attempt <= SHOP_ID_ATTEMPTS; attempt++) {
    const shopId = deps.random.int(SHOP_ID_MIN, SHOP_ID_END);
    try {
      await transaction(
        db,
        async (trx) => {
          const claimed = await trx('shop_owner')
            .where('user_id', userId)
            .andWhere('shops', '<', deps.config.shop.maxPerUser)
            .increment('shops', 1);
          if (claimed === 0) throw new DomainError('capped');
          await trx(SHOP_TABLE).insert({ shop_id: shopId, ...row });
          await indexRows(trx, SHOP_NAMES, [{ shop_id: shopId, shop_name: row.shop_name }]);
        },
        () => ({ shop_id: shopId }),
      );
      return { shop_id: shopId };
    } catch (err) {
      if (!isUniqueViolation(err)) throw err;
      if (uniqueViolationMentions(err, 'shop_name')) throw new DomainError('taken');
      // Otherwise the random shop_id was taken: draw another.
    }
  }
  throw new DomainError('databaseFailed', undefined, { cause: new Error(`no free shop_id after ${SHOP_ID_ATTEMPTS} draws`) });
}

export async function updateShop(deps: ShopDeps, userId: string, data: ShopUpdateData): Promise<ShopUpdateAnswer> {
  const shopId = Number(data.shop_id);
  const shop = (await deps.db(SHOP_TABLE).select('user_id').where('shop_id', shopId).first()) as { user_id: string } | undefined;
  if (!shop) throw new DomainError('notFound', 'no such shop_id');
  if (String(shop.user_id) !== userId) throw new DomainError('notYours');
  const changes: Record<string, string> = {};
  if (data.shop_content !== undefined) changes.shop_content = data.shop_content;
  if (data.pic_url !== undefined) changes.pic_url = data.pic_url;
  await recordingOutcome(
    () => ({ shop_id: shopId }),
    () => deps.db(SHOP_TABLE).where({ shop_id: shopId, user_id: userId }).update(changes),
  );
  return {};
}

/** Every column of a shop, as its list and info answer it. */
const SHOP_COLUMNS = ['shop_id', 'shop_name', 'shop_content', 'user_id', 'creat_time', 'pic_url'] as const;
/** A shop's row as the databases hand it back: the owner's id is text here, a number in an adopted table. */
interface StoredShop {
  shop_id: number;
  shop_name: string;
  shop_content: string;
  user_id: string | number;
  creat_time: string;
  pic_url: string;
}

/** Shops as the original answered them: the owner's id a JSON integer, and the owner's name beside it. */
async function answerShops(deps: ShopDeps, rows: readonly StoredShop[]): Promise<ShopListAnswer> {
  const names = await deps.userNames.of(rows.map((row) => String(row.user_id)));
  return rows.map(({ shop_id, shop_name, shop_content, user_id, creat_time, pic_url }) => ({
    shop_id,
    shop_name,
    shop_content,
    user_id: userIdAnswer(user_id),
    user_name: names.get(String(user_id)) ?? '',
    creat_time,
    pic_url,
  }));
}
const ORDERABLE: Orderable = { columns: new Set(SHOP_COLUMNS), unique: new Set(['shop_name']), created: 'creat_time', id: 'shop_id' };

export async function listShops(deps: ShopDeps, userId: string, data: ShopListData): Promise<ShopListAnswer | NoRecords> {
  const { limit, offset } = page(data);
  const query = deps.db(SHOP_TABLE).select(SHOP_COLUMNS);
  const byCreation = parseOrder(undefined, ORDERABLE);
  if (Number(data.mode ?? 0) === 1) {
    void query.where('user_id', userId).orderBy(byCreation);
  } else {
    if (data.shop_name) restrictToFragment(deps.db, SHOP_NAMES, query, 'shop_name', data.shop_name);
    void query.orderBy(parseOrder(data.order, ORDERABLE));
  }
  const rows = (await query.limit(limit).offset(offset)) as StoredShop[];
  return rows.length > 0 ? answerShops(deps, rows) : new NoRecords([]);
}

export async function shopInfo(deps: ShopDeps, data: ShopInfoData): Promise<ShopInfoAnswer | NoRecords> {
  const query = deps.db(SHOP_TABLE).select(SHOP_COLUMNS).first();
  void (data.shop_id !== undefined ? query.where('shop_id', Number(data.shop_id)) : query.where('shop_name', data.shop_name ?? ''));
  const row = (await query) as StoredShop | undefined;
  return row ? ((await answerShops(deps, [row]))[0] as ShopInfoAnswer) : new NoRecords({});
}

/** Whether `userId` owns the shop `shopId` (false when there is no such shop). */
export async function isShopOwner(db: Knex | Knex.Transaction, shopId: number, userId: string): Promise<boolean> {
  const shop = (await db(SHOP_TABLE).select('user_id').where('shop_id', shopId).first()) as { user_id: string } | undefined;
  return shop !== undefined && String(shop.user_id) === userId;
}
