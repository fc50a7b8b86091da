/**
 * A write whose whole batch failed. `rolledBack`: the database undid all of it (a statement failed before
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

interface Waiting<T, R> {
  item: T;
  resolve(result: R): void;
  reject(err: unknown): void;
}

/**
 * Group commit: concurrent requests' writes share one transaction. Each request still gets its own
 * result, and is acknowledged only after the transaction holding its write committed. Under load, the
 * writes that arrive while a batch is being written wait for the next one, so a batch grows with the load
 * and a quiet service writes each request at once (one turn of the event loop later). Per write, the
 * round trips and the commit's flush to disk are shared, which is what bounded how many notices a second
 * the service could take.
 *
 * A batch that failed and was rolled back is written again one request at a time, so that one bad write
 * (say, text an adopted table's character set cannot hold) fails alone. A batch whose commit failed is
 * not: it may have taken, and writing it again could store every notice twice.
 */
export class GroupCommit<T, R> {
  private readonly waiting: Waiting<T, R>[] = [];
  private inFlight = 0;

  /**
   * @param write writes the items in one transaction and returns one result per item, in their order;
   *   it throws BatchFailed, saying whether the transaction was rolled back.
   * @param maxBatch most items in one transaction.
   * @param concurrency batches being written at once (each holds a pooled connection).
   */
  constructor(
    private readonly write: (items: readonly T[]) => Promise<R[]>,
    private readonly maxBatch: number,
    private readonly concurrency: number,
  ) {}

  submit(item: T): Promise<R> {
    return new Promise<R>((resolve, reject) => {
      this.waiting.push({ item, resolve, reject });
      // The next turn of the event loop: requests parsed in this one join the same batch.
      if (this.waiting.length === 1) setImmediate(() => this.start());
    });
  }

  private start(): void {
    while (this.inFlight < this.concurrency && this.waiting.length > 0) {
      const batch = this.waiting.splice(0, this.maxBatch);
      this.inFlight++;
      void this.settle(batch).finally(() => {
        this.inFlight--;
        this.start();
      });
    }
  }

  private async settle(batch: readonly Waiting<T, R>[]): Promise<void> {
    try {
      const results = await this.write(batch.map((w) => w.item));
      batch.forEach((w, i) => w.resolve(results[i] as R));
    } catch (err) {
      const failed = err instanceof BatchFailed ? err : new BatchFailed(false, { cause: err });
      if (batch.length > 1 && failed.rolledBack) {
        for (const w of batch) await this.settle([w]);
        return;
      }
      for (const w of batch) w.reject(failed.cause);
    }
  }
}
