import { createClient } from 'redis';
import type { Logger } from '../../log.js';
import type { KeyValueStore } from './types.js';

// Lua keeps each read-modify-write a single atomic step on the server, shared by every process.
const TAKE_IF_EQUALS = `
local v = redis.call('GET', KEYS[1])
if not v then return 0 end
if v ~= ARGV[1] then return 2 end
redis.call('DEL', KEYS[1])
return 1`;

// Starts the window on the first increment; a give-back (negative) never creates a counter.
const INCREMENT = `
local by = tonumber(ARGV[1])
if by < 0 and redis.call('EXISTS', KEYS[1]) == 0 then return 0 end
local n = redis.call('INCRBY', KEYS[1], by)
if redis.call('TTL', KEYS[1]) == -1 then redis.call('EXPIRE', KEYS[1], ARGV[2]) end
return n`;

const MAX_RECONNECT_DELAY_MS = 2000;

export interface RedisOptions {
  url: string;
  prefix: string;
  commandTimeoutMs: number;
  log: Logger;
}

/**
 * Redis through node-redis. While Redis is unreachable every command fails at once (no offline queue,
 * a bounded command timeout), so callers answer -404 instead of hanging; the client keeps reconnecting
 * in the background and the service recovers without a restart.
 */
export class RedisKeyValueStore implements KeyValueStore {
  private readonly client;
  private readonly prefix: string;

  constructor(options: RedisOptions) {
    this.prefix = options.prefix;
    this.client = createClient({
      url: options.url,
      disableOfflineQueue: true,
      commandOptions: { timeout: options.commandTimeoutMs },
      socket: {
        connectTimeout: options.commandTimeoutMs,
        reconnectStrategy: (retries) => Math.min(50 * 2 ** retries, MAX_RECONNECT_DELAY_MS),
      },
    });
    let reported = false;
    this.client.on('error', (err: Error) => {
      // One line per outage, not one per reconnect attempt.
      if (!reported) options.log.error({ err: err.message }, 'redis unavailable');
      reported = true;
    });
    this.client.on('ready', () => {
      if (reported) options.log.info('redis connection restored');
      reported = false;
    });
  }

  /** Resolves when connected; if Redis is down it keeps trying in the background and resolves later. */
  connect(): Promise<void> {
    return this.client.connect().then(() => undefined);
  }

  private k(key: string): string {
    return this.prefix + key;
  }

  async set(key: string, value: string, ttlSeconds: number): Promise<void> {
    await this.client.set(this.k(key), value, { expiration: { type: 'EX', value: ttlSeconds } });
  }

  async setIfAbsent(key: string, value: string, ttlSeconds: number): Promise<boolean> {
    const reply = await this.client.set(this.k(key), value, {
      expiration: { type: 'EX', value: ttlSeconds },
      condition: 'NX',
    });
    return reply !== null;
  }

  async get(key: string): Promise<string | null> {
    return this.client.get(this.k(key));
  }

  async take(key: string): Promise<string | null> {
    return this.client.getDel(this.k(key));
  }

  async takeIfEquals(key: string, expected: string): Promise<'taken' | 'missing' | 'different'> {
    const reply = await this.client.eval(TAKE_IF_EQUALS, { keys: [this.k(key)], arguments: [expected] });
    return reply === 1 ? 'taken' : reply === 2 ? 'different' : 'missing';
  }

  async increment(key: string, ttlSeconds: number, by = 1): Promise<number> {
    const reply = await this.client.eval(INCREMENT, {
      keys: [this.k(key)],
      arguments: [String(by), String(ttlSeconds)],
    });
    return Number(reply);
  }

  async del(...keys: string[]): Promise<void> {
    if (keys.length > 0) await this.client.del(keys.map((key) => this.k(key)));
  }

  async ttl(key: string): Promise<number | null> {
    const seconds = await this.client.ttl(this.k(key));
    return seconds >= 0 ? seconds : null;
  }

  async ping(): Promise<void> {
    await this.client.ping();
  }

  async close(): Promise<void> {
    if (this.client.isOpen) await this.client.close();
    else this.client.destroy();
  }
}
