import { type Call, NoRecords } from '../src/api.js';
import { indexRows, restrictToFragment, SHOP_NAMES } from '../src/services/text-index.js';
import type { ShopCreatData, ShopInfoData, ShopListData, ShopUpdateData } from '../src/schema-types.js';
import { type Orderable, page, parseOrder } from '../src/services/listing.js';
import { isUniqueViolation, recordingOutcome, transaction, uniqueViolationMentions } from '../src/backends/db.js';
import { DomainError } from '../src/errors.js';
import { formatDateTime } from '../src/services/datetime.js';
import { requireCaller } from '../src/services/ownership.js';
import { userIdAnswer } from '../src/services/user-names.js';

const SHOP_TABLE = 'shop';
const SHOP_ID_MIN = 100_000_000;
const SHOP_ID_END = 1_000_000_000;
/** A collision among 900 million ids is rare; five in a row means something else is wrong. */
const SHOP_ID_ATTEMPTS = 5;

/**
 * Both rules hold under concurrency on every database: the name by its unique index (no check-then-
 * insert), the cap by a conditional UPDATE of the owner's counter row inside the same transaction, which
 * locks that row until the shop row is in (or rolled back with it).
 */
export async function creat(data: ShopCreatData, call: Call): Promise<object> {
  requireCaller(data.user_id, call.userId, 'user_id');
  const { db } = call.deps;
  // Created outside the transaction: on MySQL, an INSERT IGNORE then UPDATE of one row inside one
  // transaction can deadlock two creators of the same user (shared lock, then both want exclusive).
  await db('shop_owner').insert({ user_id: call.userId, shops: 0 }).onConflict('user_id').ignore();
  const row = {
    shop_name: data.shop_name,
    shop_content: data.shop_content ?? '',
    user_id: call.userId,
    creat_time: formatDateTime(call.deps.clock.now(), call.deps.config.timeZone),
  };
  for (let attempt = 1; attempt <= SHOP_ID_ATTEMPTS; attempt++) {
    const shopId = call.deps.random.int(SHOP_ID_MIN, SHOP_ID_END);
    try {
      await transaction(
        db,
        async (trx) => {
          const claimed = await trx('shop_owner')
            .where('user_id', call.userId)
            .andWhere('shops', '<', call.deps.config.shop.maxPerUser)
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

export async function update(data: ShopUpdateData, call: Call): Promise<object> {
  const shopId = Number(data.shop_id);
  const shop = (await call.deps.db(SHOP_TABLE).select('user_id').where('shop_id', shopId).first()) as { user_id: string } | undefined;
  if (!shop) throw new DomainError('notFound', 'no such shop_id');
  if (String(shop.user_id) !== call.userId) throw new DomainError('notYours');
  const changes: Record<string, string> = {};
  if (data.shop_content !== undefined) changes.shop_content = data.shop_content;
  if (data.pic_url !== undefined) changes.pic_url = data.pic_url;
  await recordingOutcome(
    () => ({ shop_id: shopId }),
    () => call.deps.db(SHOP_TABLE).where({ shop_id: shopId, user_id: call.userId }).update(changes),
  );
  return {};
}

/** Every column of a shop, as its list and info answer it. */
const SHOP_COLUMNS = ['shop_id', 'shop_name', 'shop_content', 'user_id', 'creat_time', 'pic_url'] as const;
type StoredShop = Record<(typeof SHOP_COLUMNS)[number], unknown> & { user_id: string | number };

/** Shops as the original answered them: the owner's id a JSON integer, and the owner's name beside it. */
async function answerShops(call: Call, rows: readonly StoredShop[]): Promise<object[]> {
  const names = await call.deps.userNames.of(rows.map((row) => String(row.user_id)));
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

export async function list(data: ShopListData, call: Call): Promise<object> {
  const { limit, offset } = page(data);
  const query = call.deps.db(SHOP_TABLE).select(SHOP_COLUMNS);
  const byCreation = parseOrder(undefined, ORDERABLE);
  if (Number(data.mode ?? 0) === 1) {
    void query.where('user_id', call.userId).orderBy(byCreation);
  } else {
    if (data.shop_name) restrictToFragment(call.deps.db, SHOP_NAMES, query, 'shop_name', data.shop_name);
    void query.orderBy(parseOrder(data.order, ORDERABLE));
  }
  const rows = (await query.limit(limit).offset(offset)) as StoredShop[];
  return rows.length > 0 ? answerShops(call, rows) : new NoRecords([]);
}

export async function info(data: ShopInfoData, call: Call): Promise<object> {
  const query = call.deps.db(SHOP_TABLE).select(SHOP_COLUMNS).first();
  void (data.shop_id !== undefined ? query.where('shop_id', Number(data.shop_id)) : query.where('shop_name', data.shop_name ?? ''));
  const row = (await query) as StoredShop | undefined;
  return row ? ((await answerShops(call, [row]))[0] as object) : new NoRecords({});
}
