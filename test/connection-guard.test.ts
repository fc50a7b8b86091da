import { expect } from 'chai';
import type { Knex } from 'knex';
import { isOutcomeUnknown } from '../src/backends/connection-guard.js';
import { databaseFailure } from '../src/backends/db/errors.js';
import { createDatabase } from '../src/backends/db/pool.js';
import { createLogger } from '../src/log.js';
import { capturedLog } from './support/captured-log.js';
import { backendMatrix, MYSQL_URL, PG_URL, TEST_DATABASE, testConfig } from './support/backends.js';
import { TcpProxy } from './support/tcp-proxy.js';

const QUERY_TIMEOUT_MS = 800;
const TABLE = 'guard_probe';

/** What a promise failed with; fails the test if it did not. */
async function failureOf(work: PromiseLike<unknown>): Promise<Error> {
  return work.then(
    () => expect.fail('it succeeded'),
    (err: unknown) => err as Error,
  );
}

for (const spec of (await backendMatrix()).filter((b) => b.db !== 'sqlite')) {
  describe(`a database that stops answering (${spec.name}, frozen behind a proxy)`, function () {
    this.timeout(30000);
    let proxy: TcpProxy;
    let db: Knex;
    let config: ReturnType<typeof testConfig>;

    before(async () => {
      const target = new URL(spec.db === 'mysql' ? MYSQL_URL : PG_URL);
      proxy = await new TcpProxy(target.hostname, Number(target.port)).start();
      target.port = String(proxy.port);
      const connection = `${target.href.replace(/\/$/, '')}/${TEST_DATABASE}`;
      config = testConfig(spec, { db: { connection, queryTimeoutMs: QUERY_TIMEOUT_MS, acquireTimeoutMs: QUERY_TIMEOUT_MS, pool: { min: 0, max: 2 } } });
      db = await createDatabase(config, createLogger('silent'));
      await db.schema.dropTableIfExists(TABLE);
      await db.schema.createTable(TABLE, (t) => t.integer('n'));
    });
    afterEach(() => proxy.restore());
    after(async () => {
      await db?.schema.dropTableIfExists(TABLE);
      await db?.destroy();
      await proxy?.close();
    });

    /** Fails the test unless `work` fails with the service's deadline, within a second of it. */
    async function timesOut(work: PromiseLike<unknown>): Promise<Error> {
      const started = Date.now();
      const err = await failureOf(work);
      expect(err.message).to.include(`no answer from the database within ${QUERY_TIMEOUT_MS} ms`);
      expect(Date.now() - started).to.be.within(QUERY_TIMEOUT_MS - 50, QUERY_TIMEOUT_MS + 1000);
      expect(databaseFailure(err), 'read as the database failing').to.not.equal(undefined);
      return err;
    }

    /** Freezes the server once the pool holds an open connection (a frozen server accepts no new one). */
    async function freezeConnected(): Promise<void> {
      await db.raw('SELECT 1');
      proxy.freeze();
    }

    it('times out a statement inside a transaction', async () => {
      let inside: Error | undefined;
      const transaction = db.transaction(async (trx) => {
        await trx(TABLE).insert({ n: 1 });
        proxy.freeze();
        inside = await timesOut(trx(TABLE).select('n'));
        throw inside;
      });
      await failureOf(transaction);
      expect(isOutcomeUnknown(inside), 'a failed read before the commit: nothing was stored').to.equal(false);
    });

    it("marks a transaction's COMMIT that got no answer as outcome unknown", async () => {
      const commit = await timesOut(
        db.transaction(async (trx) => {
          await trx(TABLE).insert({ n: 2 });
          proxy.freeze();
        }),
      );
      expect(isOutcomeUnknown(commit), 'a COMMIT whose answer was lost may have stored its rows').to.equal(true);
    });

    it('marks an autocommit write that got no answer as outcome unknown, and not a read', async () => {
      await freezeConnected();
      expect(isOutcomeUnknown(await timesOut(db(TABLE).insert({ n: 3 })))).to.equal(true);
      proxy.restore();
      await freezeConnected();
      expect(isOutcomeUnknown(await timesOut(db(TABLE).select('n')))).to.equal(false);
    });

    it('hands out no connection that timed out: the next statement gets a fresh one', async () => {
      await Promise.all([db.raw('SELECT SLEEP(0.2)'.replace('SLEEP', spec.db === 'pg' ? 'pg_sleep' : 'SLEEP')), db.raw('SELECT 1')]);
      proxy.freeze();
      await Promise.all([timesOut(db.raw('SELECT 1')), timesOut(db.raw('SELECT 2'))]);
      proxy.restore();
      const rows = await db.raw('SELECT 1 AS one');
      expect(JSON.stringify(rows)).to.include('"one":1');
    });

    it('reads a connection that cannot be had as the database failing', async () => {
      proxy.cut();
      const cutOff = await createDatabase(config, createLogger('silent'));
      try {
        const err = await failureOf(cutOff.raw('SELECT 1'));
        expect(databaseFailure(err), `${err.name}: ${err.message}`).to.not.equal(undefined);
      } finally {
        await cutOff.destroy();
      }
    });
  });
}

describe('a database connection over TLS', () => {
  for (const connection of ['postgres://campus@127.0.0.1:1/campus?sslmode=require', { host: '127.0.0.1', port: 1, ssl: { rejectUnauthorized: true } }]) {
    it(`says at start that only the database's limits bound its statements (${JSON.stringify(connection)})`, async () => {
      const { log, lines } = capturedLog('warn');
      const db = await createDatabase(testConfig({ name: 'pg', db: 'pg', kv: 'memory' }, { db: { connection } }), log);
      await db.destroy();
      expect(lines.map((line) => line.msg)).to.include(
        "db.connection asks for TLS: the TLS socket bypasses the service's own statement deadline; the database's limits (from db.queryTimeoutMs) still apply",
      );
    });
  }

  it('says nothing of TLS for a plain connection', async () => {
    const { log, lines } = capturedLog('warn');
    const db = await createDatabase(testConfig({ name: 'pg', db: 'pg', kv: 'memory' }, { db: { connection: 'postgres://campus@127.0.0.1:1/campus?sslmode=disable' } }), log);
    await db.destroy();
    expect(lines).to.deep.equal([]);
  });
});
