import { expect } from 'chai';
import { postStatusOf } from '../src/rpc/failures.js';
import knexFactory from 'knex';
import { createLogger } from '../src/log.js';
import { createMetrics } from '../src/metrics.js';
import { formatDateTime } from '../src/services/datetime.js';
import { TokenService } from '../src/services/accounts/tokens.js';
import { backendMatrix } from './support/backends.js';
import { capturedLog } from './support/captured-log.js';
import { ManualClock } from './support/fakes.js';
import { type Harness, startHarness } from './support/harness.js';

const report = { log: createLogger('silent'), metrics: createMetrics(knexFactory({ client: 'better-sqlite3', connection: { filename: ':memory:' }, useNullAsDefault: true })) };

async function statusOf(work: Promise<unknown>): Promise<number> {
  try {
    await work;
    return 0;
  } catch (err) {
    // As the POST edge would answer it.
    return postStatusOf(err, undefined, report).status.code;
  }
}

for (const spec of await backendMatrix()) {
  describe(`tokens on ${spec.name}`, () => {
    let h: Harness;
    const clock = new ManualClock();
    before(async () => {
      h = await startHarness(spec, { overrides: { clock }, config: { tokens: { cacheSeconds: 0 } } });
    });
    after(() => h.close());

    it('maps a token to its user id', async () => {
      const token = await h.token('1180310086');
      expect(await h.context.tokens.userFor(token)).to.equal('1180310086');
    });

    it('answers -100 without a token, -101 for an unknown one, -102 for a row without a user', async () => {
      expect(await statusOf(h.context.tokens.userFor(undefined))).to.equal(-100);
      expect(await statusOf(h.context.tokens.userFor(''))).to.equal(-100);
      expect(await statusOf(h.context.tokens.userFor('no-such-token'))).to.equal(-101);
      expect(await statusOf(h.context.tokens.userFor('x'.repeat(300)))).to.equal(-101);
      await h.context.db('tokens').insert({ token: 'orphan', user_id: null });
      expect(await statusOf(h.context.tokens.userFor('orphan'))).to.equal(-102);
    });

    it('refuses (-101) a token whose user id is not 1-15 digits without a leading zero, and logs each once', async () => {
      const { log, lines } = capturedLog('warn');
      const tokens = new TokenService(h.context.db, h.context.kv, clock, h.config, log);
      const rows = ['007', '0', 'abc', '1234567890123456', ' 7', '7.0', '-7'].map((userId, i) => ({ token: `malformed-${i}`, user_id: userId }));
      await h.context.db('tokens').insert(rows);
      for (const { token } of rows) {
        expect(await statusOf(tokens.userFor(token)), token).to.equal(-101);
        expect(await statusOf(tokens.userFor(token)), token).to.equal(-101);
      }
      await h.context.db('tokens').insert({ token: 'well-formed', user_id: '7' });
      expect(await tokens.userFor('well-formed')).to.equal('7');
      await new Promise((resolve) => setImmediate(resolve));
      const refusals = lines.filter((line) => String(line.msg).startsWith("a token's user id is not"));
      expect(refusals.map((line) => line.user_id)).to.deep.equal(rows.map((row) => row.user_id));
      expect(JSON.stringify(refusals)).not.to.contain('malformed-');
    });

    it('treats injection attempts as plain unknown tokens', async () => {
      for (const token of ["' OR '1'='1", '1; DROP TABLE tokens; --', '\\', '%', '"']) {
        expect(await statusOf(h.context.tokens.userFor(token))).to.equal(-101);
      }
      expect(await h.context.db('tokens').count({ n: '*' })).to.have.length(1);
    });

    it('refuses an expired token', async () => {
      await h.context.tokens.issue('42', 'expiring', clock.now() + 60_000);
      expect(await h.context.tokens.userFor('expiring')).to.equal('42');
      clock.advance(61);
      expect(await statusOf(h.context.tokens.userFor('expiring'))).to.equal(-101);
      expect(formatDateTime(clock.now(), 'Asia/Shanghai')).to.match(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$/);
    });
  });
}

describe('token cache', () => {
  let h: Harness;
  before(async () => {
    h = await startHarness((await backendMatrix())[0]!, { config: { tokens: { cacheSeconds: 30 } } });
  });
  after(() => h.close());

  it('answers from the cache for its lifetime, and keeps no raw token in the kv store', async () => {
    const token = await h.token('777');
    expect(await h.context.tokens.userFor(token)).to.equal('777');
    await h.context.db('tokens').where({ token }).del();
    expect(await h.context.tokens.userFor(token)).to.equal('777');
    expect(await h.context.kv.get(`token:${token}`)).to.equal(null);
  });
});

describe("a process's own token lookups", () => {
  let h: Harness;
  const clock = new ManualClock();
  let storeReads = 0;
  before(async () => {
    h = await startHarness((await backendMatrix())[0]!, { overrides: { clock }, config: { tokens: { cacheSeconds: 30 } } });
    const get = h.context.kv.get.bind(h.context.kv);
    h.context.kv.get = (key) => {
      storeReads++;
      return get(key);
    };
  });
  after(() => h.close());

  it('are answered without the store for as long as the store keeps them, never past expiry', async () => {
    await h.context.tokens.issue('4242', 'looked-up', clock.now() + 20_000);
    storeReads = 0;
    expect(await h.context.tokens.userFor('looked-up')).to.equal('4242');
    expect(await h.context.tokens.userFor('looked-up')).to.equal('4242');
    expect(storeReads).to.equal(1);
    clock.advance(19);
    expect(await h.context.tokens.userFor('looked-up')).to.equal('4242');
    clock.advance(2);
    expect(await statusOf(h.context.tokens.userFor('looked-up'))).to.equal(-101);
  });

  it('keep a token another process looked up for what the store has left of it, no longer', async () => {
    await h.context.tokens.issue('4444', 'shared');
    expect(await h.context.tokens.userFor('shared')).to.equal('4444');
    clock.advance(10);
    const other = new TokenService(h.context.db, h.context.kv, clock, h.config, h.context.log);
    storeReads = 0;
    expect(await other.userFor('shared')).to.equal('4444');
    expect(await other.userFor('shared')).to.equal('4444');
    expect(storeReads).to.equal(1);
    // Revoked: the other process stops answering for it when the store does, 30 s after the first lookup.
    await h.context.db('tokens').where({ token: 'shared' }).del();
    clock.advance(19);
    expect(await other.userFor('shared')).to.equal('4444');
    clock.advance(2);
    expect(await statusOf(other.userFor('shared'))).to.equal(-101);
  });

  it('forget a token removed from the table after tokens.cacheSeconds, as the store does', async () => {
    await h.context.tokens.issue('4343', 'revoked');
    expect(await h.context.tokens.userFor('revoked')).to.equal('4343');
    await h.context.db('tokens').where({ token: 'revoked' }).del();
    clock.advance(29);
    expect(await h.context.tokens.userFor('revoked')).to.equal('4343');
    clock.advance(2);
    expect(await statusOf(h.context.tokens.userFor('revoked'))).to.equal(-101);
  });
});
