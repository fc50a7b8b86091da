import { expect } from 'chai';
import knexFactory, { type Knex } from 'knex';
import { prepared } from '../src/backends/prepared.js';
import { backendMatrix, PG_URL } from './support/backends.js';

/**
 * What the service relies on in its libraries beyond their documented calls: an upgrade that changes it
 * fails here, by name, instead of quietly in production.
 */
describe('library contracts', () => {
  it("knex's client still has the three methods the connection guard and the pool wrap", () => {
    // connection-guard.ts wraps _query and releaseConnection (every statement, every hand-back); pool.ts
    // wraps acquireConnection (a connection that cannot be had). knex has no event for either.
    const db = knexFactory({ client: 'pg', connection: PG_URL });
    const client = db.client as Record<string, unknown>;
    for (const method of ['_query', 'releaseConnection', 'acquireConnection']) expect(client[method], method).to.be.a('function');
    void db.destroy();
  });

  describe('on PostgreSQL', function () {
    let db: Knex;
    before(async function () {
      if (!(await backendMatrix()).some((b) => b.db === 'pg')) this.skip();
      // One connection: the prepared statements of a session are seen only from that session.
      db = knexFactory({ client: 'pg', connection: `${PG_URL}/postgres`, pool: { min: 1, max: 1 } });
    });
    after(() => db?.destroy());

    it('a statement marked prepared is a named statement of the session, under a name made from its text', async () => {
      const statement = () => prepared(db, db('pg_class').select('relname').where('relname', 'pg_class').first());
      expect(await statement()).to.deep.equal({ relname: 'pg_class' });
      expect(await statement()).to.deep.equal({ relname: 'pg_class' });
      const { rows } = (await db.raw('SELECT name, statement FROM pg_prepared_statements')) as { rows: { name: string; statement: string }[] };
      const text = statement().toSQL().toNative().sql;
      expect(rows.filter((r) => r.statement === text)).to.have.length(1);
      expect(rows.find((r) => r.statement === text)?.name).to.match(/^s[\w-]{24}$/);
    });
  });
});
