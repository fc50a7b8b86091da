import type { RedisArgument } from '@redis/client';
import type { Logger } from '../../log.js';
import { connectionTo, type RedisConnection, type RedisTopology, type Reply } from './redis-topologies.js';
import type { FailureGuard, GuardedTake, KeyValueStore, SetMember } from './types.js';

// Lua keeps each read-modify-write a single atomic step on the server, shared by every process.
// Starts the window on the first increment; a give-back (negative) never creates a counter.
const INCREMENT = `
local by = tonumber(ARGV[1])
if by < 0 and redis.call('EXISTS', KEYS[1]) == 0 then return 0 end
local n = redis.call('INCRBY', KEYS[1], by)
if redis.call('TTL', KEYS[1]) == -1 then redis.call('EXPIRE', KEYS[1], ARGV[2]) end
return n`;

// Set members carry their key's deadline in a sorted set (scored by Redis's own clock, so every process
// agrees), which sweepExpiredMembers walks; KEYS end with the set and its deadlines when there is a member.

// KEYS: the key[, set, deadlines]. ARGV: value, ttl seconds[, member].
const SET_WITH_MEMBER = `
redis.call('SET', KEYS[1], ARGV[1], 'EX', ARGV[2])
redis.call('SADD', KEYS[2], ARGV[3])
redis.call('ZADD', KEYS[3], tonumber(redis.call('TIME')[1]) + tonumber(ARGV[2]), ARGV[3])`;

// A member the other side removed (SREM) is used: the value is gone for us too.
const LEAVE_SET = `
local function leave(set, deadlines, member)
  redis.call('ZREM', deadlines, member)
  return redis.call('SREM', set, member) == 1
end`;

// KEYS: the key, set, deadlines. ARGV: member.
const TAKE_MEMBER = `${LEAVE_SET}
local v = redis.call('GET', KEYS[1])
if not v then return false end
redis.call('DEL', KEYS[1])
if not leave(KEYS[2], KEYS[3], ARGV[1]) then return false end
return v`;

// KEYS: the value, the failure counter[, set, deadlines]. ARGV: expected value ('' = any), cap, window
// seconds[, member].
const GUARDED_TAKE = `${LEAVE_SET}
local failures = tonumber(redis.call('GET', KEYS[2]) or '0')
if failures >= tonumber(ARGV[2]) then return {'capped'} end
local v = redis.call('GET', KEYS[1])
if v and (ARGV[1] == '' or v == ARGV[1]) then
  redis.call('DEL', KEYS[1])
  if KEYS[3] == nil or leave(KEYS[3], KEYS[4], ARGV[4]) then return {'taken', v} end
end
failures = redis.call('INCR', KEYS[2])
if redis.call('TTL', KEYS[2]) == -1 then redis.call('EXPIRE', KEYS[2], ARGV[3]) end
return {'missed', tostring(failures)}`;

// KEYS: set, deadlines. At most SWEEP_BATCH a call: a backlog is cleared over the next calls.
const SWEEP_BATCH = 1000;
const SWEEP = `
local due = redis.call('ZRANGEBYSCORE', KEYS[2], '-inf', redis.call('TIME')[1], 'LIMIT', 0, ${SWEEP_BATCH})
if #due == 0 then return 0 end
redis.call('SREM', KEYS[1], unpack(due))
redis.call('ZREM', KEYS[2], unpack(due))
return #due`;

const STUCK_AFTER_TIMEOUTS = 5;

const stringOrNull = (reply: Reply): string | null => (typeof reply === 'string' ? reply : null);

class CommandTimeoutError extends Error {
  constructor(ms: number) {
    super(`redis did not answer within ${ms} ms`);
  }
}

export interface RedisOptions extends RedisTopology {
  prefix: string;
  commandTimeoutMs: number;
  log: Logger;
}

/**
 * Redis through node-redis: one server, a cluster or a sentinel-guarded master (redis-topologies.ts).
 * While Redis is unreachable every command fails at once (no offline queue, a bounded command timeout),
 * so callers answer -404 instead of hanging; the client keeps reconnecting, or finding the new master, in
 * the background and the service recovers without a restart.
 */
export class RedisKeyValueStore implements KeyValueStore {
  private client: RedisConnection;
  /** When the current client last stopped being ready (null while it is ready). */
  private notReadySince: number | null = Date.now();
  private outageLogged = false;
  private closed = false;

  constructor(private readonly options: RedisOptions) {
    this.client = this.createClient();
  }

  private createClient(): RedisConnection {
    const { commandTimeoutMs, log } = this.options;
    const client = connectionTo(this.options, commandTimeoutMs);
    client.on('error', (err: Error) => {
      this.notReadySince ??= Date.now();
      // One line per outage, not one per reconnect attempt.
      if (!this.outageLogged) log.error({ err: err.message }, 'redis unavailable');
      this.outageLogged = true;
    });
    client.on('ready', () => {
      if (this.outageLogged) log.info('redis connection restored');
      this.outageLogged = false;
      this.notReadySince = null;
    });
    return client;
  }

  /** Resolves when connected; if Redis is down it keeps trying in the background and resolves later. */
  async connect(): Promise<void> {
    await this.client.connect();
  }

  /**
   * A server that hangs instead of closing leaves a socket that never answers; reconnecting does not
   * notice, because nothing closed. A sentinel client whose start reached no sentinel never asks again.
   * A command timeout, or a client stuck short of ready for several timeouts, replaces the client with a
   * fresh connection.
   */
  private replaceIfStuck(failed: RedisConnection, err: unknown): void {
    if (this.closed || failed !== this.client) return;
    const stuck =
      err instanceof CommandTimeoutError ||
      (!failed.isReady && this.notReadySince !== null && Date.now() - this.notReadySince > STUCK_AFTER_TIMEOUTS * this.options.commandTimeoutMs);
    if (!stuck) return;
    failed.destroy();
    this.client = this.createClient();
    this.notReadySince = Date.now();
    this.client.connect().catch(() => undefined);
  }

  /**
   * Runs one command with a deadline of our own. One promise, settled by the command or the timer: a race
   * of two would make three more on every command of every request.
   */
  private run<T>(command: (client: RedisConnection) => Promise<T>): Promise<T> {
    const client = this.client;
    return new Promise<T>((resolve, reject) => {
      const fail = (err: unknown): void => {
        clearTimeout(timer);
        this.replaceIfStuck(client, err);
        reject(err);
      };
      const timer = setTimeout(() => fail(new CommandTimeoutError(this.options.commandTimeoutMs)), this.options.commandTimeoutMs);
      command(client).then((value) => {
        clearTimeout(timer);
        resolve(value);
      }, fail);
    });
  }

  /** Sends one command, with its arguments as Redis takes them, under run()'s deadline. */
  private send(args: RedisArgument[], firstKey = args[1] as string | undefined): Promise<Reply> {
    return this.run((c) => c.send(firstKey, args));
  }

  private eval(script: string, keys: string[], args: string[]): Promise<Reply> {
    return this.send(['EVAL', script, String(keys.length), ...keys, ...args], keys[0]);
  }

  private k(key: string): string {
    return this.options.prefix + key;
  }

  /** The set as named (it is another service's), then the deadlines of its members under our prefix. */
  private setKeys(set: string): [string, string] {
    return [set, this.k(`set-deadlines:${set}`)];
  }

  async set(key: string, value: string, ttlSeconds: number, member?: SetMember): Promise<void> {
    if (!member) {
      await this.send(['SET', this.k(key), value, 'EX', String(ttlSeconds)]);
      return;
    }
    await this.eval(SET_WITH_MEMBER, [this.k(key), ...this.setKeys(member.set)], [value, String(ttlSeconds), member.member]);
  }

  async sweepExpiredMembers(set: string): Promise<number> {
    return Number(await this.eval(SWEEP, this.setKeys(set), []));
  }

  async setIfAbsent(key: string, value: string, ttlSeconds: number): Promise<boolean> {
    return (await this.send(['SET', this.k(key), value, 'EX', String(ttlSeconds), 'NX'])) !== null;
  }

  async get(key: string): Promise<string | null> {
    return stringOrNull(await this.send(['GET', this.k(key)]));
  }

  async take(key: string, member?: SetMember): Promise<string | null> {
    if (!member) return stringOrNull(await this.send(['GETDEL', this.k(key)]));
    return stringOrNull(await this.eval(TAKE_MEMBER, [this.k(key), ...this.setKeys(member.set)], [member.member]));
  }

  async guardedTake(key: string, expected: string | null, guard: FailureGuard, member?: SetMember): Promise<GuardedTake> {
    const keys = [this.k(key), this.k(guard.counter), ...(member ? this.setKeys(member.set) : [])];
    const args = [expected ?? '', String(guard.max), String(guard.windowSeconds), ...(member ? [member.member] : [])];
    const reply = (await this.eval(GUARDED_TAKE, keys, args)) as [string, string?];
    const [outcome, detail = ''] = reply;
    if (outcome === 'taken') return { outcome, value: detail };
    if (outcome === 'missed') return { outcome, failures: Number(detail) };
    return { outcome: 'capped' };
  }

  async increment(key: string, ttlSeconds: number, by = 1): Promise<number> {
    return Number(await this.eval(INCREMENT, [this.k(key)], [String(by), String(ttlSeconds)]));
  }

  async del(...keys: string[]): Promise<void> {
    if (keys.length > 0) await this.send(['DEL', ...keys.map((key) => this.k(key))]);
  }

  async ttl(key: string): Promise<number | null> {
    const seconds = Number(await this.send(['TTL', this.k(key)]));
    return seconds >= 0 ? seconds : null;
  }

  /** Asks the server that holds the service's keys (on a cluster, the master of kv.prefix's slot). */
  async ping(): Promise<void> {
    await this.send(['PING'], this.k(''));
  }

  /** Lets commands in flight finish, for at most a command timeout (a cluster with a node away may not). */
  async close(): Promise<void> {
    this.closed = true;
    const client = this.client;
    if (!client.isReady) return client.destroy();
    let timer: NodeJS.Timeout | undefined;
    const late = new Promise<'late'>((resolve) => (timer = setTimeout(() => resolve('late'), this.options.commandTimeoutMs)));
    const outcome = await Promise.race([client.close().catch(() => 'late' as const), late]);
    clearTimeout(timer);
    if (outcome === 'late') client.destroy();
  }
}
