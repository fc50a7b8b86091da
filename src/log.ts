import { writeSync } from 'node:fs';
import { pino, type Logger } from 'pino';
// sonic-boom is CommonJS whose named export Node cannot see: its class is a property of the default.
import sonicBoom from 'sonic-boom';
import { register, unregister } from 'on-exit-leak-free';

export type { Logger };

/** Phone numbers appear in logs masked: enough to tell two apart, not enough to call one. */
export function maskPhone(phone: string): string {
  const digits = phone.replace(/^\+?86/, '');
  return digits.length >= 7 ? `${digits.slice(0, 3)}****${digits.slice(-4)}` : '****';
}

/**
 * Lines wait for this many bytes, or for LOG_FLUSH_MS, before they are written. Each write goes through
 * Node's thread pool (a hand-over and a wake-up either way): writing once a turn of the event loop cost a
 * cheap request a noticeable share of its CPU time, writing once per batch of some thirty lines none.
 */
const LOG_BATCH_BYTES = 8192;
/** How late a line may reach the log when the service is quiet. */
const LOG_FLUSH_MS = 100;

/**
 * Where the log's lines go: stdout through sonic-boom, asynchronously and in batches, until it fails.
 *
 * A log that cannot be written (a full disk) stops being written, and the service goes on serving, as
 * pino itself does when the log's reader has gone (EPIPE). Left to pino's own destination, any other
 * failure crashed the process, and its exit then retried the write for ever (sonic-boom's flushSync): a
 * service that neither served nor stopped on SIGTERM. So pino writes here, not to sonic-boom: after a
 * failure the lines are dropped here, and sonic-boom is destroyed (its timer and descriptor go with it).
 */
class LogDestination {
  /**
   * In buffer mode: in its text mode sonic-boom measures the whole batch waiting, as one string, at every
   * line it adds, which made a copy of the batch for every line.
   */
  private readonly sonic = new sonicBoom.SonicBoom({ fd: 1, sync: false, minLength: LOG_BATCH_BYTES, periodicFlush: LOG_FLUSH_MS, contentMode: 'buffer' });
  private dropped = false;

  constructor() {
    this.sonic.on('error', (err: NodeJS.ErrnoException) => this.drop(err));
    // What waits in the batch is written when the process exits, as pino does for its own destinations
    // (and through the same module: a destination no longer used is not kept alive by the hook).
    register(this, writeWhatWaits);
  }

  /** On exit: the batch, written at once (there is no event loop left to wait on). */
  flushSync(): void {
    if (this.dropped) return;
    try {
      this.sonic.flushSync();
    } catch {
      // nothing is left to tell it to
    }
  }

  write(line: string): boolean {
    return this.dropped || this.sonic.write(Buffer.from(line));
  }

  /**
   * Writes out what waits, asynchronously, then calls `done`: once the log is closed, or has failed (its
   * reader gone, a full disk), or at once when it had already failed.
   */
  end(done: () => void): void {
    if (this.dropped) return done();
    unregister(this);
    this.sonic.once('close', done).once('error', done);
    this.sonic.end();
  }

  private drop(err: NodeJS.ErrnoException): void {
    if (this.dropped) return;
    this.dropped = true;
    unregister(this);
    this.sonic.destroy();
    // The reader has gone: there is no one to tell.
    if (err.code === 'EPIPE') return;
    try {
      writeSync(2, `the log cannot be written (${err.code ?? err.message}): the service goes on without it\n`);
    } catch {
      // stderr may be the same full disk
    }
  }
}

const writeWhatWaits = (destination: LogDestination) => destination.flushSync();

/**
 * JSON lines on stdout, written asynchronously and in batches (LOG_BATCH_BYTES, at most LOG_FLUSH_MS
 * late). `exitAfterFlush` is how the process ends, so nothing is lost.
 */
export function createLogger(level: string): Logger {
  const destination = new LogDestination();
  const log = pino(
    {
      level,
      // Belt and braces: nothing logs a token or a phone on purpose, but a stray object must not leak one.
      redact: {
        paths: ['token', '*.token', 'headers.authorization', '*.headers.authorization', 'phone', '*.phone', 'query'],
        censor: '[redacted]',
      },
    },
    destination,
  );
  destinations.set(log, destination);
  return log;
}

/** Each log createLogger made, with where it writes (so that an ending process can write out what waits). */
const destinations = new WeakMap<Logger, LogDestination>();

/** How long an ending process waits for a log that neither closes nor fails, should a stray handle keep it alive. */
const EXIT_DEADLINE_MS = 2000;

/**
 * Ends the process once everything logged has been written, or once the log's reader has gone.
 *
 * Not `flush` then `process.exit`: the destination's flush answers at once, and an exit hook then writes
 * what is left synchronously, retrying every failed write for ever. A reader that has gone (a supervisor
 * that died, its pipe or socket closed) made a stopping service hang there, never exiting. Ending the
 * destination writes what is left asynchronously: it closes, or fails with EPIPE (and is dropped, so the
 * exit hook writes nothing), and the process ends all the same.
 */
export function exitAfterFlush(log: Logger, code: number): void {
  const destination = destinations.get(log);
  const exit = () => process.exit(code);
  if (!destination) return exit();
  process.exitCode = code;
  setTimeout(exit, EXIT_DEADLINE_MS).unref();
  destination.end(exit);
}

/**
 * What may be logged of a backend failure. knex prefixes a driver's message with the statement and its
 * bound values, which can hold a token or a phone number: only the driver's own words are kept.
 */
export function describeFailure(err: unknown): { name?: string; code?: unknown; message: string } {
  if (!(err instanceof Error)) return { message: String(err) };
  const text = err.message;
  const driverPart = text.lastIndexOf(' - ');
  return { name: err.name, code: (err as { code?: unknown }).code, message: driverPart >= 0 ? text.slice(driverPart + 3) : text };
}
