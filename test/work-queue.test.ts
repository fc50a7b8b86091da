import { expect } from 'chai';
import { WorkQueue } from '../src/backends/images/work-queue.js';

/** A job that runs until the test lets it finish, recording when it started. */
function gate(started: string[], name: string) {
  let open = () => {};
  const done = new Promise<void>((resolve) => (open = resolve));
  return { job: () => (started.push(name), done), open };
}

const tick = () => new Promise((r) => setImmediate(r));

describe('the picture work queue', () => {
  it('runs at most `concurrency` jobs; a cheap job overtakes costly ones waiting, within their weight', async () => {
    let now = 0;
    const queue = new WorkQueue({ concurrency: 1, queueLength: 10, msPerCost: 1, now: () => now });
    const started: string[] = [];
    const first = gate(started, 'first');
    const running = queue.run(0, undefined, first.job);
    const jobs = [['big-1', 1000, 0], ['big-2', 1000, 10], ['small', 1, 20], ['late-small', 1, 2000]] as const;
    const gates = new Map<string, ReturnType<typeof gate>>();
    const runs: Promise<void>[] = [];
    for (const [name, cost, at] of jobs) {
      now = at;
      const g = gate(started, name);
      gates.set(name, g);
      runs.push(queue.run(cost, undefined, g.job));
    }
    expect(queue.load).to.deep.equal({ running: 1, waiting: 4 });
    first.open();
    await running;
    for (const name of ['small', 'big-1', 'big-2', 'late-small']) {
      await tick();
      expect(started.at(-1)).to.equal(name);
      gates.get(name)?.open();
      await tick();
    }
    await Promise.all(runs);
    // A small job that came 2 s later did not overtake big jobs placed at 1000 and 1010.
    expect(started).to.deep.equal(['first', 'small', 'big-1', 'big-2', 'late-small']);
    expect(queue.load).to.deep.equal({ running: 0, waiting: 0 });
  });

  it('refuses past queueLength, and lets a waiting job whose caller gave up leave without running', async () => {
    const queue = new WorkQueue({ concurrency: 1, queueLength: 1, msPerCost: 1 });
    const started: string[] = [];
    const first = gate(started, 'first');
    const running = queue.run(0, undefined, first.job);
    const gone = new AbortController();
    const abandoned = queue.run(0, gone.signal, gate(started, 'abandoned').job).catch((err: unknown) => err);
    const refused = await queue.run(0, undefined, async () => 'never').catch((err: unknown) => err);
    expect((refused as Error).message).to.match(/tooManyRequests: pictures: 1 being processed, 1 waiting; try again shortly/);
    gone.abort(new Error('the client went away'));
    expect(((await abandoned) as Error).message).to.equal('the client went away');
    const next = queue.run(0, undefined, async () => 'ran');
    first.open();
    await running;
    expect(await next).to.equal('ran');
    expect(started).to.deep.equal(['first']);
  });
});
