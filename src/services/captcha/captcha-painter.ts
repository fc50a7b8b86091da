import { availableParallelism } from 'node:os';
import { extname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { CaptchaImage, DrawOptions } from './captcha.js';

interface Pending {
  resolve(image: CaptchaImage): void;
  reject(err: Error): void;
}

/** The worker module beside this one, as TypeScript (tsx, tests) or as compiled JavaScript (dist/). */
const EXTENSION = extname(fileURLToPath(import.meta.url));
const WORKER = new URL(`./captcha-worker${EXTENSION}`, import.meta.url);
/** Starts a worker thread; TypeScript (under tsx, in tests) needs tsx registered in that thread first. */
function startWorker(): Worker {
  if (EXTENSION !== '.ts') return new Worker(WORKER);
  const boot = `import('tsx/esm/api').then(({ register }) => { register(); return import(${JSON.stringify(WORKER.href)}); })`;
  return new Worker(boot, { eval: true });
}

/**
 * Draws captchas on worker threads, so that painting a burst of them never holds up the event loop (and
 * img/validate's answers behind it). The threads start with the first captcha, not with the process.
 */
export class CaptchaPainter {
  private workers: Worker[] = [];
  private readonly pending = new Map<number, Pending>();
  private seq = 0;

  constructor(private readonly threads = Math.max(1, availableParallelism() - 1)) {}

  private worker(): Worker {
    if (this.workers.length === 0) {
      this.workers = Array.from({ length: this.threads }, () => {
        const worker = startWorker();
        worker.on('message', ({ id, mime, bytes, error }: { id: number; mime?: CaptchaImage['mime']; bytes?: Uint8Array; error?: string }) => {
          const waiting = this.pending.get(id);
          this.pending.delete(id);
          if (this.pending.size === 0) for (const w of this.workers) w.unref();
          if (!waiting) return;
          if (error || !mime || !bytes) waiting.reject(new Error(error ?? 'the captcha thread answered nothing'));
          else waiting.resolve({ mime, bytes: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) });
        });
        worker.on('error', (err) => this.failAll(err));
        return worker;
      });
    }
    const worker = this.workers[this.seq % this.workers.length];
    if (!worker) throw new Error('no captcha thread');
    return worker;
  }

  private failAll(err: Error): void {
    for (const waiting of this.pending.values()) waiting.reject(err);
    this.pending.clear();
    this.workers = [];
  }

  draw(code: string, options: DrawOptions): Promise<CaptchaImage> {
    const id = ++this.seq;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      const worker = this.worker();
      // Threads keep the process alive only while a captcha is being drawn: an idle pool must not.
      for (const w of this.workers) w.ref();
      worker.postMessage({ id, code, options: { format: options.format, width: options.width, height: options.height } });
    });
  }

  async close(): Promise<void> {
    const workers = this.workers;
    this.workers = [];
    await Promise.all(workers.map((worker) => worker.terminate()));
  }
}
