/**
 * The rows `npm run bench -- --against REV` adds: this tree against another revision (the current main,
 * say), side by side in one run, on MariaDB and on PostgreSQL. Each tree is built in its own worktree and
 * runs as `npm start` runs it, on a database of its own; the two are loaded in turns, alternating which
 * goes first. Each row gives the rate, the p95 and the CPU time a request of the service and of the
 * database server (from /proc: every process of it), so the figures compare on a shared machine.
 *
 * Rows: purchase/apply + pay (a pair: one client applies, then pays, in a loop), property GET key search
 * with the search cache off, img/generate, product/list by a name fragment (one for every client, then
 * 100 in turn, so that lists asked at once differ) and its first page.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import knexFactory, { type Knex } from 'knex';
import { suffixesOf } from '../src/services/market/text-index.js';
import { startListening, stop } from './processes.js';

const root = resolve(fileURLToPath(import.meta.url), '..', '..');
const resultsDir = join(root, 'bench', 'results');
const TICK_MS = 10;
const PRODUCTS = 50_000;
const POSTS = 20_000;
const BUYERS = 20;
/** Product p is named `${PRODUCT_WORDS[p % 10]} ${p}`. */
const PRODUCT_WORDS = ['高数教材', '台灯', 'Bike lock', '耳机', '雨伞', 'USB cable', '考研资料', '保温杯', 'Python book', '书架'];

interface Tree {
  name: string;
  dir: string;
}

/** The other revision, in a worktree of its own (named by its commit), built with this tree's node_modules. */
function otherTree(rev: string): Tree {
  const commit = execFileSync('git', ['rev-parse', '--verify', `${rev}^{commit}`], { cwd: root }).toString().trim();
  const dir = join(resultsDir, `tree-${commit.slice(0, 12)}`);
  if (!existsSync(dir)) execFileSync('git', ['worktree', 'add', '--detach', dir, commit], { cwd: root, stdio: 'ignore' });
  if (!existsSync(join(dir, 'node_modules'))) symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'));
  execFileSync(process.execPath, [join(root, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', 'tsconfig.build.json'], { cwd: dir, stdio: 'ignore' });
  return { name: `${rev} (${commit.slice(0, 12)})`, dir };
}

/** CPU time (user + system) of each of a set of processes so far, in ms; a process that has ended is left out. */
function cpuMs(pids: number[]): Map<number, number> {
  const times = new Map<number, number>();
  for (const pid of pids) {
    try {
      const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
      times.set(pid, (Number(fields[11]) + Number(fields[12])) * TICK_MS);
    } catch {
      // ended meanwhile
    }
  }
  return times;
}

/**
 * CPU time the processes matching `what` spent between two readings: a process born in between counts
 * whole. (A PostgreSQL backend that ends in between is lost, so the services keep their pools full.)
 */
function spentMs(before: Map<number, number>, after: Map<number, number>): number {
  let ms = 0;
  for (const [pid, t] of after) ms += t - (before.get(pid) ?? 0);
  return ms;
}

/** Every process whose command line names `what`: the database server's. */
function pidsOf(what: RegExp): number[] {
  return readdirSync('/proc')
    .filter((e) => /^\d+$/.test(e))
    .filter((e) => {
      try {
        return what.test(readFileSync(`/proc/${e}/cmdline`, 'utf8'));
      } catch {
        return false;
      }
    })
    .map(Number);
}

interface Backend {
  name: 'mysql' | 'pg';
  url: (database: string) => string;
  server: RegExp;
}

const BACKENDS: Backend[] = [
  { name: 'mysql', url: (db) => `mysql://root@127.0.0.1:3306/${db}`, server: /mariadbd|mysqld/ },
  { name: 'pg', url: (db) => `postgres://postgres@127.0.0.1:5432/${db}`, server: /postgres/ },
];

async function recreate(backend: Backend, database: string): Promise<void> {
  const admin = knexFactory(backend.name === 'mysql' ? { client: 'mysql2', connection: backend.url('') } : { client: 'pg', connection: backend.url('postgres') });
  try {
    if (backend.name === 'mysql') {
      await admin.raw(`DROP DATABASE IF EXISTS ${database}`);
      await admin.raw(`CREATE DATABASE ${database} CHARACTER SET utf8mb4`);
    } else {
      await admin.raw(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`);
      await admin.raw(`CREATE DATABASE ${database} ENCODING 'UTF8'`);
    }
  } finally {
    await admin.destroy();
  }
}

const datetime = (ms: number) => new Date(ms).toISOString().slice(0, 19).replace('T', ' ');

/** The data both trees see: tokens, a seller's shop with 50,000 products, notices, buyers with full wallets. */
async function seed(db: Knex, dir: string, configPath: string): Promise<void> {
  // The tree's own seed command migrates and indexes the notices as that tree does.
  execFileSync(process.execPath, ['--import', 'tsx', 'src/cli/seed.ts', '--posts', String(POSTS), '-c', configPath], { cwd: dir, stdio: 'ignore' });
  await db('tokens').insert([...Array.from({ length: BUYERS }, (_, i) => ({ token: `buyer-${i}`, user_id: String(3100000000 + i) })), { token: 'seller', user_id: '3000000000' }]);
  await db('users').insert(Array.from({ length: BUYERS }, (_, i) => ({ id: String(3100000000 + i), wealth: '9000000.00' })));
  await db('shop').insert({ shop_id: 100000000, shop_name: 'side by side', shop_content: '', user_id: '3000000000', creat_time: '2026-01-01 00:00:00', pic_url: '' });
  await db('shop_owner').insert({ user_id: '3000000000', shops: 1 });
  for (let i = 0; i < PRODUCTS; i += 1000) {
    await db('product').insert(
      Array.from({ length: 1000 }, (_, j) => i + j).map((p) => ({
        product_id: 1000000 + p, shop_id: 100000000, product_name: `${PRODUCT_WORDS[p % PRODUCT_WORDS.length]} ${p}`, product_content: '', product_key: PRODUCT_WORDS[(p * 7) % PRODUCT_WORDS.length],
        product_price: '1.00', product_disprice: null, pic_url: '', product_status: 1, creat_time: datetime(Date.UTC(2026, 0, 1) + p * 1000), update_time: datetime(Date.UTC(2026, 0, 1) + p * 1000),
      })),
    );
  }
  // The name index, in the format both trees read (migration 009's).
  const postings = (await db('product').select('product_id', 'product_name', 'product_key')).flatMap((row: { product_id: number; product_name: string; product_key: string }) =>
    [row.product_name, row.product_key].flatMap((text, field) => suffixesOf(text).map((suffix) => ({ field, suffix, product_id: row.product_id }))),
  );
  for (let i = 0; i < postings.length; i += 1000) await db('product_suffix').insert(postings.slice(i, i + 1000));
  // Fresh statistics, as a database that has lived with its rows would have (the planner reads them).
  if (db.client.config.client === 'pg') await db.raw('VACUUM ANALYZE');
  else for (const table of ['product', 'product_suffix', 'property', 'property_gram', 'shop', 'tokens', 'users']) await db.raw('ANALYZE TABLE ??', [table]);
}

interface Measure {
  rps: number;
  /** Answers other than status 0, in any envelope: a row with any is not a measure of the scenario. */
  refused: number;
  /** Of every response's latency (autocannon's own summary has no p95), ms. */
  p95: number;
  serviceUs: number;
  dbUs: number;
}

/** One turn of load on one service: its rate, p95, and CPU µs a request (service, database server). */
async function turn(port: number, servicePid: number, server: RegExp, steps: Step[], connections: number, seconds: number): Promise<Measure> {
  const [service0, db0] = [cpuMs([servicePid]), cpuMs(pidsOf(server))];
  let refused = 0;
  const latencies: number[] = [];
  const result = await new Promise<autocannon.Result>((done, fail) => {
    let next = 0;
    const instance = autocannon(
      {
        url: `http://127.0.0.1:${port}`,
        connections,
        duration: seconds,
        method: 'POST',
        // autocannon starts each pass through the steps with a fresh context: a pass is one pair.
        requests: steps.map((step, index) => ({
          setupRequest: (req: autocannon.Request, context: Record<string, unknown>) => {
            if (index === 0) context.n = next++;
            const n = context.n as number;
            return { ...req, method: step.method ?? 'POST', path: step.path(n), body: step.body?.(n, (context.purchase as string | undefined) ?? '') };
          },
          onResponse: (_status: number, body: string, context: Record<string, unknown>) => {
            const answer = JSON.parse(body) as { status?: number; data?: { purchase_id?: string } };
            if (answer.status !== 0 && refused++ === 0) process.stderr.write(`refused on ${port}: ${body.slice(0, 300)}\n`);
            if (answer.data?.purchase_id) context.purchase = answer.data.purchase_id;
          },
        })),
      } as autocannon.Options,
      (err, res) => (err ? fail(err) : done(res)),
    );
    instance.on('response', (_client: unknown, _status: number, _bytes: number, ms: number) => void latencies.push(ms));
  });
  latencies.sort((a, b) => a - b);
  const requests = result.requests.total;
  return {
    rps: Math.round(result.requests.average),
    refused: refused + result.non2xx + result.errors,
    p95: latencies[Math.floor(latencies.length * 0.95)] ?? NaN,
    serviceUs: Math.round((spentMs(service0, cpuMs([servicePid])) * 1000) / requests),
    dbUs: Math.round((spentMs(db0, cpuMs(pidsOf(server))) * 1000) / requests),
  };
}

const envelope = (type: string, subtype: string, data: object) => JSON.stringify({ id: 1, type, subtype, data });

interface Step {
  method?: 'GET' | 'POST';
  /** Of the pass's number (a counter over the turn), and for the body the purchase the pass applied for. */
  path: (n: number) => string;
  body?: (n: number, purchase: string) => string;
}

const GET_PRODUCT = () => '/api/external/get/product?token=seller';
const KEYS = ['耳机', '一卡通', '雨伞', '图书馆', '钥匙'];
/**
 * The n-th of 100 fragments that each hold about as many products as "台灯 12" (111): a word and "1d"
 * name the products whose number ends in the word's digit and starts with "1d".
 */
const distinctFragment = (n: number) => `${PRODUCT_WORDS[n % 10]} 1${Math.floor(n / 10) % 10}`;

/** A row's target, from this tree's figures and the other's. */
interface SideTarget {
  says: string;
  met(mine: Measure, theirs: Measure): boolean;
}

const cpuOf = (m: Measure) => m.serviceUs + m.dbUs;
const cpuAtMost = (share: number): SideTarget => ({ says: `CPU ≤ ${share} × the other's`, met: (mine, theirs) => cpuOf(mine) <= share * cpuOf(theirs) });
const databaseCpuAtMost = (share: number): SideTarget => ({ says: `database CPU ≤ ${share} × the other's`, met: (mine, theirs) => mine.dbUs <= share * theirs.dbUs });
const rateAtLeast = (share: number): SideTarget => ({ says: `rate ≥ ${share} × the other's`, met: (mine, theirs) => mine.rps >= share * theirs.rps });
const p95Under = (ms: number): SideTarget => ({ says: `p95 < ${ms} ms`, met: (mine) => mine.p95 < ms });

interface Scenario {
  name: string;
  connections: number;
  steps: Step[];
  /** Requests a measured unit is made of (apply + pay: 2): CPU is given per unit. */
  unit: number;
  targets: Partial<Record<Backend['name'], SideTarget>>;
}

const SCENARIOS: Scenario[] = [
  {
    name: 'purchase/apply + pay (one pair = 2 requests)',
    connections: BUYERS,
    steps: [
      {
        path: (n) => `/api/external/purchase?token=buyer-${n % BUYERS}`,
        body: (n) => envelope('purchase', 'apply', { product_id: 1000000 + (n % PRODUCTS), product_num: 1, product_unitprice: 1, product_totalprice: 1 }),
      },
      { path: (n) => `/api/external/purchase?token=buyer-${n % BUYERS}`, body: (_n, purchase) => envelope('purchase', 'pay', { purchase_id: purchase, method: 'wallet' }) },
    ],
    unit: 2,
    // Round 4: pay is one TypeScript implementation, against 5e288ab's stored procedure.
    targets: { mysql: rateAtLeast(0.6), pg: rateAtLeast(0.6) },
  },
  {
    name: 'property GET key search, search cache off',
    connections: 20,
    steps: [{ method: 'GET', path: (n) => `/api/external/get/property?token=seller&type=1&key=${encodeURIComponent(KEYS[n % KEYS.length]!)}` }],
    unit: 1,
    targets: { pg: databaseCpuAtMost(0.5) },
  },
  {
    name: 'img/generate',
    connections: 20,
    steps: [{ path: () => '/api/external/captcha', body: () => envelope('img', 'generate', {}) }],
    unit: 1,
    targets: { mysql: cpuAtMost(0.6), pg: cpuAtMost(0.6) },
  },
  {
    name: 'product/list by a name fragment (50k products)',
    connections: 20,
    steps: [{ path: GET_PRODUCT, body: () => envelope('product', 'list', { product_name: '台灯 12' }) }],
    unit: 1,
    targets: { mysql: p95Under(20), pg: p95Under(20) },
  },
  {
    // Lists asked at once share a query only when they are the same list: here none of 20 at once are.
    name: 'product/list by 100 name fragments in turn (50k products)',
    connections: 20,
    steps: [{ path: GET_PRODUCT, body: (n) => envelope('product', 'list', { product_name: distinctFragment(n) }) }],
    unit: 1,
    targets: {},
  },
  {
    name: 'product/list, first page (50k products)',
    connections: 20,
    steps: [{ path: GET_PRODUCT, body: () => envelope('product', 'list', {}) }],
    unit: 1,
    targets: { mysql: p95Under(20), pg: p95Under(20) },
  },
];

export interface SideBySideOptions {
  /** The revision to compare with: a commit, a branch, a tag. */
  rev: string;
  /** Seconds of load a turn. */
  seconds: number;
  /** Turns each tree gets a row (the figures are their mean). */
  rounds: number;
  selected(scenario: string): boolean;
}

/** Runs the rows and answers their table (also written to bench/results/). */
export async function sideBySide(options: SideBySideOptions): Promise<string> {
  const { rev, seconds, rounds } = options;
  const other = otherTree(rev);
  const trees: Tree[] = [{ name: 'this tree', dir: root }, other];
  execFileSync('npm', ['run', 'build'], { cwd: root, stdio: 'ignore' });
  const lines: string[] = [];
  for (const backend of BACKENDS) {
    const scenarios = SCENARIOS.filter((s) => options.selected(s.name));
    if (scenarios.length === 0) break;
    const services: { tree: Tree; port: number; pid: number; child: Awaited<ReturnType<typeof startListening>> }[] = [];
    for (const [i, tree] of trees.entries()) {
      const database = `campus_side_${i}`;
      await recreate(backend, database);
      const port = 4111 + i;
      const configPath = join(resultsDir, `side-${backend.name}-${i}.json`);
      writeFileSync(configPath, JSON.stringify({
        server: { host: '127.0.0.1', port }, log: { level: 'info', access: false }, db: { client: backend.name, connection: backend.url(database), pool: { min: 20, max: 20 } },
        kv: { driver: 'redis', prefix: `side:${i}:` }, property: { searchCacheSeconds: 0 }, tokens: { cacheSeconds: 30 },
      }));
      const db = knexFactory({ client: backend.name === 'mysql' ? 'mysql2' : 'pg', connection: backend.url(database) });
      await seed(db, tree.dir, configPath);
      await db.destroy();
      const child = await startListening(process.execPath, ['--max-semi-space-size=4', 'dist/src/main.js', '-c', configPath], { cwd: tree.dir, logPath: join(resultsDir, `side-${backend.name}-${i}.log`) });
      services.push({ tree, port, pid: child.pid ?? 0, child });
    }
    for (const scenario of scenarios) {
      // A short turn each first: pools full, plans cached, so that the measured turns see a running service.
      for (const s of services) await turn(s.port, s.pid, backend.server, scenario.steps, scenario.connections, 1);
      const sums = services.map(() => ({ rps: 0, refused: 0, p95: 0, serviceUs: 0, dbUs: 0 }));
      for (let round = 0; round < rounds; round++) {
        // The two take turns going first, so that neither always meets the machine in the same state.
        const order = round % 2 === 0 ? [0, 1] : [1, 0];
        for (const i of order) {
          const s = services[i]!;
          const m = await turn(s.port, s.pid, backend.server, scenario.steps, scenario.connections, seconds);
          for (const key of ['rps', 'p95', 'serviceUs', 'dbUs'] as const) sums[i]![key] += m[key] / rounds;
          sums[i]!.refused += m.refused;
        }
      }
      const [mine, theirs] = sums.map((m) => ({ ...m, serviceUs: m.serviceUs * scenario.unit, dbUs: m.dbUs * scenario.unit })) as [Measure, Measure];
      const target = scenario.targets[backend.name];
      const refused = mine.refused + theirs.refused > 0 ? ` (answers refused: ${mine.refused} / ${theirs.refused}: not a measure)` : '';
      lines.push(
        `| ${backend.name} | ${scenario.name} | ${Math.round(mine.rps)} / ${Math.round(theirs.rps)} | ${mine.p95.toFixed(1)} / ${theirs.p95.toFixed(1)} | ` +
          `${Math.round(mine.serviceUs)} / ${Math.round(theirs.serviceUs)} | ${Math.round(mine.dbUs)} / ${Math.round(theirs.dbUs)} | ${(cpuOf(mine) / cpuOf(theirs)).toFixed(2)} | ` +
          `${target ? `${target.says}: ${target.met(mine, theirs) ? 'met' : '**not met**'}` : ''}${refused} |`,
      );
      process.stderr.write(`${lines.at(-1)}\n`);
    }
    for (const s of services) await stop(s.child);
  }
  const table = [
    `This tree against ${other.name}, side by side: ${seconds} s a turn, ${rounds} turns each, figures "this / the other". CPU is µs a request (a pair for apply + pay), of the service and of the database server.`,
    '',
    '| db | scenario | req/s | p95 ms | service CPU µs | database CPU µs | CPU ratio | target |',
    '|---|---|---|---|---|---|---|---|',
    ...lines,
  ].join('\n');
  writeFileSync(join(resultsDir, `side-by-side-${new Date().toISOString().replace(/[:.]/g, '-')}.md`), `${table}\n`);
  return table;
}
