import type { Clock } from '../clock.js';
import type { FailureGuard, GuardedTake, KeyValueStore, SetMember } from './types.js';

/** Sets that another service reads cannot live in one process's memory (the config refuses it at start). */
function refuseSharedSet(member: SetMember | undefined): void {
  if (member) throw new Error(`the in-process store keeps no set another service can read (${member.set}): use Redis`);
}

interface Entry {
  value: string;
  expiresAt: number;
}

/** How many writes between sweeps of expired keys; reads also drop what they find expired. */
const SWEEP_EVERY = 1024;

/**
 * In-process store for the embedded default (one process). Expiry is read from the injected clock on
 * every access, so a test can move time instead of waiting, and no timer keeps the process alive.
 */
export class MemoryKeyValueStore implements KeyValueStore {
  private readonly entries = new Map<string, Entry>();
  private writes = 0;

  constructor(
    private readonly clock: Clock,
    private readonly prefix = '',
  ) {}

  private live(key: string): Entry | undefined {
    const k = this.prefix + key;
    const entry = this.entries.get(k);
    if (entry && entry.expiresAt <= this.clock.now()) {
      this.entries.delete(k);
      return undefined;
    }
    return entry;
  }

  private put(key: string, value: string, ttlSeconds: number): void {
    this.entries.set(this.prefix + key, { value, expiresAt: this.clock.now() + ttlSeconds * 1000 });
    if (++this.writes % SWEEP_EVERY === 0) this.sweep();
  }

  private sweep(): void {
    const now = this.clock.now();
    for (const [k, e] of this.entries) if (e.expiresAt <= now) this.entries.delete(k);
  }

  async set(key: string, value: string, ttlSeconds: number, member?: SetMember): Promise<void> {
    refuseSharedSet(member);
    this.put(key, value, ttlSeconds);
  }

  async sweepExpiredMembers(set: string): Promise<number> {
    refuseSharedSet({ set, member: '' });
    return 0;
  }

  async setIfAbsent(key: string, value: string, ttlSeconds: number): Promise<boolean> {
    if (this.live(key)) return false;
    this.put(key, value, ttlSeconds);
    return true;
  }

  async get(key: string): Promise<string | null> {
    return this.live(key)?.value ?? null;
  }

  async take(key: string, member?: SetMember): Promise<string | null> {
    refuseSharedSet(member);
    const entry = this.live(key);
    if (!entry) return null;
    this.entries.delete(this.prefix + key);
    return entry.value;
  }

  // Nothing awaits inside: one call runs to its end before another starts, which is the atomicity.
  async guardedTake(key: string, expected: string | null, guard: FailureGuard, member?: SetMember): Promise<GuardedTake> {
    refuseSharedSet(member);
    if (Number(this.live(guard.counter)?.value ?? 0) >= guard.max) return { outcome: 'capped' };
    const entry = this.live(key);
    if (entry && (expected === null || entry.value === expected)) {
      this.entries.delete(this.prefix + key);
      return { outcome: 'taken', value: entry.value };
    }
    return { outcome: 'missed', failures: this.count(guard.counter, guard.windowSeconds, 1) };
  }

  async increment(key: string, ttlSeconds: number, by = 1): Promise<number> {
    return this.count(key, ttlSeconds, by);
  }

  private count(key: string, ttlSeconds: number, by: number): number {
    const entry = this.live(key);
    if (!entry) {
      if (by < 0) return 0;
      this.put(key, String(by), ttlSeconds);
      return by;
    }
    const count = Number(entry.value) + by;
    entry.value = String(count);
    return count;
  }

  async del(...keys: string[]): Promise<void> {
    for (const key of keys) this.entries.delete(this.prefix + key);
  }

  async ttl(key: string): Promise<number | null> {
    const entry = this.live(key);
    return entry ? Math.ceil((entry.expiresAt - this.clock.now()) / 1000) : null;
  }

  async ping(): Promise<void> {}

  async close(): Promise<void> {
    this.entries.clear();
  }
}
