import { pino } from 'pino';
import { destinationOf, type Logger } from '../log.js';

/** What the access log says of one request. Known fields only: never a body, a query, a token or a phone. */
export interface AccessEntry {
  method: string;
  /** Without its query, where a token may sit. */
  path: string;
  /** "img/generate", or "batch of 3"; absent for GETs and bodies that name no API. */
  api: string | undefined;
  /** The envelope status (a list for a batch); absent for an image or a health answer. */
  status: number | number[] | undefined;
  http: number;
  ms: number;
  ip: string;
  /** What an edge refused, in its own words. */
  refusal: string | undefined;
}

/**
 * The access log: a writer of one line per request, in the log's own line format (level, time, pid,
 * hostname, the fields, msg "request"), at info, or at debug when `access` is off; undefined when the
 * log's level leaves that out.
 *
 * Under load it is the most frequent thing the service does, so it takes the short way. The line is a
 * fixed set of known fields: one JSON.stringify, without pino's general path (a walk over each field,
 * redaction, bindings). And the lines of one turn of the event loop go to the log's destination as one
 * string: its bookkeeping (sonic-boom measures and appends what it is given) is paid per write, not per
 * line. A line waits at most for the end of the turn, so it is in the destination before any shutdown
 * or flush, which all take later turns.
 */
export function accessLogger(log: Logger, access: boolean): ((entry: AccessEntry) => void) | undefined {
  const level = access ? 'info' : 'debug';
  if (!log.isLevelEnabled(level)) return undefined;
  const destination = destinationOf(log);
  // pino.symbols is also how pino lets a library reach its bound fields (pid, hostname).
  const bound = String((log as unknown as Record<symbol, unknown>)[pino.symbols.chindingsSym] ?? '');
  const head = `{"level":${log.levels.values[level] ?? 0},"time":`;
  let pending = '';
  const writePending = () => {
    destination.write(pending);
    pending = '';
  };
  return (entry) => {
    if (pending === '') setImmediate(writePending);
    // The entry's own braces are replaced: its fields go between the log's and msg.
    pending += `${head}${Date.now()}${bound},${JSON.stringify(entry).slice(1, -1)},"msg":"request"}\n`;
  };
}
