import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect } from 'chai';
import { migrate } from '../src/backends/db/migrating.js';
import { fromDecimal } from '../src/backends/decimal.js';
import { walletsOf } from '../src/services/market/wallets.js';
import { backendMatrix } from './support/backends.js';
import { type Harness, startHarness } from './support/harness.js';

for (const spec of await backendMatrix()) {
  describe(`the wallet table follows the configured names from start to start, on ${spec.name}`, function () {
    this.timeout(60000);
    // SQLite: a file, so that the second start finds what the first one made.
    const db = spec.db === 'sqlite' ? { connection: { filename: join(mkdtempSync(join(tmpdir(), 'campus-wallets-')), 'db.sqlite') } } : {};
    const accounts = { table: 'accounts', idColumn: 'uid', balanceColumn: 'cash' };
    let h: Harness | undefined;

    afterEach(async () => {
      if (!h) return;
      for (const table of ['accounts', 'half_accounts']) await h.context.db.schema.dropTableIfExists(table);
      await h.close();
      h = undefined;
    });

    it('creates a missing wallet table under its new name, and pay, wallet/info and the ledger all use it', async () => {
      await (await startHarness(spec, { config: { db } })).close();
      h = await startHarness(spec, { config: { db, wallet: accounts, purchase: { escrowSeconds: 0 } } });
      const { db: knex } = h.context;
      expect(await knex.schema.hasTable('accounts')).to.equal(true);
      const seller = await h.token('7400000001');
      const buyer = await h.token('7400000002');
      await walletsOf(h.context).credit(knex, '7400000002', 3000);
      const shopId = (await h.post('/api/external/shop', 'shop', 'creat', { shop_name: `renamed wallets ${spec.name}` }, seller)).data.shop_id;
      const productId = (await h.post('/api/external/product', 'product', 'creat', { product_name: 'p', product_price: 25, shop_id: shopId, product_status: 1 }, seller)).data.product_id;
      const made = await h.post('/api/external/purchase', 'purchase', 'apply', { product_id: productId, product_num: 1, product_unitprice: 25, product_totalprice: 25 }, buyer);
      expect((await h.post('/api/external/purchase', 'purchase', 'pay', { purchase_id: made.data.purchase_id, method: 'wallet' }, buyer)).status).to.equal(0);
      const cash = (await knex('accounts').orderBy('uid')) as { uid: string | number; cash: string | number }[];
      expect(cash.map((row) => [String(row.uid), fromDecimal(row.cash)])).to.deep.equal([
        ['7400000001', 2500],
        ['7400000002', 500],
      ]);
      expect((await h.post('/api/external/wallet', 'wallet', 'info', {}, buyer)).data).to.deep.include({ balance: 5, num: 2 });
      expect(await knex('users').whereIn('id', ['7400000001', '7400000002'])).to.deep.equal([]);
    });

    it('stops the start with one line when the configured table lacks a configured column', async () => {
      h = await startHarness(spec, { config: { db } });
      await h.context.db.schema.createTable('half_accounts', (t) => void t.bigInteger('uid').primary());
      let refused: unknown;
      await migrate(h.context.db, { ...h.config, wallet: { ...h.config.wallet, table: 'half_accounts', idColumn: 'uid', balanceColumn: 'cash' } }, h.context.log).catch((err: unknown) => (refused = err));
      expect(refused).to.include({ name: 'StartFailed', message: 'the wallet table half_accounts has no column cash (wallet.idColumn, wallet.balanceColumn)' });
    });
  });
}
