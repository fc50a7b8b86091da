import type { Logger } from '../log.js';

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
  /** The request's id (X-Request-Id). */
  reqId: string;
}

/**
 * The access log: a writer of one line per request through the log (msg "request"), at info, or at debug
 * when `access` is off; undefined when the log's level leaves that out.
 */
export function accessLogger(log: Logger, access: boolean): ((entry: AccessEntry) => void) | undefined {
  const level = access ? 'info' : 'debug';
  if (!log.isLevelEnabled(level)) return undefined;
  // An entry holds known fields only, none a secret: the log's redaction, on every line, would find nothing.
  const lines = log.child({}, { redact: [] });
  return (entry) => lines[level](entry, 'request');
}
