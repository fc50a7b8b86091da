import { Http, type StatusDef } from './status.js';

/**
 * What went wrong, in the domain's words. Services, handlers and backends throw these where the problem
 * is known; the POST edge (src/envelope/failures.ts) and the GET edge (src/routes/failures.ts) each map
 * them to statuses with one table, and a registry row may give its own local meaning to some.
 */
export type Failure =
  // Who is calling.
  | 'tokenMissing'
  | 'tokenBad'
  | 'tokenNoUser'
  // What was sent, past what the schema can tell.
  | 'empty'
  | 'malformed'
  | 'invalid'
  // The rows it names.
  | 'notFound'
  | 'notYours'
  | 'taken'
  | 'capped'
  | 'conflict'
  | 'insufficientFunds'
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

/** A failure the caller is told about; `detail` names the field or the reason, never a secret. */
export class DomainError extends Error {
  constructor(
    readonly failure: Failure,
    readonly detail?: string,
    options: { cause?: unknown } = {},
  ) {
    // A refusal is an answer, not a bug: its stack would never be read, and capturing one is the most
    // expensive part of a failed img/validate. Causes (driver errors) keep their own stacks.
    const stackTraceLimit = Error.stackTraceLimit;
    Error.stackTraceLimit = 0;
    super(detail ? `${failure}: ${detail}` : failure, { cause: options.cause });
    Error.stackTraceLimit = stackTraceLimit;
    this.name = 'DomainError';
  }
}

/**
 * A refusal the edges raise themselves, already as a status: the envelope and schema checks, and the
 * HTTP-level answers (404, 405, 413).
 */
export class ApiError extends Error {
  /** The HTTP status of the answer: 200 for every API error, except the HTTP-level ones. */
  readonly httpStatus: number;

  constructor(
    readonly status: StatusDef,
    readonly detail?: string,
    options: { httpStatus?: number } = {},
  ) {
    const stackTraceLimit = Error.stackTraceLimit;
    Error.stackTraceLimit = 0;
    super(detail ? `${status.message}: ${detail}` : status.message);
    Error.stackTraceLimit = stackTraceLimit;
    this.name = 'ApiError';
    this.httpStatus = options.httpStatus ?? Http.ok;
  }
}
