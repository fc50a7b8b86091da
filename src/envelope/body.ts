import type { IncomingMessage } from 'node:http';
import getRawBody from 'raw-body';
import { ApiError } from '../errors.js';
import { Http, Status } from '../status.js';

const utf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * Reads the whole body and parses it as JSON, whatever the Content-Type says: the first clients send
 * text/plain and form types. A body over the limit is refused before it is read (413).
 */
export async function readJsonBody(req: IncomingMessage, limit: number): Promise<unknown> {
  let raw: Buffer;
  try {
    raw = await getRawBody(req, { limit, length: req.headers['content-length'] });
  } catch (err) {
    const e = err as { type?: string };
    if (e.type === 'entity.too.large') throw new ApiError(Status.jsonValue, `body larger than ${limit} bytes`, { httpStatus: Http.payloadTooLarge });
    // The client went away mid-body: nobody is left to answer, and one log line per abort would let anyone
    // flood the error log. The request's own debug line records it.
    if (e.type === 'request.aborted') throw new ApiError(Status.jsonValue, 'request aborted');
    throw new ApiError(Status.jsonValue, 'body could not be read', { cause: err });
  }
  let text: string;
  try {
    text = utf8.decode(raw);
  } catch {
    throw new ApiError(Status.jsonValue, 'body is not UTF-8');
  }
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new ApiError(Status.jsonValue, 'body is not JSON');
  }
}
