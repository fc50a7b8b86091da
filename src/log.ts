import { writeSync } from 'node:fs';
import { pino, type Logger } from 'pino';
import { requestMixin } from './request-context.js';

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
 * JSON lines on stdout, written asynchronously and in batches (LOG_BATCH_BYTES, at most LOG_FLUSH_MS
 * late). `exitAfterFlush` is how the process ends, so nothing is lost.
 */
export function createLogger(level: string): Logger {
  const destination = pino.destination({ sync: false, minLength: LOG_BATCH_BYTES, periodicFlush: LOG_FLUSH_MS });
  serveOnWhenTheLogFails(destination);
  const log = pino(
    {
      level,
      // Every line written while a request is served names it (reqId).
      mixin: requestMixin,
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

type Destination = ReturnType<typeof pino.destination>;

/** Each log createLogger made, with where it writes (so that an ending process can write out what waits). */
const destinations = new WeakMap<Logger, Destination>();

/** How long an ending process waits for a log that neither closes nor fails, should a stray handle keep it alive. */
const EXIT_DEADLINE_MS = 2000;

/**
 * A log that cannot be written (a full disk) stops being written, and the service goes on serving, as
 * pino itself does when the log's reader has gone (EPIPE). Left to pino, any other failure crashed the
 * process, and its exit then retried the write for ever (sonic-boom's flushSync): a service that neither
 * served nor stopped on SIGTERM.
 */
function serveOnWhenTheLogFails(destination: Destination): void {
  let dropped = false;
  destination.on('error', (err: NodeJS.ErrnoException) => {
    if (dropped) return;
    dropped = true;
    // The periodic flush too: it would try what is buffered again every LOG_FLUSH_MS, for ever (pino,
    // on EPIPE, stops the rest but not that).
    Object.assign(destination, { write: () => true, flush: (done?: () => void) => done?.(), flushSync: () => undefined, end: () => undefined });
    // The reader has gone: there is no one to tell.
    if (err.code === 'EPIPE') return;
    try {
      writeSync(2, `the log cannot be written (${err.code ?? err.message}): the service goes on without it\n`);
    } catch {
      // stderr may be the same full disk
    }
  });
}

/**
 * Ends the process once everything logged has been written, or once the log's reader has gone.
 *
 * Not `flush` then `process.exit`: the destination's flush answers at once, and pino's exit hook then
 * writes what is left synchronously, retrying every failed write for ever. A reader that has gone (a
 * supervisor that died, its pipe or socket closed) made a stopping service hang there, never exiting.
 * Ending the destination writes what is left asynchronously: it closes, or fails with EPIPE, upon which
 * pino stops writing (its exit hook included) and the process ends all the same.
 */
export function exitAfterFlush(log: Logger, code: number): void {
  const destination = destinations.get(log);
  const exit = () => process.exit(code);
  if (!destination) return exit();
  destination.once('close', exit).once('error', exit);
  // A log already dropped (see serveOnWhenTheLogFails) ends as nothing: the process ends when its work is done.
  process.exitCode = code;
  setTimeout(exit, EXIT_DEADLINE_MS).unref();
  destination.end();
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
