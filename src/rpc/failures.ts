import type { ApiRow } from './api.js';
import { databaseFailure, OutcomeUnknown } from '../backends/db/errors.js';
import { ApiError, DomainError } from '../errors.js';
import { statusOfFailure } from './statuses.js';
import { describeFailure, type Logger } from '../log.js';
import type { Metrics } from '../metrics.js';
import { Status, type StatusDef } from '../status.js';

export interface Refusal {
  status: StatusDef;
  detail?: string;
}

/**
 * A failure as the domain names it: a DomainError as it is, a database failure as the database seam
 * classifies it; undefined for anything else (a bug).
 */
export function domainFailure(err: unknown): DomainError | undefined {
  return err instanceof DomainError ? err : databaseFailure(err);
}

/** What an edge reports failures to. */
export interface FailureReport {
  log: Logger;
  metrics: Metrics;
}

/** Backend failures are logged once, here at the edge, without the SQL knex puts in their messages, and counted. */
export function logBackendFailure({ log, metrics }: FailureReport, failure: DomainError, where: string | undefined): void {
  const { cause } = failure;
  if (cause === undefined) return;
  // The one failed write that may have been stored all the same: an operator must be able to find it.
  if (cause instanceof OutcomeUnknown) log.error({ outcome: 'unknown', ids: cause.ids, cause: describeFailure(cause.cause), where }, 'outcome unknown');
  else log.error({ cause: describeFailure(cause), where }, failure.failure);
  metrics.backendErrors.inc({ failure: failure.failure });
}

export function logUnexpected(log: Logger, err: unknown, where: string | undefined): void {
  log.error({ cause: describeFailure(err), stack: err instanceof Error ? err.stack?.split('\n').slice(1, 6) : undefined, where }, 'unexpected failure');
}

/**
 * The POST edge's one mapping from a failure to its status: the edge's own refusals as they are, domain
 * failures through the API's local table and then the global one, anything else (a bug) logged with its
 * stack and answered -404 "Unknown Error".
 */
export function postStatusOf(err: unknown, row: ApiRow | undefined, report: FailureReport): Refusal {
  if (err instanceof ApiError) return { status: err.status, detail: err.detail };
  const where = row && `${row.type}/${row.subtype}`;
  const failure = domainFailure(err);
  if (!failure) {
    logUnexpected(report.log, err, where);
    return { status: Status.unknown };
  }
  logBackendFailure(report, failure, where);
  return { status: statusOfFailure(row, failure.failure), detail: failure.detail };
}
