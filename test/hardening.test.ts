import { expect } from 'chai';
import { createHash } from 'node:crypto';
import { cancelAfter, dialectOf } from '../src/backends/dialect.js';
import { kvKeys } from '../src/services/kv-keys.js';
import { backendMatrix } from './support/backends.js';
import { ManualClock } from './support/fakes.js';
import { type Answer, type Harness, startHarness } from './support/harness.js';

const PROPERTY = '/api/external/property';
const SHOP = '/api/external/shop';
const GET = '/api/external/get/property';

/** `n` distinct CJK characters: a key whose every pair is a different gram. */
const distinctChars = (n: number, from = 0x4e00) => Array.from({ length: n }, (_, i) => String.fromCodePoint(from + i)).join('');

const notice = (over: Record<string, unknown> = {}) => ({
  type: 1,
  lab: '卡类',
  title: '丢了校园卡',
  content: '在图书馆三楼丢的',
  user_name: '甲',
  ...over,
});

for (const spec of await backendMatrix()) {
  describe(`hardening on ${spec.name}`, () => {
    let h: Harness;
    let alice: string;
    const clock = new ManualClock(Date.UTC(2026, 10, 24, 2, 0, 0)); // 10:00:00 in Shanghai

    before(async () => {
      h = await startHarness(spec, { overrides: { clock } });
      alice = await h.token('1180310086');
      for (let i = 0; i < 5; i++) await h.post(PROPERTY, 'property', 'add', notice({ title: `丢了校园卡${i}` }), alice);
    });
    after(() => h.close());

    async function query(params: Record<string, string | number>): Promise<Answer> {
      const res = await h.http.get(GET).query({ token: alice, ...params });
      return res.body as Answer;
    }

    /** The SQL statements the database is sent while `work` runs. */
    async function statementsDuring(work: () => Promise<unknown>): Promise<string[]> {
      const seen: string[] = [];
      const listener = (q: { sql: string }) => seen.push(q.sql);
      h.context.db.on('query', listener);
      try {
        await work();
      } finally {
        h.context.db.off('query', listener);
      }
      return seen;
    }

    describe('text search is bounded whatever the key', () => {
      it('a 500-character key of distinct characters runs a handful of statements, not one per pair', async () => {
        const sql = await statementsDuring(async () => expect((await query({ type: 1, key: distinctChars(500) })).data).to.deep.equal([]));
        // Token lookup, at most six gram counts, the search itself.
        expect(sql.length).to.be.at.most(8);
      });

      it('a title filter of 20 distinct characters is bounded the same way', async () => {
        const sql = await statementsDuring(async () => expect((await query({ type: 1, title: distinctChars(20) })).status).to.equal(0));
        expect(sql.length).to.be.at.most(8);
      });

      it('a key or filter longer than the longest field it searches answers [] without a search', async () => {
        const cases: Record<string, string>[] = [{ key: distinctChars(1000) }, { key: 'a'.repeat(501) }, { title: '卡'.repeat(21) }, { lab: 'x'.repeat(51) }, { user_qq: '1'.repeat(16) }];
        for (const params of cases) {
          const sql = await statementsDuring(async () => expect(await query({ type: 1, ...params })).to.include({ status: 0 }));
          expect(sql.filter((s) => /property/.test(s)), JSON.stringify(params).slice(0, 40)).to.deep.equal([]);
        }
      });

      it('still finds a long key that is really there', async () => {
        const content = `${distinctChars(200, 0x5000)}校园卡`;
        const added = await h.post(PROPERTY, 'property', 'add', notice({ content }), alice);
        const found = (await query({ type: 1, key: content.slice(3) })).data as unknown as { id: number }[];
        expect(found.map((r) => r.id)).to.deep.equal([added.data.uid]);
      });

      if (spec.db !== 'sqlite') {
        it('a query the service gives up on is cancelled in the database, not left running', async () => {
          const { db } = h.context;
          const marker = `cancel_probe_${Date.now()}`;
          const sleep = dialectOf(db) === 'pg' ? `SELECT pg_sleep(5) AS ${marker}` : `SELECT SLEEP(5) AS ${marker}`;
          const started = Date.now();
          let failed = false;
          await cancelAfter(db, db.raw(sleep), 200).catch(() => (failed = true));
          expect(failed).to.equal(true);
          expect(Date.now() - started).to.be.below(2000);
          const running = async () => {
            const rows =
              dialectOf(db) === 'pg'
                ? (await db.raw(`SELECT count(*) AS n FROM pg_stat_activity WHERE state = 'active' AND query LIKE ? AND query NOT LIKE '%pg_stat_activity%'`, [`%${marker}%`])).rows
                : (await db.raw(`SELECT count(*) AS n FROM information_schema.PROCESSLIST WHERE INFO LIKE ? AND INFO NOT LIKE '%PROCESSLIST%'`, [`%${marker}%`]))[0];
            return Number((rows as { n: number | string }[])[0]!.n);
          };
          // KILL QUERY and pg_cancel_backend are asynchronous: give the server a moment to act.
          for (let i = 0; i < 20 && (await running()) > 0; i++) await new Promise((r) => setTimeout(r, 50));
          expect(await running()).to.equal(0);
        });
      }
    });

    describe('every database answers alike', () => {
      it('an integer filter beyond its column matches nothing', async () => {
        const cases: Record<string, string | number>[] = [{ state: 99999 }, { pic_num: 99999 }, { state: '999999999999999' }, { id: '999999999999999' }];
        for (const params of cases) {
          expect(await query({ type: 1, ...params }), JSON.stringify(params)).to.deep.include({ status: 0, data: [] });
        }
      });

      it('NUL in a text filter or key matches nothing', async () => {
        const cases: Record<string, string>[] = [{ key: 'a\u0000b' }, { title: '\u0000' }, { user_name: '甲\u0000' }];
        for (const params of cases) {
          expect(await query({ type: 1, ...params }), JSON.stringify(params)).to.deep.include({ status: 0, data: [] });
        }
      });

      it('NUL or a lone surrogate in stored text is -204', async () => {
        for (const bad of ['a\u0000b', 'x\ud800', '\udc00y', 'z\ud800\ud800']) {
          expect((await h.post(PROPERTY, 'property', 'add', notice({ title: bad }), alice)).status, JSON.stringify(bad)).to.equal(-204);
          expect((await h.post(SHOP, 'shop', 'creat', { shop_name: bad }, alice)).status, JSON.stringify(bad)).to.equal(-204);
        }
        // A real surrogate pair (an emoji) is text like any other.
        expect((await h.post(PROPERTY, 'property', 'add', notice({ title: '😀丢了' }), alice)).status).to.equal(0);
      });

      it('a shop_id beyond 9 digits is -204 in shop/update', async () => {
        for (const shopId of [3000000000, 999999999999999, '3000000000', '999999999999999']) {
          expect((await h.post(SHOP, 'shop', 'update', { shop_id: shopId, shop_content: 'x' }, alice)).status, String(shopId)).to.equal(-204);
        }
        expect((await h.post(SHOP, 'shop', 'update', { shop_id: 999999999, shop_content: 'x' }, alice)).status).to.equal(-204);
      });

      it('shop names are trimmed first, so "padtest " is "padtest" on every database', async () => {
        const bob = await h.token('1180310087');
        const carol = await h.token('1180310088');
        const first = await h.post(SHOP, 'shop', 'creat', { shop_name: ' padtest ' }, bob);
        expect(first.status).to.equal(0);
        expect((await h.context.db('shop').where({ shop_id: first.data.shop_id }).first()).shop_name).to.equal('padtest');
        expect((await h.post(SHOP, 'shop', 'creat', { shop_name: 'padtest' }, carol)).status).to.equal(100);
        expect((await h.post(SHOP, 'shop', 'creat', { shop_name: 'padtest  ' }, carol)).status).to.equal(100);
        expect((await h.post(SHOP, 'shop', 'creat', { shop_name: '   ' }, carol)).status).to.equal(-201);
        expect((await h.post(SHOP, 'shop', 'creat', { shop_name: `  ${'店'.repeat(100)}  ` }, carol)).status).to.equal(0);
      });
    });

    describe('dates', () => {
      it('publish_time or update_time more than a day ahead is -204; within a day is taken', async () => {
        expect((await h.post(PROPERTY, 'property', 'add', notice({ publish_time: '2026-11-25 10:00:01' }), alice)).status).to.equal(-204);
        const ok = await h.post(PROPERTY, 'property', 'add', notice({ publish_time: '2026-11-25 09:59:59' }), alice);
        expect(ok.status).to.equal(0);
        expect((await h.post(PROPERTY, 'property', 'update', { id: ok.data.uid, update_time: '2099-01-01 00:00:00' }, alice)).status).to.equal(-204);
        expect((await h.post(PROPERTY, 'property', 'update', { id: ok.data.uid, update_time: '2026-11-25 10:00:00' }, alice)).status).to.equal(0);
      });
    });

    describe('the token cache', () => {
      it('keeps a token no longer than it has left', async () => {
        const cached = await startHarness(spec, { overrides: { clock }, config: { tokens: { cacheSeconds: 30 } }, clean: false });
        try {
          await cached.context.tokens.issue('555', 'short-lived', clock.now() + 15_000);
          expect(await cached.context.tokens.userFor('short-lived')).to.equal('555');
          const cacheKey = kvKeys.tokenCache(createHash('sha256').update('short-lived').digest('hex'));
          expect(await cached.context.kv.ttl(cacheKey)).to.be.within(1, 15);
          if (spec.kv === 'memory') {
            // The memory store runs on the test's clock: past the expiry, the cache no longer answers.
            clock.advance(16);
            expect(await cached.context.kv.get(cacheKey)).to.equal(null);
            const failed = await cached.context.tokens.userFor('short-lived').catch((err: { failure: string }) => err.failure);
            expect(failed).to.equal('tokenBad');
          }
        } finally {
          await cached.close();
        }
      });
    });
  });
}
