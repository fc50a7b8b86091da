import { execFile } from 'node:child_process';
import { dirname, join } from 'node:path';
import { promisify } from 'node:util';
import { expect } from 'chai';
import knexFactory, { type Knex } from 'knex';
import { backendMatrix, dbConnection, recreateDatabase } from './support/backends.js';
import { writeConfig } from './support/main-process.js';

const run = promisify(execFile);
const DEMO_IDS = ['900000000000001', '900000000000002', '900000000000003', '900000000000004'];

for (const spec of await backendMatrix()) {
  describe(`npm run seed -- --demo, twice, on ${spec.db}`, function () {
    this.timeout(120000);
    let config: string;
    let db: Knex;
    const seed = (...args: string[]) => run(process.execPath, ['--import', 'tsx', 'src/cli/seed.ts', '--demo', ...args, '-c', config]);

    before(async () => {
      if (spec.db !== 'sqlite') await recreateDatabase(spec.db);
      const connection = spec.db === 'sqlite' ? { filename: 'demo.sqlite' } : dbConnection(spec.db);
      config = writeConfig({ log: { level: 'warn' }, db: { client: spec.db, connection }, objects: { dir: 'objects' } });
      db = knexFactory(
        spec.db === 'sqlite'
          ? { client: 'better-sqlite3', connection: { filename: join(dirname(config), 'demo.sqlite') }, useNullAsDefault: true }
          : { client: spec.db === 'mysql' ? 'mysql2' : 'pg', connection: connection as string },
      );
    });
    after(() => db.destroy());

    /** What a second run must leave as it was: the marketplace, every balance and ledger row. */
    const snapshot = async () => ({
      shops: await db('shop').orderBy('shop_id').select('shop_id', 'shop_name', 'user_id'),
      products: await db('product').orderBy('product_id').select('product_id', 'product_name', 'product_sale', 'pic_url'),
      notices: await db('property').orderBy('id').select('id', 'title'),
      purchases: await db('purchase').orderBy('purchase_id').select('purchase_id', 'purchase_state', 'settle_state'),
      wallets: (await db('users').orderBy('id').select('id', 'wealth', 'name')).map((u: { id: unknown; wealth: unknown; name: string }) => [String(u.id), Number(u.wealth), u.name]),
      ledger: (await db('wallet_ledger').count({ n: '*' }).first()) as unknown,
    });

    it('makes a marketplace of people whose ids are no student numbers, with names and expiring tokens; a second run leaves it the same', async () => {
      const first = await seed();
      const tokens = [...first.stdout.matchAll(/token (demo-\S+)/g)].map((m) => m[1] as string);
      expect(tokens).to.have.length(4);
      const made = await snapshot();
      expect(made.shops).to.have.length(2);
      expect(made.products).to.have.length(6);
      expect(made.notices).to.have.length(3);
      expect(made.wallets.map(([id]) => id)).to.deep.equal(DEMO_IDS);
      expect(made.wallets.map(([, , name]) => name)).to.deep.equal(['王凌超', '李明', '张伟', '陈静']);
      // Every token expires, by default 7 days on.
      const expiries = (await db('tokens').whereIn('token', tokens).select('expires_at')) as { expires_at: unknown }[];
      expect(expiries.every((row) => row.expires_at !== null)).to.equal(true);

      const again = await seed('--ttl', '1h');
      expect([...again.stdout.matchAll(/token (demo-\S+)/g)]).to.have.length(4);
      expect(await snapshot()).to.deep.equal(made);
    });

    it("refuses a database that holds other users' data, unless --force, and then still adds nothing twice", async () => {
      await db('tokens').insert({ token: 'someone-real', user_id: '1180310086' });
      const refused = await seed().catch((err: { code: number; stderr: string }) => err);
      expect(refused).to.include({ code: 1 });
      expect((refused as { stderr: string }).stderr).to.contain("this database holds other users' data (1 in tokens): the demo goes only into a database of its own, or with --force");
      const before = await snapshot();
      await seed('--force');
      expect(await snapshot()).to.deep.equal(before);
    });
  });
}
