import { execFile } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { expect } from 'chai';
import fc from 'fast-check';
import { fromDecimal, toDecimal } from '../src/backends/decimal.js';
import { settle } from '../src/services/market/settlements.js';
import { readPurchase, timeText } from '../src/services/market/purchases.js';
import { MAX_BALANCE_CENTS, Wallets } from '../src/services/market/wallets.js';
import { backendMatrix, dbConnection } from './support/backends.js';
import { capturedLog } from './support/captured-log.js';
import { ManualClock } from './support/fakes.js';
import { type Harness, startHarness } from './support/harness.js';

const SHOP = '/api/external/shop';
const PRODUCT = '/api/external/product';
const PURCHASE = '/api/external/purchase';
const ESCROW_SECONDS = 3600;

interface Party {
  id: string;
  token: string;
}

/** The money of a few users: every balance, and what is held for their purchases. */
async function money(h: Harness, ids: readonly string[]): Promise<{ balances: number; held: number }> {
  const wallets = new Wallets(h.config.wallet, () => '');
  let balances = 0;
  for (const id of ids) balances += await wallets.balance(h.context.db, id);
  const held = (await h.context.db('purchase').whereIn('user_id', ids).whereIn('settle_state', ['held', 'disputed']).select('purchase_price')) as { purchase_price: string | number }[];
  return { balances, held: held.reduce((sum, row) => sum + fromDecimal(row.purchase_price), 0) };
}

/** Each balance equals the sum of its ledger. */
async function ledgersAgree(h: Harness, ids: readonly string[]): Promise<void> {
  const wallets = new Wallets(h.config.wallet, () => '');
  for (const id of ids) {
    const rows = (await h.context.db('wallet_ledger').where('user_id', id).select('amount')) as { amount: string | number }[];
    expect(await wallets.balance(h.context.db, id), `balance of ${id} equals its ledger`).to.equal(rows.reduce((sum, row) => sum + fromDecimal(row.amount), 0));
  }
}

for (const spec of await backendMatrix()) {
  describe(`buyer protection (escrow) on ${spec.name}`, function () {
    this.timeout(120000);
    let h: Harness;
    const clock = new ManualClock(Date.UTC(2026, 11, 7, 2, 0, 0));
    let nextUser = 7_500_000_000;
    // SQLite: a file, so that a second process-like context sweeps the same database.
    const db = spec.db === 'sqlite' ? { connection: { filename: join(mkdtempSync(join(tmpdir(), 'campus-escrow-')), 'db.sqlite') } } : {};
    const { log, lines } = capturedLog('warn');

    before(async () => {
      h = await startHarness(spec, { config: { db, purchase: { escrowSeconds: ESCROW_SECONDS, sweepSeconds: 1 } }, overrides: { clock }, log });
    });
    after(() => h.close());

    const party = async (cents = 0): Promise<Party> => {
      const id = String(nextUser++);
      if (cents > 0) await new Wallets(h.config.wallet, () => '2026-12-07 10:00:00').credit(h.context.db, id, cents);
      return { id, token: await h.token(id) };
    };
    const post = (type: string, subtype: string, data: object, who: Party) => h.post(type === 'purchase' ? PURCHASE : type === 'shop' ? SHOP : PRODUCT, type, subtype, data, who.token);
    const call = (subtype: string, purchaseId: unknown, who: Party, extra: object = {}) => post('purchase', subtype, { purchase_id: purchaseId, ...extra }, who);
    /** A seller with a shop and a product of `cents`; a buyer holding `buyerCents`; a purchase of 2 pieces, paid. */
    const paidPurchase = async (cents = 1250, buyerCents = 10_000) => {
      const seller = await party();
      const buyer = await party(buyerCents);
      const shopId = (await post('shop', 'creat', { shop_name: `escrow ${seller.id}` }, seller)).data.shop_id;
      const productId = (await post('product', 'creat', { product_name: 'p', product_price: cents / 100, shop_id: shopId, product_status: 1 }, seller)).data.product_id as number;
      const applied = await post('purchase', 'apply', { product_id: productId, product_num: 2, product_unitprice: cents / 100, product_totalprice: (2 * cents) / 100 }, buyer);
      const purchaseId = applied.data.purchase_id as string;
      expect((await call('pay', purchaseId, buyer, { method: 'wallet' })).status).to.equal(0);
      return { seller, buyer, productId, purchaseId, total: 2 * cents };
    };
    const balance = (who: Party) => new Wallets(h.config.wallet, () => '').balance(h.context.db, who.id);
    const info = async (purchaseId: string, who: Party) => (await call('info', purchaseId, who)).data;
    const sale = async (productId: number) => Number(((await h.context.db('product').where('product_id', productId).first()) as { product_sale: number }).product_sale);
    const ledger = async (purchaseId: string) =>
      ((await h.context.db('wallet_ledger').where('purchase_id', purchaseId).orderBy('id')) as { user_id: string | number; kind: string; amount: string | number }[]).map((row) => [
        String(row.user_id),
        row.kind,
        fromDecimal(row.amount),
      ]);
    const wallet = async (who: Party) => (await h.post('/api/external/wallet', 'wallet', 'info', {}, who.token)).data;

    it('pay holds the money: the buyer is debited, the seller is not credited, and both see it held', async () => {
      const { seller, buyer, purchaseId, total } = await paidPurchase();
      expect(await info(purchaseId, buyer)).to.include({ purchase_state: 'finish', settle_state: 'held', release_at: timeText({ clock, config: h.config }, clock.now() + ESCROW_SECONDS * 1000) });
      expect([await balance(buyer), await balance(seller)]).to.deep.equal([10_000 - total, 0]);
      expect(await ledger(purchaseId)).to.deep.equal([[buyer.id, 'pay', -total]]);
      expect(await wallet(buyer)).to.deep.include({ balance: (10_000 - total) / 100, held_out: total / 100, held_in: 0 });
      expect(await wallet(seller)).to.deep.include({ balance: 0, held_out: 0, held_in: total / 100 });
      const listed = (await h.post(PURCHASE, 'purchase', 'list', { role: 'seller', settle_state: 'held' }, seller.token)).data as { list: { purchase_id: string; settle_state: string }[] };
      expect(listed.list.map((row) => [row.purchase_id, row.settle_state])).to.deep.equal([[purchaseId, 'held']]);
      expect((await h.post(PURCHASE, 'purchase', 'list', { settle_state: 'released' }, buyer.token)).data).to.deep.equal({ num: 0, list: [] });
    });

    it('confirm: the buyer only, while held; the seller is credited once (release)', async () => {
      const { seller, buyer, purchaseId, total } = await paidPurchase();
      const stranger = await party();
      expect((await call('confirm', purchaseId, seller)).status).to.equal(101);
      expect((await call('confirm', purchaseId, stranger)).status).to.equal(101);
      expect((await call('confirm', '17000000000000000', buyer)).status).to.equal(100);
      expect(await call('confirm', purchaseId, buyer)).to.include({ status: 0 });
      expect(await call('confirm', purchaseId, buyer)).to.include({ status: 203, message: 'This purchase is not held: the purchase is not held' });
      expect(await info(purchaseId, seller)).to.include({ purchase_state: 'finish', settle_state: 'released', release_at: '' });
      expect([await balance(buyer), await balance(seller)]).to.deep.equal([10_000 - total, total]);
      expect(await ledger(purchaseId)).to.deep.equal([
        [buyer.id, 'pay', -total],
        [seller.id, 'release', total],
      ]);
      expect((await call('refund', purchaseId, seller)).status).to.equal(203);
      expect((await call('dispute', purchaseId, buyer, { reason: 'late' })).status).to.equal(203);
    });

    it('refund: the seller only, while held; the buyer is credited back, the purchase cancelled, the sale uncounted', async () => {
      const { seller, buyer, productId, purchaseId, total } = await paidPurchase();
      expect(await sale(productId)).to.equal(2);
      expect((await call('refund', purchaseId, buyer)).status).to.equal(101);
      expect((await call('refund', purchaseId, seller)).status).to.equal(0);
      expect(await info(purchaseId, buyer)).to.include({ purchase_state: 'cancel', settle_state: 'refunded', release_at: '' });
      expect([await balance(buyer), await balance(seller), await sale(productId)]).to.deep.equal([10_000, 0, 0]);
      expect(await ledger(purchaseId)).to.deep.equal([
        [buyer.id, 'pay', -total],
        [buyer.id, 'refund', total],
      ]);
      expect((await call('refund', purchaseId, seller)).status).to.equal(203);
      expect((await call('confirm', purchaseId, buyer)).status).to.equal(203);
    });

    it('dispute: the buyer only, while held, with a reason; the clock stops until confirm or refund', async () => {
      const { seller, buyer, purchaseId, total } = await paidPurchase();
      expect((await call('dispute', purchaseId, seller, { reason: 'x' })).status).to.equal(101);
      expect((await call('dispute', purchaseId, buyer, { reason: '' })).status).to.equal(-201);
      expect((await call('dispute', purchaseId, buyer, { reason: 'x'.repeat(201) })).status).to.equal(-204);
      expect((await call('dispute', purchaseId, buyer)).status).to.equal(-202);
      expect((await call('dispute', purchaseId, buyer, { reason: '约好的时间地点没见到卖家' })).status).to.equal(0);
      expect((await call('dispute', purchaseId, buyer, { reason: 'again' })).status).to.equal(203);
      expect(await info(purchaseId, buyer)).to.include({ settle_state: 'disputed', release_at: '' });
      expect(((await h.context.db('purchase').where('purchase_id', purchaseId).first()) as { dispute_reason: string }).dispute_reason).to.equal('约好的时间地点没见到卖家');
      // Long past its time: the sweep leaves a disputed purchase alone.
      clock.advance(2 * ESCROW_SECONDS);
      await new Promise((resolve) => setTimeout(resolve, 1500));
      expect(await info(purchaseId, buyer)).to.include({ settle_state: 'disputed' });
      expect(await wallet(seller)).to.deep.include({ balance: 0, held_in: total / 100 });
      expect((await call('refund', purchaseId, seller)).status).to.equal(0);
      expect(await ledger(purchaseId)).to.deep.equal([
        [buyer.id, 'pay', -total],
        [buyer.id, 'refund', total],
      ]);
    });

    it('20 confirms at once to one seller without a wallet row: each released once, the row opened once', async () => {
      const seller = await party();
      const shopId = (await post('shop', 'creat', { shop_name: `escrow many ${seller.id}` }, seller)).data.shop_id;
      const productId = (await post('product', 'creat', { product_name: 'p', product_price: 3, shop_id: shopId, product_status: 1 }, seller)).data.product_id as number;
      const buyers = await Promise.all(Array.from({ length: 20 }, () => party(1000)));
      const purchases = await Promise.all(
        buyers.map(async (buyer) => {
          const made = await post('purchase', 'apply', { product_id: productId, product_num: 1, product_unitprice: 3, product_totalprice: 3 }, buyer);
          expect((await call('pay', made.data.purchase_id, buyer, { method: 'wallet' })).status).to.equal(0);
          return made.data.purchase_id as string;
        }),
      );
      const answers = await Promise.all(buyers.map((buyer, i) => call('confirm', purchases[i], buyer)));
      expect(answers.map((a) => a.status)).to.deep.equal(Array(20).fill(0));
      expect(await balance(seller)).to.equal(20 * 300);
      expect(await h.context.db('wallet_ledger').where({ user_id: seller.id, kind: 'release' }).count({ n: '*' })).to.deep.equal([{ n: 20 }]);
      await ledgersAgree(h, [seller.id]);
    });

    it('releases held money by time exactly once, with two processes sweeping', async () => {
      const second = await startHarness(spec, { config: { db, purchase: { escrowSeconds: ESCROW_SECONDS, sweepSeconds: 1 } }, overrides: { clock }, clean: false });
      try {
        const paid = await Promise.all(Array.from({ length: 5 }, () => paidPurchase()));
        clock.advance(ESCROW_SECONDS - 1);
        await new Promise((resolve) => setTimeout(resolve, 1500));
        for (const { purchaseId, buyer } of paid) expect(await info(purchaseId, buyer)).to.include({ settle_state: 'held' });
        clock.advance(1);
        const deadline = Date.now() + 10_000;
        while ((await h.context.db('purchase').whereIn('purchase_id', paid.map((p) => p.purchaseId)).where('settle_state', 'released')).length < paid.length && Date.now() < deadline) {
          await new Promise((resolve) => setTimeout(resolve, 100));
        }
        await new Promise((resolve) => setTimeout(resolve, 1500)); // another sweep of each process
        for (const { purchaseId, buyer, seller, total } of paid) {
          expect(await info(purchaseId, buyer)).to.include({ settle_state: 'released', release_at: '' });
          expect(await ledger(purchaseId)).to.deep.equal([
            [buyer.id, 'pay', -total],
            [seller.id, 'release', total],
          ]);
          expect(await balance(seller)).to.equal(total);
        }
      } finally {
        await second.close();
      }
    });

    it("refuses a credit a full wallet cannot hold: confirm 103, refund 104, the sweep leaves it held and says so", async () => {
      const full = async (who: Party) => {
        await new Wallets(h.config.wallet, () => '2026-12-07 10:00:00').credit(h.context.db, who.id, 1);
        await h.context.db(h.config.wallet.table).where(h.config.wallet.idColumn, who.id).update({ [h.config.wallet.balanceColumn]: toDecimal(MAX_BALANCE_CENTS) });
      };
      const a = await paidPurchase();
      await full(a.seller);
      expect(await call('confirm', a.purchaseId, a.buyer)).to.include({ status: 103, message: "The seller's wallet is full" });
      expect(await info(a.purchaseId, a.buyer)).to.include({ settle_state: 'held' });
      clock.advance(ESCROW_SECONDS);
      const deadline = Date.now() + 5000;
      const warned = () => lines.find((line) => line.purchase_id === a.purchaseId);
      while (!warned() && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 100));
      expect(warned()).to.include({ msg: 'held money not released, trying again at the next sweep', err: "the seller's wallet cannot hold it" });
      expect(await info(a.purchaseId, a.buyer)).to.include({ settle_state: 'held' });
      const b = await paidPurchase();
      await full(b.buyer);
      expect(await call('refund', b.purchaseId, b.seller)).to.include({ status: 104, message: "The buyer's wallet is full" });
      expect(await info(b.purchaseId, b.buyer)).to.include({ settle_state: 'held', purchase_state: 'finish' });
      expect(await ledger(a.purchaseId)).to.have.length(1);
      expect(await ledger(b.purchaseId)).to.have.length(1);
    });

    it('settles a purchase exactly once when confirm, refund, dispute and the sweep race, 50 times', async () => {
      for (let round = 0; round < 50; round++) {
        const { seller, buyer, purchaseId, total } = await paidPurchase(100);
        clock.advance(ESCROW_SECONDS);
        const stored = await readPurchase(h.context.db, purchaseId);
        const due = timeText({ clock, config: h.config });
        const sweep = settle(h.context, stored!, 'release', due).then(
          () => 0,
          () => 203,
        );
        const answers = await Promise.all([
          call('confirm', purchaseId, buyer).then((a) => a.status),
          call('refund', purchaseId, seller).then((a) => a.status),
          call('dispute', purchaseId, buyer, { reason: 'race' }).then((a) => a.status),
          sweep,
        ]);
        const settlements = (await ledger(purchaseId)).filter(([, kind]) => kind === 'release' || kind === 'refund');
        expect(settlements, `round ${round}: ${answers.join(',')}`).to.have.length(1);
        expect(answers.every((s) => s === 0 || s === 203)).to.equal(true);
        const { balances, held } = await money(h, [buyer.id, seller.id]);
        expect(balances + held, `round ${round}`).to.equal(10_000);
        expect(held).to.equal(0);
        expect(total).to.equal(200);
      }
    });

    it('conserves money under random apply, pay, cancel, confirm, refund, dispute and sweep (property-based)', async () => {
      const seller = await party();
      const shopId = (await post('shop', 'creat', { shop_name: `escrow property ${seller.id}` }, seller)).data.shop_id;
      const productId = (await post('product', 'creat', { product_name: 'p', product_price: 1.5, shop_id: shopId, product_status: 1 }, seller)).data.product_id as number;
      const buyers = await Promise.all([party(1000), party(500), party(0)]);
      const everyone = [seller, ...buyers];
      const made: { buyer: number; id: string }[] = [];
      const action = fc.oneof(
        fc.record({ kind: fc.constant('apply' as const), buyer: fc.nat(2) }),
        fc.record({ kind: fc.constantFrom('pay' as const, 'cancel' as const, 'confirm' as const, 'refund' as const, 'dispute' as const), pick: fc.nat() }),
        fc.record({ kind: fc.constant('sweep' as const), seconds: fc.integer({ min: 0, max: ESCROW_SECONDS }) }),
      );
      await fc.assert(
        fc.asyncProperty(fc.array(fc.array(action, { minLength: 1, maxLength: 5 }), { minLength: 1, maxLength: 6 }), async (rounds) => {
          for (const round of rounds) {
            await Promise.all(
              round.map(async (a) => {
                if (a.kind === 'apply') {
                  const answer = await post('purchase', 'apply', { product_id: productId, product_num: 1, product_unitprice: 1.5, product_totalprice: 1.5 }, buyers[a.buyer]!);
                  made.push({ buyer: a.buyer, id: answer.data.purchase_id as string });
                } else if (a.kind === 'sweep') {
                  clock.advance(a.seconds);
                  const due = timeText({ clock, config: h.config });
                  for (const row of (await h.context.db('purchase').where('settle_state', 'held').andWhere('release_at', '<=', due).select('purchase_id')) as { purchase_id: string }[]) {
                    const stored = await readPurchase(h.context.db, row.purchase_id);
                    await settle(h.context, stored!, 'release', due).catch(() => undefined);
                  }
                } else if (made.length > 0) {
                  const target = made[a.pick % made.length]!;
                  const buyer = buyers[target.buyer]!;
                  const who = a.kind === 'refund' ? seller : buyer;
                  const answer = await call(a.kind, target.id, who, a.kind === 'pay' ? { method: 'wallet' } : a.kind === 'dispute' ? { reason: 'why' } : {});
                  expect(answer.status, `${a.kind}: ${answer.message}`).to.be.oneOf([0, 102, 201, 203]);
                }
              }),
            );
          }
          const { balances, held } = await money(h, everyone.map((p) => p.id));
          expect(balances + held).to.equal(1500);
          await ledgersAgree(h, everyone.map((p) => p.id));
        }),
        { numRuns: 6, seed: 20261207 },
      );
    });

    it('npm run settle -- <purchase_id> release|refund --reason: the operator decides a dispute, once', async () => {
      const { seller, buyer, purchaseId, total } = await paidPurchase();
      expect((await call('dispute', purchaseId, buyer, { reason: 'never came' })).status).to.equal(0);
      const dir = mkdtempSync(join(tmpdir(), 'campus-settle-'));
      const config = join(dir, 'config.json');
      writeFileSync(config, JSON.stringify({ db: { client: spec.db, connection: 'connection' in db ? db.connection : dbConnection(spec.db) }, log: { level: 'warn' } }));
      const run = (...args: string[]) => promisify(execFile)(process.execPath, ['--import', 'tsx', 'src/cli/settle.ts', ...args, '-c', config]);
      const usage = await run(purchaseId, 'refund').catch((err: { code: number; stderr: string }) => err);
      expect(usage).to.include({ code: 1 });
      const { stdout } = await run(purchaseId, 'refund', '--reason', 'seller did not answer in 3 days');
      expect(stdout).to.match(new RegExp(`"purchase_id":"${purchaseId}".*"decision":"refund".*"reason":"seller did not answer in 3 days".*purchase settled by the operator`));
      expect([await balance(buyer), await balance(seller)]).to.deep.equal([10_000, 0]);
      const again = await run(purchaseId, 'release', '--reason', 'changed my mind').catch((err: { code: number; stderr: string }) => err);
      expect(again).to.include({ code: 1 });
      expect((again as { stderr: string }).stderr).to.contain(`purchase ${purchaseId} is not held or disputed: nothing settled`);
      expect(await ledger(purchaseId)).to.deep.equal([
        [buyer.id, 'pay', -total],
        [buyer.id, 'refund', total],
      ]);
    });
  });
}
