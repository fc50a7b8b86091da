import { expect } from 'chai';
import fc from 'fast-check';
import { AggregatorRegistry, Counter, Histogram, Registry } from 'prom-client';
import { TalliedCounter, TalliedHistogram } from '../src/tallies.js';

const BUCKETS = [0.001, 0.01, 0.1, 1];
const routes = fc.constantFrom('/api/external/captcha', '/healthz', 'unmatched');
const methods = fc.constantFrom('GET', 'POST');
const statuses = fc.constantFrom(200, 404, -1);
const seconds = fc.oneof(fc.constantFrom(0, 0.001, 0.01, 0.1, 1, 2), fc.double({ min: 0, max: 3, noNaN: true }));

/** The same counts kept by prom-client's own metrics and by the tallied ones, in registries of their own. */
function both() {
  const own = new Registry();
  const tallied = new Registry();
  return {
    own,
    tallied,
    counter: {
      own: new Counter({ name: 'requests_total', help: 'Requests', labelNames: ['route', 'method', 'status'], registers: [own] }),
      tallied: new TalliedCounter<[string, string, number]>({ name: 'requests_total', help: 'Requests', labelNames: ['route', 'method', 'status'], registry: tallied }),
    },
    histogram: {
      own: new Histogram({ name: 'duration_seconds', help: 'Duration', labelNames: ['route', 'method'], buckets: BUCKETS, registers: [own] }),
      tallied: new TalliedHistogram<[string, string]>({ name: 'duration_seconds', help: 'Duration', labelNames: ['route', 'method'], buckets: BUCKETS, registry: tallied }),
    },
  };
}

describe('tallied metrics', () => {
  it('write exactly the text prom-client writes for the same counts and observations', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.tuple(routes, methods, statuses, seconds), { maxLength: 60 }), async (requests) => {
        const m = both();
        for (const [route, method, status, s] of requests) {
          m.counter.own.inc({ route, method, status });
          m.counter.tallied.at(route, method, status).inc();
          m.histogram.own.observe({ route, method }, s);
          m.histogram.tallied.at(route, method).observe(s);
        }
        expect(await m.tallied.metrics()).to.equal(await m.own.metrics());
      }),
      { numRuns: 200 },
    );
  });

  it('are added up across workers as prom-client adds up its own', async () => {
    const workers = [both(), both()];
    workers[0]?.counter.own.inc({ route: '/healthz', method: 'GET', status: 200 });
    workers[0]?.counter.tallied.at('/healthz', 'GET', 200).inc();
    for (const w of workers) {
      w.counter.own.inc({ route: '/healthz', method: 'GET', status: 200 });
      w.counter.tallied.at('/healthz', 'GET', 200).inc();
      w.histogram.own.observe({ route: '/healthz', method: 'GET' }, 0.05);
      w.histogram.tallied.at('/healthz', 'GET').observe(0.05);
    }
    const added = async (registries: Registry[]) => AggregatorRegistry.aggregate(await Promise.all(registries.map((r) => r.getMetricsAsJSON()))).metrics();
    const tallied = await added(workers.map((w) => w.tallied));
    expect(tallied).to.equal(await added(workers.map((w) => w.own)));
    expect(tallied).to.contain('requests_total{route="/healthz",method="GET",status="200"} 3');
    expect(tallied).to.contain('duration_seconds_count{route="/healthz",method="GET"} 2');
  });

  it('start again from nothing when the registry is reset', async () => {
    const m = both();
    m.counter.tallied.at('/healthz', 'GET', 200).inc();
    m.histogram.tallied.at('/healthz', 'GET').observe(0.5);
    m.tallied.resetMetrics();
    m.counter.tallied.at('/healthz', 'GET', 404).inc();
    const text = await m.tallied.metrics();
    expect(text).not.to.contain('status="200"');
    expect(text).to.contain('requests_total{route="/healthz",method="GET",status="404"} 1');
    expect(text).not.to.contain('duration_seconds_count');
  });
});
