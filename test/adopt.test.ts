import { execFile } from 'node:child_process';
import { readFileSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { expect } from 'chai';
import knexFactory, { type Knex } from 'knex';
import { fromDecimal } from '../src/backends/decimal.js';
import { backendMatrix, MYSQL_URL, PG_URL, recreateDatabase, TEST_DATABASE } from './support/backends.js';
import { type Answer, type Harness, startHarness } from './support/harness.js';

const run = promisify(execFile);
const ADOPT_DATABASE = `${TEST_DATABASE}_adopt`;
/** The original server's tables, as its database held them (test/fixtures/original-schema.sql). */
const ORIGINAL = readFileSync('test/fixtures/original-schema.sql', 'utf8').replace(/^--.*$/gm, '');

const ALICE = '1180310086';
const BUYER = '1180310090';
const SELLER = '1180310091';

/**
 * MySQL databases as operators create them: with the server's default collation for utf8mb4 (null), or
 * another, and the original's tables in the database's collation or in one of their own.
 */
interface Collations {
  database: string | null;
  tables?: string;
}

async function createOriginal(client: 'mysql' | 'pg', collations: Collations): Promise<Knex> {
  await recreateDatabase(client, ADOPT_DATABASE, collations.database);
  const db = knexFactory(client === 'mysql' ? { client: 'mysql2', connection: `${MYSQL_URL}/${ADOPT_DATABASE}` } : { client: 'pg', connection: `${PG_URL}/${ADOPT_DATABASE}` });
  // MariaDB's TIMESTAMP updates itself on every change: the original's columns are DATETIME there.
  const ddl = client === 'mysql' ? ORIGINAL.replace(/\btimestamp\b/g, 'datetime') : ORIGINAL;
  for (const statement of ddl.split(';').map((s) => s.trim()).filter(Boolean)) await db.raw(statement);
  if (collations.tables) {
    for (const table of ['property', 'tokens', 'users', 'shop', 'product', 'purchase_base', 'purchase_info']) {
      await db.raw(`ALTER TABLE ${table} CONVERT TO CHARACTER SET utf8mb4 COLLATE ${collations.tables}`);
    }
  }
  const at = '2019-04-22 16:17:42';
  const notice = { type: 1, state: 0, occurrence_time: at, publish_time: at, update_time: at, user_id: ALICE };
  await db('property').insert([
    { ...notice, id: 1555943163, lab: '卡类|一卡通', title: '丢了一卡通', content: '在图书馆三楼丢的校园卡', user_name: '王凌超' },
    { ...notice, id: 1555943200, type: 2, lab: '电子', title: '捡到耳机', content: '白色耳机', user_name: null, pic_num: null },
  ]);
  await db('tokens').insert([
    { token: 'old-token-alice', user_id: ALICE },
    { token: 'old-token-buyer', user_id: BUYER },
    { token: 'old-token-seller', user_id: SELLER },
  ]);
  await db('users').insert([
    { id: BUYER, name: 'buyer', wealth: 100.3 },
    { id: SELLER, name: 'seller', wealth: 0 },
  ]);
  await db('shop').insert({ shop_id: 811729970, shop_name: '码三秃的店铺', shop_content: 'old shop', user_id: SELLER, creat_time: '2019-05-01 10:00:00', pic_url: null });
  await db('product').insert({
    product_id: 4517733, product_name: '二手书', product_content: '九成新', product_key: '书', product_price: 0.1, product_disprice: null,
    shop_id: 811729970, creat_time: '2019-05-01 10:00:00', update_time: '2019-05-01 10:00:00', product_status: 1,
  });
  await db('purchase_base').insert([
    { purchase_id: '15749511524517733', purchase_state: 'finish', user_id: BUYER, purchase_type: 0, purchase_price: 0.2, creat_time: '2019-11-28 10:00:00', pay_method: 'wallet' },
    { purchase_id: '15749511534517733', purchase_state: 'paying', user_id: BUYER, purchase_type: 0, purchase_price: 0.1, creat_time: '2019-11-28 10:00:01', pay_method: null },
  ]);
  await db('purchase_info').insert([
    { purchase_id: '15749511524517733', product_id: 4517733, product_num: 2, product_unitprice: 0.1, product_totalprice: 0.2 },
    { purchase_id: '15749511534517733', product_id: 4517733, product_num: 1, product_unitprice: 0.1, product_totalprice: 0.1 },
  ]);
  return db;
}

async function collationExists(name: string): Promise<boolean> {
  const admin = knexFactory({ client: 'mysql2', connection: MYSQL_URL, pool: { min: 0, max: 1 } });
  try {
    // MariaDB lists its UCA 14 collations in information_schema only without the character set's name.
    return await admin.raw(`SELECT _utf8mb4 'a' COLLATE ${name}`).then(
      () => true,
      () => false,
    );
  } finally {
    await admin.destroy();
  }
}

const MYSQL_COLLATIONS: Collations[] = [
  { database: null },
  { database: 'utf8mb4_unicode_ci', tables: 'utf8mb4_general_ci' },
  { database: 'utf8mb4_uca1400_ai_ci' },
];

const variants = (await backendMatrix())
  .filter((b) => b.db !== 'sqlite')
  .flatMap((spec) => (spec.db === 'mysql' ? MYSQL_COLLATIONS : [{ database: null }]).map((collations) => ({ spec, collations })));

for (const { spec, collations } of variants) {
  const client = spec.db as 'mysql' | 'pg';
  const connection = client === 'mysql' ? `${MYSQL_URL}/${ADOPT_DATABASE}` : `${PG_URL}/${ADOPT_DATABASE}`;
  const collated = client !== 'mysql' ? '' : ` (database ${collations.database ?? "in the server's default collation"}${collations.tables ? `, its tables ${collations.tables}` : ''})`;

  describe(`adopting the original server's database on ${spec.name}${collated}`, function () {
    this.timeout(60000);
    let original: Knex;
    let h: Harness;
    const configFile = join(mkdtempSync(join(tmpdir(), 'campus-adopt-')), 'config.json');
    writeFileSync(configFile, JSON.stringify({ db: { client, connection }, log: { level: 'warn' } }));
    const adopt = (...args: string[]) => run(process.execPath, ['--import', 'tsx', 'src/cli/adopt.ts', ...args, '-c', configFile]);

    before(async function () {
      if (collations.database && !(await collationExists(collations.database))) this.skip(); // a collation of newer servers (MariaDB 10.10+)
      original = await createOriginal(client, collations);
    });
    after(async () => {
      await h?.close();
      await original?.destroy();
    });

    it('npm run adopt -- --check reports what adoption would change, and changes nothing', async () => {
      const { stdout } = await adopt('--check');
      expect(stdout).to.contain('table property: 2 rows, kept');
      expect(stdout).to.contain('table shop: 1 rows, kept');
      expect(stdout).to.contain('table product: 1 rows, kept');
      expect(stdout).to.match(/property\.id: .*new ids from 1555943201/);
      expect(stdout).to.match(/product\.product_price: double.* → DECIMAL\(12,2\), 1 values, all whole cents/);
      expect(stdout).to.match(/users\.wealth: double.* → DECIMAL\(12,2\), 2 values/);
      expect(stdout).to.contain('purchase: 2 purchases moved in from purchase_base and purchase_info');
      expect(stdout).to.contain('tokens: no column expires_at, so tokens do not expire');
      expect(stdout).to.contain('Nothing was changed (--check).');
      console.log(stdout.replace(/^/gm, '      | '));
      expect(await original.schema.hasTable('knex_migrations')).to.equal(false);
      expect(await original.schema.hasTable('purchase')).to.equal(false);
    });

    it('refuses a shape it cannot adopt with one line naming the table, column and fix, changing nothing', async () => {
      await original('shop').insert({ shop_id: 811729971, shop_name: '码三秃的店铺', shop_content: '', user_id: ALICE, creat_time: '2019-05-02 10:00:00' });
      await original('product').insert({ product_id: 4517734, product_name: 'x', product_price: 0.105, shop_id: 811729970, product_status: 1 });
      const failed = await adopt().catch((err: { code: number; stderr: string }) => err);
      expect(failed).to.include({ code: 1 });
      const message = (failed as { stderr: string }).stderr.trim();
      expect(message.split('\n')).to.have.length(1);
      expect(message).to.match(/^cannot adopt table shop, column shop_name: names used by more than one shop \("码三秃的店铺"\)\. Fix: rename all but one of each, then start again \(and 1 more/);
      const { stdout } = await adopt('--check');
      expect(stdout).to.match(/product, column product_price: values that are not whole cents \(product_id 4517734=0\.105\)/);
      expect(await original.schema.hasTable('knex_migrations')).to.equal(false);
      await original('shop').where({ shop_id: 811729971 }).del();
      await original('product').where({ product_id: 4517734 }).del();
    });

    it('then serves the old rows: notices, shops, products, wallets and purchases', async () => {
      h = await startHarness(spec, { config: { db: { connection } }, clean: false });
      const alice = 'old-token-alice';
      const buyer = 'old-token-buyer';
      const search = async (params: Record<string, string | number>) =>
        ((await h.http.get('/api/external/get/property').query({ token: alice, ...params })).body as Answer).data as unknown as { id: number; user_name: string | null }[];
      // The old notice is found by key search (its postings were backfilled) and its owner can update it.
      expect((await search({ type: 1, key: '图书馆' })).map((r) => r.id)).to.deep.equal([1555943163]);
      expect((await h.post('/api/external/property', 'property', 'update', { id: 1555943163, state: 1 }, alice)).status).to.equal(0);
      expect((await h.post('/api/external/property', 'property', 'update', { id: 1555943163, state: 1 }, buyer)).status).to.equal(-200);
      expect((await search({ type: 2, key: '耳机' }))[0]).to.include({ id: 1555943200, user_name: '' });
      const added = await h.post('/api/external/property', 'property', 'add', { type: 1, lab: '卡类', title: '新的', content: '新的失物', user_name: '甲' }, alice);
      expect(added.data.uid as number).to.be.above(1555943200);
      // The old shop's name is still taken; its owner's count is there for the cap.
      expect((await h.post('/api/external/shop', 'shop', 'creat', { shop_name: '码三秃的店铺' }, alice)).status).to.equal(100);
      expect(Number((await h.context.db('shop_owner').where({ user_id: SELLER }).first()).shops)).to.equal(1);
      // Shown as the original showed it: the owner's id an integer, the owner's name from the users table.
      expect((await h.post('/api/external/get/shop', 'shop', 'info', { shop_id: 811729970 }, alice)).data).to.include({ user_id: Number(SELLER), user_name: 'seller' });
      // The old product, sold and paid from the old wallet to the cent.
      const applied = await h.post('/api/external/purchase', 'purchase', 'apply', { product_id: 4517733, product_num: 1, product_unitprice: 0.1, product_totalprice: 0.1 }, buyer);
      expect(applied.status).to.equal(0);
      expect((await h.post('/api/external/purchase', 'purchase', 'pay', { purchase_id: applied.data.purchase_id, method: 'wallet' }, buyer)).status).to.equal(0);
      const wealth = async (id: string) => fromDecimal((await h.context.db('users').where({ id }).first()).wealth as string);
      expect(await wealth(BUYER)).to.equal(10020);
      // Held for the seller until the buyer confirms.
      expect(await wealth(SELLER)).to.equal(0);
      expect((await h.post('/api/external/purchase', 'purchase', 'confirm', { purchase_id: applied.data.purchase_id }, buyer)).status).to.equal(0);
      expect(await wealth(SELLER)).to.equal(10);
      // The old purchases, kept: the paid one finished, the unpaid one long expired.
      const info = async (id: string) => (await h.post('/api/external/purchase', 'purchase', 'info', { purchase_id: id }, buyer)).data;
      expect(await info('15749511524517733')).to.include({ purchase_state: 'finish', purchase_price: 0.2, product_num: 2, pay_method: 'wallet', settle_state: 'released', release_at: '' });
      expect(await info('15749511534517733')).to.include({ purchase_state: 'cancel', purchase_price: 0.1 });
      // The account service's users table changed only in its balance column's type.
      expect(await h.context.db.schema.hasColumn('users', 'name')).to.equal(true);
      const { stdout } = await adopt('--check');
      expect(stdout).to.contain('none found that is not adopted already');
    });
  });
}
