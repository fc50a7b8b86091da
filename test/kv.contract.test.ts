import { expect } from 'chai';
import { MemoryKeyValueStore } from '../src/backends/kv/memory.js';
import { RedisKeyValueStore } from '../src/backends/kv/redis.js';
import type { KeyValueStore } from '../src/backends/kv/types.js';
import type { RedisTopology } from '../src/backends/kv/redis-topologies.js';
import { createLogger } from '../src/log.js';
import { backendMatrix, REDIS_URL } from './support/backends.js';
import { ManualClock } from './support/fakes.js';
import { RedisClusterServers, RedisSentinelServers, SENTINEL_MASTER_NAME } from './support/redis-servers.js';

interface StoreUnderTest {
  name: string;
  /** `tag`: the hash tag of the store's prefix, which a set it shares must hold too. */
  make(): Promise<{ store: KeyValueStore; passTime(seconds: number): Promise<void>; tag: string }>;
  /** A store whose server has gone (none for the in-process store, which cannot go). */
  gone?(): Promise<KeyValueStore>;
  /** Whether it keeps sets another service reads (the in-process store refuses them). */
  sharesSets: boolean;
  /** Starts the servers the store needs, and stops them. */
  before?(): Promise<void>;
  after?(): Promise<void>;
}

/** Redis expires keys on its own clock: the only way to test a real TTL is to let it run out. */
const realTime = (s: number) => new Promise<void>((resolve) => setTimeout(resolve, s * 1000 + 100));

/** A Redis store over `topology`, under a prefix of its own whose hash tag keeps a cluster's keys in one slot. */
function redisStore(name: string, topology: () => RedisTopology): StoreUnderTest {
  const open = async (prefix: string, commandTimeoutMs: number) => {
    const store = new RedisKeyValueStore({ ...topology(), prefix, commandTimeoutMs, log: createLogger('silent') });
    await store.connect();
    return store;
  };
  return {
    name,
    sharesSets: true,
    async make() {
      const tag = `{contract:${Math.random().toString(36).slice(2)}}`;
      return { store: await open(`${tag}:`, 2000), passTime: realTime, tag };
    },
    async gone() {
      const store = await open('{contract:gone}:', 500);
      await store.close();
      return store;
    },
  };
}

const stores: StoreUnderTest[] = [
  {
    name: 'memory',
    sharesSets: false,
    async make() {
      const clock = new ManualClock();
      return { store: new MemoryKeyValueStore(clock, 'contract:'), passTime: async (s) => clock.advance(s), tag: '' };
    },
  },
];
if ((await backendMatrix()).some((b) => b.kv === 'redis')) {
  stores.push(redisStore('redis', () => ({ url: REDIS_URL })));
  const cluster = new RedisClusterServers();
  const sentinels = new RedisSentinelServers();
  stores.push({
    ...redisStore('redis cluster (3 masters, 3 replicas)', () => ({ url: '', cluster: { rootNodes: cluster.rootNodes as [string, ...string[]] } })),
    before: async () => void (await cluster.start()),
    after: () => cluster.stop(),
  });
  stores.push({
    ...redisStore('redis sentinel (master, replica, 3 sentinels)', () => ({ url: '', sentinel: { name: SENTINEL_MASTER_NAME, sentinels: sentinels.sentinels as [string, ...string[]] } })),
    before: async () => void (await sentinels.start()),
    after: () => sentinels.stop(),
  });
}

for (const under of stores) {
  describe(`KeyValueStore contract: ${under.name}`, function () {
    this.timeout(60000);
    let store: KeyValueStore;
    if (under.before) before(under.before);
    if (under.after) after(under.after);
    let passTime: (seconds: number) => Promise<void>;
    let tag: string;
    beforeEach(async () => {
      ({ store, passTime, tag } = await under.make());
    });
    afterEach(() => store.close());

    it('gets what was set, and null for a missing key', async () => {
      await store.set('a', 'one', 60);
      expect(await store.get('a')).to.equal('one');
      expect(await store.get('missing')).to.equal(null);
    });

    it('expires a key after its TTL', async () => {
      await store.set('short', 'x', 1);
      expect(await store.ttl('short')).to.be.within(0, 1);
      await passTime(1.1);
      expect(await store.get('short')).to.equal(null);
      expect(await store.ttl('short')).to.equal(null);
    });

    it('takes a value exactly once, even when two takers race', async () => {
      await store.set('once', 'v', 60);
      const results = await Promise.all([store.take('once'), store.take('once'), store.take('once')]);
      expect(results.filter((r) => r === 'v')).to.have.length(1);
      expect(await store.get('once')).to.equal(null);
    });

    it('takes only when the value matches, counting each miss', async () => {
      const guard = { counter: 'bound-fails', max: 5, windowSeconds: 60 };
      await store.set('bound', '13800138000', 60);
      expect(await store.guardedTake('bound', '13900139000', guard)).to.deep.equal({ outcome: 'missed', failures: 1 });
      expect(await store.get('bound')).to.equal('13800138000');
      expect(await store.guardedTake('bound', '13800138000', guard)).to.deep.equal({ outcome: 'taken', value: '13800138000' });
      expect(await store.guardedTake('bound', '13800138000', guard)).to.deep.equal({ outcome: 'missed', failures: 2 });
      await store.set('any', 'owner', 60);
      expect(await store.guardedTake('any', null, guard)).to.deep.equal({ outcome: 'taken', value: 'owner' });
    });

    it('refuses every take once the failure cap is reached, and counts in its window', async () => {
      const guard = { counter: 'capped-fails', max: 2, windowSeconds: 2 };
      await store.set('secret', 'v', 60);
      expect((await store.guardedTake('nothing', null, guard)).outcome).to.equal('missed');
      expect((await store.guardedTake('nothing', null, guard)).outcome).to.equal('missed');
      expect(await store.guardedTake('secret', 'v', guard)).to.deep.equal({ outcome: 'capped' });
      expect(await store.get('secret')).to.equal('v');
      await passTime(3);
      expect(await store.guardedTake('secret', 'v', guard)).to.deep.equal({ outcome: 'taken', value: 'v' });
    });

    it('checks the cap, counts and takes as one step under 100 concurrent guesses', async () => {
      const guard = { counter: 'race-fails', max: 5, windowSeconds: 60 };
      await store.set('code', '13800138000', 60);
      // 99 wrong guesses and the right one sent 60th: all start before any has finished.
      const guesses = Array.from({ length: 100 }, (_, i) => (i === 59 ? '13800138000' : `wrong-${i}`));
      const results = await Promise.all(guesses.map((g) => store.guardedTake('code', g, guard)));
      const outcomes = results.map((r) => r.outcome);
      expect(outcomes.filter((o) => o === 'missed')).to.have.length(5);
      expect(outcomes.filter((o) => o === 'capped')).to.have.length(95);
      expect(outcomes[59]).to.equal('capped');
      expect(await store.get('code')).to.equal('13800138000');
    });

    it('sets only when absent', async () => {
      expect(await store.setIfAbsent('nx', '1', 60)).to.equal(true);
      expect(await store.setIfAbsent('nx', '2', 60)).to.equal(false);
      expect(await store.get('nx')).to.equal('1');
    });

    it('counts in a fixed window that starts with the first increment', async () => {
      expect(await store.increment('c', 1)).to.equal(1);
      expect(await Promise.all([store.increment('c', 1), store.increment('c', 1)])).to.have.members([2, 3]);
      expect(await store.increment('c', 1, -1)).to.equal(2);
      await passTime(1.1);
      expect(await store.get('c')).to.equal(null);
      expect(await store.increment('c', 60)).to.equal(1);
    });

    it('never creates a counter by giving back', async () => {
      expect(await store.increment('gone', 60, -1)).to.equal(0);
      expect(await store.get('gone')).to.equal(null);
    });

    it('deletes several keys at once', async () => {
      await store.set('d1', 'x', 60);
      await store.set('d2', 'y', 60);
      await store.del('d1', 'd2', 'never-set');
      expect(await store.get('d1')).to.equal(null);
      expect(await store.get('d2')).to.equal(null);
    });

    it('keeps a member in a shared set while its key lives (taken with it, swept after it), or refuses to', async () => {
      if (!under.sharesSets) {
        const refused = await store.set('member-a', 'a', 60, { set: 'legacy', member: 'a' }).then(() => false, () => true);
        expect(refused, 'a set no other service can read').to.equal(true);
        return;
      }
      // Named with the prefix's hash tag, as a cluster needs.
      const set = `${tag}legacy`;
      await store.set('member-a', 'a', 60, { set, member: 'a' });
      await store.set('member-b', 'b', 1, { set, member: 'b' });
      expect(await store.take('member-a', { set, member: 'a' })).to.equal('a');
      expect(await store.take('member-a', { set, member: 'a' })).to.equal(null);
      await passTime(1.1);
      expect(await store.sweepExpiredMembers(set)).to.equal(1);
      expect(await store.sweepExpiredMembers(set)).to.equal(0);
    });

    it('answers ping while it serves, and fails it once its server has gone', async () => {
      expect(await store.ping()).to.equal(undefined);
      if (!under.gone) return;
      const gone = await under.gone();
      let failed = false;
      await gone.ping().catch(() => (failed = true));
      expect(failed, 'ping of a store whose server has gone').to.equal(true);
    });
  });
}
