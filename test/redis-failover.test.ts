import { expect } from 'chai';
import { captchaHash } from '../src/services/captcha/captcha.js';
import { kvKeys } from '../src/services/kv-keys.js';
import { backendMatrix, SQLITE_MEMORY } from './support/backends.js';
import { KNOWN_CODE, knownCodes } from './support/fakes.js';
import { type Harness, startHarness } from './support/harness.js';
import { RedisClusterServers, RedisSentinelServers, SENTINEL_MASTER_NAME } from './support/redis-servers.js';
import { CAPTCHA } from './support/sms-flow.js';
import { eventually, sleep } from './support/wait.js';


/** How long after the new master is in place the service may still answer -404 (the bound). */
const GRACE_MS = 2000;
/** The load goes on this long after the last -404, to show that the service is back for good. */
const SETTLED_MS = 2000;
const PHONE = '13800138000';

interface Setup {
  name: string;
  start(): Promise<void>;
  stop(): Promise<void>;
  kv(): Record<string, unknown>;
  /**
   * Kills the master that holds the service's keys; resolves with a check that the failover is over: that
   * the sentinels name the new master, or that the cluster's nodes give the slot to it.
   */
  killMaster(prefix: string): Promise<() => Promise<boolean>>;
}

const cluster = new RedisClusterServers();
const sentinels = new RedisSentinelServers();
const setups: Setup[] = [
  {
    name: 'a Sentinel setup (1 master, 1 replica, 3 sentinels)',
    start: async () => void (await sentinels.start()),
    stop: () => sentinels.stop(),
    kv: () => ({ url: undefined, sentinel: { name: SENTINEL_MASTER_NAME, sentinels: sentinels.sentinels } }),
    async killMaster() {
      const before = await sentinels.announcedMaster();
      sentinels.master.kill();
      return async () => (await sentinels.announcedMaster().catch(() => before)) !== before;
    },
  },
  {
    name: 'a Redis Cluster (3 masters, each with a replica)',
    start: async () => void (await cluster.start()),
    stop: () => cluster.stop(),
    kv: () => ({ url: undefined, cluster: { rootNodes: cluster.rootNodes } }),
    async killMaster(prefix) {
      const master = await cluster.masterOf(prefix);
      master.kill();
      return async () => (await cluster.masterOf(prefix).catch(() => master)) !== master;
    },
  },
];

interface Outcome {
  at: number;
  status: number;
}

/** One user's round: an image captcha drawn and solved, then a code sent to PHONE with another. */
async function round(h: Harness, solved: string[], sent: Outcome[], log: Outcome[]): Promise<void> {
  const draw = async () => {
    const answer = await h.post(CAPTCHA, 'img', 'generate', {});
    log.push({ at: Date.now(), status: answer.status });
    return answer.status === 0 ? captchaHash(KNOWN_CODE, String(answer.data.rand)) : null;
  };
  const hash = await draw();
  if (hash !== null) {
    const validated = await h.post(CAPTCHA, 'img', 'validate', { hash });
    log.push({ at: Date.now(), status: validated.status });
    if (validated.status === 0) solved.push(hash);
  }
  const forSms = await draw();
  if (forSms !== null) {
    const answer = await h.post(CAPTCHA, 'sms', 'generate', { phone: PHONE, hash: forSms });
    const outcome = { at: Date.now(), status: answer.status };
    log.push(outcome);
    if (answer.status === 0) sent.push(outcome);
  }
}

if ((await backendMatrix()).some((b) => b.kv === 'redis')) {
  for (const setup of setups) {
    describe(`Redis failover: ${setup.name}`, function () {
      this.timeout(90000);
      let h: Harness;
      before(async () => {
        await setup.start();
        h = await startHarness(
          { ...SQLITE_MEMORY, name: 'sqlite+redis', kv: 'redis' },
          {
            overrides: { random: knownCodes },
            config: {
              kv: { ...setup.kv(), prefix: `{failover-${process.pid}}:`, commandTimeoutMs: 500 },
              sms: { cooldownSeconds: 0, perPhoneHour: 100000, perPhoneDay: 100000, perIpHour: 100000 },
            },
          },
        );
      });
      after(async () => {
        await h?.close();
        await setup.stop();
      });

      it('answers -404 for at most the failover plus 2 s after its master is killed, then as before', async () => {
        const log: Outcome[] = [];
        const solved: string[] = [];
        const sent: Outcome[] = [];
        const ready: Outcome[] = [];
        let stop = false;
        const users = Array.from({ length: 8 }, async () => {
          while (!stop) await round(h, solved, sent, log);
        });
        const readiness = (async () => {
          while (!stop) {
            ready.push({ at: Date.now(), status: (await h.http.get('/readyz')).status });
            await sleep(100);
          }
        })();

        // The first drawings of a process are slow (fonts, compiling): the kill waits for the load to run.
        await eventually(async () => log.length >= 40, 20000);
        expect(log.map((o) => o.status).filter((s) => s !== 0), 'answers before the kill').to.deep.equal([]);
        const killedAt = Date.now();
        const replicaTookOver = await setup.killMaster(h.config.kv.prefix);
        let promotedAt = 0;
        while (Date.now() - killedAt < 60000) {
          if (await replicaTookOver()) {
            promotedAt = Date.now();
            break;
          }
          await sleep(50);
        }
        expect(promotedAt, 'the replica took over').to.be.above(0);
        // The load runs until it has answered as before for SETTLED_MS, or for long past the bound.
        const lastFailure = () => Math.max(killedAt, ...log.filter((o) => o.status !== 0).map((o) => o.at));
        while (Date.now() - lastFailure() < SETTLED_MS && Date.now() - promotedAt < GRACE_MS + 10000) await sleep(100);
        stop = true;
        await Promise.all([...users, readiness]);

        const failures = log.filter((o) => o.at > killedAt && o.status !== 0);
        const statuses = [...new Set(failures.map((o) => o.status))];
        const failoverMs = promotedAt - killedAt;
        const windowMs = lastFailure() - killedAt;
        process.stdout.write(`      failover ${failoverMs} ms; -404 for ${windowMs} ms (${failures.length} of ${log.length} answers)\n`);
        expect(statuses, 'the only failure is -404').to.satisfy((s: number[]) => s.every((x) => x === -404));
        expect(windowMs, `-404 until ${windowMs} ms after the kill, the failover took ${failoverMs} ms`).to.be.at.most(failoverMs + GRACE_MS);
        expect(Date.now() - lastFailure(), 'back for good').to.be.at.least(SETTLED_MS);
        if (failures.length > 0) {
          const during = ready.filter((o) => o.at > killedAt && o.at < lastFailure());
          expect(during.map((o) => o.status), '/readyz while Redis is away').to.include(503);
        }
        expect(ready[ready.length - 1]!.status, '/readyz after').to.equal(200);

        // Single-use held through the failover: no solved captcha validates again.
        const again = await Promise.all(solved.map((hash) => h.post(CAPTCHA, 'img', 'validate', { hash })));
        expect(again.filter((a) => a.status === 0), 'captchas used twice').to.have.length(0);
        // The per-phone count errs only towards refusing: every code sent is counted.
        const counted = Number(await h.context.kv.get(kvKeys.smsPerPhoneHour(PHONE)));
        expect(counted, 'codes counted against the phone').to.be.at.least(sent.length);
      });
    });
  }
}
