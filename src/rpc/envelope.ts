import { ApiError } from '../errors.js';
import { Status } from '../status.js';

export interface RequestEnvelope {
  type: string;
  subtype: string;
  data: Record<string, unknown>;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The wire protocol's envelope checks, in the order docs/API.md gives their statuses. */
export function checkEnvelope(body: unknown): RequestEnvelope {
  if (!isPlainObject(body)) throw new ApiError(Status.jsonValue, 'body is not a JSON object');
  for (const key of ['type', 'subtype', 'data'] as const) {
    if (!(key in body)) throw new ApiError(Status.jsonKey, key);
  }
  const { type, subtype, data } = body;
  if (typeof type !== 'string') throw new ApiError(Status.jsonValue, 'type');
  if (typeof subtype !== 'string') throw new ApiError(Status.jsonValue, 'subtype');
  if (!isPlainObject(data)) throw new ApiError(Status.jsonValue, 'data');
  return { type, subtype, data };
}

export function requestId(body: unknown): unknown {
  return isPlainObject(body) ? body.id : undefined;
}
