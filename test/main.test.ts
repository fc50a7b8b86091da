import { spawn } from 'node:child_process';
import { existsSync, openSync, readFileSync } from 'node:fs';
import { connect, createServer } from 'node:net';
import { expect } from 'chai';
import { createClient } from 'redis';
import { backendMatrix, MYSQL_URL, REDIS_URL, TEST_DATABASE } from './support/backends.js';
import { portOf, startMain, writeConfig } from './support/main-process.js';
import { TcpProxy } from './support/tcp-proxy.js';

/** A service on SQLite with an info-level log, listening where `server` says (port 0: anywhere free). */
const servingConfig = (server: object = { port: 0 }) => writeConfig({ server, log: { level: 'info' }, db: { client: 'sqlite', connection: { filename: 'db.sqlite' } } });

describe('main (the process)', function () {
  this.timeout(40000);

  it('exits 1 naming the bad key of an invalid config', async () => {
    const run = startMain(['-c', writeConfig({ server: { port: 'eighty' } })]);
    expect(await run.exited).to.equal(1);
    expect(run.output()).to.match(/server\.port/);
  });

  it('exits 1 for a config path that does not exist (--config form)', async () => {
    const run = startMain(['--config', '/nonexistent/config.json']);
    expect(await run.exited).to.equal(1);
    expect(run.output()).to.match(/cannot read/);
  });

  it('serves with a -c config, finishes an in-flight request on SIGTERM, and exits 0', async () => {
    const run = startMain(['-c', servingConfig()]);
    const port = await portOf(run);
    const base = `http://127.0.0.1:${port}`;
    expect(await (await fetch(`${base}/healthz`)).json()).to.deep.equal({ status: 'ok' });
    // The request is in flight for certain when the signal lands: its headers asked for 100 Continue,
    // which Node sends as it hands the request to the app, and its body goes only after the signal.
    // (A request whose bytes have not reached the server yet is not in flight: a shutdown may refuse it.)
    const body = '{"id":1,"type":"img","subtype":"generate","data":{}}';
    const socket = connect(port, '127.0.0.1');
    let received = '';
    socket.on('data', (c: Buffer) => (received += c.toString()));
    const closed = new Promise<void>((resolve) => socket.on('close', () => resolve()));
    socket.write(`POST /api/external HTTP/1.1\r\nHost: x\r\nExpect: 100-continue\r\nContent-Length: ${body.length}\r\n\r\n`);
    while (!received.includes('100 Continue')) await new Promise((resolve) => setTimeout(resolve, 10));
    run.child.kill('SIGTERM');
    while (!run.output().includes('SIGTERM: finishing')) await new Promise((resolve) => setTimeout(resolve, 10));
    socket.write(body); // not end(): Node drops a request whose client half-closes its connection
    await closed;
    const answer = received.slice(received.lastIndexOf('HTTP/1.1 '));
    expect(answer).to.match(/^HTTP\/1\.1 200 [\s\S]*connection: close/i);
    expect((JSON.parse(answer.slice(answer.indexOf('\r\n\r\n') + 4)) as { status: number }).status).to.equal(0);
    expect(await run.exited).to.equal(0);
    expect(run.output()).to.match(/SIGTERM/);
  });

  it('exits on SIGTERM when whatever read its log has gone', async () => {
    // A supervisor that started the service with pipes, then died: the service's stdout is a socket
    // with nobody at the other end, and every line it writes on its way out fails with EPIPE.
    const config = servingConfig();
    const supervisor = `
      const child = require('node:child_process').spawn(process.execPath, ['--import', 'tsx', 'src/main.ts', '-c', ${JSON.stringify(config)}], { stdio: ['ignore', 'pipe', 'pipe'], detached: true });
      child.stdout.on('data', (c) => { if (String(c).includes('listening')) { console.log(child.pid); process.exit(0); } });`;
    const started = spawn(process.execPath, ['-e', supervisor], { stdio: ['ignore', 'pipe', 'inherit'] });
    let printed = '';
    started.stdout?.on('data', (c: Buffer) => (printed += c.toString()));
    await new Promise((resolve) => started.on('exit', resolve));
    const pid = Number(printed.trim());
    expect(pid).to.be.above(0);
    // Orphaned, the service is reaped by init, whenever that gets round to it: a zombie has exited.
    const zombie = () => {
      try {
        return /^\d+ \(.*\) Z/.test(readFileSync(`/proc/${pid}/stat`, 'utf8'));
      } catch {
        return false; // no /proc here
      }
    };
    const alive = () => {
      try {
        process.kill(pid, 0);
        return !zombie();
      } catch {
        return false;
      }
    };
    try {
      process.kill(pid, 'SIGTERM');
      const deadline = Date.now() + 10000;
      while (alive() && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 50));
      expect(alive(), 'still running 10 s after SIGTERM').to.equal(false);
    } finally {
      if (alive()) process.kill(pid, 'SIGKILL');
    }
  });

  it('goes on serving when its log cannot be written (a full disk), and still stops on SIGTERM', async function () {
    if (!existsSync('/dev/full')) this.skip(); // Linux's always-full device
    // Its log goes nowhere, so it cannot say its port: a free one is found first.
    const port = await new Promise<number>((resolve) => {
      const probe = createServer().listen(0, '127.0.0.1', () => {
        const { port: free } = probe.address() as { port: number };
        probe.close(() => resolve(free));
      });
    });
    const config = servingConfig({ port });
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts', '-c', config], { stdio: ['ignore', openSync('/dev/full', 'w'), 'pipe'] });
    let stderr = '';
    child.stderr?.on('data', (c: Buffer) => (stderr += c.toString()));
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    try {
      const deadline = Date.now() + 15000;
      let healthy = false;
      while (!healthy && Date.now() < deadline) {
        healthy = await fetch(`http://127.0.0.1:${port}/healthz`, { signal: AbortSignal.timeout(2000) }).then((r) => r.ok, () => false);
        if (!healthy) await new Promise((resolve) => setTimeout(resolve, 50));
      }
      expect(healthy, `not serving: ${stderr}`).to.equal(true);
      // The log's lines are written in batches, at most 100 ms after they were logged.
      while (!/the log cannot be written/.test(stderr) && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 50));
      expect(stderr).to.match(/the log cannot be written \(ENOSPC\)/);
      child.kill('SIGTERM');
      expect(await exited).to.equal(0);
    } finally {
      child.kill('SIGKILL');
    }
  });

  it('npm start runs the compiled service, and SIGTERM to the npm process stops it gracefully', async () => {
    const config = servingConfig();
    // Its own process group, so that a failing assertion can still stop npm and the node it started.
    const child = spawn('npm', ['start', '--', '-c', config], { stdio: ['ignore', 'pipe', 'pipe'], detached: true });
    let output = '';
    child.stdout?.on('data', (c: Buffer) => (output += c.toString()));
    child.stderr?.on('data', (c: Buffer) => (output += c.toString()));
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    try {
      const port = await portOf({ child, output: () => output, exited });
      expect(output).to.match(/exec node (--[\w-]+=?\S* )*dist\/src\/main\.js/);
      expect(await (await fetch(`http://127.0.0.1:${port}/healthz`)).json()).to.deep.equal({ status: 'ok' });
      // The signal goes to the process a supervisor started: npm. Its script execs node, so node gets it.
      child.kill('SIGTERM');
      await exited;
      await new Promise((resolve) => setTimeout(resolve, 300));
      const stillServing = await fetch(`http://127.0.0.1:${port}/healthz`).then(
        () => true,
        () => false,
      );
      expect(stillServing).to.equal(false);
      expect(output).to.match(/SIGTERM: finishing in-flight requests[\s\S]*stopped/);
    } finally {
      if (child.pid !== undefined) {
        try {
          process.kill(-child.pid, 'SIGKILL');
        } catch {
          // the group has exited already
        }
      }
    }
  });

  it('exits 1 with one line saying how to create a database that does not exist', async function () {
    const mysql = (await backendMatrix()).find((b) => b.db === 'mysql');
    if (!mysql) this.skip(); // no MariaDB on this machine (never under CI=true)
    const run = startMain(['-c', writeConfig({ db: { client: 'mysql', connection: `${MYSQL_URL}/campus_no_such_db` }, kv: { driver: 'redis', url: REDIS_URL } })]);
    expect(await run.exited).to.equal(1);
    const lines = run.output().trim().split('\n');
    expect(lines).to.have.length(1);
    expect(lines[0]).to.match(/database \\"campus_no_such_db\\" does not exist on the mysql server: create it \(mysql -e/);
  });

  it('waits for a database that is not up yet, one line a try, and serves once it answers', async function () {
    const mysql = (await backendMatrix()).find((b) => b.db === 'mysql');
    if (!mysql) this.skip(); // no MariaDB on this machine (never under CI=true)
    const target = new URL(MYSQL_URL);
    const proxy = await new TcpProxy(target.hostname, Number(target.port || 3306)).start();
    proxy.cut();
    try {
      const run = startMain(['-c', writeConfig({ server: { port: 0 }, log: { level: 'info' }, db: { client: 'mysql', connection: `mysql://root@127.0.0.1:${proxy.port}/${TEST_DATABASE}`, startRetrySeconds: 20 } })]);
      while (!/trying again/.test(run.output())) await new Promise((resolve) => setTimeout(resolve, 50));
      proxy.restore();
      const port = await portOf(run);
      const waits = run.output().split('\n').filter((line) => line.includes('cannot be reached'));
      expect(waits.length).to.be.at.least(1);
      expect(waits[0]).to.contain(`the mysql database at 127.0.0.1:${proxy.port} cannot be reached (`);
      expect(run.output()).not.to.contain('"stack"');
      expect((await fetch(`http://127.0.0.1:${port}/readyz`)).status).to.equal(200);
      run.child.kill('SIGTERM');
      expect(await run.exited).to.equal(0);
    } finally {
      await proxy.close();
    }
  });

  it('exits 1 with one line naming the database after db.startRetrySeconds, and at once for a wrong password', async function () {
    const mysql = (await backendMatrix()).find((b) => b.db === 'mysql');
    if (!mysql) this.skip(); // no MariaDB on this machine (never under CI=true)
    const closed = await new Promise<number>((resolve) => {
      const probe = createServer().listen(0, '127.0.0.1', () => {
        const { port } = probe.address() as { port: number };
        probe.close(() => resolve(port));
      });
    });
    const started = Date.now();
    const away = startMain(['-c', writeConfig({ db: { client: 'mysql', connection: `mysql://root@127.0.0.1:${closed}/${TEST_DATABASE}`, startRetrySeconds: 2 } })]);
    expect(await away.exited).to.equal(1);
    expect(Date.now() - started).to.be.below(15000);
    const lines = away.output().trim().split('\n');
    expect(lines.slice(0, -1).every((line) => line.includes('trying again'))).to.equal(true);
    expect(lines.at(-1)).to.match(new RegExp(`"level":60.*the mysql database at 127.0.0.1:${closed} could not be reached in 2 s: connect ECONNREFUSED`));
    const wrong = new URL(MYSQL_URL);
    wrong.username = 'campus_nobody';
    wrong.password = 'wrong';
    const refused = startMain(['-c', writeConfig({ db: { client: 'mysql', connection: `${wrong.href.replace(/\/$/, '')}/${TEST_DATABASE}` } })]);
    expect(await refused.exited).to.equal(1);
    const only = refused.output().trim().split('\n');
    expect(only).to.have.length(1);
    expect(only[0]).to.match(/the mysql database at .* refused: Access denied for user/);
    expect(only[0]).not.to.contain('stack');
  });

  it('runs several workers on one port with server.workers > 1 (Redis)', async function () {
    if (!(await backendMatrix()).some((b) => b.kv === 'redis')) this.skip(); // no Redis on this machine (never under CI=true)
    const run = startMain([
      '-c',
      writeConfig({ server: { port: 0, workers: 2 }, log: { level: 'info' }, kv: { driver: 'redis', url: REDIS_URL, prefix: 'test:workers:' }, db: { client: 'sqlite', connection: { filename: 'db.sqlite' } } }),
    ]);
    const deadline = Date.now() + 20000;
    while ((run.output().match(/listening on/g) ?? []).length < 2 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
    const pids = new Set((run.output().match(/"pid":(\d+)[^\n]*listening on/g) ?? []).map((l) => l.split(',')[0]));
    expect(pids.size).to.equal(2);
    const port = await portOf(run);
    const res = await fetch(`http://127.0.0.1:${port}/api/external`, { method: 'POST', body: '{"id":2,"type":"img","subtype":"generate","data":{}}' });
    expect(((await res.json()) as { status: number }).status).to.equal(0);
    // Requests spread over both workers (a new connection each); /metrics adds up what all of them counted.
    for (let i = 0; i < 12; i++) await fetch(`http://127.0.0.1:${port}/healthz`, { headers: { Connection: 'close' } });
    const metrics = await (await fetch(`http://127.0.0.1:${port}/metrics`)).text();
    expect(metrics).to.contain('campus_http_requests_total{route="/healthz",method="GET",status="200"} 12');
    expect(metrics).to.contain('campus_api_answers_total{type="img",subtype="generate",status="0"} 1');
    run.child.kill('SIGTERM');
    expect(await run.exited).to.equal(0);
    // The captcha drawn above would otherwise stay on the shared Redis until it expires.
    const redis = createClient({ url: REDIS_URL });
    await redis.connect();
    for await (const keys of redis.scanIterator({ MATCH: 'test:workers:*' })) if (keys.length > 0) await redis.del(keys);
    await redis.quit();
  });
});
