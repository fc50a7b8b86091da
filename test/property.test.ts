import { expect } from 'chai';
import { schemaValidators } from '../src/rpc/validate.js';
import fc from 'fast-check';
import { backendMatrix } from './support/backends.js';
import { ManualClock } from './support/fakes.js';
import { type Answer, type Harness, startHarness } from './support/harness.js';

const URL = '/api/external/property';
const GET = '/api/external/get/property';

const notice = (over: Record<string, unknown> = {}) => ({
  type: 1,
  lab: '卡类|一卡通',
  title: '我丢了一张一卡通',
  content: '我在教学楼丢了一张校园卡',
  occurrence_time: '2019-04-22 16:17:42',
  user_name: '王凌超',
  user_phone: '13750687010',
  user_qq: '893721708',
  publish_time: '',
  ...over,
});

for (const spec of await backendMatrix()) {
  describe(`property (lost and found) on ${spec.name}`, () => {
    let h: Harness;
    let alice: string;
    let bob: string;
    const clock = new ManualClock(Date.UTC(2026, 10, 24, 2, 0, 0)); // 10:00:00 in Shanghai

    before(async () => {
      h = await startHarness(spec, { overrides: { clock } });
      alice = await h.token('1180310086');
      bob = await h.token('1180310087');
    });
    after(() => h.close());

    const add = (data: unknown, token = alice) => h.post(URL, 'property', 'add', data, token);
    const update = (data: unknown, token = alice) => h.post(URL, 'property', 'update', data, token);
    const remove = (data: unknown, token = alice) => h.post(URL, 'property', 'delete', data, token);
    const row = (id: unknown) => h.context.db('property').where({ id: Number(id) }).first();
    async function query(params: Record<string, string | number>, token: string | null = alice): Promise<Answer> {
      const res = await h.http.get(GET).query(token === null ? params : { token, ...params });
      expect(res.status).to.equal(200);
      return res.body as Answer;
    }
    const ids = (answer: Answer) => (answer.data as unknown as { id: number }[]).map((r) => r.id);

    describe('add', () => {
      it('stores a notice owned by the token user, with the defaults the document gives', async () => {
        const answer = await add(notice());
        expect(answer.status).to.equal(0);
        expect(answer.data).to.have.all.keys('uid');
        expect(answer.data.uid).to.be.a('number');
        expect(await row(answer.data.uid)).to.deep.include({
          type: 1,
          state: 0,
          user_id: '1180310086',
          occurrence_time: '2019-04-22 16:17:42',
          publish_time: '2026-11-24 10:00:00',
          update_time: '2026-11-24 10:00:00',
          user2_id: '',
          pic_num: 0,
        });
      });

      it('generates distinct ids for notices posted in the same second', async () => {
        const answers = await Promise.all(Array.from({ length: 5 }, () => add(notice())));
        expect(new Set(answers.map((a) => a.data.uid)).size).to.equal(5);
      });

      it('defaults occurrence_time to the publish time, and takes a given publish time', async () => {
        const a = await add(notice({ occurrence_time: '', publish_time: '2026-01-02 03:04:05' }));
        expect(await row(a.data.uid)).to.deep.include({ occurrence_time: '2026-01-02 03:04:05', publish_time: '2026-01-02 03:04:05', update_time: '2026-01-02 03:04:05' });
        const b = await add(notice({ occurrence_time: undefined, publish_time: undefined }));
        expect(await row(b.data.uid)).to.deep.include({ occurrence_time: '2026-11-24 10:00:00' });
      });

      it('accepts integers as strings of digits, and ignores the keys add does not use', async () => {
        const a = await add(notice({ type: '2', pic_num: '2', pic_url1: 'https://p/1.png', id: 99999, user2_name: 'x', update_time: '2000-01-01 00:00:00', state: 1 }));
        expect(a.status).to.equal(0);
        expect(a.data.uid).not.to.equal(99999);
        expect(await row(a.data.uid)).to.deep.include({ type: 2, pic_num: 2, pic_url1: 'https://p/1.png', user2_name: '', state: 0, update_time: '2026-11-24 10:00:00' });
      });

      it('counts characters, not bytes: a 20-character Chinese title fits, 21 is -204', async () => {
        expect((await add(notice({ title: '寻'.repeat(20) }))).status).to.equal(0);
        expect((await add(notice({ title: '寻'.repeat(21) }))).status).to.equal(-204);
        const emoji = await add(notice({ title: '😀'.repeat(20), user_name: '码三秃😀'.repeat(2) }));
        expect(emoji.status).to.equal(0);
        expect((await row(emoji.data.uid)).title).to.equal('😀'.repeat(20));
      });

      it('checks every length limit at its edge', async () => {
        const cases: [string, number][] = [['lab', 50], ['content', 500], ['user_name', 10], ['user_phone', 15], ['user_qq', 15], ['pic_url1', 1024]];
        for (const [field, max] of cases) {
          expect((await add(notice({ [field]: '失'.repeat(max) }))).status, `${field} at ${max}`).to.equal(0);
          expect((await add(notice({ [field]: '失'.repeat(max + 1) }))).status, `${field} over ${max}`).to.equal(-204);
        }
      });

      it('answers -202 for each missing required key', async () => {
        for (const key of ['type', 'lab', 'title', 'content', 'user_name']) {
          const answer = await add(notice({ [key]: undefined }));
          expect(answer).to.include({ status: -202, message: `Missing necessary data key-value: ${key}` });
        }
      });

      it('answers -201 for an empty required value', async () => {
        for (const key of ['type', 'lab', 'title', 'content', 'user_name']) {
          expect((await add(notice({ [key]: '' }))).status, key).to.equal(-201);
        }
      });

      it('answers -203 for a value of the wrong type', async () => {
        const cases = [{ title: 123 }, { lab: ['a'] }, { type: 'lost' }, { type: true }, { type: 1.5 }, { pic_num: 'two' }, { user_phone: 13750687010 }, { occurrence_time: 20190422 }, { content: null }];
        for (const over of cases) expect((await add(notice(over))).status, JSON.stringify(over)).to.equal(-203);
      });

      it('answers -204 for a value out of range or malformed', async () => {
        const cases = [{ type: 3 }, { type: '0' }, { pic_num: 4 }, { occurrence_time: '2019-02-30 10:00:00' }, { occurrence_time: '2019-04-22T16:17:42' }, { publish_time: '2019-4-22 16:17:42' }, { user_id: '1180310087' }];
        for (const over of cases) expect((await add(notice(over))).status, JSON.stringify(over)).to.equal(-204);
        expect((await add(notice({ user_id: '1180310086' }))).status).to.equal(0);
        expect((await add(notice({ user_id: 1180310086 }))).status).to.equal(0);
      });

      it('answers -100 without a token, -101 for a bad one, -102 for a token without a user', async () => {
        expect((await h.post(URL, 'property', 'add', notice())).status).to.equal(-100);
        expect((await add(notice(), 'nope')).status).to.equal(-101);
        const orphan = `property-orphan-${Math.random()}`;
        await h.context.db('tokens').insert({ token: orphan, user_id: null });
        expect((await add(notice(), orphan)).status).to.equal(-102);
      });

      it('takes the token from an Authorization: Bearer header too', async () => {
        const res = await h.http.post(URL).set('Authorization', `Bearer ${bob}`).send({ id: 1, type: 'property', subtype: 'add', data: notice() });
        expect(res.body.status).to.equal(0);
        expect((await row(res.body.data.uid)).user_id).to.equal('1180310087');
      });

      it('treats injection in values as plain text', async () => {
        const title = "x'); DROP TABLE property; --";
        const a = await add(notice({ title: title.slice(0, 20) }));
        expect(a.status).to.equal(0);
        expect((await row(a.data.uid)).title).to.equal(title.slice(0, 20));
      });
    });

    describe('update', () => {
      let id: number;
      beforeEach(async () => {
        id = (await add(notice())).data.uid as number;
      });

      it('changes the given fields of the owner\'s notice and stamps update_time', async () => {
        clock.advance(60);
        const answer = await update({ id, title: '已找到', state: '1', user2_id: '1180310085', user2_name: '码三秃', pic_num: 1 });
        expect(answer).to.deep.include({ status: 0, data: { uid: id } });
        expect(await row(id)).to.deep.include({ title: '已找到', state: 1, user2_id: '1180310085', user2_name: '码三秃', pic_num: 1, update_time: '2026-11-24 10:01:00', content: notice().content });
      });

      it('accepts the id as a string of digits and a given update_time; empties occurrence_time to the publish time', async () => {
        expect((await update({ id: String(id), update_time: '2026-11-25 09:00:00', occurrence_time: '' })).status).to.equal(0);
        const stored = await row(id);
        expect(stored.update_time).to.equal('2026-11-25 09:00:00');
        expect(stored.occurrence_time).to.equal(stored.publish_time);
      });

      it('answers -200 and changes nothing for another user\'s notice or a missing one', async () => {
        const before = await row(id);
        expect((await update({ id, title: 'hijacked' }, bob)).status).to.equal(-200);
        expect(await row(id)).to.deep.equal(before);
        expect((await update({ id: 999999999, title: 'x' })).status).to.equal(-200);
      });

      it('answers -204 for a user_id that is not the token user, -202 without id, -203 for a bad id', async () => {
        expect((await update({ id, user_id: '1180310087', title: 'x' })).status).to.equal(-204);
        expect((await update({ title: 'x' })).status).to.equal(-202);
        expect((await update({ id: 'abc' })).status).to.equal(-203);
        expect((await update({ id, title: '' })).status).to.equal(-201);
        expect((await update({ id, state: 2 })).status).to.equal(-204);
        expect((await update({ id, title: '寻'.repeat(21) })).status).to.equal(-204);
      });
    });

    describe('delete', () => {
      it('deletes only the owner\'s notice, once', async () => {
        const id = (await add(notice())).data.uid as number;
        expect((await remove({ id }, bob)).status).to.equal(-200);
        expect((await remove({ id, user_id: '1180310087' })).status).to.equal(-200);
        expect(await row(id)).to.not.equal(undefined);
        expect(await remove({ id, user_id: '1180310086', title: 'ignored' })).to.deep.include({ status: 0, data: { uid: id } });
        expect(await row(id)).to.equal(undefined);
        expect((await remove({ id })).status).to.equal(-200);
      });

      it('answers -202 without id and -203 for a bad one', async () => {
        expect((await remove({})).status).to.equal(-202);
        expect((await remove({ id: [1] })).status).to.equal(-203);
      });
    });

    describe('GET query', () => {
      let seeded: number[];
      before(async () => {
        await h.context.db('property').del();
        await h.context.propertySearches.invalidate();
        seeded = [];
        const posts = [
          { type: 1, lab: '卡类|一卡通', title: '丢了校园卡', content: '在图书馆三楼', user_name: '甲' },
          { type: 1, lab: '电子|耳机', title: '白色耳机', content: '100%_新 的耳机', user_name: '乙' },
          { type: 2, lab: '卡类', title: '捡到一卡通', content: '失主请联系', user_name: '丙' },
          { type: 1, lab: '书籍', title: 'Calculus book', content: 'BLUE cover', user_name: '丁', user_qq: '55512345' },
        ];
        for (const [i, post] of posts.entries()) {
          clock.advance(60);
          seeded.push((await add(notice(post), i === 3 ? bob : alice)).data.uid as number);
        }
      });

      it('answers rows as property.query.answer.json says (what the typed client gives a page)', async () => {
        const validate = schemaValidators['property.query.answer.json'];
        for (const type of [1, 2]) {
          const answer = await query({ type });
          expect(answer.status).to.equal(0);
          expect(validate?.(answer.data), JSON.stringify(validate?.errors)).to.equal(true);
        }
      });

      it('lists one type, newest update first, with every column as in the document', async () => {
        const answer = await query({ type: 1 });
        expect(answer).to.include({ id: -1, status: 0, message: 'successful' });
        expect(ids(answer)).to.deep.equal([seeded[3], seeded[1], seeded[0]]);
        const first = (answer.data as unknown as Record<string, unknown>[])[0]!;
        expect(Object.keys(first)).to.include.members(['id', 'type', 'state', 'lab', 'title', 'content', 'occurrence_time', 'user_id', 'user_name', 'user_phone', 'user_qq', 'user2_id', 'user2_name', 'user2_phone', 'user2_qq', 'publish_time', 'update_time']);
        expect(first).to.include({ type: 1, state: 0, user_id: '1180310087' });
      });

      it('breaks update_time ties by id, newest first', async () => {
        await h.context.db('property').whereIn('id', seeded).update({ update_time: '2026-01-01 00:00:00' });
        // Written behind the service's back: the cached answers are told, as `npm run seed` does.
        await h.context.propertySearches.invalidate();
        expect(ids(await query({ type: 1 }))).to.deep.equal([seeded[3], seeded[1], seeded[0]]);
      });

      it('searches key in lab, title and content, and matches id and user_id exactly', async () => {
        expect(ids(await query({ type: 1, key: '耳机' }))).to.deep.equal([seeded[1]]);
        expect(ids(await query({ type: 1, key: '卡' }))).to.deep.equal([seeded[0]]);
        expect(ids(await query({ type: 1, key: 'blue' }))).to.deep.equal([seeded[3]]);
        expect(ids(await query({ type: 1, key: String(seeded[0]) }))).to.deep.equal([seeded[0]]);
        expect(ids(await query({ type: 1, key: '1180310087' }))).to.deep.equal([seeded[3]]);
        expect(ids(await query({ type: 1, key: '118031008' }))).to.deep.equal([]);
        expect(ids(await query({ type: 2, key: '一卡通' }))).to.deep.equal([seeded[2]]);
      });

      it('matches % and _ literally', async () => {
        expect(ids(await query({ type: 1, key: '%' }))).to.deep.equal([seeded[1]]);
        expect(ids(await query({ type: 1, key: '_' }))).to.deep.equal([seeded[1]]);
        expect(ids(await query({ type: 1, content: '%_' }))).to.deep.equal([seeded[1]]);
        expect(ids(await query({ type: 1, content: '0%' }))).to.deep.equal([seeded[1]]);
        expect(ids(await query({ type: 1, title: '!' }))).to.deep.equal([]);
      });

      it('filters fields: exact for id, state and times, substring for the rest', async () => {
        expect(ids(await query({ type: 1, id: seeded[1]! }))).to.deep.equal([seeded[1]]);
        expect(ids(await query({ type: 1, state: 0, lab: '卡类' }))).to.deep.equal([seeded[0]]);
        expect(ids(await query({ type: 1, user_qq: '5123' }))).to.deep.equal([seeded[3]]);
        expect(ids(await query({ type: 1, occurrence_time: '2019-04-22 16:17:42' }))).to.have.length(3);
        expect(ids(await query({ type: 1, occurrence_time: '2019-04-22 16:17:43' }))).to.deep.equal([]);
        expect(ids(await query({ type: 1, state: 1 }))).to.deep.equal([]);
      });

      it('pages with limit and offset', async () => {
        expect(ids(await query({ type: 1, limit: 2 }))).to.deep.equal([seeded[3], seeded[1]]);
        expect(ids(await query({ type: 1, limit: 2, offset: 2 }))).to.deep.equal([seeded[0]]);
        expect(ids(await query({ type: 1, offset: 10 }))).to.deep.equal([]);
      });

      it('reaches every status of its local table', async () => {
        const statusOf = async (params: Record<string, string | number>, token: string | null = alice) => (await query(params, token)).status;
        expect(await statusOf({ type: 1, colour: 'red' })).to.equal(-100);
        expect(await statusOf({ type: 'lost' })).to.equal(-101);
        expect(await statusOf({ type: 1, id: 'abc' })).to.equal(-101);
        expect(await statusOf({ type: 1, publish_time: 'yesterday' })).to.equal(-101);
        expect(await statusOf({ type: 1, limit: '-1' })).to.equal(-101);
        expect(await statusOf({ type: 1, key: 'x', lab: 'y' })).to.equal(-103);
        expect(await statusOf({ type: 1 }, null)).to.equal(-104);
        expect(await statusOf({})).to.equal(-104);
        expect(await statusOf({ type: 1 }, 'nope')).to.equal(-105);
        expect(await statusOf({ type: 3 })).to.equal(-106);
        expect(await statusOf({ type: 1, limit: 201 })).to.equal(-106);
        expect(await statusOf({ type: 1, limit: 0 })).to.equal(-106);
        const repeated = await h.http.get(`${GET}?token=${alice}&type=1&lab=a&lab=b`);
        expect(repeated.body.status).to.equal(-101);
        const error = await query({ type: 1, key: 'x', lab: 'y' });
        expect(error).to.deep.equal({ id: -1, status: -103, message: 'Args conflict: key with lab', data: {} });
      });

      it('takes the token from an Authorization: Bearer header', async () => {
        const res = await h.http.get(GET).query({ type: 2 }).set('Authorization', `Bearer ${alice}`);
        expect(ids(res.body as Answer)).to.deep.equal([seeded[2]]);
      });

      it('keeps the search index in step with updates and deletes, under concurrency', async () => {
        const mine = await Promise.all(Array.from({ length: 10 }, (_, i) => add(notice({ type: 2, title: `旧标题${i}` }))));
        const updates = await Promise.all(mine.map((a, i) => update({ id: a.data.uid, title: `新的自行车${i}`, content: `NEW content ${i}` })));
        expect(updates.map((u) => u.status)).to.deep.equal(Array(10).fill(0));
        expect(ids(await query({ type: 2, key: '旧标题' }))).to.deep.equal([]);
        expect(ids(await query({ type: 2, key: '自行车' }))).to.have.length(10);
        expect(ids(await query({ type: 2, key: 'new CONTENT 3' }))).to.deep.equal([mine[3]!.data.uid]);
        expect(ids(await query({ type: 2, title: '车3' }))).to.deep.equal([mine[3]!.data.uid]);
        const deletes = await Promise.all(mine.map((a) => remove({ id: a.data.uid })));
        expect(deletes.map((d) => d.status)).to.deep.equal(Array(10).fill(0));
        expect(ids(await query({ type: 2, key: '自行车' }))).to.deep.equal([]);
        const orphans = await h.context.db('property_gram').whereIn('property_id', mine.map((a) => a.data.uid as number)).count({ n: '*' });
        expect(Number(orphans[0]!.n)).to.equal(0);
      });

      it('finds one-character keys and keys with spaces', async () => {
        expect(ids(await query({ type: 1, key: '卡' }))).to.deep.equal([seeded[0]]);
        expect(ids(await query({ type: 1, key: 'calculus b' }))).to.deep.equal([seeded[3]]);
        expect(ids(await query({ type: 1, key: 's b' }))).to.deep.equal([seeded[3]]);
        expect(ids(await query({ type: 1, key: 'k b' }))).to.deep.equal([]); // "book" and "BLUE" are in different fields
      });

      it('answers a key search as a plain substring scan does, in order and paged (property-based)', async () => {
        const letters = ['一', '卡', '通', '耳', '机', 'a', 'b', ' '];
        const text = (max: number) => fc.array(fc.constantFrom(...letters), { minLength: 1, maxLength: max }).map((chars) => chars.join('').trim() || '卡');
        const posts = fc.sample(fc.record({ lab: text(8), title: text(12), content: text(30), seconds: fc.integer({ min: 0, max: 2 }) }), { numRuns: 60, seed: 7 });
        for (const post of posts) {
          clock.advance(post.seconds);
          expect((await add(notice({ type: 2, lab: post.lab, title: post.title, content: post.content }))).status).to.equal(0);
        }
        type Row = { id: number; lab: string; title: string; content: string; user_id: string; update_time: string };
        const stored = (await h.context.db('property').where({ type: 2 }).select('id', 'lab', 'title', 'content', 'user_id', 'update_time')) as Row[];
        const newestFirst = (a: Row, b: Row) => (a.update_time === b.update_time ? Number(b.id) - Number(a.id) : a.update_time < b.update_time ? 1 : -1);
        await fc.assert(
          fc.asyncProperty(fc.array(fc.constantFrom(...letters), { minLength: 1, maxLength: 4 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 0, max: 6 }), async (chars, limit, offset) => {
            const key = chars.join('');
            fc.pre(key.trim() === key && key.length > 0);
            const expected = stored
              .filter((r) => [r.lab, r.title, r.content].some((field) => field.includes(key)) || r.user_id === key)
              .sort(newestFirst)
              .slice(offset, offset + limit)
              .map((r) => Number(r.id));
            expect(ids(await query({ type: 2, key, limit, offset })), `key ${JSON.stringify(key)}`).to.deep.equal(expected);
          }),
          { numRuns: 60, seed: 11 },
        );
      });

      it('answers [] when nothing matches', async () => {
        expect((await query({ type: 2, key: 'nothing like this' })).data).to.deep.equal([]);
      });

      it('treats injection through the token, the key and every filter as plain text', async () => {
        const attacks = ["' OR '1'='1", "1' OR 1=1 --", '"; DROP TABLE property; --', "\\' OR 1=1 #", '%\' OR \'%\'=\''];
        for (const attack of attacks) {
          expect((await query({ type: 1 }, attack)).status).to.equal(-105);
          expect((await query({ type: 1, key: attack })).data).to.deep.equal([]);
          for (const field of ['lab', 'title', 'content', 'user_id', 'user_name', 'user_phone', 'user_qq', 'user2_id', 'pic_url1']) {
            expect((await query({ type: 1, [field]: attack })).data, field).to.deep.equal([]);
          }
          for (const field of ['id', 'state', 'update_time']) expect((await query({ type: 1, [field]: attack })).status).to.equal(-101);
        }
        expect(ids(await query({ type: 1 }))).to.have.length(3);
      });
    });
  });
}
