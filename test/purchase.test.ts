import { execFile } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { expect } from 'chai';
import fc from 'fast-check';
import { fromDecimal } from '../src/backends/decimal.js';
import { Wallets } from '../src/services/market/wallets.js';
import { backendMatrix, dbConnection } from './support/backends.js';
import { ManualClock } from './support/fakes.js';
import { type Answer, type Harness, startHarness } from './support/harness.js';

const SHOP = '/api/external/shop';
const PRODUCT = '/api/external/product';
const PURCHASE = '/api/external/purchase';

for (const spec of await backendMatrix()) {
  describe(`purchases and wallets on ${spec.name}`, function () {
    this.timeout(60000);
    let h: Harness;
    const clock = new ManualClock(Date.UTC(2026, 10, 24, 2, 0, 0));
    let seller: string;
    let shopId: number;
    let userSeq = 0;
    const SELLER = '6000000001';

    /** A buyer with `yuan` in the wallet (credited as the wallet command does). */
    const newBuyer = async (cents = 0) => {
      const id = String(6100000000 + userSeq++);
      if (cents > 0) await credit(id, cents);
      return { id, token: await h.token(id) };
    };
    const credit = async (userId: string, cents: number) => {
      const wallets = new Wallets(h.config.wallet, () => '2026-11-24 10:00:00');
      await wallets.credit(h.context.db, userId, cents);
    };
    const balance = (userId: string) => new Wallets(h.config.wallet, () => '').balance(h.context.db, userId);
    const newProduct = async (price: number | string, extra: Record<string, unknown> = {}) =>
      (await h.post(PRODUCT, 'product', 'creat', { product_name: '商品', product_price: price, shop_id: shopId, product_status: 1, ...extra }, seller)).data.product_id as number;
    const applyFor = (token: string, productId: number, num: number, unit: number | string, total: number | string) =>
      h.post(PURCHASE, 'purchase', 'apply', { product_id: productId, product_num: num, product_unitprice: unit, product_totalprice: total }, token);
    const pay = (token: string, purchaseId: unknown, method = 'wallet') => h.post(PURCHASE, 'purchase', 'pay', { purchase_id: purchaseId, method }, token);
    const cancel = (token: string, purchaseId: unknown) => h.post(PURCHASE, 'purchase', 'cancel', { purchase_id: purchaseId }, token);
    const info = (token: string, purchaseId: unknown) => h.post(PURCHASE, 'purchase', 'info', { purchase_id: purchaseId }, token);
    const sale = async (productId: number) => Number((await h.context.db('product').where('product_id', productId).first()).product_sale);
    const ledgerSum = async (userId: string) => {
      const rows = (await h.context.db('wallet_ledger').where('user_id', userId).select('amount')) as { amount: string | number }[];
      return rows.reduce((sum, r) => sum + fromDecimal(r.amount), 0);
    };

    before(async () => {
      // The original's pay: the seller credited at once (buyer protection has its own suite).
      h = await startHarness(spec, { config: { purchase: { escrowSeconds: 0 } }, overrides: { clock } });
      seller = await h.token(SELLER);
      shopId = (await h.post(SHOP, 'shop', 'creat', { shop_name: `purchase shop ${spec.name}` }, seller)).data.shop_id as number;
    });
    after(() => h.close());

    describe('apply', () => {
      it('takes the service\'s price (discount first), exact to the cent, and answers a 17-digit purchase_id', async () => {
        const buyer = await newBuyer();
        const productId = await newProduct(19.99, { product_disprice: '9.90' });
        expect((await applyFor(buyer.token, productId, 3, 19.99, 59.97)).message).to.equal("Arg's value error: price changed: the unit price is now 9.90, 3 cost 29.70 (product_unitprice, product_totalprice)");
        const made = await applyFor(buyer.token, productId, 3, 9.9, '29.70');
        expect(made.status).to.equal(0);
        expect(made.data.purchase_id).to.be.a('string').and.match(/^\d{17}$/);
        expect((await info(buyer.token, made.data.purchase_id)).data).to.include({
          purchase_state: 'paying',
          user_id: Number(buyer.id),
          purchase_type: 0,
          purchase_price: 29.7,
          product_unitprice: 9.9,
          product_totalprice: 29.7,
          product_num: 3,
          pay_method: '',
          pay_time: null,
          shop_id: shopId,
          creat_time: '2026-11-24 10:00:00',
        });
      });

      it('refuses a product not on sale (100), one\'s own shop (-204), and 0 or 100 pieces (-204)', async () => {
        const buyer = await newBuyer();
        const offSale = await newProduct(5, { product_status: 0 });
        expect(await applyFor(buyer.token, offSale, 1, 5, 5)).to.include({ status: 100, message: 'Product_id not exist: product_id' });
        expect((await applyFor(buyer.token, 1234567, 1, 5, 5)).status).to.equal(100);
        const onSale = await newProduct(5);
        expect((await applyFor(seller, onSale, 1, 5, 5)).status).to.equal(-204);
        expect((await applyFor(buyer.token, onSale, 0, 5, 0)).status).to.equal(-204);
        expect((await applyFor(buyer.token, onSale, 100, 5, 500)).status).to.equal(-204);
        expect((await applyFor(buyer.token, onSale, 99, 5, 495)).status).to.equal(0);
      });

      it('gives every purchase a distinct id under concurrency', async () => {
        const buyer = await newBuyer();
        const productId = await newProduct(1);
        const made = await Promise.all(Array.from({ length: 30 }, () => applyFor(buyer.token, productId, 1, 1, 1)));
        expect(made.every((m) => m.status === 0)).to.equal(true);
        expect(new Set(made.map((m) => m.data.purchase_id)).size).to.equal(30);
      });
    });

    describe('pay', () => {
      it('a wallet of 0.30 buys a 0.10 product three times and ends at exactly 0.00', async () => {
        const buyer = await newBuyer(30);
        const productId = await newProduct(0.1);
        const sellerBefore = await balance(SELLER);
        for (let i = 0; i < 3; i++) {
          const made = await applyFor(buyer.token, productId, 1, 0.1, 0.1);
          expect((await pay(buyer.token, made.data.purchase_id)).status).to.equal(0);
        }
        expect(await balance(buyer.id)).to.equal(0);
        expect(await balance(SELLER)).to.equal(sellerBefore + 30);
        const stored = (await h.context.db('users').where('id', buyer.id).first()).wealth;
        expect(Number(stored)).to.equal(0);
        const extra = await applyFor(buyer.token, productId, 1, 0.1, 0.1);
        expect(await pay(buyer.token, extra.data.purchase_id)).to.include({ status: 102, message: 'Balance is not enough' });
        expect(await sale(productId)).to.equal(3);
      });

      it('moves the money, the state and the sale count in one transaction, with two ledger rows', async () => {
        const buyer = await newBuyer(10_000);
        const productId = await newProduct(12.34);
        const made = await applyFor(buyer.token, productId, 2, 12.34, 24.68);
        const sellerBefore = await balance(SELLER);
        clock.advance(30);
        expect((await pay(buyer.token, made.data.purchase_id)).status).to.equal(0);
        // escrowSeconds 0: the seller is paid at once, so nothing is held.
        expect((await info(seller, made.data.purchase_id)).data).to.include({ purchase_state: 'finish', pay_method: 'wallet', pay_time: '2026-11-24 10:00:30', settle_state: 'released', release_at: '' });
        expect(await balance(buyer.id)).to.equal(10_000 - 2468);
        expect(await balance(SELLER)).to.equal(sellerBefore + 2468);
        expect(await sale(productId)).to.equal(2);
        const ledger = await h.context.db('wallet_ledger').where('purchase_id', made.data.purchase_id as string).orderBy('id');
        expect(ledger.map((r: { kind: string; amount: string | number; balance_after: string | number }) => [r.kind, fromDecimal(r.amount), fromDecimal(r.balance_after)])).to.have.deep.members([
          ['pay', -2468, 10_000 - 2468],
          ['income', 2468, sellerBefore + 2468],
        ]);
        expect((await pay(buyer.token, made.data.purchase_id)).status).to.equal(201);
      });

      it('answers 200 for another method, 101 for someone else\'s purchase, 100 for none', async () => {
        const buyer = await newBuyer(1000);
        const other = await newBuyer(1000);
        const made = await applyFor(buyer.token, await newProduct(1), 1, 1, 1);
        expect(await pay(buyer.token, made.data.purchase_id, 'alipay')).to.include({ status: 200, message: 'Pay method not allow: method: one of wallet' });
        expect((await pay(other.token, made.data.purchase_id)).status).to.equal(101);
        expect((await pay(buyer.token, '15749511524517733')).status).to.equal(100);
        expect((await pay(buyer.token, 'abc')).status).to.equal(-203);
        expect(await balance(other.id)).to.equal(1000);
      });

      it('20 concurrent pays of one purchase: exactly one succeeds', async () => {
        const buyer = await newBuyer(100_000);
        const productId = await newProduct(7.77);
        const made = await applyFor(buyer.token, productId, 1, 7.77, 7.77);
        const answers = await Promise.all(Array.from({ length: 20 }, () => pay(buyer.token, made.data.purchase_id)));
        const statuses = answers.map((a) => a.status);
        expect(statuses.filter((s) => s === 0)).to.have.length(1);
        expect(statuses.filter((s) => s === 201)).to.have.length(19);
        expect(await balance(buyer.id)).to.equal(100_000 - 777);
        expect(await sale(productId)).to.equal(1);
        expect(await ledgerSum(buyer.id)).to.equal(100_000 - 777);
      });

      it('a balance of 50.00 and five purchases of 12.50 paid at once: exactly four succeed, balance 0.00', async () => {
        const buyer = await newBuyer(5000);
        const productId = await newProduct(12.5);
        const made = await Promise.all(Array.from({ length: 5 }, () => applyFor(buyer.token, productId, 1, 12.5, 12.5)));
        const answers = await Promise.all(made.map((m) => pay(buyer.token, m.data.purchase_id)));
        const statuses = answers.map((a) => a.status);
        expect(statuses.filter((s) => s === 0)).to.have.length(4);
        expect(statuses.filter((s) => s === 102)).to.have.length(1);
        expect(await balance(buyer.id)).to.equal(0);
        expect(await sale(productId)).to.equal(4);
        // The refused payment left its purchase as it was: still paying.
        const refused = made[statuses.indexOf(102)]!;
        expect((await info(buyer.token, refused.data.purchase_id)).data).to.include({ purchase_state: 'paying' });
      });

      it('pay and cancel at once: exactly one wins, and the state says which', async () => {
        for (let round = 0; round < 5; round++) {
          const buyer = await newBuyer(1000);
          const made = await applyFor(buyer.token, await newProduct(3), 1, 3, 3);
          const [paid, cancelled] = await Promise.all([pay(buyer.token, made.data.purchase_id), cancel(buyer.token, made.data.purchase_id)]);
          expect([paid.status, cancelled.status].sort()).to.deep.equal([0, 201]);
          const state = ((await info(buyer.token, made.data.purchase_id)).data as { purchase_state: string }).purchase_state;
          expect(state).to.equal(paid.status === 0 ? 'finish' : 'cancel');
          expect(await balance(buyer.id)).to.equal(paid.status === 0 ? 700 : 1000);
        }
      });

      it('refuses (202) a product withdrawn or deleted since apply, moves nothing, and charges the price agreed at apply', async () => {
        const buyer = await newBuyer(10_000);
        const productId = await newProduct(4);
        const made = await applyFor(buyer.token, productId, 2, 4, 8);
        const sellerBefore = await balance(SELLER);
        const update = (fields: Record<string, unknown>, id = productId) => h.post(PRODUCT, 'product', 'update', { product_id: id, shop_id: shopId, ...fields }, seller);
        const refused = async (purchaseId: unknown, id: number, sellerHas = sellerBefore) => {
          expect(await pay(buyer.token, purchaseId)).to.include({ status: 202, message: 'The product is not on sale: the product was withdrawn' });
          expect((await info(buyer.token, purchaseId)).data).to.include({ purchase_state: 'paying' });
          expect([await balance(buyer.id), await balance(SELLER), await sale(id)]).to.deep.equal([10_000, sellerHas, 0]);
        };
        expect((await update({ product_status: 0 })).status).to.equal(0);
        await refused(made.data.purchase_id, productId);
        // Back on sale at a new price: the purchase is paid at the price it was made at.
        expect((await update({ product_status: 1, product_price: 9 })).status).to.equal(0);
        expect((await pay(buyer.token, made.data.purchase_id)).status).to.equal(0);
        expect([await balance(buyer.id), await balance(SELLER), await sale(productId)]).to.deep.equal([10_000 - 800, sellerBefore + 800, 2]);
        expect(await h.context.db('wallet_ledger').where('purchase_id', made.data.purchase_id as string).count({ n: '*' })).to.deep.equal([{ n: 2 }]);
        // Deleted is final: the product cannot be put back on sale, so a purchase applied before stays unpayable.
        const doomed = await newProduct(4);
        const early = await applyFor(buyer.token, doomed, 2, 4, 8);
        await credit(buyer.id, 800);
        expect((await update({ product_status: 2 }, doomed)).status).to.equal(0);
        await refused(early.data.purchase_id, doomed, sellerBefore + 800);
        for (const fields of [{ product_status: 1 }, { product_status: 0 }, { product_name: 'again' }]) {
          expect(await update(fields, doomed)).to.include({ status: 100, message: 'No right to operate: the product is deleted' });
        }
        expect(((await h.context.db('product').where('product_id', doomed).first()) as { product_status: number }).product_status).to.equal(2);
        await refused(early.data.purchase_id, doomed, sellerBefore + 800);
      });

      it('refuses (-204) an adopted purchase from its buyer\'s own shop or from a seller who is no user id, and moves nothing', async () => {
        const buyer = await newBuyer(10_000);
        const productId = await newProduct(3);
        for (const [sellerId, why] of [
          [buyer.id, 'a shop cannot buy from itself'],
          ['007', "a wallet's user id is 1 to 15 digits without a leading zero"],
        ] as const) {
          const made = await applyFor(buyer.token, productId, 1, 3, 3);
          // As the original's tables may hand them over: apply refuses both.
          await h.context.db('purchase').where('purchase_id', made.data.purchase_id as string).update({ seller_id: sellerId });
          expect(await pay(buyer.token, made.data.purchase_id)).to.include({ status: -204, message: `Arg's value error: ${why}` });
          expect((await info(buyer.token, made.data.purchase_id)).data).to.include({ purchase_state: 'paying' });
          expect([await balance(buyer.id), await sale(productId)]).to.deep.equal([10_000, 0]);
          expect(await h.context.db('wallet_ledger').where('purchase_id', made.data.purchase_id as string).count({ n: '*' })).to.deep.equal([{ n: 0 }]);
        }
      });

      it('keeps every wallet at or below 9999999999.99 on every database: 103 for a pay the seller cannot hold', async () => {
        const rich = await newBuyer();
        const shop = (await h.post(SHOP, 'shop', 'creat', { shop_name: `full wallet ${spec.name}` }, rich.token)).data.shop_id;
        const productId = (await h.post(PRODUCT, 'product', 'creat', { product_name: 'x', product_price: 10, shop_id: shop, product_status: 1 }, rich.token)).data.product_id as number;
        await credit(rich.id, 1);
        await h.context.db('users').where('id', rich.id).update({ wealth: '9999999989.99' });
        const buyer = await newBuyer(10_000);
        const first = await applyFor(buyer.token, productId, 1, 10, 10);
        expect((await pay(buyer.token, first.data.purchase_id)).status).to.equal(0);
        expect(await balance(rich.id)).to.equal(999_999_999_999);
        const second = await applyFor(buyer.token, productId, 1, 10, 10);
        expect(await pay(buyer.token, second.data.purchase_id)).to.include({ status: 103, message: "The seller's wallet is full" });
        expect([await balance(rich.id), await balance(buyer.id), await sale(productId)]).to.deep.equal([999_999_999_999, 9000, 1]);
        expect((await info(buyer.token, second.data.purchase_id)).data).to.include({ purchase_state: 'paying' });
        // A credit beyond it is refused alike, never stored as more (SQLite would hold more).
        let refused: unknown;
        await credit(rich.id, 1).catch((err: unknown) => (refused = err));
        expect(refused).to.include({ failure: 'walletFull' });
        expect(await balance(rich.id)).to.equal(999_999_999_999);
      });

      it('gives "007" no wallet: a token for it is -101 everywhere, and a wallet of 7 is 7\'s alone', async () => {
        await credit('7', 10_000);
        await h.context.db('tokens').insert({ token: `zero-padded-${spec.name}`, user_id: '007' });
        const product = await newProduct(10);
        expect((await applyFor(`zero-padded-${spec.name}`, product, 1, 10, 10)).status).to.equal(-101);
        expect((await h.post(PURCHASE, 'purchase', 'list', {}, `zero-padded-${spec.name}`)).status).to.equal(-101);
        const seven = await h.token('7');
        const made = await applyFor(seven, product, 1, 10, 10);
        expect((await pay(seven, made.data.purchase_id)).status).to.equal(0);
        expect(await balance('7')).to.equal(9000);
        expect(await h.context.db('wallet_ledger').where('user_id', '7').count({ n: '*' })).to.deep.equal([{ n: 2 }]);
      });

      it('pays in both directions at once between two users without a deadlock', async () => {
        const a = await newBuyer(100_000);
        const b = await newBuyer(100_000);
        const shopA = (await h.post(SHOP, 'shop', 'creat', { shop_name: `shop of ${a.id}` }, a.token)).data.shop_id;
        const shopB = (await h.post(SHOP, 'shop', 'creat', { shop_name: `shop of ${b.id}` }, b.token)).data.shop_id;
        const pa = (await h.post(PRODUCT, 'product', 'creat', { product_name: 'a', product_price: 1, shop_id: shopA, product_status: 1 }, a.token)).data.product_id as number;
        const pb = (await h.post(PRODUCT, 'product', 'creat', { product_name: 'b', product_price: 1, shop_id: shopB, product_status: 1 }, b.token)).data.product_id as number;
        const aBuys = await Promise.all(Array.from({ length: 10 }, () => applyFor(a.token, pb, 1, 1, 1)));
        const bBuys = await Promise.all(Array.from({ length: 10 }, () => applyFor(b.token, pa, 1, 1, 1)));
        const paid = await Promise.all([...aBuys.map((m) => pay(a.token, m.data.purchase_id)), ...bBuys.map((m) => pay(b.token, m.data.purchase_id))]);
        expect(paid.map((p) => p.status)).to.deep.equal(Array(20).fill(0));
        expect(await balance(a.id)).to.equal(100_000);
        expect(await balance(b.id)).to.equal(100_000);
      });

      it('20 first payments at once to a seller without a wallet row: all paid, the row opened once', async () => {
        const owner = await newBuyer();
        const shop = (await h.post(SHOP, 'shop', 'creat', { shop_name: `new seller ${owner.id}` }, owner.token)).data.shop_id;
        const productId = (await h.post(PRODUCT, 'product', 'creat', { product_name: 'p', product_price: 2, shop_id: shop, product_status: 1 }, owner.token)).data.product_id as number;
        const buyers = await Promise.all(Array.from({ length: 20 }, () => newBuyer(500)));
        const made = await Promise.all(buyers.map((b) => applyFor(b.token, productId, 1, 2, 2)));
        const paid = await Promise.all(buyers.map((b, i) => pay(b.token, made[i]!.data.purchase_id)));
        expect(paid.map((p) => p.status)).to.deep.equal(Array(20).fill(0));
        expect(await balance(owner.id)).to.equal(20 * 200);
        expect(await ledgerSum(owner.id)).to.equal(20 * 200);
      });
    });

    describe('cancel and expiry', () => {
      it('lets only the buyer cancel, only while paying', async () => {
        const buyer = await newBuyer(1000);
        const other = await newBuyer();
        const made = await applyFor(buyer.token, await newProduct(1), 1, 1, 1);
        expect((await cancel(other.token, made.data.purchase_id)).status).to.equal(101);
        expect((await cancel(seller, made.data.purchase_id)).status).to.equal(101);
        expect((await cancel(buyer.token, made.data.purchase_id)).status).to.equal(0);
        expect((await cancel(buyer.token, made.data.purchase_id)).status).to.equal(201);
        expect((await pay(buyer.token, made.data.purchase_id)).status).to.equal(201);
        expect(await balance(buyer.id)).to.equal(1000);
      });

      it('cancels an unpaid purchase from its deadline on: no payment, info and list say cancel', async () => {
        const buyer = await newBuyer(1000);
        const made = await applyFor(buyer.token, await newProduct(1), 1, 1, 1);
        clock.advance(15 * 60 - 1);
        expect((await info(buyer.token, made.data.purchase_id)).data).to.include({ purchase_state: 'paying' });
        clock.advance(1);
        expect((await info(buyer.token, made.data.purchase_id)).data).to.include({ purchase_state: 'cancel' });
        const listed = (await h.post(PURCHASE, 'purchase', 'list', { state: 'cancel' }, buyer.token)).data as unknown as { num: number; list: { purchase_id: string }[] };
        expect(listed.list.map((r) => r.purchase_id)).to.deep.equal([made.data.purchase_id]);
        expect(await h.post(PURCHASE, 'purchase', 'list', { state: 'paying' }, buyer.token)).to.deep.include({ status: 0, data: { num: 0, list: [] } });
        expect((await pay(buyer.token, made.data.purchase_id)).status).to.equal(201);
        expect(await balance(buyer.id)).to.equal(1000);
      });
    });

    describe('info and list', () => {
      it('shows a purchase to its buyer and seller only; lists by role and state, newest first, paged', async () => {
        const buyer = await newBuyer(10_000);
        const stranger = await newBuyer();
        const productId = await newProduct(2);
        const made: Answer[] = [];
        for (let i = 0; i < 3; i++) {
          clock.advance(10);
          made.push(await applyFor(buyer.token, productId, 1, 2, 2));
        }
        await pay(buyer.token, made[1]!.data.purchase_id);
        expect((await info(stranger.token, made[0]!.data.purchase_id)).status).to.equal(101);
        expect((await info(seller, made[0]!.data.purchase_id)).status).to.equal(0);
        const ids = (answer: Answer) => {
          const { num, list } = answer.data as unknown as { num: number; list: { purchase_id: string }[] };
          expect(num).to.equal(list.length);
          return list.map((r) => r.purchase_id);
        };
        const mine = await h.post(PURCHASE, 'purchase', 'list', {}, buyer.token);
        expect(ids(mine)).to.deep.equal([made[2], made[1], made[0]].map((m) => m!.data.purchase_id));
        const row = (mine.data as unknown as { list: Record<string, unknown>[] }).list[0]!;
        // The original's fields first, in its order and types, then the service's.
        expect(Object.keys(row)).to.deep.equal([
          'purchase_id', 'purchase_state', 'user_id', 'purchase_type', 'purchase_price', 'creat_time', 'pay_method', 'product_id', 'product_num', 'shop_id', 'settle_state', 'release_at',
        ]);
        expect(row.user_id).to.equal(Number(buyer.id));
        expect(ids(await h.post(PURCHASE, 'purchase', 'list', { state: 'finish' }, buyer.token))).to.deep.equal([made[1]!.data.purchase_id]);
        expect(ids(await h.post(PURCHASE, 'purchase', 'list', { limit: 1, offset: 1 }, buyer.token))).to.deep.equal([made[1]!.data.purchase_id]);
        const sold = ids(await h.post(PURCHASE, 'purchase', 'list', { role: 'seller', limit: 200 }, seller));
        expect(sold).to.include.members(made.map((m) => m.data.purchase_id as string));
        expect(await h.post(PURCHASE, 'purchase', 'list', {}, stranger.token)).to.deep.include({ status: 0, message: 'successful', data: { num: 0, list: [] } });
      });
    });

    describe('wallet/info', () => {
      it('shows the caller\'s own balance and ledger, newest first, paged, at /api/external/wallet and the single endpoint', async () => {
        const buyer = await newBuyer(5000);
        const made = await applyFor(buyer.token, await newProduct(12.5), 2, 12.5, 25);
        expect((await pay(buyer.token, made.data.purchase_id)).status).to.equal(0);
        await credit(buyer.id, 150);
        const wallet = (data: object, token = buyer.token, path = '/api/external/wallet') => h.post(path, 'wallet', 'info', data, token);
        const all = await wallet({});
        expect(all).to.include({ status: 0, message: 'successful' });
        expect(all.data).to.deep.equal({
          balance: 26.5,
          ledger: [
            { time: '2026-11-24 10:00:00', kind: 'credit', amount: 1.5, purchase_id: null },
            { time: ((await info(buyer.token, made.data.purchase_id)).data as { pay_time: string }).pay_time, kind: 'pay', amount: -25, purchase_id: made.data.purchase_id },
            { time: '2026-11-24 10:00:00', kind: 'credit', amount: 50, purchase_id: null },
          ],
          num: 3,
          held_out: 0,
          held_in: 0,
        });
        expect((await wallet({ limit: 1, offset: 1 }, buyer.token, '/api/external')).data).to.deep.include({ balance: 26.5, num: 1 });
        expect(((await wallet({ limit: 1, offset: 1 })).data.ledger as { kind: string }[]).map((r) => r.kind)).to.deep.equal(['pay']);
        // The seller sees its own income, never the buyer's wallet; a user without a wallet sees 0.
        const sellers = (await wallet({}, seller)).data as { ledger: { kind: string; purchase_id: string }[] };
        expect(sellers.ledger.filter((r) => r.purchase_id === made.data.purchase_id).map((r) => r.kind)).to.deep.equal(['income']);
        const nobody = await newBuyer();
        expect((await wallet({}, nobody.token)).data).to.deep.equal({ balance: 0, ledger: [], num: 0, held_out: 0, held_in: 0 });
        expect((await wallet({ offset: -1 })).status).to.equal(-204);
        expect((await h.post('/api/external/wallet', 'wallet', 'info', {})).status).to.equal(-100);
      });
    });

    it('keeps every invariant under random concurrent apply, pay, cancel and credit (property-based)', async () => {
      const productIds = [await newProduct(0.1), await newProduct(1.25), await newProduct('33.33', { product_disprice: 0.07 })];
      const units = [10, 125, 7];
      const buyers = await Promise.all([newBuyer(500), newBuyer(1000), newBuyer(0), newBuyer(250)]);
      const action = fc.oneof(
        fc.record({ kind: fc.constant('apply' as const), buyer: fc.nat(buyers.length - 1), product: fc.nat(productIds.length - 1), num: fc.integer({ min: 1, max: 5 }) }),
        fc.record({ kind: fc.constant('pay' as const), buyer: fc.nat(buyers.length - 1), pick: fc.nat() }),
        fc.record({ kind: fc.constant('cancel' as const), buyer: fc.nat(buyers.length - 1), pick: fc.nat() }),
        fc.record({ kind: fc.constant('credit' as const), buyer: fc.nat(buyers.length - 1), cents: fc.integer({ min: 1, max: 3000 }) }),
      );
      let credited = 0;
      const made: { buyer: number; id: string; product: number; num: number }[] = [];
      const paidTwice: string[] = [];
      const paid = new Set<string>();
      await fc.assert(
        fc.asyncProperty(fc.array(fc.array(action, { minLength: 1, maxLength: 6 }), { minLength: 1, maxLength: 5 }), async (rounds) => {
          for (const round of rounds) {
            // Each round's actions run at once.
            await Promise.all(
              round.map(async (a) => {
                const buyer = buyers[a.buyer]!;
                if (a.kind === 'apply') {
                  const unit = units[a.product]!;
                  const answer = await applyFor(buyer.token, productIds[a.product]!, a.num, unit / 100, (unit * a.num) / 100);
                  expect(answer.status).to.equal(0);
                  made.push({ buyer: a.buyer, id: answer.data.purchase_id as string, product: a.product, num: a.num });
                } else if (a.kind === 'credit') {
                  await credit(buyer.id, a.cents);
                  credited += a.cents;
                } else {
                  const own = made.filter((m) => m.buyer === a.buyer);
                  if (own.length === 0) return;
                  const target = own[a.pick % own.length]!;
                  const answer = a.kind === 'pay' ? await pay(buyer.token, target.id) : await cancel(buyer.token, target.id);
                  expect(answer.status).to.be.oneOf(a.kind === 'pay' ? [0, 102, 201] : [0, 201]);
                  if (a.kind === 'pay' && answer.status === 0) {
                    if (paid.has(target.id)) paidTwice.push(target.id);
                    paid.add(target.id);
                  }
                }
              }),
            );
          }
        }),
        { numRuns: 8, seed: 20261125 },
      );
      const ids = [...buyers.map((b) => b.id), SELLER];
      for (const id of ids) {
        const money = await balance(id);
        expect(money, `balance of ${id}`).to.be.at.least(0);
        expect(money, `balance of ${id} equals its ledger`).to.equal(await ledgerSum(id));
      }
      expect(paidTwice).to.deep.equal([]);
      // Money only moves between wallets; only credits add to the sum.
      const start = 500 + 1000 + 0 + 250;
      const sellerIncome = (await h.context.db('wallet_ledger').where({ user_id: SELLER, kind: 'income' }).whereIn('purchase_id', made.map((m) => m.id)).select('amount')) as { amount: string }[];
      const spent = sellerIncome.reduce((sum, r) => sum + fromDecimal(r.amount), 0);
      const buyersNow = (await Promise.all(buyers.map((b) => balance(b.id)))).reduce((x, y) => x + y, 0);
      expect(buyersNow + spent).to.equal(start + credited);
      // Every paid purchase is counted in its product's sales, and nothing else is.
      const stored = (await h.context.db('purchase').whereIn('purchase_id', made.map((m) => m.id)).select('purchase_id', 'purchase_state')) as { purchase_id: string; purchase_state: string }[];
      const finished = new Set(stored.filter((r) => r.purchase_state === 'finish').map((r) => r.purchase_id));
      expect(finished).to.deep.equal(paid);
      for (const [i, productId] of productIds.entries()) {
        const sold = made.filter((m) => m.product === i && finished.has(m.id)).reduce((n, m) => n + m.num, 0);
        expect(await sale(productId), `product_sale of product ${i}`).to.equal(sold);
      }
    });

    it('npm run wallet credits a wallet and prints the new balance', async function () {
      if (spec.db === 'sqlite') this.skip(); // the in-memory SQLite of these tests is not reachable from another process
      const dir = mkdtempSync(join(tmpdir(), 'campus-wallet-'));
      const config = join(dir, 'config.json');
      writeFileSync(config, JSON.stringify({ db: { client: spec.db, connection: dbConnection(spec.db) }, log: { level: 'warn' } }));
      const run = promisify(execFile);
      const { stdout } = await run(process.execPath, ['--import', 'tsx', 'src/cli/wallet.ts', '6999999999', '10.05', '-c', config]);
      expect(stdout.trim()).to.equal('10.05');
      expect((await run(process.execPath, ['--import', 'tsx', 'src/cli/wallet.ts', '6999999999', '0.1', '-c', config])).stdout.trim()).to.equal('10.15');
      expect(await balance('6999999999')).to.equal(1015);
      const failed = await run(process.execPath, ['--import', 'tsx', 'src/cli/wallet.ts', '6999999999', '0.001', '-c', config]).catch((err: { code: number; stderr: string }) => err);
      expect(failed).to.include({ code: 1 });
    });
  });
}
