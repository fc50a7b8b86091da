import { Http, Status, type StatusDef } from './status.js';

/** An error that the caller sees as an envelope status. Thrown where the problem is known. */
export class ApiError extends Error {
  /** The HTTP status of the answer: 200 for every API error, except 404, 405 and 413. */
  readonly httpStatus: number;

  constructor(
    readonly status: StatusDef,
    readonly detail?: string,
    options: { cause?: unknown; httpStatus?: number } = {},
  ) {
    // A refusal is an answer, not a bug: its stack would never be read, and capturing one is the most
    // expensive part of a failed img/validate. Causes (driver errors) keep their own stacks.
    const stackTraceLimit = Error.stackTraceLimit;
    Error.stackTraceLimit = 0;
    super(detail ? `${status.message}: ${detail}` : status.message, { cause: options.cause });
    Error.stackTraceLimit = stackTraceLimit;
    this.name = 'ApiError';
    this.httpStatus = options.httpStatus ?? Http.ok;
  }
}

/** A failure of a backend (database, key-value store, object store), mapped to its status. */
export function backendError(status: StatusDef, cause: unknown): ApiError {
  return new ApiError(status, undefined, { cause });
}

export const databaseError = (cause: unknown): ApiError => backendError(Status.database, cause);
export const kvError = (cause: unknown): ApiError => backendError(Status.keyValueStore, cause);
export const storageError = (cause: unknown): ApiError => backendError(Status.storage, cause);

/** Awaits a database query, turning any driver failure into -200. */
export async function inDatabase<T>(query: PromiseLike<T>): Promise<T> {
  try {
    return await query;
  } catch (err) {
    throw databaseError(err);
  }
}
