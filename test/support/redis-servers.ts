import { type ChildProcess, execFile, spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { eventually } from './wait.js';

const run = promisify(execFile);

/**
 * Real redis-server processes on loopback for the cluster and sentinel tests: what a university runs, in
 * miniature. Ports are below the kernel's ephemeral range (a load's client sockets cannot take them), and
 * a cluster node's bus port (its port + 10000) is kept free too.
 */
const LOWEST_PORT = 11000;
const PORTS = 10000;
const BUS_OFFSET = 10000;
/** Quick enough for a test, slow enough not to fail over on a busy machine's hiccup. */
export const NODE_TIMEOUT_MS = 1000;

function portIsFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const server = createServer()
      .once('error', () => resolve(false))
      .listen(port, '127.0.0.1', () => server.close(() => resolve(true)));
  });
}

/** `count` free ports in a row (and their bus ports), starting at a random place so that two runs rarely meet. */
async function freePorts(count: number): Promise<number[]> {
  for (let attempt = 0; attempt < 50; attempt++) {
    const first = LOWEST_PORT + Math.floor(Math.random() * (PORTS - count));
    const ports = Array.from({ length: count }, (_, i) => first + i);
    const free = await Promise.all(ports.flatMap((p) => [portIsFree(p), portIsFree(p + BUS_OFFSET)]));
    if (free.every(Boolean)) return ports;
  }
  throw new Error(`no ${count} free ports in a row for redis-server`);
}

export class RedisServer {
  private process: ChildProcess | null = null;

  constructor(
    readonly port: number,
    private readonly args: string[],
    /** The password its clients give (requirepass), if it has one. */
    private readonly password = '',
  ) {}

  get url(): string {
    return `redis://127.0.0.1:${this.port}`;
  }

  async start(): Promise<void> {
    this.process = spawn('redis-server', this.args, { stdio: 'ignore' });
    await eventually(async () => (await this.cli('PING').catch(() => '')) === 'PONG', 10000);
  }

  get running(): boolean {
    return this.process !== null;
  }

  /** Ends the process as a crash would: no goodbye to the replicas or the sentinels. */
  kill(): void {
    this.process?.kill('SIGKILL');
    this.process = null;
  }

  async cli(...args: string[]): Promise<string> {
    const auth = this.password ? ['-a', this.password, '--no-auth-warning'] : [];
    const { stdout } = await run('redis-cli', ['-h', '127.0.0.1', '-p', String(this.port), ...auth, ...args]);
    return stdout.trim();
  }
}

const baseArgs = (port: number, dir: string, password: string) => [
  ...['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no', '--dir', dir, '--logfile', `${dir}/redis-${port}.log`],
  // A replica gives its master the same password.
  ...(password ? ['--requirepass', password, '--masterauth', password] : []),
];

/** A running set of servers, and the folder they keep their state in. */
abstract class Servers {
  protected readonly dir = mkdtempSync(join(tmpdir(), 'campus-redis-'));
  readonly servers: RedisServer[] = [];

  /** `password`: what the data nodes require (requirepass), empty for none. */
  constructor(protected readonly password = '') {}

  async stop(): Promise<void> {
    for (const server of this.servers) server.kill();
    rmSync(this.dir, { recursive: true, force: true });
  }
}

/** A Redis Cluster of 3 masters, each with a replica. */
export class RedisClusterServers extends Servers {
  get rootNodes(): string[] {
    return this.servers.map((s) => s.url);
  }

  async start(): Promise<this> {
    const ports = await freePorts(6);
    for (const port of ports) {
      const args = [...baseArgs(port, this.dir, this.password), '--cluster-enabled', 'yes', '--cluster-config-file', `nodes-${port}.conf`];
      this.servers.push(new RedisServer(port, [...args, '--cluster-node-timeout', String(NODE_TIMEOUT_MS)], this.password));
    }
    await Promise.all(this.servers.map((s) => s.start()));
    const auth = this.password ? ['-a', this.password, '--no-auth-warning'] : [];
    await run('redis-cli', [...auth, '--cluster', 'create', ...ports.map((p) => `127.0.0.1:${p}`), '--cluster-replicas', '1', '--cluster-yes']);
    await eventually(async () => (await Promise.all(this.servers.map((s) => s.cli('CLUSTER', 'INFO')))).every((i) => i.includes('cluster_state:ok')), 20000);
    // A replica that has never reached its master refuses to take over from it.
    await eventually(async () => (await Promise.all(this.servers.map((s) => s.cli('INFO', 'replication')))).every(hasSynced), 20000);
    return this;
  }

  /** The server that is master of a key's slot now, as the cluster's nodes see it. */
  async masterOf(key: string): Promise<RedisServer> {
    const asked = this.servers.find((s) => s.running)!;
    const slot = Number(await asked.cli('CLUSTER', 'KEYSLOT', key));
    for (const line of (await asked.cli('CLUSTER', 'NODES')).split('\n')) {
      const [, address = '', flags = '', , , , , , ...slots] = line.split(' ');
      if (!flags.split(',').includes('master') || flags.includes('fail')) continue;
      const holds = slots.some((range) => {
        const [from, to = from] = range.split('-').map(Number);
        return from! <= slot && slot <= to!;
      });
      const port = Number(address.split('@')[0]!.split(':')[1]);
      if (holds) return this.servers.find((s) => s.port === port)!;
    }
    throw new Error(`no master holds slot ${slot}`);
  }
}

export const SENTINEL_MASTER_NAME = 'campus';

/** One master with one replica, watched by three sentinels (a quorum of two). */
export class RedisSentinelServers extends Servers {
  get master(): RedisServer {
    return this.servers[0]!;
  }

  get replica(): RedisServer {
    return this.servers[1]!;
  }

  get sentinels(): string[] {
    return this.servers.slice(2).map((s) => s.url);
  }

  /** The master's port as the first sentinel names it to clients. */
  async announcedMaster(): Promise<number> {
    const [, port] = (await this.servers[2]!.cli('SENTINEL', 'GET-MASTER-ADDR-BY-NAME', SENTINEL_MASTER_NAME)).split('\n');
    return Number(port);
  }

  async start(): Promise<this> {
    const [master, replica, ...sentinels] = await freePorts(5);
    this.servers.push(new RedisServer(master!, baseArgs(master!, this.dir, this.password), this.password));
    this.servers.push(new RedisServer(replica!, [...baseArgs(replica!, this.dir, this.password), '--replicaof', '127.0.0.1', String(master)], this.password));
    for (const port of sentinels) {
      const file = join(this.dir, `sentinel-${port}.conf`);
      writeFileSync(
        file,
        [
          `port ${port}`,
          'bind 127.0.0.1',
          `dir ${this.dir}`,
          `sentinel monitor ${SENTINEL_MASTER_NAME} 127.0.0.1 ${master} 2`,
          `sentinel down-after-milliseconds ${SENTINEL_MASTER_NAME} ${NODE_TIMEOUT_MS}`,
          `sentinel failover-timeout ${SENTINEL_MASTER_NAME} 10000`,
          ...(this.password ? [`sentinel auth-pass ${SENTINEL_MASTER_NAME} ${this.password}`] : []),
          '',
        ].join('\n'),
      );
      this.servers.push(new RedisServer(port, [file, '--sentinel']));
    }
    for (const server of this.servers) await server.start();
    await eventually(async () => hasSynced(await this.replica.cli('INFO', 'replication')), 10000);
    const knowsReplica = async (s: RedisServer) => (await s.cli('SENTINEL', 'REPLICAS', SENTINEL_MASTER_NAME)).includes(String(replica));
    await eventually(async () => (await Promise.all(this.servers.slice(2).map(knowsReplica))).every(Boolean), 20000);
    return this;
  }
}

/** Whether `INFO replication` is a master's or that of a replica whose link to its master is up. */
const hasSynced = (info: string) => info.includes('role:master') || info.includes('master_link_status:up');
