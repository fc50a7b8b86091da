import { expect } from 'chai';
import { fromDecimal, toDecimal } from '../src/backends/decimal.js';
import { MAX_BALANCE_CENTS, Wallets } from '../src/services/market/wallets.js';
import { backendMatrix } from './support/backends.js';
import { ManualClock } from './support/fakes.js';
import { type Harness, startHarness } from './support/harness.js';

const SHOP = '/api/external/shop';
const PRODUCT = '/api/external/product';
const PURCHASE = '/api/external/purchase';
const PRICE = 2500;

/** One purchase of one piece at PRICE, made by the buyer, between `apply` and `pay` changed by `meanwhile`. */
interface World {
  h: Harness;
  clock: ManualClock;
  purchaseId: string;
  productId: number;
  shopId: number;
  buyer: { id: string; token: string };
  seller: { id: string; token: string };
}

interface PayCase {
  name: string;
  /** Cents in each wallet before; null: no wallet row at all. */
  buyer: number | null;
  seller: number | null;
  meanwhile?: (w: World) => Promise<unknown>;
  /** Who pays: the buyer, unless another user tries. */
  payer?: 'buyer' | 'stranger';
  method?: string;
  status: number;
  /** Cents after (a missing wallet reads 0), the product's sales, the purchase's ledger rows [kind, cents, balance after]. */
  after: { buyer: number; seller: number; sale: number; ledger: [string, number, number][] };
}

const paid = (buyer: number, seller: number): PayCase['after'] => ({
  buyer: buyer - PRICE,
  seller: seller + PRICE,
  sale: 1,
  ledger: [
    ['pay', -PRICE, buyer - PRICE],
    ['income', PRICE, seller + PRICE],
  ],
});
const unchanged = (buyer: number | null, seller: number | null): PayCase['after'] => ({ buyer: buyer ?? 0, seller: seller ?? 0, sale: 0, ledger: [] });
const setProduct = (w: World, product_status: number) =>
  w.h.post(PRODUCT, 'product', 'update', { product_id: w.productId, shop_id: w.shopId, product_status }, w.seller.token);

/** Every way a payment ends, each asserting its status, both balances, the sale count and the ledger rows. */
const CASES: PayCase[] = [
  { name: 'success', buyer: 10_000, seller: 1000, status: 0, after: paid(10_000, 1000) },
  { name: 'first sale, seller without a wallet row, buyer holding exactly the price', buyer: PRICE, seller: null, status: 0, after: paid(PRICE, 0) },
  { name: 'first sale, seller without a wallet row, buyer holding less than twice the price', buyer: 3000, seller: null, status: 0, after: paid(3000, 0) },
  { name: 'buyer without a wallet row', buyer: null, seller: 1000, status: 102, after: unchanged(null, 1000) },
  { name: 'buyer and seller without wallet rows', buyer: null, seller: null, status: 102, after: unchanged(null, null) },
  {
    name: 'not paying: paid already',
    buyer: 10_000,
    seller: 0,
    meanwhile: (w) => w.h.post(PURCHASE, 'purchase', 'pay', { purchase_id: w.purchaseId, method: 'wallet' }, w.buyer.token),
    status: 201,
    after: paid(10_000, 0),
  },
  {
    name: 'cancelled',
    buyer: 10_000,
    seller: 0,
    meanwhile: (w) => w.h.post(PURCHASE, 'purchase', 'cancel', { purchase_id: w.purchaseId }, w.buyer.token),
    status: 201,
    after: unchanged(10_000, 0),
  },
  {
    name: 'expired',
    buyer: 10_000,
    seller: 0,
    meanwhile: async (w) => w.clock.advance(w.h.config.purchase.payMinutes * 60),
    status: 201,
    after: unchanged(10_000, 0),
  },
  { name: "someone else's purchase", buyer: 10_000, seller: 0, payer: 'stranger', status: 101, after: unchanged(10_000, 0) },
  {
    name: 'own shop (a purchase adopted from the original)',
    buyer: 10_000,
    seller: 0,
    meanwhile: (w) => w.h.context.db('purchase').where('purchase_id', w.purchaseId).update({ seller_id: w.buyer.id }),
    status: -204,
    after: unchanged(10_000, 0),
  },
  { name: 'product withdrawn', buyer: 10_000, seller: 0, meanwhile: (w) => setProduct(w, 0), status: 202, after: unchanged(10_000, 0) },
  { name: 'product deleted', buyer: 10_000, seller: 0, meanwhile: (w) => setProduct(w, 2), status: 202, after: unchanged(10_000, 0) },
  { name: 'insufficient funds', buyer: PRICE - 1, seller: 0, status: 102, after: unchanged(PRICE - 1, 0) },
  { name: "the seller's wallet at the ceiling", buyer: 10_000, seller: MAX_BALANCE_CENTS - PRICE + 1, status: 103, after: unchanged(10_000, MAX_BALANCE_CENTS - PRICE + 1) },
  { name: 'the seller\'s wallet filled to the ceiling exactly', buyer: 10_000, seller: MAX_BALANCE_CENTS - PRICE, status: 0, after: paid(10_000, MAX_BALANCE_CENTS - PRICE) },
  { name: 'wrong method', buyer: 10_000, seller: 0, method: 'alipay', status: 200, after: unchanged(10_000, 0) },
];

for (const spec of await backendMatrix()) {
  describe(`purchase/pay, case by case, on ${spec.name}`, function () {
    this.timeout(60000);
    let h: Harness;
    const clock = new ManualClock(Date.UTC(2026, 11, 7, 2, 0, 0));
    let nextUser = 7_100_000_000;

    before(async () => {
      // The seller credited at pay, so that each case shows both balances move (or not) at once.
      h = await startHarness(spec, { config: { purchase: { escrowSeconds: 0 } }, overrides: { clock } });
    });
    after(() => h.close());

    const wallets = () => new Wallets(h.config.wallet, () => '2026-12-07 10:00:00');
    const user = async (cents: number | null) => {
      const id = String(nextUser++);
      // A wallet row as the account service may hold it, with no ledger of ours behind it.
      const { table, idColumn, balanceColumn } = h.config.wallet;
      if (cents !== null) await h.context.db(table).insert({ [idColumn]: id, [balanceColumn]: toDecimal(cents) });
      return { id, token: await h.token(id) };
    };

    for (const c of CASES) {
      it(c.name, async () => {
        const seller = await user(c.seller);
        const buyer = await user(c.buyer);
        const shopId = (await h.post(SHOP, 'shop', 'creat', { shop_name: `pay case ${seller.id}` }, seller.token)).data.shop_id as number;
        const product = await h.post(PRODUCT, 'product', 'creat', { product_name: c.name, product_price: PRICE / 100, shop_id: shopId, product_status: 1 }, seller.token);
        const productId = product.data.product_id as number;
        const applied = await h.post(PURCHASE, 'purchase', 'apply', { product_id: productId, product_num: 1, product_unitprice: PRICE / 100, product_totalprice: PRICE / 100 }, buyer.token);
        expect(applied.status, applied.message).to.equal(0);
        const purchaseId = applied.data.purchase_id as string;
        await c.meanwhile?.({ h, clock, purchaseId, productId, shopId, buyer, seller });
        const payer = c.payer === 'stranger' ? (await user(10_000)).token : buyer.token;

        const answer = await h.post(PURCHASE, 'purchase', 'pay', { purchase_id: purchaseId, method: c.method ?? 'wallet' }, payer);

        expect(answer.status, answer.message).to.equal(c.status);
        const balance = (id: string) => wallets().balance(h.context.db, id);
        const sale = ((await h.context.db('product').where('product_id', productId).first()) as { product_sale: number }).product_sale;
        const ledger = (await h.context.db('wallet_ledger').where('purchase_id', purchaseId).orderBy('id')) as { kind: string; amount: string | number; balance_after: string | number }[];
        expect({
          buyer: await balance(buyer.id),
          seller: await balance(seller.id),
          sale: Number(sale),
          ledger: ledger.map((row) => [row.kind, fromDecimal(row.amount), fromDecimal(row.balance_after)]),
        }).to.deep.equal(c.after);
        // A refused payment opens no wallet for the buyer: a user without a row still has none.
        if (c.buyer === null) expect(await h.context.db(h.config.wallet.table).where(h.config.wallet.idColumn, buyer.id)).to.have.length(0);
      });
    }
  });
}
