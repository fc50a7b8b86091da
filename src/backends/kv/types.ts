/**
 * The key-value store: everything that several processes must share (captcha hashes, rate-limit
 * counters, the token cache). Every key carries a real TTL; nothing relies on a process-local timer.
 * Implementations throw on a store failure; callers map that to -404.
 */
export interface KeyValueStore {
  /**
   * Stores `value` under `key` for `ttlSeconds`, replacing what was there. With `member`, the member joins
   * its set in the same atomic step, and leaves it when the key expires (see sweepExpiredMembers).
   */
  set(key: string, value: string, ttlSeconds: number, member?: SetMember): Promise<void>;
  /** Removes from `set` the members whose keys have expired; safe for any number of processes at once. */
  sweepExpiredMembers(set: string): Promise<number>;
  /** Stores only if the key is absent; true when it was stored. */
  setIfAbsent(key: string, value: string, ttlSeconds: number): Promise<boolean>;
  get(key: string): Promise<string | null>;
  /**
   * Reads and deletes in one atomic step (GETDEL): two takers never both get the value. With `member`,
   * the value counts only while its member is still in the set (the other side may have used it), and
   * leaves the set in the same step.
   */
  take(key: string, member?: SetMember): Promise<string | null>;
  /**
   * A take guarded by a failure cap, as ONE atomic step, so that concurrent guesses cannot all be checked
   * before the count reaches the cap. When `guard.counter` has reached `guard.max` nothing is taken
   * ('capped'). Otherwise `key` is taken if it holds `expected` (any value when `expected` is null);
   * when it is not, one failure is counted (the first starts a window of `guard.windowSeconds`).
   */
  guardedTake(key: string, expected: string | null, guard: FailureGuard, member?: SetMember): Promise<GuardedTake>;
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

/**
 * A member of a set that another service reads (the original server's captcha sets, for the Java side):
 * the set's name is used exactly as given, without the store's prefix.
 */
export interface SetMember {
  set: string;
  member: string;
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
