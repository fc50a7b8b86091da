import { expect } from 'chai';
import { BatchFailed, Coalescer } from '../src/services/coalescer.js';
import { noticeWriter } from '../src/services/lostfound/property-writes.js';
import { backendMatrix } from './support/backends.js';
import { type Answer, type Harness, startHarness } from './support/harness.js';

describe('Coalescer', () => {
  describe('as group commit (no keys)', () => {
    /** A write that records its batches and answers each item doubled, after a turn of the event loop. */
    function recorder(fail?: (items: readonly number[]) => BatchFailed | undefined) {
      const batches: number[][] = [];
      let writing = 0;
      let mostAtOnce = 0;
      const load = async (items: readonly number[]) => {
        batches.push([...items]);
        writing++;
        mostAtOnce = Math.max(mostAtOnce, writing);
        await new Promise((r) => setTimeout(r, 5));
        writing--;
        const failure = fail?.(items);
        if (failure) throw failure;
        return items.map((n) => n * 2);
      };
      return { batches, load, mostAtOnce: () => mostAtOnce };
    }

    it('writes what arrives together in one batch, and answers each item its own result', async () => {
      const r = recorder();
      const commit = new Coalescer({ load: r.load, maxBatch: 100, concurrency: 1 });
      const results = await Promise.all([1, 2, 3, 4].map((n) => commit.submit(n)));
      expect(results).to.deep.equal([2, 4, 6, 8]);
      expect(r.batches).to.deep.equal([[1, 2, 3, 4]]);
    });

    it('lets writes that arrive while every batch is out wait for the next, bounded by maxBatch and concurrency', async () => {
      const r = recorder();
      const commit = new Coalescer({ load: r.load, maxBatch: 3, concurrency: 2 });
      const first = commit.submit(0);
      await new Promise((resolve) => setImmediate(resolve));
      const rest = Array.from({ length: 10 }, (_, i) => commit.submit(i + 1));
      expect(await Promise.all([first, ...rest])).to.deep.equal(Array.from({ length: 11 }, (_, i) => i * 2));
      expect(r.batches[0]).to.deep.equal([0]);
      expect(r.batches.slice(1).map((b) => b.length)).to.deep.equal([3, 3, 3, 1]);
      expect(r.batches.flat().sort((a, b) => a - b)).to.deep.equal(Array.from({ length: 11 }, (_, i) => i));
      expect(r.mostAtOnce()).to.equal(2);
    });

    it('writes a rolled-back batch again one item at a time, so that only the bad item fails', async () => {
      const bad = new Error('bad item');
      const r = recorder((items) => (items.includes(3) ? new BatchFailed(true, { cause: bad }) : undefined));
      const commit = new Coalescer({ load: r.load, maxBatch: 100, concurrency: 1 });
      const settled = await Promise.allSettled([1, 2, 3, 4].map((n) => commit.submit(n)));
      expect(settled.map((s) => (s.status === 'fulfilled' ? s.value : s.reason))).to.deep.equal([2, 4, bad, 8]);
      expect(r.batches).to.deep.equal([[1, 2, 3, 4], [1], [2], [3], [4]]);
    });

    it('never writes again a batch whose commit failed (it may have taken): every item fails', async () => {
      const lost = new Error('connection lost at commit');
      const r = recorder(() => new BatchFailed(false, { cause: lost }));
      const commit = new Coalescer({ load: r.load, maxBatch: 100, concurrency: 1 });
      const settled = await Promise.allSettled([1, 2, 3].map((n) => commit.submit(n)));
      expect(settled.map((s) => s.status === 'rejected' && s.reason)).to.deep.equal([lost, lost, lost]);
      expect(r.batches).to.deep.equal([[1, 2, 3]]);
    });
  });

  describe('as shared reads (keys, one item a load)', () => {
    /** A store whose reads answer what it holds when they run, after a few milliseconds. */
    function store(fail?: (key: string) => Error | undefined) {
      const state = { value: 0, queries: 0, sent: [] as string[] };
      const reads = new Coalescer<string, { value: number }>({
        key: (key) => key,
        load: (keys) =>
          Promise.all(
            keys.map(async (key) => {
              state.queries++;
              state.sent.push(key);
              const value = state.value;
              await new Promise((r) => setTimeout(r, 5));
              const failure = fail?.(key);
              if (failure) throw failure;
              return { value };
            }),
          ),
        maxBatch: 1,
        concurrency: Infinity,
      });
      return { state, reads };
    }

    it('sends each read of a quiet key at once, in its own query', async () => {
      const { state, reads } = store();
      for (let i = 1; i <= 3; i++) {
        state.value = i;
        expect(await reads.submit('k')).to.deep.equal({ value: i });
      }
      expect(state.queries).to.equal(3);
    });

    it('lets reads asked together share one query, and those that come while it is out share the next', async () => {
      const { state, reads } = store();
      const together = Array.from({ length: 10 }, () => reads.submit('k'));
      await new Promise((resolve) => setImmediate(resolve));
      const later = Array.from({ length: 10 }, () => reads.submit('k'));
      const answers = await Promise.all([...together, ...later]);
      expect(state.queries).to.equal(2);
      expect(answers.slice(0, 10).every((answer) => answer === answers[0])).to.equal(true);
      expect(answers.slice(10).every((answer) => answer === answers[10])).to.equal(true);
    });

    it('never answers a read with a query sent before it was asked: it sees the writes before it', async () => {
      const { state, reads } = store();
      state.value = 1;
      const before = reads.submit('k');
      await new Promise((r) => setImmediate(r));
      state.value = 2;
      const after = reads.submit('k');
      expect(await before).to.deep.equal({ value: 1 });
      expect(await after).to.deep.equal({ value: 2 });
    });

    it('lets reads of other keys go at once, while one of a key out waits for it', async () => {
      const { state, reads } = store();
      const first = Promise.all(['a', 'b'].map((key) => reads.submit(key)));
      await new Promise((resolve) => setImmediate(resolve));
      const second = Promise.all(['c', 'a'].map((key) => reads.submit(key)));
      await new Promise((resolve) => setImmediate(resolve));
      expect(state.sent).to.deep.equal(['a', 'b', 'c']);
      await Promise.all([first, second]);
      expect(state.sent).to.deep.equal(['a', 'b', 'c', 'a']);
    });

    it('fails only the readers of a failed query; the next one is still sent for the reads that joined it', async () => {
      const broken = new Error('connection lost');
      let calls = 0;
      const { state, reads } = store(() => (++calls === 1 ? broken : undefined));
      const failed = reads.submit('k');
      await new Promise((resolve) => setImmediate(resolve));
      const joined = [reads.submit('k'), reads.submit('k')];
      const settled = await Promise.allSettled([failed, ...joined]);
      expect(settled.map((s) => (s.status === 'rejected' ? s.reason : s.value))).to.deep.equal([broken, { value: 0 }, { value: 0 }]);
      expect(state.queries).to.equal(2);
    });

    it('answers a load that throws before it starts as a failed read, and leaves the key quiet', async () => {
      const broken = new Error('cannot build the query');
      let throwing = true;
      const reads = new Coalescer<string, number>({
        key: (key) => key,
        load: (keys) => {
          if (throwing) throw broken;
          return Promise.resolve(keys.map(() => 7));
        },
        maxBatch: 1,
        concurrency: Infinity,
      });
      expect(await Promise.allSettled([reads.submit('k')])).to.deep.equal([{ status: 'rejected', reason: broken }]);
      throwing = false;
      expect(await reads.submit('k')).to.equal(7);
    });
  });
});

for (const spec of await backendMatrix()) {
  describe(`property/add in shared transactions on ${spec.name}`, function () {
    this.timeout(60000);
    let h: Harness;
    let owner: string;
    before(async () => {
      h = await startHarness(spec);
      owner = await h.token('1180310086');
    });
    after(() => h.close());

    const notice = (title: string) => ({ type: 1, lab: '卡类', title, content: '在图书馆', user_name: '甲' });

    it('gives each of 200 concurrent adds the id of its own notice, searchable when acknowledged', async () => {
      const titles = Array.from({ length: 200 }, (_, i) => `concurrent ${String(i).padStart(3, '0')}`);
      const answers = await Promise.all(titles.map((title) => h.post('/api/external/property', 'property', 'add', notice(title), owner)));
      expect(answers.every((a) => a.status === 0)).to.equal(true);
      const ids = answers.map((a) => a.data.uid as number);
      expect(new Set(ids).size).to.equal(200);
      const stored = (await h.context.db('property').whereIn('id', ids).select('id', 'title')) as { id: number; title: string }[];
      const titleOf = new Map(stored.map((r) => [Number(r.id), r.title]));
      expect(ids.map((id) => titleOf.get(id))).to.deep.equal(titles);
      for (const i of [0, 57, 199]) {
        const res = await h.http.get('/api/external/get/property').query({ token: owner, type: 1, key: titles[i] });
        expect(((res.body as Answer).data as unknown as { id: number }[]).map((r) => r.id)).to.deep.equal([ids[i]]);
      }
    });

    it('fails only the write the database refuses; the others in its batch are stored with their postings', async () => {
      const writer = noticeWriter(h.context.db);
      const row = (title: string) => ({ ...notice(title), state: 0, user_id: '1180310086', update_time: '2026-11-24 10:00:00', publish_time: '2026-11-24 10:00:00', occurrence_time: '2026-11-24 10:00:00' });
      const settled = await Promise.allSettled([
        writer.submit(row('batch good 1')),
        // A column the table does not have: refused by every database, after the batch has begun.
        writer.submit({ ...row('batch bad'), no_such_column: 1 }),
        writer.submit(row('batch good 2')),
      ]);
      expect(settled.map((s) => s.status)).to.deep.equal(['fulfilled', 'rejected', 'fulfilled']);
      const titles = (await h.context.db('property').where('title', 'like', 'batch %').orderBy('id').pluck('title')) as string[];
      expect(titles).to.deep.equal(['batch good 1', 'batch good 2']);
      const orphans = await h.context.db('property_gram').whereNotIn('property_id', h.context.db('property').select('id')).count({ n: '*' });
      expect(Number((orphans[0] as { n: number | string }).n)).to.equal(0);
    });
  });
}
