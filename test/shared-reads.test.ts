import { expect } from 'chai';
import { SharedReads } from '../src/services/shared-reads.js';

describe('SharedReads', () => {
  /** A store whose reads answer what it holds when they run, after a turn of the event loop. */
  function store() {
    const state = { value: 0, queries: 0 };
    const query = (failWith?: Error) => async () => {
      state.queries++;
      const value = state.value;
      await new Promise((r) => setTimeout(r, 5));
      if (failWith) throw failWith;
      return { value };
    };
    return { state, query };
  }

  it('sends each read of a quiet key at once, in its own query', async () => {
    const { state, query } = store();
    const reads = new SharedReads<{ value: number }>();
    for (let i = 1; i <= 3; i++) {
      state.value = i;
      expect(await reads.read('k', query())).to.deep.equal({ value: i });
    }
    expect(state.queries).to.equal(3);
  });

  it('lets the reads that come while a query is out share the next one, and answers them all the same', async () => {
    const { state, query } = store();
    const reads = new SharedReads<{ value: number }>();
    const first = reads.read('k', query());
    const later = Array.from({ length: 19 }, () => reads.read('k', query()));
    const answers = await Promise.all([first, ...later]);
    expect(state.queries).to.equal(2);
    expect(answers.slice(1).every((answer) => answer === answers[1])).to.equal(true);
  });

  it('never answers a read with a query sent before it was asked: it sees the writes before it', async () => {
    const { state, query } = store();
    const reads = new SharedReads<{ value: number }>();
    state.value = 1;
    const before = reads.read('k', query());
    await new Promise((r) => setImmediate(r));
    state.value = 2;
    const after = reads.read('k', query());
    expect(await before).to.deep.equal({ value: 1 });
    expect(await after).to.deep.equal({ value: 2 });
  });

  it('lets reads of other keys go at once', async () => {
    const { state, query } = store();
    const reads = new SharedReads<{ value: number }>();
    const sent: string[] = [];
    const watched = (key: string) => () => {
      sent.push(key);
      return query()();
    };
    const answers = Promise.all(['a', 'b', 'c', 'a'].map((key) => reads.read(key, watched(key))));
    expect(sent).to.deep.equal(['a', 'b', 'c']);
    await answers;
    expect(sent).to.deep.equal(['a', 'b', 'c', 'a']);
    expect(state.queries).to.equal(4);
  });

  it('fails only the readers of a failed query; the next one is still sent for the reads that joined it', async () => {
    const { state, query } = store();
    const reads = new SharedReads<{ value: number }>();
    const broken = new Error('connection lost');
    const failed = reads.read('k', query(broken));
    const joined = [reads.read('k', query()), reads.read('k', query(broken))];
    const settled = await Promise.allSettled([failed, ...joined]);
    expect(settled.map((s) => (s.status === 'rejected' ? s.reason : s.value))).to.deep.equal([broken, { value: 0 }, { value: 0 }]);
    expect(state.queries).to.equal(2);
  });

  it('answers a query that throws before it is sent as a failed read, and leaves the key quiet', async () => {
    const { state, query } = store();
    const reads = new SharedReads<{ value: number }>();
    const broken = new Error('cannot build the query');
    const thrown = reads.read('k', () => {
      throw broken;
    });
    const joined = reads.read('k', query());
    expect(await Promise.allSettled([thrown, joined])).to.deep.equal([
      { status: 'rejected', reason: broken },
      { status: 'fulfilled', value: { value: 0 } },
    ]);
    state.value = 7;
    expect(await reads.read('k', query())).to.deep.equal({ value: 7 });
    expect(state.queries).to.equal(2);
  });
});
