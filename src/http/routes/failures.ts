import { domainFailure, type FailureReport, logBackendFailure, logUnexpected, type Refusal } from '../../rpc/failures.js';
import { ApiError, type Failure } from '../../errors.js';
import { Status, type StatusDef } from '../../status.js';

/** The GET edge's table: the property GET's own status numbers, from the original document. */
const GET_STATUSES: Readonly<Partial<Record<Failure, StatusDef>>> = {
  tokenMissing: Status.queryMissing,
  tokenBad: Status.queryBadToken,
  tokenNoUser: Status.queryBadToken,
  invalid: Status.queryArgValue,
  conflict: Status.queryConflict,
  databaseFailed: Status.database,
  kvFailed: Status.keyValueStore,
};

/** The GET edge's one mapping from a failure to its status; what it has no row for is a bug (-404). */
export function getStatusOf(err: unknown, report: FailureReport, where: string): Refusal {
  if (err instanceof ApiError) return { status: err.status, detail: err.detail };
  const failure = domainFailure(err);
  const status = failure && GET_STATUSES[failure.failure];
  if (!failure || !status) {
    logUnexpected(report.log, err, where);
    return { status: Status.unknown };
  }
  logBackendFailure(report, failure, where);
  return { status, detail: failure.detail };
}
