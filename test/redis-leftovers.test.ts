import { expect } from 'chai';
import { createClient } from 'redis';
import { backendMatrix, REDIS_URL } from './support/backends.js';

/** Every key the suite writes in Redis is under this prefix (the harness's, and the process tests'). */
const PREFIX = 'test:';

async function keysNow(): Promise<string[]> {
  const client = createClient({ url: REDIS_URL });
  await client.connect();
  try {
    const keys: string[] = [];
    for await (const batch of client.scanIterator({ MATCH: `${PREFIX}*`, COUNT: 500 })) keys.push(...batch);
    return keys;
  } finally {
    await client.quit();
  }
}

const usesRedis = (await backendMatrix()).some((b) => b.kv === 'redis');
const before = new Set(usesRedis ? await keysNow() : []);

// A root hook: it runs once every suite has finished, in whatever order the files were loaded.
after('the suite leaves no key behind in Redis', async function () {
  if (!usesRedis) return;
  const left = (await keysNow()).filter((key) => !before.has(key));
  expect(left, 'keys the suite left in Redis').to.deep.equal([]);
});
