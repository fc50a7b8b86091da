/**
 * The key-value store: everything that several processes must share (captcha hashes, rate-limit
 * counters, the token cache). Every key carries a real TTL; nothing relies on a process-local timer.
 * Implementations throw on a store failure; callers map that to -404.
 */
export interface KeyValueStore {
  /** Stores `value` under `key` for `ttlSeconds`, replacing what was there. */
  set(key: string, value: string, ttlSeconds: number): Promise<void>;
  /** Stores only if the key is absent; true when it was stored. */
  setIfAbsent(key: string, value: string, ttlSeconds: number): Promise<boolean>;
  get(key: string): Promise<string | null>;
  /** Reads and deletes in one atomic step (GETDEL): two takers never both get the value. */
  take(key: string): Promise<string | null>;
  /**
   * A take guarded by a failure cap, as ONE atomic step, so that concurrent guesses cannot all be checked
   * before the count reaches the cap. When `guard.counter` has reached `guard.max` nothing is taken
   * ('capped'). Otherwise `key` is taken if it holds `expected` (any value when `expected` is null);
   * when it is not, one failure is counted (the first starts a window of `guard.windowSeconds`).
   */
  guardedTake(key: string, expected: string | null, guard: FailureGuard): Promise<GuardedTake>;
  /**
   * Adds `by` to a counter and returns the new count. A counter that did not exist starts a window of
   * `ttlSeconds`; later increments keep that window (fixed-window counting).
   */
  increment(key: string, ttlSeconds: number, by?: number): Promise<number>;
  del(...keys: string[]): Promise<void>;
  /** Seconds left for the key, or null when it does not exist (or never expires). */
  ttl(key: string): Promise<number | null>;
  ping(): Promise<void>;
  close(): Promise<void>;
}

export interface FailureGuard {
  counter: string;
  max: number;
  windowSeconds: number;
}

export type GuardedTake =
  | { outcome: 'taken'; value: string }
  | { outcome: 'missed'; failures: number }
  | { outcome: 'capped' };
