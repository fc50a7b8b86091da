import { Http, type StatusDef } from './status.js';

/**
 * What went wrong, in the domain's words. Services, handlers and backends throw these where the problem
 * is known; the POST edge (src/rpc/failures.ts) and the GET edge (src/http/routes/failures.ts) each map
 * them to statuses with one table, and a registry row may give its own local meaning to some.
 */
export type Failure =
  // Who is calling.
  | 'tokenMissing'
  | 'tokenBad'
  | 'tokenNoUser'
  // What was sent, past what the schema can tell.
  | 'missing'
  | 'empty'
  | 'malformed'
  | 'invalid'
  // The rows it names.
  | 'notFound'
  | 'notYours'
  | 'taken'
  | 'capped'
  | 'conflict'
  | 'unavailable'
  | 'insufficientFunds'
  | 'walletFull'
  // Captchas, SMS and their abuse limits.
  | 'hashUnknown'
  | 'tooManyRequests'
  | 'smsCooldown'
  | 'smsHourlyCap'
  | 'smsDailyCap'
  | 'phoneRefused'
  | 'smsFailed'
  // Backends.
  | 'databaseFailed'
  | 'kvFailed'
  | 'storageFailed';

/**
 * A refusal is an answer, not a bug: its stack would never be read, and capturing one is the most
 * expensive part of a failed img/validate. Causes (driver errors) keep their own stacks.
 */
class Refusal extends Error {
  constructor(message: string, cause: unknown) {
    const stackTraceLimit = Error.stackTraceLimit;
    Error.stackTraceLimit = 0;
    super(message, { cause });
    Error.stackTraceLimit = stackTraceLimit;
  }
}

/** A failure the caller is told about; `detail` names the field or the reason, never a secret. */
export class DomainError extends Refusal {
  constructor(
    readonly failure: Failure,
    readonly detail?: string,
    options: { cause?: unknown } = {},
  ) {
    super(detail ? `${failure}: ${detail}` : failure, options.cause);
    this.name = 'DomainError';
  }
}

/**
 * A refusal the edges raise themselves, already as a status: the envelope and schema checks, and the
 * HTTP-level answers (404, 405, 413).
 */
export class ApiError extends Refusal {
  /** The HTTP status of the answer: 200 for every API error, except the HTTP-level ones. */
  readonly httpStatus: number;

  constructor(
    readonly status: StatusDef,
    readonly detail?: string,
    options: { httpStatus?: number } = {},
  ) {
    super(detail ? `${status.message}: ${detail}` : status.message, undefined);
    this.name = 'ApiError';
    this.httpStatus = options.httpStatus ?? Http.ok;
  }
}
