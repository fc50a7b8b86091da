import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect } from 'chai';
import knexFactory, { type Knex } from 'knex';
import { fromDecimal } from '../src/backends/decimal.js';
import { Wallets } from '../src/services/market/wallets.js';
import { backendMatrix, type BackendSpec, MYSQL_URL, PG_URL, TEST_DATABASE } from './support/backends.js';
import { capturedLog } from './support/captured-log.js';
import { type Harness, startHarness } from './support/harness.js';
import { PrivatePostgres } from './support/private-postgres.js';
import { TcpProxy } from './support/tcp-proxy.js';
import { sleep } from './support/wait.js';

const QUERY_TIMEOUT_MS = 1000;
/** Each stall outlasts the query timeout, so that statements, ROLLBACKs and COMMITs time out in it. */
const STALL_MS = 2500;
const STALLS = 3;
const BUYERS = 4;
const NOTICE_WRITERS = 2;
const RECOVERY_MS = 5000;

const PRODUCT = '/api/external/product';
const PURCHASE = '/api/external/purchase';
const PROPERTY = '/api/external/property';

/** A database the test can stall and bring back, and read directly (past the stall) to check what it holds. */
interface StallableDatabase {
  /** The service's db config: through the stall. */
  db: Record<string, unknown>;
  /** Opened once the stalls are over: the database as it is, read past the service. */
  direct(): Knex;
  stall(): Promise<void>;
  restore(): Promise<void>;
  /** Connections left in a transaction with nothing running (none may be, once the service has recovered). */
  idleInTransaction(direct: Knex): Promise<number>;
  close(): Promise<void>;
}

/** A TCP proxy that freezes as a server stopped by SIGSTOP does (see TcpProxy.freeze). */
async function frozenThroughProxy(spec: BackendSpec): Promise<StallableDatabase> {
  const mysql = spec.db === 'mysql';
  const target = new URL(mysql ? MYSQL_URL : PG_URL);
  const proxy = await new TcpProxy(target.hostname, Number(target.port || (mysql ? 3306 : 5432))).start();
  const through = new URL(mysql ? MYSQL_URL : PG_URL);
  through.port = String(proxy.port);
  return {
    db: { connection: `${through.href.replace(/\/$/, '')}/${TEST_DATABASE}` },
    direct: () => knexFactory({ client: mysql ? 'mysql2' : 'pg', connection: `${mysql ? MYSQL_URL : PG_URL}/${TEST_DATABASE}`, pool: { min: 0, max: 2 } }),
    stall: async () => proxy.freeze(),
    restore: async () => proxy.restore(),
    idleInTransaction: mysql ? mysqlIdleInTransaction : pgIdleInTransaction(TEST_DATABASE),
    close: () => proxy.close(),
  };
}

/** A PostgreSQL server of the test's own, stopped with SIGSTOP: the real thing the proxy imitates. */
async function pausedPostgres(): Promise<StallableDatabase> {
  const server = await PrivatePostgres.start();
  const url = `${server.url}/postgres`;
  return {
    db: { connection: url },
    direct: () => knexFactory({ client: 'pg', connection: url, pool: { min: 0, max: 2 } }),
    stall: async () => server.pause(),
    restore: async () => server.resume(),
    idleInTransaction: pgIdleInTransaction('postgres'),
    close: () => server.stop(),
  };
}

/** SQLite in a file, whose write lock another process holds: the only way SQLite stalls. */
async function lockedSqlite(): Promise<StallableDatabase> {
  const dir = mkdtempSync(join(tmpdir(), 'campus-stall-'));
  const filename = join(dir, 'campus.sqlite');
  const holder = lockHolder(filename);
  return {
    db: { connection: { filename } },
    direct: () => knexFactory({ client: 'better-sqlite3', connection: { filename }, useNullAsDefault: true }),
    stall: () => holder.ask('lock'),
    restore: () => holder.ask('unlock'),
    idleInTransaction: async () => 0,
    close: async () => {
      holder.child.kill();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** A process that takes and gives back SQLite's write lock on `filename` when asked (and says when it has). */
function lockHolder(filename: string): { child: ChildProcess; ask(what: 'lock' | 'unlock'): Promise<void> } {
  const script = `
    const db = new (require('better-sqlite3'))(process.argv[1]);
    db.pragma('busy_timeout = 10000');
    process.stdin.on('data', (line) => {
      db.exec(String(line).trim() === 'lock' ? 'BEGIN IMMEDIATE' : 'ROLLBACK');
      process.stdout.write('done\\n');
    });`;
  const child = spawn(process.execPath, ['-e', script, filename], { stdio: ['pipe', 'pipe', 'inherit'] });
  return {
    child,
    ask: (what) =>
      new Promise((resolve) => {
        child.stdout?.once('data', () => resolve());
        child.stdin?.write(`${what}\n`);
      }),
  };
}

async function mysqlIdleInTransaction(direct: Knex): Promise<number> {
  const [rows] = (await direct.raw(
    `SELECT COUNT(*) AS n FROM information_schema.INNODB_TRX t JOIN information_schema.PROCESSLIST p ON p.ID = t.trx_mysql_thread_id
     WHERE p.DB = ? AND p.COMMAND = 'Sleep'`,
    [TEST_DATABASE],
  )) as [{ n: number | string }[]];
  return Number(rows[0]?.n);
}

function pgIdleInTransaction(database: string): (direct: Knex) => Promise<number> {
  return async (direct) => {
    const { rows } = (await direct.raw("SELECT COUNT(*) AS n FROM pg_stat_activity WHERE datname = ? AND state LIKE 'idle in transaction%'", [database])) as {
      rows: { n: number | string }[];
    };
    return Number(rows[0]?.n);
  };
}

/** What the clients were told, and what the log says may have been stored although it failed. */
interface Outcomes {
  applied: Set<string>;
  applyFailures: number;
  paid: Map<string, number>;
  notices: Map<string, number>;
  statuses: Map<string, number>;
}

const matrix = await backendMatrix();
const cases: { spec: BackendSpec; how: string; make: (spec: BackendSpec) => Promise<StallableDatabase> }[] = [];
for (const spec of matrix) {
  if (spec.db === 'sqlite') cases.push({ spec, how: 'its write lock held by another process', make: lockedSqlite });
  else cases.push({ spec, how: 'frozen behind a proxy', make: frozenThroughProxy });
  // The real stop of a whole server, where this machine can start one of its own (CI's can).
  if (spec.db === 'pg' && (PrivatePostgres.available() || process.env.CI === 'true')) cases.push({ spec, how: 'a private server stopped by SIGSTOP', make: pausedPostgres });
}

for (const { spec, how, make } of cases) {
  describe(`money and data when the database stalls (${spec.name}, ${how})`, function () {
    this.timeout(120000);
    let database: StallableDatabase;
    let h: Harness;
    const { log, lines } = capturedLog('warn');

    before(async () => {
      database = await make(spec);
      h = await startHarness(spec, {
        log,
        // Both wallets move at pay, so that each payment's two ledger rows are checked together.
        config: { db: { ...database.db, queryTimeoutMs: QUERY_TIMEOUT_MS, acquireTimeoutMs: QUERY_TIMEOUT_MS }, purchase: { escrowSeconds: 0 } },
      });
    });
    after(async () => {
      await h?.close();
      await database?.close();
    });

    it('stores every write answered 0, none answered with a failure unless its outcome is logged unknown, and keeps every ledger', async () => {
      const seller = await h.token('8100000001');
      const shopId = (await h.post('/api/external/shop', 'shop', 'creat', { shop_name: `stall ${spec.name} ${how}` }, seller)).data.shop_id;
      const products: number[] = [];
      for (const name of ['台灯', '书包']) {
        const made = await h.post(PRODUCT, 'product', 'creat', { shop_id: shopId, product_name: name, product_price: '1.00', product_status: 1 }, seller);
        products.push(made.data.product_id as number);
      }
      const wallets = new Wallets(h.config.wallet, () => '2026-12-06 10:00:00');
      const buyers: { id: string; token: string }[] = [];
      for (let i = 0; i < BUYERS + 1; i++) {
        const id = String(8200000001 + i);
        await wallets.credit(h.context.db, id, 100_000);
        buyers.push({ id, token: await h.token(id) });
      }
      const poster = await h.token('8300000001');

      const outcomes: Outcomes = { applied: new Set(), applyFailures: 0, paid: new Map(), notices: new Map(), statuses: new Map() };
      const count = (what: string, status: number) => outcomes.statuses.set(`${what} ${status}`, (outcomes.statuses.get(`${what} ${status}`) ?? 0) + 1);
      const buy = async (buyer: { token: string }, productId: number): Promise<boolean> => {
        const applied = await h.post(PURCHASE, 'purchase', 'apply', { product_id: productId, product_num: 1, product_unitprice: 1, product_totalprice: 1 }, buyer.token);
        count('apply', applied.status);
        if (applied.status !== 0) {
          outcomes.applyFailures++;
          return false;
        }
        const purchaseId = applied.data.purchase_id as string;
        outcomes.applied.add(purchaseId);
        const paid = await h.post(PURCHASE, 'purchase', 'pay', { purchase_id: purchaseId, method: 'wallet' }, buyer.token);
        count('pay', paid.status);
        outcomes.paid.set(purchaseId, paid.status);
        return paid.status === 0;
      };
      let noticeSeq = 0;
      const post = async (): Promise<boolean> => {
        const title = `stall-${noticeSeq++}`;
        const added = await h.post(PROPERTY, 'property', 'add', { type: 1, lab: '卡', title, content: '停顿中', user_name: '王' }, poster);
        count('add', added.status);
        outcomes.notices.set(title, added.status);
        return added.status === 0;
      };

      let stop = false;
      const clients = [
        ...buyers.slice(0, BUYERS).map(async (buyer, i) => {
          while (!stop) await buy(buyer, products[i % products.length] as number);
        }),
        ...Array.from({ length: NOTICE_WRITERS }, async () => {
          while (!stop) await post();
        }),
      ];
      for (let i = 0; i < STALLS; i++) {
        await sleep(800);
        await database.stall();
        await sleep(STALL_MS);
        await database.restore();
      }
      const restored = Date.now();
      // The service answers normally again soon after the database is back: a purchase paid, a notice stored.
      const spare = buyers[BUYERS] as { token: string };
      while (!((await buy(spare, products[0] as number)) && (await post())) && Date.now() - restored < 2 * RECOVERY_MS) await sleep(50);
      const recoveredMs = Date.now() - restored;
      stop = true;
      await Promise.all(clients);
      // What a stopped server still held runs when it is back: give it a moment before reading.
      await sleep(500);

      const direct = database.direct();
      try {
        const unknown = lines.filter((line) => line.msg === 'outcome unknown').map((line) => line.ids as { purchase_id?: string; property_ids?: number[] });
        const unknownPurchases = new Set(unknown.flatMap((ids) => (ids.purchase_id ? [ids.purchase_id] : [])));
        const unknownNotices = new Set(unknown.flatMap((ids) => ids.property_ids ?? []));
        type StoredPurchase = { purchase_id: string; purchase_state: string; user_id: string; seller_id: string; product_id: number; product_num: number; purchase_price: string | number };
        const purchases = (await direct('purchase')
          .whereIn('user_id', buyers.map((b) => b.id))
          .select('purchase_id', 'purchase_state', 'user_id', 'seller_id', 'product_id', 'product_num', 'purchase_price')) as StoredPurchase[];
        const stored = new Map(purchases.map((p) => [p.purchase_id, p]));
        const finished = purchases.filter((p) => p.purchase_state === 'finish');
        const ledger = (await direct('wallet_ledger').select('user_id', 'purchase_id', 'amount', 'kind')) as { user_id: string | number; purchase_id: string | null; amount: string | number; kind: string }[];
        const users = (await direct('users').select('id', 'wealth')) as { id: string | number; wealth: string | number }[];
        const ledgerOf = (id: string | number) => ledger.filter((row) => String(row.user_id) === String(id)).reduce((total, row) => total + fromDecimal(row.amount), 0);
        const paidRows = ledger.filter((row) => row.kind === 'pay');
        const incomeRows = ledger.filter((row) => row.kind === 'income');
        const sales = await Promise.all(products.map(async (id) => Number((await direct('product').where('product_id', id).first('product_sale')).product_sale)));
        const sold = products.map((id) => finished.filter((p) => Number(p.product_id) === id).reduce((n, p) => n + Number(p.product_num), 0));
        const notices = (await direct('property').where('title', 'like', 'stall-%').select('id', 'title')) as { id: number; title: string }[];
        const storedTitles = new Map(notices.map((n) => [n.title, Number(n.id)]));
        const idle = await database.idleInTransaction(direct);

        const acknowledged = (answers: Iterable<number>) => [...answers].filter((s) => s === 0).length;
        console.log(
          `      ${how}: ${[...outcomes.statuses].map(([k, v]) => `${k}: ${v}`).join(', ')}; ` +
            `purchases stored ${stored.size} (applies acknowledged ${outcomes.applied.size}), finished ${finished.length} (pays acknowledged ${acknowledged(outcomes.paid.values())}), ` +
            `notices stored ${notices.length} (acknowledged ${acknowledged(outcomes.notices.values())}); logged outcome unknown ${unknown.length}; ` +
            `wallets equal to their ledger ${users.filter((u) => fromDecimal(u.wealth) === ledgerOf(u.id)).length} of ${users.length}; ` +
            `pay rows ${paidRows.length}, income rows ${incomeRows.length}; product_sale ${sales.join('/')} for ${sold.join('/')} sold; ` +
            `idle in a transaction ${idle}; recovered in ${recoveredMs} ms`,
        );

        for (const [what, status] of [...outcomes.statuses.keys()].map((k) => k.split(' '))) {
          expect(['0', '-200'], `${what} answered ${status}`).to.include(status);
        }
        expect(outcomes.applyFailures + [...outcomes.paid.values()].filter((s) => s !== 0).length, 'writes refused during the stalls').to.be.above(0);
        // Purchases: every one acknowledged is stored; one stored but never acknowledged was logged.
        for (const id of outcomes.applied) expect(stored.has(id), `acknowledged apply ${id} stored`).to.equal(true);
        for (const id of stored.keys()) if (!outcomes.applied.has(id)) expect(unknownPurchases.has(id), `unacknowledged purchase ${id} logged`).to.equal(true);
        // Pays: finished exactly when answered 0, but for a commit whose answer was lost (logged).
        for (const [id, status] of outcomes.paid) {
          const done = stored.get(id)?.purchase_state === 'finish';
          if (status === 0) expect(done, `paid ${id} finished`).to.equal(true);
          else if (done) expect(unknownPurchases.has(id), `refused pay ${id} finished: logged`).to.equal(true);
        }
        // Money: each balance is its ledger; each finished purchase has one payment and one income of its price.
        for (const user of users) expect(fromDecimal(user.wealth), `wallet ${user.id} equals its ledger`).to.equal(ledgerOf(user.id));
        expect(paidRows.length, 'pay ledger rows = finished purchases').to.equal(finished.length);
        expect(incomeRows.length, 'income ledger rows = finished purchases').to.equal(finished.length);
        for (const purchase of finished) {
          const price = fromDecimal(purchase.purchase_price);
          expect(paidRows.filter((row) => row.purchase_id === purchase.purchase_id && String(row.user_id) === purchase.user_id).map((row) => fromDecimal(row.amount))).to.deep.equal([-price]);
          expect(incomeRows.filter((row) => row.purchase_id === purchase.purchase_id && String(row.user_id) === purchase.seller_id).map((row) => fromDecimal(row.amount))).to.deep.equal([price]);
        }
        // Sales: each product counts exactly what was sold of it.
        expect(sales, 'product_sale').to.deep.equal(sold);
        // Notices: every one acknowledged is stored; one stored but refused was logged.
        for (const [title, status] of outcomes.notices) {
          if (status === 0) expect(storedTitles.has(title), `acknowledged notice ${title} stored`).to.equal(true);
          else if (storedTitles.has(title)) expect(unknownNotices.has(storedTitles.get(title) as number), `refused notice ${title} stored: logged`).to.equal(true);
        }
        expect(idle, 'connections idle in a transaction').to.equal(0);
        expect(recoveredMs, 'recovery').to.be.below(RECOVERY_MS);
      } finally {
        await direct.destroy();
      }
    });
  });
}
