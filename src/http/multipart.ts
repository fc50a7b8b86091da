import busboy from 'busboy';
import type { Context } from 'koa';
import { ApiError } from '../errors.js';
import type { UploadedFile } from '../rpc/api.js';
import { Http, Status, type StatusDef } from '../status.js';
import { DISCARD_FACTOR } from './discard.js';

/** The text fields of a multipart envelope: the JSON envelope's keys, data as JSON text. */
const FIELDS = new Set(['id', 'type', 'subtype', 'data']);
const FILE_PART = 'file';
/** A data field longer than this is not an upload's data. */
const MAX_FIELD_BYTES = 64 * 1024;
const MAX_PARTS = FIELDS.size + 4;

export interface MultipartEnvelope {
  /** The envelope as the JSON body would have it: fields that were not sent are missing. */
  body: Record<string, unknown>;
  file: UploadedFile | undefined;
}

interface Problem {
  status: StatusDef;
  detail: string;
  httpStatus?: number;
}

/**
 * An envelope sent as multipart/form-data (what wx.uploadFile and a browser's FormData send): the fields
 * id, type, subtype and data, and the picture as the part "file", read as it arrives. A file past
 * `maxFileBytes` is kept to that many bytes plus one and marked truncated, the rest of the body read and
 * thrown away, so that the API can refuse it with its own message and the client can read the answer; a
 * body past a few times `bodyLimit` is HTTP 413 and its connection closes. Malformed bodies are the
 * envelope statuses a JSON body gets.
 */
export async function readMultipart(ctx: Context, maxFileBytes: number, bodyLimit: number): Promise<MultipartEnvelope> {
  const fields: Record<string, string> = {};
  let file: UploadedFile | undefined;
  let problem: Problem | undefined;
  const refuse = (status: StatusDef, detail: string, httpStatus?: number) => {
    problem ??= { status, detail, httpStatus };
  };

  let parser: busboy.Busboy;
  try {
    parser = busboy({
      headers: ctx.req.headers,
      // A file is cut one byte past the limit: enough to tell that it was too large.
      limits: { fieldSize: MAX_FIELD_BYTES, fields: MAX_PARTS, files: 1, parts: MAX_PARTS, fileSize: maxFileBytes + 1 },
    });
  } catch (err) {
    throw new ApiError(Status.jsonValue, `multipart/form-data: ${(err as Error).message}`);
  }
  parser.on('field', (name, value, info) => {
    if (!FIELDS.has(name)) refuse(Status.jsonKey, `unknown field "${name.slice(0, 64)}" (the fields are ${[...FIELDS].join(', ')} and the file part "${FILE_PART}")`);
    else if (info.valueTruncated) refuse(Status.jsonValue, `the field ${name} is longer than ${MAX_FIELD_BYTES} bytes`);
    else if (name in fields) refuse(Status.jsonValue, `the field ${name} is given twice`);
    else fields[name] = value;
  });
  parser.on('file', (name, stream) => {
    if (name !== FILE_PART) {
      refuse(Status.jsonKey, `unknown file part "${name.slice(0, 64)}" (the picture is the part "${FILE_PART}")`);
      stream.resume();
      return;
    }
    const chunks: Buffer[] = [];
    const kept: UploadedFile = { bytes: Buffer.alloc(0), truncated: false };
    file = kept;
    stream.on('data', (chunk: Buffer) => chunks.push(chunk));
    stream.on('limit', () => {
      kept.truncated = true;
    });
    stream.on('end', () => {
      kept.bytes = Buffer.concat(chunks);
    });
  });
  parser.on('filesLimit', () => refuse(Status.jsonValue, `one file part at most`));
  parser.on('partsLimit', () => refuse(Status.jsonValue, `${MAX_PARTS} parts at most`));

  // The overflow of a file too large is read and thrown away, so that its client reads the refusal; up to a bound.
  const maxRead = DISCARD_FACTOR * bodyLimit;
  let read = 0;
  await new Promise<void>((resolve, reject) => {
    const counted = (chunk: Buffer) => {
      read += chunk.length;
      if (read <= maxRead) return;
      ctx.req.off('data', counted);
      ctx.req.unpipe(parser);
      ctx.req.pause();
      ctx.set('Connection', 'close');
      // Said first: a body this large is refused as a body, whatever its parts were.
      problem = { status: Status.jsonValue, detail: `body larger than ${maxRead} bytes`, httpStatus: Http.payloadTooLarge };
      resolve();
    };
    parser.once('close', resolve);
    parser.once('error', (err: Error) => {
      refuse(Status.jsonValue, `malformed multipart/form-data: ${err.message}`);
      resolve();
    });
    ctx.req.once('aborted', () => reject(new ApiError(Status.jsonValue, 'request aborted')));
    ctx.req.on('data', counted);
    ctx.req.pipe(parser);
  });
  if (problem) throw new ApiError(problem.status, problem.detail, { httpStatus: problem.httpStatus });
  return { body: envelopeOf(fields), file };
}

function envelopeOf(fields: Record<string, string>): Record<string, unknown> {
  const body: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(fields)) {
    if (name !== 'data') body[name] = value;
    else {
      try {
        body.data = JSON.parse(value);
      } catch {
        throw new ApiError(Status.jsonValue, 'the field data is not JSON');
      }
    }
  }
  return body;
}
