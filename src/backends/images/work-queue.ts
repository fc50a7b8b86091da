import { DomainError } from '../../errors.js';

export interface WorkQueueOptions {
  /** Jobs running at once. */
  concurrency: number;
  /** Jobs waiting at most; one more is refused (tooManyRequests). */
  queueLength: number;
  /** A job's place in the queue is its arrival plus its cost times this many milliseconds. */
  msPerCost: number;
  now?: () => number;
}

interface Waiting {
  deadline: number;
  start: () => void;
}

/**
 * Runs CPU-heavy jobs at most `concurrency` at once. Waiting jobs are ordered by their arrival plus their
 * cost, weighted (earliest deadline first): a small picture that arrives behind a row of large animations
 * goes ahead of those not yet started, yet no job waits for ever behind later small ones.
 * A job whose caller gives up (its signal aborts) leaves the queue; one already running finishes, its
 * work being a call into the image library that cannot be stopped.
 */
export class WorkQueue {
  private running = 0;
  private readonly waiting: Waiting[] = [];
  private readonly now: () => number;

  constructor(private readonly options: WorkQueueOptions) {
    this.now = options.now ?? (() => performance.now());
  }

  /** How many jobs are running and waiting (for metrics and tests). */
  get load(): { running: number; waiting: number } {
    return { running: this.running, waiting: this.waiting.length };
  }

  async run<T>(cost: number, signal: AbortSignal | undefined, job: () => Promise<T>): Promise<T> {
    signal?.throwIfAborted();
    if (this.running >= this.options.concurrency) await this.turn(cost, signal);
    else this.running++;
    try {
      signal?.throwIfAborted();
      return await job();
    } finally {
      this.next();
    }
  }

  /** Waits for a slot; the slot is handed over already counted. */
  private turn(cost: number, signal: AbortSignal | undefined): Promise<void> {
    if (this.waiting.length >= this.options.queueLength) {
      throw new DomainError('tooManyRequests', `pictures: ${this.running} being processed, ${this.waiting.length} waiting; try again shortly`);
    }
    return new Promise<void>((resolve, reject) => {
      const entry: Waiting = {
        deadline: this.now() + cost * this.options.msPerCost,
        start: () => {
          signal?.removeEventListener('abort', abandon);
          resolve();
        },
      };
      const abandon = () => {
        const at = this.waiting.indexOf(entry);
        if (at >= 0) this.waiting.splice(at, 1);
        reject(signal?.reason);
      };
      signal?.addEventListener('abort', abandon, { once: true });
      const at = this.waiting.findIndex((w) => w.deadline > entry.deadline);
      this.waiting.splice(at < 0 ? this.waiting.length : at, 0, entry);
    });
  }

  private next(): void {
    const following = this.waiting.shift();
    if (following) following.start();
    else this.running--;
  }
}
