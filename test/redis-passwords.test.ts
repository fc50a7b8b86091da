import { expect } from 'chai';
import { RedisKeyValueStore } from '../src/backends/kv/redis.js';
import { buildConfig } from '../src/config.js';
import { createLogger } from '../src/log.js';
import { backendMatrix } from './support/backends.js';
import { RedisClusterServers, RedisSentinelServers, SENTINEL_MASTER_NAME } from './support/redis-servers.js';

const PASSWORD = 'campus-secret';

/** A store as the service builds it from a config file and its environment. */
function storeFrom(kv: Record<string, unknown>, env: NodeJS.ProcessEnv): RedisKeyValueStore {
  const config = buildConfig({ kv: { driver: 'redis', prefix: '{passwords}:', commandTimeoutMs: 500, ...kv } }, '/', env);
  return new RedisKeyValueStore({ ...config.kv, log: createLogger('silent') });
}

if ((await backendMatrix()).some((b) => b.kv === 'redis')) {
  const cluster = new RedisClusterServers(PASSWORD);
  const sentinels = new RedisSentinelServers(PASSWORD);
  const setups = [
    { name: 'a cluster', servers: cluster, kv: () => ({ cluster: { rootNodes: cluster.rootNodes } }) },
    { name: 'a sentinel setup', servers: sentinels, kv: () => ({ sentinel: { name: SENTINEL_MASTER_NAME, sentinels: sentinels.sentinels } }) },
  ];
  for (const setup of setups) {
    describe(`Redis passwords: ${setup.name} whose nodes require one`, function () {
      this.timeout(60000);
      const { kv } = setup;
      before(async () => void (await setup.servers.start()));
      after(() => setup.servers.stop());

      it('is reached with the password from CAMPUS_KV_PASSWORD', async () => {
        const store = storeFrom(kv(), { CAMPUS_KV_PASSWORD: PASSWORD });
        await store.connect();
        try {
          await store.set('k', 'v', 60);
          expect(await store.take('k')).to.equal('v');
        } finally {
          await store.close();
        }
      });

      it('is refused without it: commands fail (-404), nothing hangs', async () => {
        const store = storeFrom(kv(), {});
        store.connect().catch(() => undefined);
        try {
          const failed = await store.ping().then(() => false, () => true);
          expect(failed, 'a ping without the password').to.equal(true);
        } finally {
          await store.close();
        }
      });
    });
  }
}
