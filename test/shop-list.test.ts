import { expect } from 'chai';
import { backendMatrix } from './support/backends.js';
import { ManualClock } from './support/fakes.js';
import { type Answer, type Harness, startHarness } from './support/harness.js';

const SHOP = '/api/external/shop';
const GET_SHOP = '/api/external/get/shop';

interface ShopRow {
  shop_id: number;
  shop_name: string;
  shop_content: string;
  user_id: number;
  user_name: string;
  creat_time: string;
  pic_url: string;
}

for (const spec of await backendMatrix()) {
  describe(`shop/list and shop/info on ${spec.name}`, () => {
    let h: Harness;
    const clock = new ManualClock(Date.UTC(2026, 10, 24, 2, 0, 0));
    let alice: string;
    let bob: string;
    const ids: Record<string, number> = {};

    const creat = async (name: string, token: string, content = '') => {
      clock.advance(60);
      const answer = await h.post(SHOP, 'shop', 'creat', { shop_name: name, shop_content: content }, token);
      expect(answer.status, name).to.equal(0);
      ids[name] = answer.data.shop_id as number;
    };
    const list = (data: Record<string, unknown>, token = alice) => h.post(GET_SHOP, 'shop', 'list', data, token);
    const info = (data: Record<string, unknown>, token = alice) => h.post(GET_SHOP, 'shop', 'info', data, token);
    const names = (answer: Answer) => (answer.data as unknown as ShopRow[]).map((r) => r.shop_name);

    before(async () => {
      h = await startHarness(spec, { overrides: { clock }, config: { shop: { maxPerUser: 10 } } });
      // The account service's users table has its users' names (the embedded default's has none).
      if (!(await h.context.db.schema.hasColumn('users', 'name'))) await h.context.db.schema.alterTable('users', (t) => void t.string('name', 20).nullable());
      await h.context.db('users').insert({ id: '3000000001', wealth: '0.00', name: '王凌超' });
      alice = await h.token('3000000001');
      bob = await h.token('3000000002');
      await creat('Book Corner', alice, '二手书');
      await creat('书店 100%_off', alice);
      await creat('Bike Repair', bob, '修车');
      await creat('bookish things', bob);
    });
    after(() => h.close());

    it('lists every shop in creation order, with the columns the document gives', async () => {
      const answer = await list({});
      expect(answer).to.include({ status: 0, message: 'successful' });
      expect(names(answer)).to.deep.equal(['Book Corner', '书店 100%_off', 'Bike Repair', 'bookish things']);
      expect((answer.data as unknown as ShopRow[])[0]).to.deep.equal({
        shop_id: ids['Book Corner'],
        shop_name: 'Book Corner',
        shop_content: '二手书',
        user_id: 3000000001,
        user_name: '王凌超',
        creat_time: '2026-11-24 10:01:00',
        pic_url: '',
      });
    });

    it('matches a name fragment case-insensitively, with % and _ literal', async () => {
      expect(names(await list({ shop_name: 'BOOK' }))).to.deep.equal(['Book Corner', 'bookish things']);
      expect(names(await list({ shop_name: '%_' }))).to.deep.equal(['书店 100%_off']);
      expect(names(await list({ shop_name: '_' }))).to.deep.equal(['书店 100%_off']);
      expect(names(await list({ shop_name: '' }))).to.have.length(4);
    });

    it('orders by a checked list of columns, ties broken by shop_id', async () => {
      expect(names(await list({ order: 'shop_name DESC' }))).to.deep.equal(['书店 100%_off', 'bookish things', 'Book Corner', 'Bike Repair']);
      expect(names(await list({ order: 'user_id desc, creat_time asc' }))).to.deep.equal(['Bike Repair', 'bookish things', 'Book Corner', '书店 100%_off']);
      const byOwner = (await list({ order: 'user_id ASC' })).data as unknown as ShopRow[];
      expect(byOwner.map((r) => r.shop_id)).to.deep.equal(
        [...byOwner].sort((a, b) => a.user_id - b.user_id || a.shop_id - b.shop_id).map((r) => r.shop_id),
      );
    });

    it('answers -204 for an order that is not a list of its columns (the original took raw SQL)', async () => {
      const attacks = ['shop_id; DROP TABLE shop', 'password DESC', 'shop_id', 'shop_id ASC AND 1=1', '(select 1) desc', 'shop_id ASC,', 'shop_id asc, shop_id desc', 'RAND()'];
      for (const order of attacks) expect((await list({ order })).status, order).to.equal(-204);
      expect(names(await list({}))).to.have.length(4);
    });

    it('lists only the caller\'s own shops in mode 1, ignoring name and order', async () => {
      expect(names(await list({ mode: 1, shop_name: 'Bike', order: 'shop_name DESC' }))).to.deep.equal(['Book Corner', '书店 100%_off']);
      expect(names(await list({ mode: '1' }, bob))).to.deep.equal(['Bike Repair', 'bookish things']);
    });

    it('pages with limit and offset, and answers status 1 "Empty records" with [] past the end', async () => {
      expect(names(await list({ limit: 2 }))).to.deep.equal(['Book Corner', '书店 100%_off']);
      expect(names(await list({ limit: '2', offset: '2' }))).to.deep.equal(['Bike Repair', 'bookish things']);
      expect(await list({ offset: 10 })).to.deep.equal({ id: 1, status: 1, message: 'Empty records', data: [] });
      expect(await list({ shop_name: 'nothing like it' })).to.deep.include({ status: 1, data: [] });
      const carol = await h.token('3000000003');
      expect(await list({ mode: 1 }, carol)).to.deep.include({ status: 1, data: [] });
    });

    it('checks its values: -204 out of range, -203 wrong type, -100 without a token', async () => {
      for (const data of [{ limit: 0 }, { limit: 201 }, { mode: 2 }, { shop_name: 'x'.repeat(101) }]) expect((await list(data)).status, JSON.stringify(data)).to.equal(-204);
      for (const data of [{ limit: 'ten' }, { offset: -1 }, { shop_name: 5 }]) expect((await list(data)).status, JSON.stringify(data)).to.be.oneOf([-203, -204]);
      expect((await h.post(GET_SHOP, 'shop', 'list', {})).status).to.equal(-100);
    });

    it('shop/info finds a shop by id or exact name; status 1 with {} when there is none', async () => {
      const byId = await info({ shop_id: ids['Bike Repair'] });
      expect(byId).to.deep.include({ status: 0 });
      // An owner the users table does not know has no name.
      expect(byId.data).to.include({ shop_name: 'Bike Repair', user_id: 3000000002, user_name: '', shop_content: '修车' });
      expect((await info({ shop_id: String(ids['Bike Repair']) })).data).to.include({ shop_name: 'Bike Repair' });
      expect((await info({ shop_name: 'Book Corner' })).data).to.include({ shop_id: ids['Book Corner'] });
      expect((await info({ shop_name: '  Book Corner ' })).data).to.include({ shop_id: ids['Book Corner'] });
      expect((await info({ shop_id: ids['Book Corner'], shop_name: 'Bike Repair' })).data).to.include({ shop_name: 'Book Corner' });
      expect(await info({ shop_name: 'book corner' })).to.deep.equal({ id: 1, status: 1, message: 'Empty records', data: {} });
      expect(await info({ shop_id: 123456789 })).to.deep.include({ status: 1, data: {} });
      expect((await info({})).status).to.equal(-202);
      expect((await info({ shop_id: 'abc' })).status).to.equal(-203);
      expect((await info({ shop_id: 3000000000 })).status).to.equal(-204);
    });

    it('shop/update takes pic_url, with shop_content now optional', async () => {
      const shopId = ids['Book Corner'];
      expect((await h.post(SHOP, 'shop', 'update', { shop_id: shopId, pic_url: 'https://p/logo.png' }, alice)).status).to.equal(0);
      expect((await info({ shop_id: shopId })).data).to.include({ pic_url: 'https://p/logo.png', shop_content: '二手书' });
      expect((await h.post(SHOP, 'shop', 'update', { shop_id: shopId, shop_content: '新', pic_url: '' }, alice)).status).to.equal(0);
      expect((await info({ shop_id: shopId })).data).to.include({ pic_url: '', shop_content: '新' });
      expect((await h.post(SHOP, 'shop', 'update', { shop_id: shopId }, alice)).status).to.equal(-202);
      expect((await h.post(SHOP, 'shop', 'update', { shop_id: shopId, pic_url: 'x'.repeat(513) }, alice)).status).to.equal(-204);
      expect((await h.post(SHOP, 'shop', 'update', { shop_id: shopId, pic_url: 'https://evil/x.png' }, bob)).status).to.equal(100);
      expect((await info({ shop_id: shopId })).data).to.include({ pic_url: '' });
    });

    it('is served only at /api/external/get/shop (and the single endpoint)', async () => {
      expect((await h.post(SHOP, 'shop', 'list', {}, alice)).status).to.equal(-2);
      expect((await h.post('/api/external', 'shop', 'list', {}, alice)).status).to.equal(0);
    });
  });
}
