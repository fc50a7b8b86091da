import { expect } from 'chai';
import { backendMatrix, deepMerge, SQLITE_MEMORY, type BackendSpec } from './support/backends.js';
import { ScriptedRandom } from './support/fakes.js';
import { FakeTencentSms } from './support/fake-tencent-sms.js';
import { type Harness, startHarness } from './support/harness.js';
import { RedisClusterServers, RedisSentinelServers, SENTINEL_MASTER_NAME } from './support/redis-servers.js';
import { requestSms, solvedImageHash, tencentConfig } from './support/sms-flow.js';

const tally = (statuses: number[]) =>
  Object.entries(statuses.reduce<Record<number, number>>((acc, s) => ({ ...acc, [s]: (acc[s] ?? 0) + 1 }), {}))
    .map(([status, n]) => `${n}×${status}`)
    .join(', ');

interface Setup {
  name: string;
  spec: BackendSpec;
  instances: number;
  /** Redis servers of its own (a cluster, a sentinel setup), and the kv config that names them. */
  servers?: { start(): Promise<unknown>; stop(): Promise<void>; kv(): Record<string, unknown> };
}

const setups: Setup[] = [{ name: 'memory kv, one instance', spec: SQLITE_MEMORY, instances: 1 }];
const redis = (await backendMatrix()).find((b) => b.kv === 'redis');
if (redis) {
  setups.push({ name: 'Redis, two app instances sharing it', spec: redis, instances: 2 });
  const cluster = new RedisClusterServers();
  setups.push({
    name: 'a Redis Cluster, two app instances sharing it',
    spec: redis,
    instances: 2,
    servers: { start: () => cluster.start(), stop: () => cluster.stop(), kv: () => ({ url: undefined, cluster: { rootNodes: cluster.rootNodes } }) },
  });
  const sentinels = new RedisSentinelServers();
  setups.push({
    name: 'Redis Sentinel, two app instances sharing it',
    spec: redis,
    instances: 2,
    servers: {
      start: () => sentinels.start(),
      stop: () => sentinels.stop(),
      kv: () => ({ url: undefined, sentinel: { name: SENTINEL_MASTER_NAME, sentinels: sentinels.sentinels } }),
    },
  });
}

for (const setup of setups) {
  describe(`SMS flood: ${setup.name}`, function () {
    this.timeout(60000);
    let fake: FakeTencentSms;
    let apps: Harness[];
    const random = new ScriptedRandom();

    async function start(sms: Record<string, unknown>): Promise<void> {
      // A hash tag in the prefix, as a cluster needs (the other stores ignore it).
      const prefix = `{test:flood:${Math.random().toString(36).slice(2)}}:`;
      const config = deepMerge(tencentConfig(fake.address, sms), { kv: { prefix, ...setup.servers?.kv() }, server: { trustProxy: true } });
      apps = [];
      for (let i = 0; i < setup.instances; i++) apps.push(await startHarness(setup.spec, { overrides: { random }, config, clean: i === 0 }));
    }

    /**
     * Sends `n` sms/generate in parallel, round-robin over the instances, each with its own solved captcha.
     * The per-phone floods come from many clients, so that only the per-phone limits are in play.
     */
    async function flood(n: number, phoneOf: (i: number) => string, ipOf: (i: number) => string): Promise<number[]> {
      const hashes: string[] = [];
      for (let i = 0; i < n; i++) hashes.push(await solvedImageHash(apps[i % apps.length]!, random));
      const answers = await Promise.all(hashes.map((hash, i) => requestSms(apps[i % apps.length]!, phoneOf(i), hash, ipOf(i))));
      return answers.map((a) => a.status);
    }

    before(async () => {
      fake = await new FakeTencentSms().start();
      await setup.servers?.start();
    });
    afterEach(async () => {
      for (const app of apps) await app.close();
    });
    after(async () => {
      await fake.close();
      await setup.servers?.stop();
    });

    it('50 requests for one phone send one SMS (60 s cooldown)', async () => {
      await start({});
      const before = fake.received.length;
      const statuses = await flood(50, () => '13512345678', (i) => `198.51.100.${i}`);
      const sent = fake.received.length - before;
      console.log(`      flood ${setup.name}: 50 for one phone → ${sent} SMS sent; statuses ${tally(statuses)}`);
      expect(sent).to.equal(1);
      expect(statuses.filter((s) => s === 0)).to.have.length(1);
      expect(statuses.filter((s) => s === 1023)).to.have.length(49);
    });

    it('50 requests for one phone without a cooldown send 5 (the hourly cap)', async () => {
      await start({ cooldownSeconds: 0 });
      const before = fake.received.length;
      const statuses = await flood(50, () => '13512345679', (i) => `198.51.100.${i}`);
      const sent = fake.received.length - before;
      console.log(`      flood ${setup.name}: 50 for one phone, no cooldown → ${sent} SMS sent; statuses ${tally(statuses)}`);
      expect(sent).to.equal(5);
      expect(statuses.filter((s) => s === 1024)).to.have.length(45);
    });

    it('200 requests from one client for 200 phones send 20 (the per-client hourly cap)', async () => {
      await start({});
      const before = fake.received.length;
      const statuses = await flood(200, (i) => `137${String(i).padStart(8, '0')}`, () => '203.0.113.7');
      const sent = fake.received.length - before;
      console.log(`      flood ${setup.name}: 200 from one client → ${sent} SMS sent; statuses ${tally(statuses)}`);
      expect(sent).to.equal(20);
      expect(statuses.filter((s) => s === -405)).to.have.length(180);
    });
  });
}
