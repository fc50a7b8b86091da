import { LRUCache } from 'lru-cache';
import type { KeyValueStore } from '../../backends/kv/types.js';
import type { Logger } from '../../log.js';
import type { Clock } from '../../backends/clock.js';
import type { RandomSource } from '../random.js';
import { ALPHANUMERIC } from '../random.js';

/** How long a generation lives in the store untouched; when it lapses a new one starts (all entries miss). */
const GENERATION_TTL_SECONDS = 24 * 3600;
const GENERATION_LENGTH = 16;

export interface SearchCacheOptions {
  /** The store key holding the table's current generation (shared by every process). */
  generationKey: string;
  /** An answer is served for at most this long, even if nothing wrote through the service; 0: no caching. */
  seconds: number;
  /** Bound on the answers kept, counted by their rows. */
  maxRows: number;
}

type Row = Readonly<Record<string, unknown>>;

/**
 * Answers of a read-only list query, kept in this process and tied to a generation of the table they read.
 * Every write through the service replaces the generation (in the key-value store, so all processes see it)
 * after it commits and before it is acknowledged; a search reads the generation before it asks the
 * database, and files its answer under the generation it read. So an answer computed from rows older
 * than a write is never served after that write was acknowledged, by any process: an owner never sees
 * their deleted or changed notice again. Generations are random, not counted, so a store that restarts or
 * loses the key never brings an old generation back. Writes made behind the service's back (another
 * program on the same tables) show after `seconds` at most.
 */
export class SearchCache {
  private generation = '';
  /** Answers by key, the least recently used going first once their rows pass maxRows. */
  private readonly entries: LRUCache<string, readonly Row[]>;
  /** The generation change that writes of this turn of the event loop wait for. */
  private replacing: Promise<void> | undefined;

  constructor(
    private readonly kv: KeyValueStore,
    private readonly clock: Clock,
    private readonly random: RandomSource,
    private readonly log: Logger,
    private readonly options: SearchCacheOptions,
  ) {
    this.entries = new LRUCache({
      maxSize: Math.max(1, options.maxRows),
      sizeCalculation: (rows) => Math.max(1, rows.length),
      ttl: Math.max(1, options.seconds * 1000),
      perf: clock,
      // Every read asks the clock (an injected one in tests): lru-cache would otherwise keep a reading a while.
      ttlResolution: 0,
    });
  }

  /** The cached answer for `key`, or `compute`'s (then kept). A store that fails means no caching, not a failure. */
  async answer(key: string, compute: () => Promise<readonly Row[]>): Promise<readonly Row[]> {
    if (this.options.seconds === 0) return compute();
    const generation = await this.currentGeneration();
    if (generation === null) return compute();
    if (generation !== this.generation) this.clear(generation);
    const hit = this.entries.get(key);
    if (hit) return hit;
    const rows = await compute();
    // A write may have come in while the database answered: the answer belongs to the generation read above.
    if (generation === this.generation && rows.length <= this.options.maxRows) this.entries.set(key, rows);
    return rows;
  }

  /**
   * Call after a write has committed and before it is acknowledged. Writes that commit in the same turn of
   * the event loop share one new generation (one store write for a batch of adds). If the store cannot
   * take it, this process forgets its answers at least, and other processes' answers lapse within
   * `seconds`; the write itself stands (it is committed), so the failure is logged, not thrown.
   */
  invalidate(): Promise<void> {
    this.clear('');
    if (this.options.seconds === 0) return Promise.resolve();
    this.replacing ??= new Promise<void>((resolve) => setImmediate(resolve)).then(async () => {
      // Writes that ask from here on commit after this one started: they need a generation of their own.
      this.replacing = undefined;
      try {
        await this.kv.set(this.options.generationKey, this.newGeneration(), GENERATION_TTL_SECONDS);
      } catch (err) {
        this.log.error({ err: (err as Error).message }, 'search cache: could not start a new generation; other processes may serve older answers until they lapse');
      }
    });
    return this.replacing;
  }

  private async currentGeneration(): Promise<string | null> {
    try {
      const stored = await this.kv.get(this.options.generationKey);
      if (stored !== null) return stored;
      const fresh = this.newGeneration();
      if (await this.kv.setIfAbsent(this.options.generationKey, fresh, GENERATION_TTL_SECONDS)) return fresh;
      return await this.kv.get(this.options.generationKey);
    } catch {
      return null;
    }
  }

  private newGeneration(): string {
    return this.random.string(GENERATION_LENGTH, ALPHANUMERIC);
  }

  private clear(generation: string): void {
    this.generation = generation;
    this.entries.clear();
  }
}
