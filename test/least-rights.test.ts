import { expect } from 'chai';
import knexFactory, { type Knex } from 'knex';
import { backendMatrix, MYSQL_URL, PG_URL, RUN, TEST_DATABASE } from './support/backends.js';
import { portOf, type Running, startMain, writeConfig } from './support/main-process.js';

/** A database of its own, and accounts made for these tests alone. */
const DATABASE = `${TEST_DATABASE}_least`;
const LEAST = `campus_least_${RUN}`;
const LESS = `campus_less_${RUN}`;
const PASSWORD = 'least-rights';
const OLD_PROCEDURE = 'campus_pay_purchase';

interface Server {
  /** Creates the database and the two accounts: LEAST with exactly the documented rights, LESS without CREATE. */
  prepare(admin: Knex): Promise<void>;
  /** Drops them again: the accounts are the server's, not the run's database's. */
  cleanup(admin: Knex): Promise<void>;
  /** An administrator's connection to the database itself. */
  inDatabase(): Knex;
  url(user: string): string;
  /** The earlier versions' payment procedure, as an administrator made it (the service's account does not own it). */
  oldProcedure: string[];
  /** Whether the database still has it. */
  hasOldProcedure(db: Knex): Promise<boolean>;
  client: 'mysql' | 'pg';
  admin(): Knex;
}

const withUser = (base: string, user: string) => {
  const url = new URL(base);
  url.username = user;
  url.password = PASSWORD;
  url.pathname = `/${DATABASE}`;
  return url.href;
};

const SERVERS: Record<'mysql' | 'pg', Server> = {
  mysql: {
    client: 'mysql',
    admin: () => knexFactory({ client: 'mysql2', connection: MYSQL_URL, pool: { min: 0, max: 1 } }),
    inDatabase: () => knexFactory({ client: 'mysql2', connection: `${MYSQL_URL}/${DATABASE}`, pool: { min: 0, max: 1 } }),
    url: (user) => withUser(MYSQL_URL, user),
    async prepare(admin) {
      await admin.raw(`DROP DATABASE IF EXISTS ${DATABASE}`);
      await admin.raw(`CREATE DATABASE ${DATABASE} CHARACTER SET utf8mb4`);
      for (const user of [LEAST, LESS]) {
        await admin.raw(`DROP USER IF EXISTS '${user}'@'%'`);
        await admin.raw(`CREATE USER '${user}'@'%' IDENTIFIED BY '${PASSWORD}'`);
      }
      await admin.raw(`GRANT SELECT, INSERT, UPDATE, DELETE, CREATE, ALTER, INDEX, DROP, REFERENCES ON ${DATABASE}.* TO '${LEAST}'@'%'`);
      await admin.raw(`GRANT SELECT, INSERT, UPDATE, DELETE ON ${DATABASE}.* TO '${LESS}'@'%'`);
    },
    // The account may run it, as it ran the old pay, but not alter or drop it.
    async cleanup(admin) {
      await admin.raw(`DROP DATABASE IF EXISTS ${DATABASE}`);
      for (const user of [LEAST, LESS]) await admin.raw(`DROP USER IF EXISTS '${user}'@'%'`);
    },
    oldProcedure: [`CREATE PROCEDURE ${OLD_PROCEDURE}() BEGIN SELECT 1; END`, `GRANT EXECUTE ON PROCEDURE ${DATABASE}.${OLD_PROCEDURE} TO '${LEAST}'@'%'`],
    hasOldProcedure: async (db) => (await db('information_schema.ROUTINES').where({ ROUTINE_SCHEMA: DATABASE, ROUTINE_NAME: OLD_PROCEDURE })).length > 0,
  },
  pg: {
    client: 'pg',
    admin: () => knexFactory({ client: 'pg', connection: `${PG_URL}/postgres`, pool: { min: 0, max: 1 } }),
    inDatabase: () => knexFactory({ client: 'pg', connection: `${PG_URL}/${DATABASE}`, pool: { min: 0, max: 1 } }),
    url: (user) => withUser(PG_URL, user),
    async prepare(admin) {
      await admin.raw(`DROP DATABASE IF EXISTS ${DATABASE} WITH (FORCE)`);
      for (const user of [LEAST, LESS]) {
        await admin.raw(`DROP ROLE IF EXISTS ${user}`);
        await admin.raw(`CREATE ROLE ${user} LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE PASSWORD '${PASSWORD}'`);
      }
      await admin.raw(`CREATE DATABASE ${DATABASE} OWNER ${LEAST} ENCODING 'UTF8'`);
    },
    async cleanup(admin) {
      await admin.raw(`DROP DATABASE IF EXISTS ${DATABASE} WITH (FORCE)`);
      for (const user of [LEAST, LESS]) await admin.raw(`DROP ROLE IF EXISTS ${user}`);
    },
    oldProcedure: [`CREATE PROCEDURE ${OLD_PROCEDURE}() LANGUAGE sql AS $$ SELECT 1 $$`],
    hasOldProcedure: async (db) => (await db('pg_proc').where('proname', OLD_PROCEDURE)).length > 0,
  },
};

const serving = (server: Server, user: string) =>
  writeConfig({ server: { port: 0 }, log: { level: 'info' }, purchase: { escrowSeconds: 0 }, db: { client: server.client, connection: server.url(user), startRetrySeconds: 1 }, kv: { driver: 'memory' } });

async function stop(run: Running): Promise<void> {
  run.child.kill('SIGTERM');
  await run.exited;
}

for (const spec of (await backendMatrix()).filter((b) => b.db !== 'sqlite')) {
  const server = SERVERS[spec.db as 'mysql' | 'pg'];

  describe(`the service on ${spec.db} with only its own tables' rights`, function () {
    this.timeout(60000);
    let admin: Knex;
    let db: Knex;

    before(async () => {
      admin = server.admin();
      await server.prepare(admin);
      db = server.inDatabase();
      // As an earlier version left it: the payment procedure, which this account may not drop.
      for (const statement of server.oldProcedure) await db.raw(statement);
    });
    after(async () => {
      await db.destroy();
      await server.cleanup(admin);
      await admin.destroy();
    });

    it('starts on a fresh database, drops the old procedure or says it is left unused, and pays', async () => {
      const run = startMain(['-c', serving(server, LEAST)]);
      try {
        const port = await portOf(run, 30000);
        const post = async (path: string, type: string, subtype: string, data: object, token: string) => {
          const res = await fetch(`http://127.0.0.1:${port}/api/external/${path}?token=${token}`, { method: 'POST', body: JSON.stringify({ id: 1, type, subtype, data }) });
          const answer = (await res.json()) as { status: number; message: string; data: Record<string, unknown> };
          expect(answer.status, `${type}/${subtype}: ${answer.message}`).to.equal(0);
          return answer.data;
        };
        // The account service's side: tokens and a balance, written by the administrator.
        await db('tokens').insert([
          { token: 'least-seller', user_id: '7300000001' },
          { token: 'least-buyer', user_id: '7300000002' },
        ]);
        await db('users').insert({ id: 7300000002, wealth: '30.00' });
        const shop = await post('shop', 'shop', 'creat', { shop_name: 'least rights' }, 'least-seller');
        const product = await post('product', 'product', 'creat', { product_name: 'p', product_price: 25, shop_id: shop.shop_id, product_status: 1 }, 'least-seller');
        const purchase = await post('purchase', 'purchase', 'apply', { product_id: product.product_id, product_num: 1, product_unitprice: 25, product_totalprice: 25 }, 'least-buyer');
        await post('purchase', 'purchase', 'pay', { purchase_id: purchase.purchase_id, method: 'wallet' }, 'least-buyer');
        const wealth = (await db('users').orderBy('id').select('id', 'wealth')) as { id: string | number; wealth: string }[];
        expect(wealth.map((row) => [String(row.id), Number(row.wealth)])).to.deep.equal([
          ['7300000001', 25],
          ['7300000002', 5],
        ]);
        const output = run.output();
        expect(output).not.to.match(/"level":(50|60)/);
        // PostgreSQL lets the owner of the schema (here of the database) drop what is in it; MariaDB asks
        // for ALTER ROUTINE, which the account does not have.
        const left = spec.db === 'mysql';
        expect(await server.hasOldProcedure(db)).to.equal(left);
        const warned = output.split('\n').filter((line) => line.includes(`${OLD_PROCEDURE} of an earlier version is left in the database, unused`));
        expect(warned).to.have.length(left ? 1 : 0);
        if (left) expect(warned[0]).to.match(/"level":40.*alter routine command denied/);
      } finally {
        await stop(run);
      }
    });

    it('names the right and the statement in one line when the account lacks one', async () => {
      await server.prepare(admin); // a fresh database again: the start's first CREATE is refused
      const run = startMain(['-c', serving(server, LESS)]);
      expect(await run.exited).to.equal(1);
      const lines = run.output().trim().split('\n');
      expect(lines, run.output()).to.have.length(1);
      expect(lines[0]).to.match(/"level":60/);
      expect(lines[0]).to.match(spec.db === 'pg' ? /lacks a right: permission denied for schema public \(42501\), running: create table/ : new RegExp(`lacks a right: CREATE command denied to user '${LESS}'.*, running: create table`));
      expect(lines[0]).to.contain(spec.db === 'pg' ? 'The service needs to own its database' : 'The service needs SELECT, INSERT, UPDATE, DELETE, CREATE, ALTER, INDEX, DROP, REFERENCES on its database');
      expect(lines[0]).not.to.contain('stack');
    });
  });
}
