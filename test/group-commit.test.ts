import { expect } from 'chai';
import { BatchFailed, GroupCommit } from '../src/services/group-commit.js';
import { noticeWriter } from '../src/services/lostfound/property-writes.js';
import { backendMatrix } from './support/backends.js';
import { type Answer, type Harness, startHarness } from './support/harness.js';

describe('GroupCommit', () => {
  /** A write that records its batches and answers each item doubled, after a turn of the event loop. */
  function recorder(fail?: (items: readonly number[]) => BatchFailed | undefined) {
    const batches: number[][] = [];
    let writing = 0;
    let mostAtOnce = 0;
    const write = async (items: readonly number[]) => {
      batches.push([...items]);
      writing++;
      mostAtOnce = Math.max(mostAtOnce, writing);
      await new Promise((r) => setTimeout(r, 5));
      writing--;
      const failure = fail?.(items);
      if (failure) throw failure;
      return items.map((n) => n * 2);
    };
    return { batches, write, mostAtOnce: () => mostAtOnce };
  }

  it('writes what arrives together in one batch, and answers each item its own result', async () => {
    const r = recorder();
    const commit = new GroupCommit(r.write, 100, 1);
    const results = await Promise.all([1, 2, 3, 4].map((n) => commit.submit(n)));
    expect(results).to.deep.equal([2, 4, 6, 8]);
    expect(r.batches).to.deep.equal([[1, 2, 3, 4]]);
  });

  it('lets writes that arrive during a batch wait for the next, bounded by maxBatch and concurrency', async () => {
    const r = recorder();
    const commit = new GroupCommit(r.write, 3, 2);
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
    const commit = new GroupCommit(r.write, 100, 1);
    const settled = await Promise.allSettled([1, 2, 3, 4].map((n) => commit.submit(n)));
    expect(settled.map((s) => (s.status === 'fulfilled' ? s.value : s.reason))).to.deep.equal([2, 4, bad, 8]);
    expect(r.batches).to.deep.equal([[1, 2, 3, 4], [1], [2], [3], [4]]);
  });

  it('never writes again a batch whose commit failed (it may have taken): every item fails', async () => {
    const lost = new Error('connection lost at commit');
    const r = recorder(() => new BatchFailed(false, { cause: lost }));
    const commit = new GroupCommit(r.write, 100, 1);
    const settled = await Promise.allSettled([1, 2, 3].map((n) => commit.submit(n)));
    expect(settled.map((s) => s.status === 'rejected' && s.reason)).to.deep.equal([lost, lost, lost]);
    expect(r.batches).to.deep.equal([[1, 2, 3]]);
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
