import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import net from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sleep } from './wait.js';

const PG_LIB = '/usr/lib/postgresql';
/** Below the kernel's ephemeral ports, where a client socket could already hold the port. */
const PORTS = { from: 21000, to: 29000 };
const START_MS = 20000;

/** The PostgreSQL server binaries of this machine, if it has them. */
function binaries(): string | undefined {
  if (!existsSync(PG_LIB)) return undefined;
  const version = readdirSync(PG_LIB).sort().at(-1);
  const bin = version && join(PG_LIB, version, 'bin');
  return bin && existsSync(join(bin, 'initdb')) ? bin : undefined;
}

async function freePort(): Promise<number> {
  for (;;) {
    const port = PORTS.from + Math.floor(Math.random() * (PORTS.to - PORTS.from));
    const free = await new Promise<boolean>((resolve) => {
      const probe = net.createServer();
      probe.once('error', () => resolve(false));
      probe.listen(port, '127.0.0.1', () => probe.close(() => resolve(true)));
    });
    if (free) return port;
  }
}

/** Every descendant of `pid`, read from /proc (a server's backends are its children). */
function descendants(pid: number): number[] {
  const children = new Map<number, number[]>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      // "pid (comm) state ppid ...": comm may hold spaces, so read after its closing parenthesis.
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      children.set(ppid, [...(children.get(ppid) ?? []), Number(entry)]);
    } catch {
      // the process ended while being read
    }
  }
  const found: number[] = [];
  const walk = (parent: number) => {
    for (const child of children.get(parent) ?? []) {
      found.push(child);
      walk(child);
    }
  };
  walk(pid);
  return found;
}

/**
 * A PostgreSQL server of the test's own, on a port of its own, that the test may stop with SIGSTOP as a
 * stalled machine would be stopped: the shared server is never touched. Root runs it as the postgres user
 * (PostgreSQL refuses to run as root).
 */
export class PrivatePostgres {
  private constructor(
    readonly port: number,
    private readonly dir: string,
    private readonly server: ChildProcess,
  ) {}

  /** Whether this machine can start one: PostgreSQL's server binaries, and a user to run them as. */
  static available(): boolean {
    return binaries() !== undefined && (process.getuid?.() !== 0 || postgresUser().uid !== undefined);
  }

  static async start(): Promise<PrivatePostgres> {
    const bin = binaries();
    if (!bin) throw new Error(`no PostgreSQL server under ${PG_LIB}`);
    const dir = mkdtempSync(join(tmpdir(), 'campus-pg-'));
    // Root runs it as the postgres user, directly (su and runuser stop themselves when their child is stopped).
    const user = process.getuid?.() === 0 ? postgresUser() : {};
    if (user.uid !== undefined && user.gid !== undefined) chownSync(dir, user.uid, user.gid);
    const data = join(dir, 'data');
    execFileSync(join(bin, 'initdb'), ['-D', data, '-A', 'trust', '-U', 'postgres', '--no-sync'], { stdio: 'ignore', ...user });
    const port = await freePort();
    const args = ['-D', data, '-p', String(port), '-k', dir, '-c', 'listen_addresses=127.0.0.1', '-c', 'fsync=off'];
    const server = spawn(join(bin, 'postgres'), args, { stdio: 'ignore', ...user });
    const pg = new PrivatePostgres(port, dir, server);
    const deadline = Date.now() + START_MS;
    while (!pg.answers()) {
      if (Date.now() > deadline || server.exitCode !== null) {
        await pg.stop();
        throw new Error('the private PostgreSQL did not start');
      }
      await sleep(100);
    }
    return pg;
  }

  get url(): string {
    return `postgres://postgres@127.0.0.1:${this.port}`;
  }

  private answers(): boolean {
    try {
      execFileSync(join(binaries() ?? '', 'pg_isready'), ['-q', '-h', '127.0.0.1', '-p', String(this.port)], { stdio: 'ignore' });
      return true;
    } catch {
      return false;
    }
  }

  /** Every process of the server: the postmaster and its backends and workers. */
  private processes(): number[] {
    const pid = this.server.pid;
    return pid === undefined || this.server.exitCode !== null ? [] : [pid, ...descendants(pid)];
  }

  /** Stops the whole server, as SIGSTOP does: sockets stay open, nothing is read or answered. */
  pause(): void {
    for (const pid of this.processes()) process.kill(pid, 'SIGSTOP');
  }

  resume(): void {
    for (const pid of this.processes()) process.kill(pid, 'SIGCONT');
  }

  async stop(): Promise<void> {
    this.resume();
    const exited = new Promise((resolve) => this.server.once('exit', resolve));
    if (this.server.exitCode === null) this.server.kill('SIGINT');
    await Promise.race([exited, sleep(10000)]);
    rmSync(this.dir, { recursive: true, force: true });
  }
}

function postgresUser(): { uid?: number; gid?: number } {
  try {
    const id = (flag: string) => Number(execFileSync('id', [flag, 'postgres']).toString().trim());
    return { uid: id('-u'), gid: id('-g') };
  } catch {
    return {};
  }
}
