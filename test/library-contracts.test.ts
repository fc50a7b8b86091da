import { type AddressInfo, createServer, Socket } from 'node:net';
import { expect } from 'chai';
import knexFactory, { type Knex } from 'knex';
import { prepared } from '../src/backends/prepared.js';
import { backendMatrix, PG_URL } from './support/backends.js';

/**
 * What the service relies on in its libraries beyond their documented calls: an upgrade that changes it
 * fails here, by name, instead of quietly in production.
 */
describe('library contracts', () => {
  // connection-guard.ts: a statement's deadline lives in each connection's socket, and what a failure
  // meant is read from knex's events.
  it("knex emits 'query-error' for a transaction's statements, with the transaction's id and the caller's error", async () => {
    const db = knexFactory({ client: 'better-sqlite3', connection: { filename: ':memory:' }, useNullAsDefault: true });
    try {
      const seen: { err: unknown; txId: unknown }[] = [];
      db.on('query-error', (err: unknown, query: { __knexTxId?: unknown }) => seen.push({ err, txId: query.__knexTxId }));
      const caught = await db.transaction((trx) => trx.raw('SELECT * FROM no_such_table')).catch((err: unknown) => err);
      expect(seen).to.have.length(1);
      expect(seen[0]?.err).to.equal(caught);
      expect(seen[0]?.txId).to.be.a('string');
    } finally {
      await db.destroy();
    }
  });

  it("knex's pool reports a connection it could not make (createFail) before the wait for it fails with that error", async () => {
    const refusing = createServer((socket) => socket.destroy());
    await new Promise<void>((resolve) => refusing.listen(0, '127.0.0.1', resolve));
    const port = (refusing.address() as AddressInfo).port;
    const db = knexFactory({ client: 'pg', connection: `postgres://nobody@127.0.0.1:${port}/none`, acquireConnectionTimeout: 2000, log: { warn: () => undefined } });
    try {
      const { pool } = db.client as Knex.Client;
      const reported: unknown[] = [];
      if (pool && 'on' in pool) pool.on('createFail', (_eventId, err) => reported.push(err));
      const caught = await db.raw('SELECT 1').catch((err: unknown) => err);
      expect(reported).to.include(caught);
    } finally {
      await db.destroy();
      refusing.close();
    }
  });

  it("pg and mysql2 take each connection's socket from the `stream` option, and write to it through Writable's _write/_writev", async () => {
    const listening = createServer((socket) => socket.on('data', () => undefined));
    await new Promise<void>((resolve) => listening.listen(0, '127.0.0.1', resolve));
    const port = (listening.address() as AddressInfo).port;
    let written = 0;
    class Counted extends Socket {
      override _write(chunk: unknown, encoding: BufferEncoding, callback: (err?: Error | null) => void): void {
        written++;
        super._write(chunk, encoding, callback);
      }
      override _writev(chunks: { chunk: unknown; encoding: BufferEncoding }[], callback: (err?: Error | null) => void): void {
        written++;
        super._writev?.(chunks, callback);
      }
    }
    const sockets: Socket[] = [];
    const stream = () => {
      const socket = new Counted();
      sockets.push(socket);
      return socket;
    };
    try {
      // pg connects the socket and sends its startup message at once.
      const pg = new (await import('pg')).default.Client({ host: '127.0.0.1', port, stream });
      pg.on('error', () => undefined);
      void pg.connect().catch(() => undefined);
      const mysql2 = (await import('mysql2')).createConnection({ stream: () => stream().connect(port, '127.0.0.1') });
      mysql2.on('error', () => undefined);
      for (let i = 0; i < 50 && written === 0; i++) await new Promise((resolve) => setTimeout(resolve, 20));
      expect(sockets).to.have.length(2);
      expect(written).to.be.greaterThan(0);
    } finally {
      for (const socket of sockets) socket.destroy();
      listening.close();
    }
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
