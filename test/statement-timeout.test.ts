import { expect } from 'chai';
import knexFactory from 'knex';
import { createDatabase } from '../src/backends/db/pool.js';
import { createLogger } from '../src/log.js';
import { backendMatrix, MYSQL_URL, testConfig } from './support/backends.js';
import { sleep } from './support/wait.js';

const mysql = (await backendMatrix()).find((b) => b.db === 'mysql');

if (mysql) {
  describe(`a statement past db.queryTimeoutMs on ${mysql.name}`, function () {
    this.timeout(20000);

    it('is ended by the server too, not only abandoned by the service', async () => {
      const db = await createDatabase(testConfig(mysql, { db: { queryTimeoutMs: 1000 } }), createLogger('silent'));
      const admin = knexFactory({ client: 'mysql2', connection: MYSQL_URL, pool: { min: 0, max: 1 } });
      try {
        const marker = `timeout-probe-${Date.now()}`;
        const started = Date.now();
        // About 8 s of work for the server (MariaDB's recursive CTE; SLEEP ends by itself with its client).
        const heavy = `SET STATEMENT max_recursive_iterations = 100000000 FOR WITH RECURSIVE t(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM t WHERE n < 2000000) SELECT COUNT(*) AS \`${marker}\` FROM t`;
        const failure = await db.raw(heavy).then(
          () => undefined,
          (err: unknown) => err as Error,
        );
        expect(failure, 'the statement failed').to.be.instanceOf(Error);
        expect(Date.now() - started).to.be.below(3000);
        await sleep(500);
        const [running] = (await admin.raw('SELECT COUNT(*) AS n FROM information_schema.PROCESSLIST WHERE ID <> CONNECTION_ID() AND INFO LIKE ?', [`%RECURSIVE%${marker}%`])) as [{ n: number }[]];
        // Without the session limit the server would still be counting here, seconds before its end.
        expect(Number(running[0]?.n)).to.equal(0);
      } finally {
        await db.destroy();
        await admin.destroy();
      }
    });
  });
}
