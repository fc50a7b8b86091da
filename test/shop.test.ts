import { expect } from 'chai';
import { backendMatrix } from './support/backends.js';
import { ManualClock, ScriptedRandom } from './support/fakes.js';
import { type Harness, startHarness } from './support/harness.js';

const URL = '/api/external/shop';
/** How often the concurrency tests repeat within one run (SHOP_RACE_ROUNDS=20 for a soak). */
const ROUNDS = Number(process.env.SHOP_RACE_ROUNDS ?? 3);

for (const spec of await backendMatrix()) {
  describe(`shop on ${spec.name}`, () => {
    let h: Harness;
    const random = new ScriptedRandom();
    const clock = new ManualClock(Date.UTC(2026, 10, 24, 2, 0, 0));
    let userSeq = 0;
    const newUser = async () => {
      const id = String(2000000000 + userSeq++);
      return { id, token: await h.token(id) };
    };
    before(async () => {
      h = await startHarness(spec, { overrides: { random, clock } });
    });
    after(() => h.close());

    const creat = (data: unknown, token: string, subtype = 'creat') => h.post(URL, 'shop', subtype, data, token);
    const update = (data: unknown, token: string) => h.post(URL, 'shop', 'update', data, token);
    const shopRow = (shopId: unknown) => h.context.db('shop').where({ shop_id: Number(shopId) }).first();

    it('creates a shop with a random 9-digit id, owned by the token user', async () => {
      const owner = await newUser();
      const answer = await creat({ shop_name: '码三秃的店铺', user_id: Number(owner.id), shop_id: 1, creat_time: '2000-01-01 00:00:00' }, owner.token);
      expect(answer.status).to.equal(0);
      expect(answer.data).to.have.all.keys('shop_id');
      expect(String(answer.data.shop_id)).to.match(/^[1-9]\d{8}$/);
      expect(await shopRow(answer.data.shop_id)).to.deep.include({ shop_name: '码三秃的店铺', shop_content: '', user_id: owner.id, creat_time: '2026-11-24 10:00:00' });
    });

    it('accepts the alias shop/create and keeps shop_content', async () => {
      const owner = await newUser();
      const answer = await creat({ shop_name: 'alias shop', shop_content: '这是码三秃家的店铺' }, owner.token, 'create');
      expect(answer.status).to.equal(0);
      expect((await shopRow(answer.data.shop_id)).shop_content).to.equal('这是码三秃家的店铺');
    });

    it('answers 100 for a name in use, and 101 past the cap', async () => {
      const owner = await newUser();
      const other = await newUser();
      expect((await creat({ shop_name: 'taken name' }, owner.token)).status).to.equal(0);
      expect(await creat({ shop_name: 'taken name' }, other.token)).to.include({ status: 100, message: 'The shop name was used' });
      expect((await creat({ shop_name: 'Taken Name' }, other.token)).status).to.equal(0); // names are case-sensitive everywhere
      for (const name of ['second', 'third']) expect((await creat({ shop_name: `${owner.id} ${name}` }, owner.token)).status).to.equal(0);
      expect(await creat({ shop_name: `${owner.id} fourth` }, owner.token)).to.include({ status: 101, message: 'The number of shops has been capped' });
    });

    it('draws another id when the random one is taken', async () => {
      const owner = await newUser();
      const first = await creat({ shop_name: `${owner.id} first` }, owner.token);
      random.ints.push(first.data.shop_id as number, 123456789);
      const second = await creat({ shop_name: `${owner.id} second` }, owner.token);
      expect(second).to.deep.include({ status: 0, data: { shop_id: 123456789 } });
    });

    it('checks shop_name and shop_content', async () => {
      const owner = await newUser();
      expect((await creat({}, owner.token)).status).to.equal(-202);
      expect((await creat({ shop_name: '' }, owner.token)).status).to.equal(-201);
      expect((await creat({ shop_name: 42 }, owner.token)).status).to.equal(-203);
      expect((await creat({ shop_name: '店'.repeat(101) }, owner.token)).status).to.equal(-204);
      expect((await creat({ shop_name: 'x', user_id: '999' }, owner.token)).status).to.equal(-204);
      expect((await creat({ shop_name: '店'.repeat(100) }, owner.token)).status).to.equal(0);
      expect((await h.post(URL, 'shop', 'creat', { shop_name: 'no token' })).status).to.equal(-100);
      expect((await creat({ shop_name: 'bad token' }, 'nope')).status).to.equal(-101);
    });

    it('updates the content for the owner only: 100 for another user, -204 for no such shop', async () => {
      const owner = await newUser();
      const other = await newUser();
      const shopId = (await creat({ shop_name: `${owner.id} updatable` }, owner.token)).data.shop_id as number;
      expect(await update({ shop_id: String(shopId), shop_content: '新内容' }, owner.token)).to.deep.include({ status: 0, data: {} });
      expect((await shopRow(shopId)).shop_content).to.equal('新内容');
      expect(await update({ shop_id: shopId, shop_content: 'hijack' }, other.token)).to.include({ status: 100, message: 'No right to update' });
      expect((await shopRow(shopId)).shop_content).to.equal('新内容');
      expect((await update({ shop_id: 999999999, shop_content: 'x' }, owner.token)).status).to.equal(-204);
      expect((await update({ shop_content: 'x' }, owner.token)).status).to.equal(-202);
      expect((await update({ shop_id: shopId }, owner.token)).status).to.equal(-202);
      expect((await update({ shop_id: 'abc', shop_content: 'x' }, owner.token)).status).to.equal(-203);
      expect((await update({ shop_id: shopId, shop_content: 5 }, owner.token)).status).to.equal(-203);
    });

    for (let round = 1; round <= ROUNDS; round++) {
      it(`race ${round}/${ROUNDS}: ten parallel creates of one name by ten users: exactly one succeeds`, async () => {
        const users = await Promise.all(Array.from({ length: 10 }, newUser));
        const name = `race name ${round} ${Date.now()}`;
        const answers = await Promise.all(users.map((u) => creat({ shop_name: name }, u.token)));
        expect(answers.filter((a) => a.status === 0)).to.have.length(1);
        expect(answers.filter((a) => a.status === 100)).to.have.length(9);
        expect(await h.context.db('shop').where({ shop_name: name }).count({ n: '*' })).to.deep.equal([{ n: 1 }]);
      });

      it(`race ${round}/${ROUNDS}: ten parallel creates by one user with cap 3: exactly three succeed`, async () => {
        const owner = await newUser();
        const answers = await Promise.all(Array.from({ length: 10 }, (_, i) => creat({ shop_name: `${owner.id} cap ${i}` }, owner.token)));
        expect(answers.filter((a) => a.status === 0)).to.have.length(3);
        expect(answers.filter((a) => a.status === 101)).to.have.length(7);
        expect(await h.context.db('shop').where({ user_id: owner.id }).count({ n: '*' })).to.deep.equal([{ n: 3 }]);
      });

      it(`race ${round}/${ROUNDS}: ten parallel creates of one name by one user: one shop, the rest 100`, async () => {
        const owner = await newUser();
        const answers = await Promise.all(Array.from({ length: 10 }, () => creat({ shop_name: `${owner.id} same` }, owner.token)));
        expect(answers.filter((a) => a.status === 0)).to.have.length(1);
        expect(answers.filter((a) => a.status === 100)).to.have.length(9);
        expect((await h.context.db('shop_owner').where({ user_id: owner.id }).first()).shops).to.equal(1);
      });
    }
  });
}
