import { randomBytes } from 'node:crypto';
import { registry } from '../../handlers/registry.js';
import type { AppContext } from '../context.js';
import { createDispatcher } from '../rpc/dispatcher.js';
import type { Envelope, SingleAnswer } from '../rpc/reply.js';
import { schemaValidators } from '../rpc/validate.js';
import { LedgerKind, walletsOf } from '../services/market/wallets.js';

/**
 * The demo's people: two students who sell, two who buy; every one gets a token and a credited wallet.
 * Their ids are 15 digits beginning 900000000: the campus's student numbers have 10 digits (1180310086),
 * so a demo row cannot be taken for a student's.
 */
export const DEMO_PEOPLE = [
  { id: '900000000000001', name: '王凌超', role: 'seller' },
  { id: '900000000000002', name: '李明', role: 'seller' },
  { id: '900000000000003', name: '张伟', role: 'buyer' },
  { id: '900000000000004', name: '陈静', role: 'buyer' },
] as const;
const PEOPLE = DEMO_PEOPLE;
const CREDIT_CENTS = 50_000;

const SHOPS = [
  { owner: 0, name: '码三秃的二手书店', content: '教材、考研资料，九成新', products: [['高等数学 上册', 25.5, '#3b6ea5'], ['线性代数辅导书', 18, '#5a8f3c'], ['考研英语真题', 30, '#a5553b']] },
  { owner: 1, name: '宿舍小卖部', content: '零食、文具、日用品，送到楼下', products: [['保温杯', 39.9, '#8a3ba5'], ['台灯', 45, '#c2a13a'], ['雨伞', 15.5, '#3aa5a0']] },
] as const;

const NOTICES = [
  { type: 1, lab: '卡类|一卡通', title: '丢了一张一卡通', content: '今天在图书馆三楼丢了校园卡，捡到请联系我，非常感谢！' },
  { type: 2, lab: '电子|耳机', title: '捡到蓝牙耳机', content: '在第一教学楼捡到白色蓝牙耳机一副，失主请联系我认领。' },
  { type: 1, lab: '钥匙', title: '宿舍钥匙丢了', content: '操场看台附近丢了一串宿舍钥匙，挂着一个小熊。' },
] as const;

/** A product picture: a 640 × 480 JPEG of one colour, as a phone would upload a photo. */
async function picture(colour: string): Promise<Buffer> {
  const { default: sharp } = await import('sharp');
  return sharp({ create: { width: 640, height: 480, channels: 3, background: colour } })
    .jpeg()
    .toBuffer();
}

export interface DemoUser {
  id: string;
  name: string;
  role: string;
  token: string;
}

/** The tables where another user's rows mean a database in use, and each one's column of users. */
const OWNED: readonly [string, string][] = [
  ['shop', 'user_id'],
  ['property', 'user_id'],
  ['purchase', 'user_id'],
];

/**
 * Rows of users other than the demo's: a database in use, where the demo's shops, notices and tokens
 * do not belong. Empty for a fresh database, or one only the demo has filled.
 */
export async function othersData(context: AppContext): Promise<string[]> {
  const ids = PEOPLE.map((p) => p.id);
  const { table, idColumn } = context.config.wallet;
  const { table: tokens, userColumn } = context.config.tokens;
  const found: string[] = [];
  for (const [name, column] of [...OWNED, [table, idColumn], [tokens, userColumn]] as [string, string][]) {
    const [{ n }] = (await context.db(name).whereNotIn(column, ids).count({ n: '*' })) as [{ n: number | string }];
    if (Number(n) > 0) found.push(`${Number(n)} in ${name}`);
  }
  return found;
}

/**
 * A living marketplace for a front end to start from: shops with products and their pictures, notices,
 * credited wallets, and purchases paid (held, disputed and released while buyer protection is on), all
 * made through the service's own APIs (so every rule applies), plus a token for each person that expires
 * after `ttlSeconds`. Run again, it leaves the same data: each part is made only where it is missing (no
 * second credit, no second purchase); only the tokens are new.
 */
export async function seedDemo(context: AppContext, ttlSeconds: number): Promise<DemoUser[]> {
  const dispatcher = createDispatcher(registry, context, schemaValidators);
  const call = async (token: string, type: string, subtype: string, data: object): Promise<Envelope> =>
    ((await dispatcher.receive({ id: 1, type, subtype, data }, { url: '', token, ip: '127.0.0.1', reqId: 'demo' })) as SingleAnswer).reply;
  const must = async (token: string, type: string, subtype: string, data: object): Promise<Record<string, unknown>> => {
    const answer = await call(token, type, subtype, data);
    if (answer.status !== 0) throw new Error(`${type}/${subtype} answered ${answer.status} ${answer.message}`);
    return answer.data as Record<string, unknown>;
  };
  const { db } = context;

  const wallets = walletsOf(context);
  const { table, idColumn, nameColumn } = context.config.wallet;
  const named = await db.schema.hasColumn(table, nameColumn);
  const users: DemoUser[] = [];
  for (const person of PEOPLE) {
    const token = `demo-${randomBytes(12).toString('base64url')}`;
    await context.tokens.issue(person.id, token, context.clock.now() + ttlSeconds * 1000);
    const credited = await db('wallet_ledger').where({ user_id: person.id, kind: LedgerKind.credit }).first();
    if (!credited) await wallets.credit(db, person.id, CREDIT_CENTS);
    if (named) await db(table).where(idColumn, person.id).update({ [nameColumn]: person.name });
    users.push({ ...person, token });
  }

  const bought: { productId: unknown; price: number }[] = [];
  for (const shop of SHOPS) {
    const owner = users[shop.owner] as DemoUser;
    const made = await call(owner.token, 'shop', 'creat', { shop_name: shop.name, shop_content: shop.content });
    // Run again: the shop is there already.
    const shopId = (made.status === 0 ? made.data : await must(owner.token, 'shop', 'info', { shop_name: shop.name })) as { shop_id: number };
    for (const [name, price, colour] of shop.products) {
      const kept = (await db('product').where({ shop_id: shopId.shop_id, product_name: name }).first('product_id')) as { product_id: number } | undefined;
      if (kept) {
        bought.push({ productId: kept.product_id, price });
        continue;
      }
      const { url } = await must(owner.token, 'pic', 'upload', { from: 'product', base64: (await picture(colour)).toString('base64') });
      const { product_id: productId } = await must(owner.token, 'product', 'creat', { shop_id: shopId.shop_id, product_name: name, product_price: price, product_status: 1, pic_url: url });
      bought.push({ productId, price });
    }
  }
  for (const [i, notice] of NOTICES.entries()) {
    const author = users[(i % 2) + 2] as DemoUser;
    if (await db('property').where({ user_id: author.id, title: notice.title }).first('id')) continue;
    await must(author.token, 'property', 'add', { ...notice, user_name: author.name });
  }
  // With buyer protection on, one purchase of each kind a front end shows: held, disputed, released.
  const buyer = users[2] as DemoUser;
  if (await db('purchase').where({ user_id: buyer.id }).first('purchase_id')) return users;
  const escrow = context.config.purchase.escrowSeconds > 0;
  const afterPay = escrow ? [undefined, { subtype: 'dispute', reason: '约好的时间地点没见到卖家' }, { subtype: 'confirm' }] : [undefined];
  for (const [i, then] of afterPay.entries()) {
    const { productId, price } = bought[i] as { productId: unknown; price: number };
    const { purchase_id: purchaseId } = await must(buyer.token, 'purchase', 'apply', { product_id: productId, product_num: 1, product_unitprice: price, product_totalprice: price });
    await must(buyer.token, 'purchase', 'pay', { purchase_id: purchaseId, method: 'wallet' });
    if (then) await must(buyer.token, 'purchase', then.subtype, { purchase_id: purchaseId, ...(then.reason ? { reason: then.reason } : {}) });
  }
  return users;
}
