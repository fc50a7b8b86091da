import { createCluster, createSentinel, RedisClient, type RedisArgument } from '@redis/client';
import type { Config } from '../../config.js';

/** A command's reply as RESP2 gives it: a string, a number, null, or a list of those. */
export type Reply = string | number | null | Reply[];

/**
 * One of the three ways to reach Redis (one server, a cluster, a sentinel-guarded master) behind the few
 * calls the store makes. Each keeps reconnecting, and finding a new master, on its own.
 */
export interface RedisConnection {
  /** Sends one command; `firstKey`, the first key it touches, is where a cluster sends it. */
  send(firstKey: string | undefined, args: RedisArgument[]): Promise<Reply>;
  /** Resolves when connected; if Redis is down it keeps trying in the background and resolves later. */
  connect(): Promise<void>;
  readonly isReady: boolean;
  /** `error` on each failure to reach a server, `ready` when every server it needs answers again. */
  on(event: 'error', listener: (err: Error) => void): void;
  on(event: 'ready', listener: () => void): void;
  close(): Promise<void>;
  destroy(): void;
}

/** kv.url, unless kv.cluster or kv.sentinel is given. */
export type RedisTopology = Pick<Config['kv'], 'url'> & Partial<Pick<Config['kv'], 'cluster' | 'sentinel' | 'password' | 'sentinelPassword'>>;

const MAX_RECONNECT_DELAY_MS = 2000;
/**
 * A cluster node that cannot be reached makes the client ask the others for the layout this long after,
 * and every reconnection attempt after that: a promoted replica is found within about this long of its
 * promotion (node-redis waits 5 s by default).
 */
const CLUSTER_REFRESH_AFTER_MS = 250;
/** A cluster node's reconnection attempts come at least this often, since each may refresh the layout. */
const CLUSTER_MAX_RECONNECT_DELAY_MS = 500;

/**
 * Options every server connection shares. No offline queue: while a server is away a command fails at once
 * (the store answers -404) instead of waiting. No node-redis command timeout: the store puts its own
 * deadline on every command; node-redis's costs an AbortSignal timer per command, and did not fire on a
 * stalled socket.
 */
function serverOptions(connectTimeoutMs: number, maxReconnectDelayMs: number) {
  return {
    RESP: 2 as const,
    disableOfflineQueue: true,
    commandOptions: { timeout: 0 },
    socket: {
      connectTimeout: connectTimeoutMs,
      reconnectStrategy: (retries: number) => Math.min(50 * 2 ** retries, maxReconnectDelayMs),
    },
  };
}

/** The ports a URL without one means: a Redis server's, a sentinel's. */
const REDIS_PORT = 6379;
const SENTINEL_PORT = 26379;

/** A sentinel's or a node's host and port from its redis:// URL, with the password it carries. */
function node(url: string, defaultPort = REDIS_PORT): { host: string; port: number; password: string } {
  const parsed = new URL(url);
  return { host: parsed.hostname.replace(/^\[|\]$/g, ''), port: Number(parsed.port || defaultPort), password: decodeURIComponent(parsed.password) };
}

/** kv.password, else the one the first URL carries. */
function passwordOf(given: string, urls: string[]): string | undefined {
  return given || urls.map((url) => node(url).password).find((p) => p !== '') || undefined;
}

/** What the three kinds of node-redis client have in common. */
interface NodeRedisClient {
  connect(): Promise<unknown>;
  readonly isReady: boolean;
  close(): Promise<void>;
  destroy(): void;
}

type Listen = (event: 'error' | 'ready', listener: (err: Error) => void) => unknown;

function wrap(client: NodeRedisClient, send: RedisConnection['send'], listen: Listen): RedisConnection {
  return {
    send,
    connect: async () => {
      await client.connect();
    },
    get isReady() {
      return client.isReady;
    },
    on: (event: 'error' | 'ready', listener: (err: Error) => void) => void listen(event, listener),
    close: () => client.close(),
    destroy: () => client.destroy(),
  };
}

/**
 * node-redis's base client, which sends the few commands this store uses as they are. createClient()
 * first builds a class with a method for each of Redis's several hundred commands and their MULTI forms:
 * at start that cost time and resident memory, a good part of the process, for methods never called.
 * It is imported from @redis/client, node-redis's core package, which the `redis` package re-exports
 * along with four modules (JSON, search, time series, bloom): importing `redis` loads their 170 files at
 * every start, for commands the store never sends.
 */
function oneServer(url: string, timeoutMs: number): RedisConnection {
  const client = new RedisClient({ url, ...serverOptions(timeoutMs, MAX_RECONNECT_DELAY_MS) });
  return wrap(client, (_firstKey, args) => client.sendCommand<Reply>(args), (event, listener) => client.on(event, listener));
}

function cluster(rootNodes: string[], password: string, timeoutMs: number): RedisConnection {
  const client = createCluster({
    rootNodes: rootNodes.map((url) => ({ url })),
    // The nodes found from the root nodes are reached with these, not with the root nodes' URLs.
    defaults: { ...serverOptions(timeoutMs, CLUSTER_MAX_RECONNECT_DELAY_MS), password: passwordOf(password, rootNodes) },
    RESP: 2,
    topologyRefreshOnReconnectionAttemptStrategy: CLUSTER_REFRESH_AFTER_MS,
  });
  return wrap(
    client,
    (firstKey, args) => client.sendCommand<Reply>(firstKey, false, args),
    // A cluster is as ready as its nodes: each one's failure and return count.
    (event, listener) => (event === 'error' ? client.on('error', listener).on('node-error', listener) : client.on('node-ready', listener)),
  );
}

function sentinel(name: string, sentinels: string[], password: string, sentinelPassword: string, timeoutMs: number): RedisConnection {
  const client = createSentinel({
    name,
    sentinelRootNodes: sentinels.map((url) => {
      const { host, port } = node(url, SENTINEL_PORT);
      return { host, port };
    }),
    nodeClientOptions: { ...serverOptions(timeoutMs, MAX_RECONNECT_DELAY_MS), password: password || undefined },
    sentinelClientOptions: { ...serverOptions(timeoutMs, MAX_RECONNECT_DELAY_MS), password: passwordOf(sentinelPassword, sentinels) },
    RESP: 2,
    // Fail at once while the master is away, rather than wait a second and ask the sentinels again (a retry
    // could also run a command twice); the sentinels' announcement of the new master still moves the client.
    maxCommandRediscovers: 0,
  });
  return wrap(client, (_firstKey, args) => client.sendCommand<Reply>(false, args), (event, listener) => client.on(event, listener));
}

/** A connection to the Redis the config names: kv.cluster, else kv.sentinel, else kv.url. */
export function connectionTo(topology: RedisTopology, timeoutMs: number): RedisConnection {
  const { password = '', sentinelPassword = '' } = topology;
  if (topology.cluster) return cluster(topology.cluster.rootNodes, password, timeoutMs);
  if (topology.sentinel) return sentinel(topology.sentinel.name, topology.sentinel.sentinels, password, sentinelPassword, timeoutMs);
  return oneServer(topology.url, timeoutMs);
}
