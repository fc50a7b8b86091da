/**
 * Two service instances over one Redis and over a Redis Cluster (3 masters, each with a replica), in one
 * run: image captchas drawn on one instance and solved on the other, and sms/generate (after a captcha
 * drawn on the other instance) from many clients and phones, so that its limits answer as often as its
 * sender. Each instance is bench/known-codes-service.ts, whose captchas the bench can solve.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createClient } from 'redis';
import { RedisClusterServers } from '../test/support/redis-servers.js';
import { captchaHash } from '../src/services/captcha/captcha.js';
import { KNOWN_CODE } from '../test/support/fakes.js';
import { startListening, stop } from './processes.js';
import type { Row } from './row.js';

const CAPTCHA = '/api/external/captcha';
const USERS = 16;
const PHONES = 500;
const CLIENTS = 100;
const FIRST_PORT = 4094;
const WARM_UP_SECONDS = 3;

interface Topology {
  name: string;
  kv: Record<string, unknown>;
}

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;

async function post(base: string, type: string, subtype: string, data: object, client?: string): Promise<{ status: number; data: Record<string, unknown> }> {
  const res = await fetch(`${base}${CAPTCHA}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...(client ? { 'X-Forwarded-For': client } : {}) },
    body: JSON.stringify({ id: 1, type, subtype, data }),
  });
  return (await res.json()) as { status: number; data: Record<string, unknown> };
}

/** Draws a captcha on `base` and answers the hash that solves it (or null when the drawing failed). */
async function solvedOn(base: string): Promise<string | null> {
  const drawn = await post(base, 'img', 'generate', {});
  if (drawn.status !== 0) return null;
  return captchaHash(KNOWN_CODE, String(drawn.data.rand));
}

/** USERS users each doing `step` on alternating instances for `seconds`: one row of its time and statuses. */
async function storm(scenario: string, bases: string[], seconds: number, step: (from: string, to: string) => Promise<number>): Promise<Row> {
  const latencies: number[] = [];
  const statuses = new Map<number, number>();
  const until = Date.now() + seconds * 1000;
  await Promise.all(
    Array.from({ length: USERS }, async (_, user) => {
      for (let turn = user; Date.now() < until; turn++) {
        const started = performance.now();
        const status = await step(bases[turn % 2]!, bases[(turn + 1) % 2]!);
        latencies.push(performance.now() - started);
        statuses.set(status, (statuses.get(status) ?? 0) + 1);
      }
    }),
  );
  latencies.sort((a, b) => a - b);
  const failed = [...statuses].filter(([s]) => s === -404 || s === -500).reduce((n, [, count]) => n + count, 0);
  return {
    scenario,
    connections: USERS,
    rps: Math.round(latencies.length / seconds),
    p50: Math.round(percentile(latencies, 50)),
    p95: Math.round(percentile(latencies, 95)),
    p99: Math.round(percentile(latencies, 99)),
    errors: failed,
    rssMb: null,
    note: [...statuses].sort(([a], [b]) => a - b).map(([s, n]) => `${s}: ${n}`).join(', '),
  };
}

/** A run starts with none of an earlier run's counts: its SMS limits would answer every request. */
async function forgetEarlierRuns(redisUrl: string, prefix: string): Promise<void> {
  const redis = await createClient({ url: redisUrl }).connect();
  for await (const keys of redis.scanIterator({ MATCH: `${prefix}*`, COUNT: 1000 })) if (keys.length > 0) await redis.del(keys);
  await redis.quit();
}

export async function kvTopologyRows(config: Record<string, unknown>, redisUrl: string, resultsDir: string, seconds: number): Promise<Row[]> {
  await forgetEarlierRuns(redisUrl, '{bench}:');
  const cluster = await new RedisClusterServers().start();
  const topologies: Topology[] = [
    { name: 'one Redis', kv: { driver: 'redis', url: redisUrl, prefix: '{bench}:' } },
    { name: 'Redis Cluster', kv: { driver: 'redis', cluster: { rootNodes: cluster.rootNodes }, prefix: '{bench}:' } },
  ];
  const rows: Row[] = [];
  try {
    for (const [t, topology] of topologies.entries()) {
      const ports = [FIRST_PORT + 2 * t, FIRST_PORT + 2 * t + 1];
      const instances = await Promise.all(
        ports.map((port) => {
          const path = join(resultsDir, `bench-config-kv-${port}.json`);
          const server = { host: '127.0.0.1', port, trustProxy: true };
          writeFileSync(path, JSON.stringify({ ...config, server, kv: topology.kv, log: { level: 'warn' } }, null, 2));
          return startListening(process.execPath, ['--import', 'tsx', 'bench/known-codes-service.ts', path], { cwd: process.cwd(), logPath: join(resultsDir, `kv-${port}.log`) });
        }),
      );
      const bases = ports.map((port) => `http://127.0.0.1:${port}`);
      const pair = async (from: string, to: string) => {
        const hash = await solvedOn(from);
        return hash === null ? -404 : (await post(to, 'img', 'validate', { hash })).status;
      };
      try {
        // Unmeasured: the first seconds of a fresh process (compiling, warming) would count against whichever topology came first.
        await storm('warm-up', bases, WARM_UP_SECONDS, pair);
        rows.push(await storm(`img/generate on one instance + img/validate on the other, 2 instances on ${topology.name}`, bases, seconds, pair));
        let n = 0;
        rows.push(
          await storm(`sms/generate at its limits (${PHONES} phones, ${CLIENTS} clients), 2 instances on ${topology.name}`, bases, seconds, async (from, to) => {
            const hash = await solvedOn(from);
            if (hash === null) return -404;
            n++;
            const phone = `138${String(n % PHONES).padStart(8, '0')}`;
            return (await post(to, 'sms', 'generate', { phone, hash }, `10.0.${(n * 7) % CLIENTS}.1`)).status;
          }),
        );
      } finally {
        await Promise.all(instances.map(stop));
      }
    }
  } finally {
    await cluster.stop();
  }
  return rows;
}
