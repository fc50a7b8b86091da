import { expect } from 'chai';
import { MemoryKeyValueStore } from '../src/backends/kv/memory.js';
import type { KeyValueStore } from '../src/backends/kv/types.js';
import { createLogger } from '../src/log.js';
import { SearchCache, type SearchCacheOptions } from '../src/services/lostfound/search-cache.js';
import { secureRandom } from '../src/services/random.js';
import { backendMatrix } from './support/backends.js';
import { ManualClock } from './support/fakes.js';
import { type Answer, type Harness, startHarness } from './support/harness.js';

const URL = '/api/external/property';
const GET = '/api/external/get/property';
const log = createLogger('silent');

describe('SearchCache', () => {
  const clock = new ManualClock();
  const options: SearchCacheOptions = { generationKey: 'gen', seconds: 30, maxRows: 5 };
  const rowsOf = (n: number, tag: string) => Array.from({ length: n }, (_, i) => ({ id: i, tag }));
  let computed: number;
  const compute = (n: number, tag: string) => () => {
    computed++;
    return Promise.resolve(rowsOf(n, tag));
  };
  const cacheWith = (kv: KeyValueStore, patch: Partial<SearchCacheOptions> = {}) => new SearchCache(kv, clock, secureRandom, log, { ...options, ...patch });
  beforeEach(() => {
    computed = 0;
  });

  it('serves a kept answer until it lapses, and asks again after', async () => {
    const cache = cacheWith(new MemoryKeyValueStore(clock));
    expect(await cache.answer('q', compute(2, 'a'))).to.deep.equal(rowsOf(2, 'a'));
    expect(await cache.answer('q', compute(2, 'b'))).to.deep.equal(rowsOf(2, 'a'));
    expect(computed).to.equal(1);
    clock.advance(31);
    expect(await cache.answer('q', compute(2, 'c'))).to.deep.equal(rowsOf(2, 'c'));
    expect(computed).to.equal(2);
  });

  it('asks again after a write in any process sharing the store', async () => {
    const kv = new MemoryKeyValueStore(clock);
    const [mine, other] = [cacheWith(kv), cacheWith(kv)];
    await mine.answer('q', compute(1, 'old'));
    await other.answer('q', compute(1, 'old'));
    await mine.invalidate();
    expect(await other.answer('q', compute(1, 'new'))).to.deep.equal(rowsOf(1, 'new'));
    expect(await mine.answer('q', compute(1, 'new'))).to.deep.equal(rowsOf(1, 'new'));
  });

  it('does not keep an answer when a write came in while the database was answering', async () => {
    const cache = cacheWith(new MemoryKeyValueStore(clock));
    await cache.answer('q', async () => {
      await cache.invalidate();
      return rowsOf(1, 'read before the write');
    });
    expect(await cache.answer('q', compute(1, 'after'))).to.deep.equal(rowsOf(1, 'after'));
  });

  it('keeps at most maxRows rows, dropping the least recently used answers', async () => {
    const cache = cacheWith(new MemoryKeyValueStore(clock));
    await cache.answer('a', compute(2, 'a'));
    await cache.answer('b', compute(2, 'b'));
    await cache.answer('a', compute(2, 'a'));
    await cache.answer('c', compute(2, 'c')); // 6 rows > 5: b, the least recently used, goes
    expect(computed).to.equal(3);
    await cache.answer('a', compute(2, 'a'));
    await cache.answer('c', compute(2, 'c'));
    expect(computed).to.equal(3);
    await cache.answer('b', compute(2, 'b'));
    expect(computed).to.equal(4);
    await cache.answer('big', compute(6, 'big')); // larger than the whole cache: served, never kept
    await cache.answer('big', compute(6, 'big'));
    expect(computed).to.equal(6);
  });

  it('gives writes of one turn of the event loop one new generation, and a later write its own', async () => {
    const kv = new MemoryKeyValueStore(clock);
    const set = kv.set.bind(kv);
    let sets = 0;
    kv.set = (...args) => {
      sets++;
      return set(...args);
    };
    const cache = cacheWith(kv);
    await cache.answer('q', compute(1, 'a'));
    await Promise.all([cache.invalidate(), cache.invalidate(), cache.invalidate()]);
    expect(sets).to.equal(1);
    const before = await kv.get(options.generationKey);
    await cache.invalidate();
    expect(sets).to.equal(2);
    expect(await kv.get(options.generationKey)).to.not.equal(before);
  });

  it('with seconds 0 never keeps anything', async () => {
    const cache = cacheWith(new MemoryKeyValueStore(clock), { seconds: 0 });
    await cache.answer('q', compute(1, 'a'));
    await cache.answer('q', compute(1, 'a'));
    expect(computed).to.equal(2);
  });

  it('answers from the database, uncached, while the store fails, and a write still succeeds', async () => {
    const failing = new MemoryKeyValueStore(clock);
    failing.get = () => Promise.reject(new Error('store down'));
    failing.set = () => Promise.reject(new Error('store down'));
    const cache = cacheWith(failing);
    expect(await cache.answer('q', compute(1, 'a'))).to.deep.equal(rowsOf(1, 'a'));
    expect(await cache.answer('q', compute(1, 'b'))).to.deep.equal(rowsOf(1, 'b'));
    await cache.invalidate();
  });
});

for (const spec of await backendMatrix()) {
  describe(`the lost-and-found list's shared answers on ${spec.name}`, function () {
    this.timeout(60000);
    let a: Harness;
    /** A second process on the same database and store, where the store is shared (Redis). */
    let b: Harness;
    let owner: string;

    before(async () => {
      const config = { kv: { prefix: `test:searches:${Math.random().toString(36).slice(2, 8)}:` } };
      a = await startHarness(spec, { config });
      b = spec.kv === 'redis' ? await startHarness(spec, { config, clean: false }) : a;
      owner = await a.token('1180310086');
    });
    after(async () => {
      if (b !== a) await b.close();
      await a.close();
    });

    const add = (data: Record<string, unknown>) => a.post(URL, 'property', 'add', { type: 1, lab: '卡类', content: '在图书馆', user_name: '甲', ...data }, owner);
    async function search(h: Harness, params: Record<string, string | number>): Promise<{ id: number; title: string }[]> {
      const res = await h.http.get(GET).query({ token: owner, type: 1, ...params });
      return (res.body as Answer).data as unknown as { id: number; title: string }[];
    }

    it('shares answers (a change behind the service is not seen until the generation moves)', async () => {
      const id = (await add({ title: 'shared answer' })).data.uid as number;
      expect((await search(b, { key: 'shared answer' })).map((r) => r.title)).to.deep.equal(['shared answer']);
      await a.context.db('property').where({ id }).update({ title: 'shared answer v2' });
      expect((await search(b, { key: 'shared answer' })).map((r) => r.title)).to.deep.equal(['shared answer']);
      await a.context.propertySearches.invalidate();
      expect((await search(b, { key: 'shared answer' })).map((r) => r.title)).to.deep.equal(['shared answer v2']);
    });

    it("never shows an owner's older notice after their update or delete was acknowledged, with searches running all along", async () => {
      const id = (await add({ title: 'race round 0' })).data.uid as number;
      const key = { key: 'race round' };
      let running = true;
      // Searches in flight on both processes the whole time, keeping their caches warm with answers
      // computed before, during and after each write.
      const background = [a, b, a, b].map(async (h) => {
        while (running) await search(h, key);
      });
      try {
        for (let round = 1; round <= 15; round++) {
          const answer = await a.post(URL, 'property', 'update', { id, user_id: '1180310086', title: `race round ${round}` }, owner);
          expect(answer.status).to.equal(0);
          for (const h of [b, a]) expect((await search(h, key)).map((r) => r.title)).to.deep.equal([`race round ${round}`]);
        }
        expect((await a.post(URL, 'property', 'delete', { id, user_id: '1180310086' }, owner)).status).to.equal(0);
        for (const h of [b, a]) expect(await search(h, key)).to.deep.equal([]);
      } finally {
        running = false;
        await Promise.all(background);
      }
    });

    it('shows a new notice to its owner as soon as add is acknowledged', async () => {
      expect(await search(b, { key: 'fresh notice' })).to.deep.equal([]);
      const id = (await add({ title: 'fresh notice' })).data.uid as number;
      expect((await search(b, { key: 'fresh notice' })).map((r) => r.id)).to.deep.equal([id]);
    });
  });
}
