/**
 * A load whose whole batch failed. `rolledBack`: the database undid all of it (a statement failed before
 * the commit was asked for), so its items may be written again; otherwise the commit itself failed and
 * nobody knows whether it took.
 */
export class BatchFailed extends Error {
  constructor(
    readonly rolledBack: boolean,
    options: { cause: unknown },
  ) {
    super('batch write failed', options);
  }
}

export interface CoalescerOptions<T, R> {
  /**
   * Loads items together: one result per item, in their order. A write throws BatchFailed to say whether
   * its transaction was rolled back.
   */
  load(items: readonly T[]): Promise<R[]>;
  /** Items of one key share one load and one result; without it every item is its own. */
  key?(item: T): string;
  /** Items one load takes at most. */
  maxBatch: number;
  /** Loads out at once (each may hold a pooled connection). */
  concurrency: number;
}

/** Items that will share one place in a load: one of them, and everyone waiting for its result. */
interface Entry<T, R> {
  item: T;
  key: string | undefined;
  waiters: { resolve(result: R): void; reject(err: unknown): void }[];
}

/**
 * Work that concurrent requests share: writes in one transaction (group commit), reads in one statement,
 * identical reads in one query. What it shares and how it loads are fixed when it is built.
 *
 * Items that come in one turn of the event loop (requests parsed together) are loaded together at the
 * next turn. One that comes while `concurrency` loads are out, or while a load of its key is out, waits,
 * and joins the next load with the others waiting then: under load a batch grows with the load, and a
 * quiet service loads each item one turn after it came. An item never joins a load sent before it came,
 * so it sees every write its caller saw acknowledged; each is answered only after the load holding it has
 * ended (for a write: committed).
 *
 * Items of one key share one result object, which must then not be changed. A batch that failed and was
 * rolled back is loaded again one item at a time, so that one bad write fails alone; a batch whose commit
 * failed is not (it may have taken, and writing it again could store it twice).
 */
export class Coalescer<T, R> {
  private readonly waiting: Entry<T, R>[] = [];
  /** The waiting entry of each key, which a new item of that key joins. */
  private readonly waitingByKey = new Map<string, Entry<T, R>>();
  /** Keys with a load out: their next items wait for it to end. */
  private readonly keysOut = new Set<string>();
  private loadsOut = 0;
  private startScheduled = false;

  constructor(private readonly options: CoalescerOptions<T, R>) {}

  submit(item: T): Promise<R> {
    return new Promise<R>((resolve, reject) => {
      const key = this.options.key?.(item);
      const joined = key === undefined ? undefined : this.waitingByKey.get(key);
      if (joined) {
        joined.waiters.push({ resolve, reject });
        return;
      }
      const entry: Entry<T, R> = { item, key, waiters: [{ resolve, reject }] };
      this.waiting.push(entry);
      if (key !== undefined) this.waitingByKey.set(key, entry);
      if (!this.startScheduled) {
        this.startScheduled = true;
        setImmediate(() => {
          this.startScheduled = false;
          this.start();
        });
      }
    });
  }

  private start(): void {
    while (this.loadsOut < this.options.concurrency) {
      const batch = this.nextBatch();
      if (batch.length === 0) return;
      this.loadsOut++;
      void this.settle(batch).finally(() => {
        this.loadsOut--;
        for (const entry of batch) if (entry.key !== undefined) this.keysOut.delete(entry.key);
        this.start();
      });
    }
  }

  /** Up to maxBatch waiting entries, in their order, none of a key whose load is out. */
  private nextBatch(): Entry<T, R>[] {
    const batch: Entry<T, R>[] = [];
    for (let i = 0; i < this.waiting.length && batch.length < this.options.maxBatch; ) {
      const entry = this.waiting[i] as Entry<T, R>;
      if (entry.key !== undefined && this.keysOut.has(entry.key)) {
        i++;
        continue;
      }
      this.waiting.splice(i, 1);
      if (entry.key !== undefined) {
        this.waitingByKey.delete(entry.key);
        this.keysOut.add(entry.key);
      }
      batch.push(entry);
    }
    return batch;
  }

  private async settle(batch: readonly Entry<T, R>[]): Promise<void> {
    try {
      const results = await this.options.load(batch.map((entry) => entry.item));
      batch.forEach((entry, i) => entry.waiters.forEach((w) => w.resolve(results[i] as R)));
    } catch (err) {
      if (batch.length > 1 && err instanceof BatchFailed && err.rolledBack) {
        for (const entry of batch) await this.settle([entry]);
        return;
      }
      const cause = err instanceof BatchFailed ? err.cause : err;
      for (const entry of batch) entry.waiters.forEach((w) => w.reject(cause));
    }
  }
}

/**
 * A coalescer of identical work: everyone asking for the same thing (by `key`) while it is waiting shares
 * one `loadOne`; different things load side by side, each on its own.
 */
export function sharedWork<T, R>(key: (item: T) => string, loadOne: (item: T) => Promise<R>): Coalescer<T, R> {
  return new Coalescer({ key, load: (items) => Promise.all(items.map(loadOne)), maxBatch: 1, concurrency: Infinity });
}
