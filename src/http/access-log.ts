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

/** Printable ASCII without `"` and `\`: a string of only these is its own JSON text between quotes. */
const NEEDS_NO_ESCAPE = /^[\x20\x21\x23-\x5b\x5d-\x7e]*$/;

/** A string as JSON text. Most of the access log's strings need no escaping, and JSON.stringify is a call into the runtime. */
function jsonString(text: string): string {
  return NEEDS_NO_ESCAPE.test(text) ? `"${text}"` : JSON.stringify(text);
}

/** The entry's fields as JSON members, in a fixed order, absent ones left out (as JSON.stringify leaves out undefined). */
export function accessFields(entry: AccessEntry): string {
  let fields = `"method":${jsonString(entry.method)},"path":${jsonString(entry.path)}`;
  if (entry.api !== undefined) fields += `,"api":${jsonString(entry.api)}`;
  if (entry.status !== undefined) fields += `,"status":${typeof entry.status === 'number' ? entry.status : `[${entry.status.join(',')}]`}`;
  fields += `,"http":${entry.http},"ms":${entry.ms},"ip":${jsonString(entry.ip)}`;
  if (entry.refusal !== undefined) fields += `,"refusal":${jsonString(entry.refusal)}`;
  return fields;
}

/**
 * The access log: a writer of one line per request, in the log's own line format (level, time, pid,
 * hostname, the fields, msg "request"), at info, or at debug when `access` is off; undefined when the
 * log's level leaves that out.
 *
 * Under load it is the most frequent thing the service does, so it takes the short way. The line is a
 * fixed set of known fields written as text (accessFields): no walk over each field, redaction and
 * bindings as pino's general path does, and no JSON.stringify over an object. And the lines of one turn
 * of the event loop go to the log's destination as one string: each write to it measures what it holds
 * already (sonic-boom takes the byte length of its last buffer on every write), so writing each line on
 * its own cost about twice as much CPU time a line. A line waits at most for the end of the turn, so it
 * is in the destination before any shutdown or flush, which all take later turns.
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
    pending += `${head}${Date.now()}${bound},${accessFields(entry)},"msg":"request"}\n`;
  };
}
