/**
 * `npm run bench [-- --embedded] [-- --duration S] [-- --only TEXT] [-- --against REV [--rounds N]]`: starts
 * the service (MariaDB + Redis on this machine, or the embedded backends), loads it with autocannon, and
 * prints one table, with a bare-Koa baseline measured in the same run. `--only` runs just the rows whose
 * scenario contains TEXT. `--against` adds a second table: this tree and revision REV side by side, on
 * MariaDB and PostgreSQL, in CPU a request (see side-by-side.ts). Each run is written to bench/results/
 * (JSON and its tables; ignored by git); docs/BENCHMARKS.md keeps the current figure of each target.
 * Never part of `npm test`.
 */
import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import knexFactory from 'knex';
import { createClient } from 'redis';
import { kvKeys } from '../src/services/kv-keys.js';
import { PRODUCT_TEXTS } from '../src/services/market/products.js';
import { SHOP_NAMES } from '../src/services/market/shops.js';
import { backfill } from '../src/services/market/text-index.js';
import { callgrindAvailable, instructionsPerRequest } from './instructions.js';
import { batchMemoryRow, bigShop } from './batches.js';
import { pictureRow } from './pictures.js';
import { uploadRows } from './uploads.js';
import { kvTopologyRows } from './kv-topologies.js';
import { sideBySide } from './side-by-side.js';
import { startListening, stop } from './processes.js';
import type { Row } from './row.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const embedded = args.includes('--embedded');
const duration = Number(args[args.indexOf('--duration') + 1] || 10) || 10;
const only = args.includes('--only') ? (args[args.indexOf('--only') + 1] ?? '') : '';
const against = args.includes('--against') ? args[args.indexOf('--against') + 1] : undefined;
const rounds = Number(args[args.indexOf('--rounds') + 1] || 2) || 2;
/** `--only A|B`: the rows whose scenario contains A or B. */
const selected = (scenario: string) => only.split('|').some((part) => scenario.includes(part));
const SHOPS = 10_000;
const PRODUCTS = 50_000;
/** Buyers for the pay row: each autocannon connection pays its own buyer's purchases, to its own seller. */
const PAYERS = 20;
const PURCHASES_PER_PAYER = 2_000;
const POSTS = 100_000;
const SERVICE_PORT = 4091;
/** The service as `npm start` runs it (the bench builds it first), with the node options of its start script. */
const SERVICE = 'dist/src/main.js';
const START_SCRIPT = (JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { scripts: { start: string } }).scripts.start;
const SERVICE_NODE_OPTIONS = START_SCRIPT.replace(/^exec node /, '').split(' ').filter((word) => word.startsWith('--'));
const BASELINE_PORT = 4099;
/** The service with its access log and metrics off, beside the one with them on. */
const QUIET_PORT = 4092;
/** The service the picture rows load, with the per-user upload limit lifted. */
const PICTURES_PORT = 4093;
/** How many turns each of the two services gets in the access log's comparison. */
const COMPARE_TURNS = 4;
const DISPATCHER_ROUNDS = 3;
const CAPTCHA_BASELINE_PORT = 4098;
const MYSQL_URL = process.env.BENCH_MYSQL_URL ?? 'mysql://root@127.0.0.1:3306';
const REDIS_URL = process.env.BENCH_REDIS_URL ?? 'redis://127.0.0.1:6379';
const resultsDir = join(root, 'bench', 'results');
mkdirSync(resultsDir, { recursive: true });

/** A row's target: what it says, and how to tell from the row whether it was met. */
interface Target {
  says: string;
  met(row: Row): boolean;
}

const p95Under = (ms: number): Target => ({ says: `p95 < ${ms} ms`, met: (row) => row.p95 < ms });
const rateAtLeast = (rps: number): Target => ({ says: `≥ ${rps.toLocaleString('en')}/s`, met: (row) => row.rps >= rps });

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** A node script started as the bench's services are (see processes.ts), with the node options it needs. */
function startProcess(script: string, scriptArgs: string[], logName = script.replace(/\W+/g, '-')): Promise<ChildProcess> {
  const nodeOptions = script.endsWith('.ts') ? ['--import', 'tsx'] : script === SERVICE ? SERVICE_NODE_OPTIONS : [];
  return startListening(process.execPath, [...nodeOptions, script, ...scriptArgs], { cwd: root, logPath: join(resultsDir, `${logName}.log`) });
}

/** Resident memory of a process and its children (cluster workers), in MiB. */
function rssMb(pid: number | undefined): number | null {
  if (!pid) return null;
  const pids = [pid];
  try {
    pids.push(...execFileSync('pgrep', ['-P', String(pid)]).toString().trim().split('\n').filter(Boolean).map(Number));
  } catch {
    // no children
  }
  let kb = 0;
  for (const p of pids) {
    const m = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${p}/status`, 'utf8'));
    kb += Number(m?.[1] ?? 0);
  }
  return Math.round(kb / 1024);
}

/** CPU time (user + system) a process has used so far, in ms, from /proc (clock ticks of 10 ms). */
function cpuMs(pid: number | undefined): number {
  if (!pid) return 0;
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
  return (Number(fields[11]) + Number(fields[12])) * 10;
}

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return 0;
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

async function load(
  scenario: string,
  options: {
    path: string;
    method?: 'GET' | 'POST';
    body?: string;
    /** Varies each request (a fresh shop name, another search key). */
    vary?: () => { path?: string; body?: string };
    /** Varies each request with the connection's own context (autocannon keeps one per connection). */
    setup?: (context: Record<string, unknown>) => { path?: string; body?: string };
    connections?: number;
    seconds?: number;
    /** Requests a second over all connections (autocannon's overallRate); unbounded when absent. */
    rate?: number;
  },
  servicePid: number | undefined,
): Promise<Row | undefined> {
  if (!selected(scenario)) return undefined;
  const latencies: number[] = [];
  const { body, vary, setup } = options;
  const port = options.path.startsWith(':') ? '' : `:${SERVICE_PORT}`;
  const result = await new Promise<autocannon.Result>((done, fail) => {
    const instance = autocannon(
      {
        url: `http://127.0.0.1${port}${options.path}`,
        connections: options.connections ?? 20,
        duration: options.seconds ?? duration,
        method: options.method ?? 'POST',
        ...(options.rate === undefined ? {} : { overallRate: options.rate }),
        ...(body === undefined ? {} : { body }),
        ...(vary ? { requests: [{ setupRequest: (req: autocannon.Request) => ({ ...req, ...vary() }) }] } : {}),
        ...(setup ? { requests: [{ setupRequest: (req: autocannon.Request, context: object) => ({ ...req, ...setup(context as Record<string, unknown>) }) }] } : {}),
      },
      (err, res) => (err ? fail(err) : done(res)),
    );
    instance.on('response', (_client, _status, _bytes, ms) => latencies.push(ms));
  });
  latencies.sort((a, b) => a - b);
  const row: Row = {
    scenario,
    connections: options.connections ?? 20,
    rps: Math.round(result.requests.average),
    p50: percentile(latencies, 50),
    p95: percentile(latencies, 95),
    p99: percentile(latencies, 99),
    errors: result.errors + result.timeouts + result.non2xx,
    rssMb: rssMb(servicePid),
  };
  process.stderr.write(`  ${JSON.stringify(row)}\n`);
  return row;
}

/**
 * The CPU time a process spent on the loads it measured, a request: beside the rates, a reading that a
 * machine whose speed drifts moves less.
 */
class CpuTally {
  private ms = 0;
  private requests = 0;

  constructor(readonly pid: number | undefined) {}

  async measure(seconds: number, run: () => Promise<Row | undefined>): Promise<Row | undefined> {
    const before = cpuMs(this.pid);
    const row = await run();
    this.ms += cpuMs(this.pid) - before;
    this.requests += (row?.rps ?? 0) * seconds;
    return row;
  }

  microsEach(): number {
    return this.requests > 0 ? Math.round((this.ms * 1000) / this.requests) : 0;
  }
}

/**
 * Loads two services in turns, `turns` times each, after warming both up (their first seconds run code not
 * yet optimised); the two take turns going first, or the one loaded first in every turn would carry the
 * machine's drift. Answers each one's rows, in turn order.
 */
async function inTurns(
  turns: number,
  a: (seconds: number) => Promise<Row | undefined>,
  b: (seconds: number) => Promise<Row | undefined>,
  seconds: number,
): Promise<{ a: Row[]; b: Row[] }> {
  await a(2);
  await b(2);
  const rows: { a: Row[]; b: Row[] } = { a: [], b: [] };
  for (let turn = 0; turn < turns; turn++) {
    const [first, second] = turn % 2 === 0 ? [a, b] : [b, a];
    const one = await first(seconds);
    const other = await second(seconds);
    const [ra, rb] = turn % 2 === 0 ? [one, other] : [other, one];
    if (ra && rb) {
      rows.a.push(ra);
      rows.b.push(rb);
    }
  }
  return rows;
}

/** The user of the first bench token: property/add's posts are his, and are removed after the row. */
const BENCH_POSTER = '3000000000';

function dbConfig(): knexFactory.Knex.Config {
  return embedded
    ? { client: 'better-sqlite3', connection: { filename: join(resultsDir, 'bench.sqlite') }, useNullAsDefault: true }
    : { client: 'mysql2', connection: `${MYSQL_URL}/campus_bench` };
}

async function prepareDatabase(): Promise<{ tokens: string[]; configPath: string; config: object }> {
  const config = embedded
    ? { db: { client: 'sqlite', connection: { filename: join(resultsDir, 'bench.sqlite') } }, kv: { driver: 'memory' } }
    : { db: { client: 'mysql', connection: `${MYSQL_URL}/campus_bench`, pool: { min: 2, max: 20 } }, kv: { driver: 'redis', url: REDIS_URL, prefix: 'bench:' } };
  if (!embedded) {
    const admin = knexFactory({ client: 'mysql2', connection: MYSQL_URL });
    await admin.raw('CREATE DATABASE IF NOT EXISTS campus_bench CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci');
    await admin.destroy();
  }
  const full = { ...config, server: { host: '127.0.0.1', port: SERVICE_PORT }, log: { level: 'info' }, shop: { maxPerUser: 3 }, tokens: { cacheSeconds: 30 } };
  const configPath = join(resultsDir, 'bench-config.json');
  writeFileSync(configPath, JSON.stringify(full, null, 2));

  // The seed command migrates; run it first with a single post if the table is new.
  execFileSync(process.execPath, ['--import', 'tsx', 'src/cli/seed.ts', '--posts', '1', '-c', configPath], { cwd: root });
  const db = knexFactory(dbConfig());
  await db('property').where('user_id', BENCH_POSTER).del();
  const [{ n }] = (await db('property').count({ n: '*' })) as [{ n: number }];
  if (Number(n) < POSTS && selected('property')) {
    process.stderr.write(`seeding ${POSTS - Number(n)} posts…\n`);
    execFileSync(process.execPath, ['--import', 'tsx', 'src/cli/seed.ts', '--posts', String(POSTS - Number(n)), '-c', configPath], { cwd: root });
  }
  // Tokens for 20,000 users: enough that shop/creat under load is not all cap refusals.
  await db('shop').del();
  await db(SHOP_NAMES.table).del();
  await db('shop_owner').del();
  await db('tokens').where('token', 'like', 'bench-%').del();
  const tokens = Array.from({ length: 20_000 }, (_, i) => `bench-${i}-${randomBytes(6).toString('hex')}`);
  for (let i = 0; i < tokens.length; i += 500) {
    await db('tokens').insert(tokens.slice(i, i + 500).map((token, j) => ({ token, user_id: String(3000000000 + i + j) })));
  }
  // 10,000 shops for the list rows, three for each of the first token users (their cap is reached:
  // shop/creat under load uses the later users).
  const words = ['书店', '二手', '奶茶', 'Bike', '文具', '零食', 'Coffee', '打印'];
  for (let i = 0; i < SHOPS; i += 500) {
    const batch = Array.from({ length: Math.min(500, SHOPS - i) }, (_, j) => i + j).map((s) => ({
      shop_id: 100000000 + s,
      shop_name: `${words[s % words.length]} ${s}`,
      shop_content: '',
      user_id: String(3000000000 + Math.floor(s / 3)),
      creat_time: new Date(Date.UTC(2026, 0, 1) + s * 60_000).toISOString().slice(0, 19).replace('T', ' '),
      pic_url: '',
    }));
    await db('shop').insert(batch);
  }
  await db('product').del();
  await db(PRODUCT_TEXTS.table).del();
  const things = ['高数教材', '台灯', 'Bike lock', '耳机', '雨伞', 'USB cable', '考研资料', '保温杯', 'Python book', '书架'];
  for (let i = 0; i < PRODUCTS; i += 1000) {
    const batch = Array.from({ length: Math.min(1000, PRODUCTS - i) }, (_, j) => i + j).map((p) => ({
      product_id: 1000000 + p,
      shop_id: 100000000 + (p % SHOPS),
      product_name: `${things[p % things.length]} ${p}`,
      product_content: '',
      product_key: things[(p * 7) % things.length],
      product_price: `${(p % 500) + 1}.50`,
      product_disprice: null,
      pic_url: '',
      product_status: p % 10 === 0 ? 0 : 1,
      creat_time: new Date(Date.UTC(2026, 0, 1) + p * 1000).toISOString().slice(0, 19).replace('T', ' '),
      update_time: new Date(Date.UTC(2026, 0, 1) + p * 1000).toISOString().slice(0, 19).replace('T', ' '),
    }));
    await db('product').insert(batch);
  }
  // Loaded behind the service's back: their postings are written as the index's migration writes them.
  const indexing = Date.now();
  await backfill(db, SHOP_NAMES);
  await backfill(db, PRODUCT_TEXTS);
  process.stderr.write(`indexed ${SHOPS} shop names and ${PRODUCTS} product names and keys in ${((Date.now() - indexing) / 1000).toFixed(1)} s\n`);
    // The pay row's purchases: payer k (token 10000 + k) buys product k (from shop k, of seller k) again
  // and again; the purchases are made here so the row measures pay alone.
  await db('purchase').del();
  await db('wallet_ledger').del();
  await db('users').del();
  const far = '2099-01-01 00:00:00';
  for (let k = 0; k < PAYERS; k++) {
    const buyer = String(3000000000 + 10_000 + k);
    await db('users').insert({ id: buyer, wealth: '1000000.00' });
    const rows = Array.from({ length: PURCHASES_PER_PAYER }, (_, n) => ({
      purchase_id: payPurchaseId(k, n),
      user_id: buyer,
      shop_id: 100000000 + k,
      seller_id: String(3000000000 + Math.floor(k / 3)),
      purchase_state: 'paying',
      purchase_type: 0,
      purchase_price: '1.50',
      pay_method: '',
      creat_time: '2026-01-01 00:00:00',
      deadline: far,
      product_id: 1000000 + k,
      product_num: 1,
      product_unitprice: '1.50',
      product_totalprice: '1.50',
    }));
    for (let i = 0; i < rows.length; i += 500) await db('purchase').insert(rows.slice(i, i + 500));
  }
  await db.destroy();
  return { tokens, configPath, config: full };
}

/** The n-th purchase prepared for payer k: 17 digits, as the service makes them. */
function payPurchaseId(k: number, n: number): string {
  return `17000000${String(k).padStart(2, '0')}${String(n).padStart(7, '0')}`;
}

/** The issue's start targets: the first /healthz within a second, RSS under 100 MB (decimal megabytes). */
const START_MS = 1000;
const START_RSS_MIB = 100e6 / 2 ** 20;

/** The start of a process as `npm start` makes it: its pid once serving, and the ms from launch to the first /healthz. */
async function npmStart(configPath: string): Promise<{ child: ChildProcess; ms: number; pid: number }> {
  const started = performance.now();
  const child = spawn('npm', ['start', '--', '-c', configPath], { cwd: root, stdio: 'ignore' });
  for (;;) {
    if (child.exitCode !== null) throw new Error(`npm start exited ${child.exitCode}`);
    const ok = await fetch(`http://127.0.0.1:${SERVICE_PORT}/healthz`).then((r) => r.ok, () => false);
    if (ok) break;
    await sleep(5);
  }
  const ms = performance.now() - started;
  // npm's script execs node, so the service is npm's only child.
  const pid = Number(execFileSync('pgrep', ['-P', String(child.pid)]).toString().trim().split('\n')[0]);
  return { child, ms, pid };
}

/**
 * Five starts through `npm start` (the compiled service, no migration pending): ms to the first /healthz,
 * and the service's RSS one second after it and ten seconds after, once V8 has given back what loading
 * the code used (its memory reducer runs about 8 s after start).
 */
async function startRow(configPath: string): Promise<Row> {
  const times: number[] = [];
  const soon: number[] = [];
  const settled: number[] = [];
  for (let i = 0; i < 5; i++) {
    const { child, ms, pid } = await npmStart(configPath);
    times.push(ms);
    await sleep(1000);
    soon.push(rssMb(pid) ?? 0);
    await sleep(9000);
    settled.push(rssMb(pid) ?? 0);
    await stop(child);
  }
  times.sort((a, b) => a - b);
  const range = (xs: number[]) => `${Math.min(...xs)}–${Math.max(...xs)}`;
  return {
    scenario: 'npm start: first /healthz, RSS after start',
    connections: 1,
    rps: 0,
    p50: Math.round(percentile(times, 50)),
    p95: Math.round(times[times.length - 1]!),
    p99: Math.round(times[times.length - 1]!),
    errors: 0,
    rssMb: Math.max(...settled),
    note: `5 starts, ms from launching npm start (p95, p99: the slowest); RSS ${range(soon)} MiB 1 s after the first /healthz, ${range(settled)} MiB 10 s after`,
  };
}

function machine(): string {
  return `${os.cpus().length} × ${os.cpus()[0]?.model ?? 'cpu'}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}`;
}

async function main(): Promise<void> {
  const { tokens, configPath, config } = await prepareDatabase();
  const rows: Row[] = [];
  const add = (row: Row | undefined, note?: string, target?: Target) => {
    if (!row) return;
    if (note) row.note = note;
    if (target) row.target = `${target.says}: ${target.met(row) ? 'met' : '**not met**'}`;
    rows.push(row);
  };
  const validateMiss = JSON.stringify({ id: 1, status: 0, type: 'img', subtype: 'validate', data: { hash: '0123456789abcdef0123456789abcdef' } });
  const token = tokens[0]!;

  // The service runs as `npm start` runs it: compiled, from dist/.
  execFileSync('npm', ['run', 'build'], { cwd: root, stdio: 'ignore' });
  // What an operator gets from `npm start`, before anything else loads the machine.
  if (selected('npm start')) {
    add(await startRow(configPath), undefined, {
      says: `first /healthz < ${START_MS / 1000} s, RSS 10 s after < 100 MB (${START_RSS_MIB.toFixed(1)} MiB)`,
      met: (row) => row.p95 < START_MS && (row.rssMb ?? Infinity) < START_RSS_MIB,
    });
  }

  // One worker.
  let service = await startProcess(SERVICE, ['-c', configPath]);
  await sleep(500);
  const one = await load('img/validate (miss), 1 worker', { path: '/api/external/captcha', body: validateMiss }, service.pid);
  add(one);
  const generateBody = JSON.stringify({ id: 1, type: 'img', subtype: 'generate', data: {} });
  const cpuBefore = cpuMs(service.pid);
  const generated = await load('img/generate (PNG)', { path: '/api/external/captcha', body: generateBody }, service.pid);
  if (generated) generated.note = `${(((cpuMs(service.pid) - cpuBefore) / (generated.rps * duration)) || 0).toFixed(2)} CPU ms a captcha`;
  add(generated);
  // The straightforward route (svg-captcha's SVG rendered by resvg), in the same run.
  if (generated && selected('img/generate baseline: svg-captcha + resvg, bare Koa')) {
    const straightforward = await startProcess('bench/captcha-baseline.ts', [String(CAPTCHA_BASELINE_PORT)]);
    await sleep(300);
    const before = cpuMs(straightforward.pid);
    const base = await load('img/generate baseline: svg-captcha + resvg, bare Koa', { path: `:${CAPTCHA_BASELINE_PORT}/`, body: generateBody }, straightforward.pid);
    if (base) {
      const ratio = generated.rps / base.rps;
      add(base, `${((cpuMs(straightforward.pid) - before) / (base.rps * duration)).toFixed(2)} CPU ms a captcha; img/generate is ${ratio.toFixed(2)}× this`, {
        says: 'img/generate ≥ 3× this',
        met: () => ratio >= 3,
      });
    }
    await stop(straightforward);
  }

  // Does drawing captchas stall everyone else? img/validate's p99 while img/generate is loaded.
  const [blocked] = await Promise.all([
    load('img/validate (miss) while img/generate is loaded', { path: '/api/external/captcha', body: validateMiss, connections: 10 }, service.pid),
    load('(img/generate load)', { path: '/api/external/captcha', body: JSON.stringify({ id: 1, type: 'img', subtype: 'generate', data: {} }), connections: 10 }, undefined),
  ]);
  add(blocked);

  // The add scenario's posts are the newest: they go before the searches run over the seeded 100k.
  const addBody = JSON.stringify({ id: 1, type: 'property', subtype: 'add', data: { type: 1, lab: '卡类|一卡通', title: '丢了一卡通', content: '在图书馆三楼丢失', user_name: '王凌超', user_phone: '', user_qq: '' } });
  // Removed behind the service's back, so its cached searches are told, as `npm run seed` tells them
  // (with the in-process store of --embedded they cannot be: the rows after come to other keys anyway).
  const clearBenchPosts = async () => {
    const db = knexFactory(dbConfig());
    await db('property').where('user_id', BENCH_POSTER).del();
    await db.destroy();
    if (embedded) return;
    const redis = createClient({ url: REDIS_URL });
    await redis.connect();
    await redis.del(`bench:${kvKeys.propertyGeneration}`);
    await redis.quit();
  };
  add(
    await load(
      'property/add',
      { path: `/api/external/property?token=${token}`, body: addBody },
      service.pid,
    ),
    undefined,
    rateAtLeast(1800),
  );
  await clearBenchPosts();
  const keys = ['耳机', '一卡通', '图书馆', '钥匙', '雨伞', '学生证', '外套', '充电宝'];
  let k = 0;
  const search = (query: string) => `/api/external/get/property?token=${token}&${query}`;
  add(await load('property GET key search (100k posts)', { method: 'GET', path: search(`type=1&key=${encodeURIComponent('耳机')}`) }, service.pid), 'key=耳机', p95Under(50));
  const rotating = { method: 'GET' as const, path: search('type=1'), vary: () => ({ path: search(`type=1&key=${encodeURIComponent(keys[k++ % keys.length]!)}`) }) };
  add(await load('property GET key search, rotating keys', rotating, service.pid), keys.join(' '), p95Under(50));
  // Every add starts a new search generation: the searches beside it mostly miss the cache.
  const [mixed, adds] = await Promise.all([
    load('property GET key search, rotating keys, beside adds', { ...rotating, connections: 20 }, service.pid),
    load('(property/add, at most 50/s)', { path: `/api/external/property?token=${token}`, body: addBody, connections: 5, rate: 50 }, undefined),
  ]);
  add(mixed, `${adds?.rps ?? 0} adds/s alongside; each add ends the cached answers`);
  await clearBenchPosts();
  add(await load('property GET key search, no match (worst case)', { method: 'GET', path: search(`type=1&key=${encodeURIComponent('自行车')}`) }, service.pid), 'key=自行车: found nowhere');
  add(
    await load('property GET key search, common words in a rare order', { method: 'GET', path: search(`type=1&key=${encodeURIComponent('一卡通在图书馆')}`) }, service.pid),
    'key=一卡通在图书馆: every pair common, the whole rare (the slow case)',
  );
  add(await load('property GET field query (100k posts)', { method: 'GET', path: search(`type=2&state=0&lab=${encodeURIComponent('电子')}`) }, service.pid), 'type=2&state=0&lab=电子');
  const envelopeOf = (type: string, subtype: string, data: object) => JSON.stringify({ id: 1, type, subtype, data });
  const getShop = `/api/external/get/shop?token=${token}`;
  add(await load('shop/list by a name fragment (10k shops)', { path: getShop, body: envelopeOf('shop', 'list', { shop_name: '书店 12' }) }, service.pid), 'shop_name=书店 12');
  add(await load('shop/list, all, by name desc (10k shops)', { path: getShop, body: envelopeOf('shop', 'list', { order: 'shop_name DESC', limit: 50 }) }, service.pid));
  add(await load('shop/list mode 1 (own shops, 10k shops)', { path: getShop, body: envelopeOf('shop', 'list', { mode: 1 }) }, service.pid));
  add(await load('shop/info by name (10k shops)', { path: getShop, body: envelopeOf('shop', 'info', { shop_name: '奶茶 5002' }) }, service.pid));
  const getProduct = `/api/external/get/product?token=${token}`;
  add(
    await load('product/list by a name fragment (50k products)', { path: getProduct, body: envelopeOf('product', 'list', { product_name: '台灯 12' }) }, service.pid),
    'product_name=台灯 12',
    p95Under(50),
  );
  add(await load('product/list, first page (50k products)', { path: getProduct, body: envelopeOf('product', 'list', {}) }, service.pid));
  let productSeq = 0;
  add(
    await load(
      'product/info (50k products)',
      { path: getProduct, vary: () => ({ body: envelopeOf('product', 'info', { product_id: 1000001 + (productSeq++ % (PRODUCTS - 1)) }) }) },
      service.pid,
    ),
    undefined,
    p95Under(10),
  );
  // Each connection pays its own buyer's purchases (setupRequest's context is per connection).
  let payers = 0;
  const paid = new Array<number>(PAYERS).fill(0);
  add(
    await load(
      'purchase/pay (20 buyers, each its own purchases)',
      {
        path: '/api/external/purchase',
        setup: (context: Record<string, unknown>) => {
          context.payer ??= payers++ % PAYERS;
          const k = context.payer as number;
          const n = paid[k]!++;
          return {
            path: `/api/external/purchase?token=${tokens[10_000 + k]}`,
            body: envelopeOf('purchase', 'pay', { purchase_id: payPurchaseId(k, n % PURCHASES_PER_PAYER), method: 'wallet' }),
          };
        },
      },
      service.pid,
    ),
    'one transaction: claim, debit, credit, sale, 2 ledger rows',
  );
  const serviceBase = `http://127.0.0.1:${SERVICE_PORT}`;
  if (selected('product list page')) add(await pictureRow(serviceBase, token));
  const batchRow = '16 batches of 20 product/list at once';
  if (selected(batchRow)) {
    const shopId = await bigShop(serviceBase, tokens[tokens.length - 1]!, `bench long contents ${randomBytes(3).toString('hex')}`);
    const under300 = { says: 'peak RSS < 300 MB', met: (row: Row) => (row.rssMb ?? Infinity) < 300e6 / 2 ** 20 };
    add(await batchMemoryRow(`${batchRow} (server.maxResponseBytes 4 MiB)`, serviceBase, token, shopId, duration, () => rssMb(service.pid)), undefined, under300);
    // The same with no bound (as before it), in a service of its own.
    const unboundedPath = join(resultsDir, 'bench-config-unbounded.json');
    writeFileSync(unboundedPath, JSON.stringify({ ...config, server: { host: '127.0.0.1', port: QUIET_PORT, maxResponseBytes: 2 ** 40 } }, null, 2));
    const unbounded = await startProcess(SERVICE, ['-c', unboundedPath], 'service-unbounded');
    add(await batchMemoryRow(`${batchRow} (no bound)`, `http://127.0.0.1:${QUIET_PORT}`, token, shopId, duration, () => rssMb(unbounded.pid)), 'for comparison');
    await stop(unbounded);
  }
  let shopSeq = 0;
  add(
    await load(
      'shop/creat',
      {
        path: '/api/external/shop',
        vary: () => {
          shopSeq++;
          return {
            path: `/api/external/shop?token=${tokens[shopSeq % tokens.length]}`,
            body: JSON.stringify({ id: shopSeq, type: 'shop', subtype: 'creat', data: { shop_name: `bench shop ${shopSeq} ${randomBytes(3).toString('hex')}` } }),
          };
        },
      },
      service.pid,
    ),
  );
  await stop(service);

  // What the access log and the metrics cost: img/validate with both on and with both off, two services
  // side by side, loaded in turns. The machine drifts between fast and slow states over a run by more
  // than the difference measured here, so one row at the start and one at the end compared the drift.
  const quietPath = join(resultsDir, 'bench-config-quiet.json');
  writeFileSync(quietPath, JSON.stringify({ ...config, server: { host: '127.0.0.1', port: QUIET_PORT }, log: { level: 'info', access: false }, metrics: { enabled: false } }, null, 2));
  if (selected('img/validate (miss), access log and metrics off')) {
    const loud = await startProcess(SERVICE, ['-c', configPath], 'service-access-log-on');
    const quiet = await startProcess(SERVICE, ['-c', quietPath], 'service-access-log-off');
    await sleep(500);
    const scenario = 'img/validate (miss), access log and metrics off';
    const seconds = Math.max(2, Math.round(duration / 2));
    const cpu = { on: new CpuTally(loud.pid), off: new CpuTally(quiet.pid) };
    const loadService = (which: 'on' | 'off', s: number) =>
      cpu[which].measure(s, () => load(scenario, { path: `:${which === 'on' ? SERVICE_PORT : QUIET_PORT}/api/external/captcha`, body: validateMiss, seconds: s }, cpu[which].pid));
    const turns = await inTurns(COMPARE_TURNS, (s) => loadService('on', s), (s) => loadService('off', s), seconds);
    await stop(loud);
    await stop(quiet);
    const total = (rows: Row[]) => rows.reduce((sum, row) => sum + row.rps, 0);
    const share = total(turns.a) / total(turns.b);
    const lastOff = turns.b.at(-1);
    if (lastOff) {
      add(
        { ...lastOff, rps: Math.round(total(turns.b) / turns.b.length) },
        `with both on: ${(share * 100).toFixed(0)}% of this (${COMPARE_TURNS} turns each, in alternation: on ${turns.a.map((r) => r.rps).join(', ')}; off ${turns.b.map((r) => r.rps).join(', ')} req/s); CPU µs a request: on ${cpu.on.microsEach()}, off ${cpu.off.microsEach()}`,
      );
    }
  }

  // The same two configurations, in instructions a request (see instructions.ts): a reading that the
  // machine's drift does not move, of the work in user space only. A window of 4,000 requests moves by
  // tens of percent with a late optimisation or a major collection in it or not; the least of six windows
  // is the reading, and the note gives every window.
  const counting = 'img/validate (miss), access log and metrics: instructions a request';
  if (selected(counting)) {
    const counted = { warmup: 6_000, windows: 6, perWindow: 4_000 };
    // No rate or latencies: what it found is in its note.
    const row = (): Row => ({ scenario: counting, connections: 20, rps: 0, p50: 0, p95: 0, p99: 0, errors: 0, rssMb: null });
    if (!callgrindAvailable()) {
      add(row(), 'skipped: valgrind is not installed');
    } else {
      const count = (path: string, port: number, name: string) =>
        instructionsPerRequest({
          nodeArgs: [...SERVICE_NODE_OPTIONS, SERVICE, '-c', path],
          cwd: root,
          logPath: join(resultsDir, `${name}.log`),
          url: `http://127.0.0.1:${port}/api/external/captcha`,
          body: validateMiss,
          ...counted,
        });
      const on = await count(configPath, SERVICE_PORT, 'callgrind-access-log-on');
      const off = await count(quietPath, QUIET_PORT, 'callgrind-access-log-off');
      const least = { on: Math.min(...on), off: Math.min(...off) };
      const share = least.off / least.on;
      const thousands = (n: number) => `${(n / 1000).toFixed(1)}k`;
      const windows = (readings: number[], reading: number) => `${thousands(reading)} (windows ${readings.map(thousands).join(', ')})`;
      add(
        row(),
        `callgrind, ${counted.windows} windows of ${counted.perWindow.toLocaleString('en')} requests after ${counted.warmup.toLocaleString('en')} to warm up, the least window: on ${windows(on, least.on)}, off ${windows(off, least.off)} instructions a request; with both on, ${(share * 100).toFixed(1)}% of the rate with both off (system calls not counted)`,
      );
    }
  }

  // What the search cache saves: the same key searches with it off.
  if (selected('property GET key search, search cache off')) {
    const uncachedPath = join(resultsDir, 'bench-config-uncached.json');
    writeFileSync(uncachedPath, JSON.stringify({ ...config, property: { searchCacheSeconds: 0 } }, null, 2));
    service = await startProcess(SERVICE, ['-c', uncachedPath]);
    await sleep(500);
    add(await load('property GET key search, search cache off', { method: 'GET', path: search(`type=1&key=${encodeURIComponent('耳机')}`) }, service.pid), 'key=耳机');
    add(await load('property GET key search, rotating keys, search cache off', rotating, service.pid), 'every search asks MariaDB');
    await stop(service);
  }

  // Photos from phones and an animation storm, in a service of their own whose per-user upload limit is
  // lifted: the rows measure the work queue, not the rate limit in front of it.
  if (selected('12-MP JPEG') || selected('while 16 clients upload')) {
    const picturesPath = join(resultsDir, 'bench-config-pictures.json');
    writeFileSync(picturesPath, JSON.stringify({ ...config, server: { host: '127.0.0.1', port: PICTURES_PORT }, pic: { uploadsPerMinute: 1_000_000, maxPerUser: 1_000_000 } }, null, 2));
    const pictures = await startProcess(SERVICE, ['-c', picturesPath], 'service-pictures');
    await sleep(500);
    const probe = { base: `http://127.0.0.1:${PICTURES_PORT}`, tokens: tokens.slice(100, 120), cpuMs: () => cpuMs(pictures.pid), rssMb: () => rssMb(pictures.pid) };
    const uploads = await uploadRows(probe, duration);
    add(uploads.photoMultipart);
    add(uploads.photoBase64);
    add(uploads.peak, undefined, { says: 'peak RSS < 600 MiB', met: (row) => (row.rssMb ?? Infinity) < 600 });
    const [victim, captchas] = uploads.storm;
    add(victim, undefined, p95Under(1000));
    add(captchas, undefined, p95Under(100));
    for (const heavy of uploads.heaviest) add(heavy, 'for comparison');
    await stop(pictures);
  }

  // Captchas and SMS codes across two instances, on one Redis and on a cluster.
  if (!embedded && selected('2 instances on')) {
    for (const row of await kvTopologyRows(config as Record<string, unknown>, REDIS_URL, resultsDir, duration)) add(row);
  }

  // The chain's cost, as the issue measures it: the whole chain (access log and metrics on) against bare
  // Koa doing the same Redis GETDEL, both running, loaded in 3 alternating rounds; the best of each.
  const dispatcher = 'dispatcher: img/validate (miss), whole chain against bare Koa, best of 3 alternating rounds';
  if (!embedded && selected(dispatcher)) {
    const chain = await startProcess(SERVICE, ['-c', configPath], 'service-dispatcher');
    const bare = await startProcess('bench/baseline.ts', [String(BASELINE_PORT)], 'baseline-dispatcher');
    await sleep(500);
    const seconds = Math.max(3, Math.round(duration / 2));
    const cpu = { chain: new CpuTally(chain.pid), bare: new CpuTally(bare.pid) };
    const turns = await inTurns(
      DISPATCHER_ROUNDS,
      (s) => cpu.chain.measure(s, () => load(dispatcher, { path: '/api/external/captcha', body: validateMiss, seconds: s }, chain.pid)),
      (s) => cpu.bare.measure(s, () => load(dispatcher, { path: `:${BASELINE_PORT}/`, body: validateMiss, seconds: s }, bare.pid)),
      seconds,
    );
    await stop(chain);
    await stop(bare);
    const best = (rows: Row[]) => rows.reduce((top, row) => (row.rps > top.rps ? row : top));
    if (turns.a.length > 0) {
      const [chainBest, bareBest] = [best(turns.a), best(turns.b)];
      const share = chainBest.rps / bareBest.rps;
      add(
        chainBest,
        `${share.toFixed(2)} of bare Koa (best ${bareBest.rps} req/s); rounds: chain ${turns.a.map((r) => r.rps).join(', ')}, bare ${turns.b.map((r) => r.rps).join(', ')}; CPU µs a request (warm-up too): chain ${cpu.chain.microsEach()}, bare ${cpu.bare.microsEach()}`,
        { says: '≥ 0.8 of bare Koa', met: () => share >= 0.8 },
      );
    }
  }

  // The same img/validate through a bare Koa app: the cost of our chain.
  let base: Row | undefined;
  if (!embedded && selected('baseline')) {
    const baseline = await startProcess('bench/baseline.ts', [String(BASELINE_PORT)]);
    await sleep(300);
    base = await load('baseline: bare Koa + Redis GETDEL', { path: `:${BASELINE_PORT}/`, body: validateMiss }, baseline.pid);
    add(base);
    await stop(baseline);

    // Two workers.
    const twoPath = join(resultsDir, 'bench-config-2.json');
    writeFileSync(twoPath, JSON.stringify({ ...config, server: { host: '127.0.0.1', port: SERVICE_PORT, workers: 2 } }, null, 2));
    service = await startProcess(SERVICE, ['-c', twoPath]);
    await sleep(1500);
    const two = await load('img/validate (miss), 2 workers', { path: '/api/external/captcha', body: validateMiss }, service.pid);
    await stop(service);
    if (two && one) add(two, `${(two.rps / one.rps).toFixed(2)}× one worker`);
    if (base && one) {
      // The chain's budget: the whole request, access log and metrics on, against bare Koa doing the same Redis operation.
      const share = one.rps / base.rps;
      one.note = `${(share * 100).toFixed(0)}% of the baseline`;
      one.target = `≥ 75% of the baseline: ${share >= 0.75 ? 'met' : '**not met**'}`;
    }
  }

  const backends = embedded ? 'sqlite + memory kv' : 'MariaDB + Redis';
  const header = `| scenario | conns | req/s | p50 ms | p95 ms | p99 ms | errors | RSS MiB | note | target |\n|---|---|---|---|---|---|---|---|---|---|`;
  const table = [header, ...rows.map((r) => `| ${r.scenario} | ${r.connections} | ${r.rps} | ${r.p50} | ${r.p95} | ${r.p99} | ${r.errors} | ${r.rssMb ?? ''} | ${r.note ?? ''} | ${r.target ?? ''} |`)].join('\n');
  process.stdout.write(`\n${table}\n`);
  const side = against === undefined ? '' : await sideBySide({ rev: against, seconds: duration, rounds, selected });
  if (side) process.stdout.write(`\n${side}\n`);
  const date = new Date().toISOString();
  const name = join(resultsDir, `bench-${date.replace(/[:.]/g, '-')}`);
  writeFileSync(`${name}.json`, JSON.stringify({ date, machine: machine(), backends, duration, rows }, null, 2));
  writeFileSync(`${name}.md`, `## ${date} — ${backends}, ${duration} s per row\n${machine()}\n\n${table}\n${side ? `\n${side}\n` : ''}`);
}

main().then(
  () => process.exit(0),
  (err: unknown) => {
    process.stderr.write(`${(err as Error).stack ?? String(err)}\n`);
    process.exit(1);
  },
);
