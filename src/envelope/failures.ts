import type { ApiRow } from '../api.js';
import { ApiError } from '../errors.js';
import { describeFailure, type Logger } from '../log.js';
import { Status, type StatusDef } from '../status.js';

export interface Refusal {
  status: StatusDef;
  detail?: string;
}

/**
 * The POST edge's one mapping from a failure to its status. An ApiError is its own status; anything else
 * is a bug or an unmapped backend failure: logged once with its stack, answered -404 "Unknown Error".
 */
export function postStatusOf(err: unknown, row: ApiRow | undefined, log: Logger): Refusal {
  if (err instanceof ApiError) {
    if (err.cause !== undefined) log.error({ cause: describeFailure(err.cause), api: row && `${row.type}/${row.subtype}` }, err.message);
    return { status: err.status, detail: err.detail };
  }
  logUnexpected(log, err, row && `${row.type}/${row.subtype}`);
  return { status: Status.unknown };
}

export function logUnexpected(log: Logger, err: unknown, where: string | undefined): void {
  log.error({ cause: describeFailure(err), stack: err instanceof Error ? err.stack?.split('\n').slice(1, 6) : undefined, where }, 'unexpected failure');
}
