import cluster from 'node:cluster';
import type { Knex } from 'knex';
import { AggregatorRegistry, collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';

/** What the service counts, for GET /metrics (Prometheus text), with prom-client. One per process, in its context. */
export interface Metrics {
  registry: Registry;
  /** HTTP requests by route pattern, method and HTTP status. */
  http: Counter<'route' | 'method' | 'status'>;
  /** Envelope answers by (type, subtype) and status. */
  answers: Counter<'type' | 'subtype' | 'status'>;
  /** Seconds from a valid envelope to its answer, per (type, subtype). */
  latency: Histogram<'type' | 'subtype'>;
  smsSent: Counter;
  smsRefused: Counter<'reason'>;
  captcha: Counter<'kind' | 'result'>;
  /** Failures of the database, the key-value store and object storage. */
  backendErrors: Counter<'failure'>;
}

/**
 * `served`: whether GET /metrics is served (metrics.enabled). When it is not, the process metrics are not
 * collected at all: they observe every garbage collection and sample the event loop's delay on a timer.
 */
export function createMetrics(db: Knex, served = true): Metrics {
  const registry = new Registry();
  // A worker's numbers are added to the others' by the primary (serveClusterMetrics). Constructing an
  // AggregatorRegistry is what makes prom-client answer the primary's requests in this worker.
  if (cluster.isWorker) {
    new AggregatorRegistry();
    AggregatorRegistry.setRegistries([registry]);
  }
  if (served) collectDefaultMetrics({ register: registry });
  const pool = (db.client as { pool?: { numUsed(): number; numFree(): number; numPendingAcquires(): number } }).pool;
  new Gauge({
    name: 'campus_db_pool_connections',
    help: 'Database pool connections by state',
    labelNames: ['state'],
    registers: [registry],
    collect() {
      if (!pool) return;
      this.set({ state: 'used' }, pool.numUsed());
      this.set({ state: 'free' }, pool.numFree());
      this.set({ state: 'pending' }, pool.numPendingAcquires());
    },
  });
  return {
    registry,
    http: new Counter({ name: 'campus_http_requests_total', help: 'HTTP requests', labelNames: ['route', 'method', 'status'], registers: [registry] }),
    answers: new Counter({ name: 'campus_api_answers_total', help: 'Envelope answers by type, subtype and status', labelNames: ['type', 'subtype', 'status'], registers: [registry] }),
    latency: new Histogram({
      name: 'campus_api_duration_seconds',
      help: 'Time to answer a valid envelope',
      labelNames: ['type', 'subtype'],
      buckets: [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5],
      registers: [registry],
    }),
    smsSent: new Counter({ name: 'campus_sms_sent_total', help: 'SMS codes sent', registers: [registry] }),
    smsRefused: new Counter({ name: 'campus_sms_refused_total', help: 'sms/generate refused, by reason', labelNames: ['reason'], registers: [registry] }),
    captcha: new Counter({ name: 'campus_captcha_validations_total', help: 'Captcha validations: hit or miss', labelNames: ['kind', 'result'], registers: [registry] }),
    backendErrors: new Counter({ name: 'campus_backend_errors_total', help: 'Backend failures', labelNames: ['failure'], registers: [registry] }),
  };
}

const ASK = 'campus:metrics?';
const ANSWER = 'campus:metrics';
const ASK_TIMEOUT_MS = 2000;

/**
 * In the primary of several workers: answers a worker's request for the metrics of all of them
 * (prom-client asks every worker for its registry and adds them up).
 */
export function serveClusterMetrics(): void {
  const aggregator = new AggregatorRegistry();
  cluster.on('message', (worker, message: { type?: string; id?: number }) => {
    if (message?.type !== ASK) return;
    aggregator.clusterMetrics().then(
      (text) => worker.send({ type: ANSWER, id: message.id, text }),
      (err: unknown) => worker.send({ type: ANSWER, id: message.id, error: (err as Error).message }),
    );
  });
}

let asked = 0;

/** The metrics text: this process's own, or in a worker, all workers' added up by the primary. */
export async function metricsText(metrics: Metrics): Promise<string> {
  if (!cluster.isWorker) return metrics.registry.metrics();
  const id = ++asked;
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => done(new Error('the primary did not answer with the metrics')), ASK_TIMEOUT_MS);
    const onMessage = (message: { type?: string; id?: number; text?: string; error?: string }) => {
      if (message?.type !== ANSWER || message.id !== id) return;
      done(message.error ? new Error(message.error) : undefined, message.text);
    };
    const done = (err?: Error, text?: string) => {
      clearTimeout(timer);
      process.off('message', onMessage);
      if (err) reject(err);
      else resolve(text ?? '');
    };
    process.on('message', onMessage);
    process.send?.({ type: ASK, id });
  });
}

export const METRICS_CONTENT_TYPE = Registry.PROMETHEUS_CONTENT_TYPE;
