import { Readable } from 'node:stream';
import type Router from '@koa/router';
import type { Context } from 'koa';
import bodyParser from 'koa-bodyparser';
import type { Config } from '../config.js';
import { ApiError } from '../errors.js';
import { Http, Status } from '../status.js';
import { tokenFromRequest } from './auth.js';
import type { Caller, Dispatcher } from '../rpc/dispatcher.js';
import { BatchAnswer } from '../rpc/reply.js';
import type { UploadedFile } from '../rpc/api.js';
import { readMultipart } from './multipart.js';
import { reqIdOf } from './request-id.js';

const MULTIPART = /^multipart\/form-data\b/i;

/** How deep a body's JSON may nest: an envelope batch is three levels, its data a few more. */
const MAX_DEPTH = 64;

/** Whether `value` nests arrays and objects deeper than `max` levels (walked without recursion). */
function nestedDeeperThan(value: unknown, max: number): boolean {
  const stack: [unknown, number][] = [[value, 1]];
  for (let next = stack.pop(); next; next = stack.pop()) {
    const [node, depth] = next;
    if (typeof node !== 'object' || node === null) continue;
    if (depth > max) return true;
    for (const child of Object.values(node)) if (typeof child === 'object' && child !== null) stack.push([child, depth + 1]);
  }
  return false;
}

/**
 * Reads the body as JSON whatever its Content-Type says (the first clients send text/plain and form
 * types): koa-bodyparser's detectJSON takes every request as JSON, and inflates gzip and deflate bodies.
 */
function bodyReader(limit: number) {
  const parse = bodyParser({ enableTypes: ['json'], detectJSON: () => true, jsonLimit: String(limit) });
  return async (ctx: Context): Promise<unknown> => {
    try {
      await parse(ctx, async () => undefined);
    } catch (err) {
      const e = err as { type?: string; status?: number };
      if (e.type === 'entity.too.large') throw new ApiError(Status.jsonValue, `body larger than ${limit} bytes`, { httpStatus: Http.payloadTooLarge });
      // The client went away mid-body: nobody is left to answer, and one log line per abort would let
      // anyone flood the error log. The request's own debug line records it.
      if (e.type === 'request.aborted') throw new ApiError(Status.jsonValue, 'request aborted');
      if (e.status === Http.unsupportedMediaType) throw new ApiError(Status.jsonValue, 'unsupported Content-Encoding', { httpStatus: Http.unsupportedMediaType });
      throw new ApiError(Status.jsonValue, 'body is not JSON');
    }
    // The parser answers an empty body with {}: its raw text tells that nothing was sent.
    if (ctx.request.rawBody === '') throw new ApiError(Status.jsonValue, 'body is empty');
    // Everything after this walks the body, some of it recursively.
    if (nestedDeeperThan(ctx.request.body, MAX_DEPTH)) throw new ApiError(Status.jsonValue, `JSON nested deeper than ${MAX_DEPTH} levels`);
    return ctx.request.body;
  };
}

/** Every path of `paths` below every one of `bases` (the single endpoint "" below "" is "/"). */
function underBases(bases: readonly string[], paths: Iterable<string>): { full: string; path: string }[] {
  const all = [...paths];
  return bases.flatMap((base) => all.map((path) => ({ full: `${base}${path}` || '/', path })));
}

/**
 * The body a picture of `maxBytes` needs: as base64 it is a third larger, and some encoders break its
 * lines (MIME's every 76 characters, "\r\n" in JSON); the envelope around it is small.
 */
export function uploadBodyLimit(maxBytes: number): number {
  const base64 = Math.ceil(maxBytes / 3) * 4;
  return base64 + Math.ceil(base64 / 76) * 4 + 64 * 1024;
}

/** What the POST paths need to know: the server's limits and the size of a picture. */
export interface PostLimits {
  server: Pick<Config['server'], 'basePaths' | 'bodyLimitBytes'>;
  pictureBytes: number;
}

/**
 * The POST paths: read the body, hand it to the dispatcher with what HTTP knows of the caller, answer.
 * The paths of upload rows take larger bodies, and multipart/form-data besides JSON.
 */
export function postRoutes(router: Router, dispatcher: Dispatcher, limits: PostLimits): void {
  const { server, pictureBytes } = limits;
  const readBody = bodyReader(server.bodyLimitBytes);
  const uploadLimit = Math.max(server.bodyLimitBytes, uploadBodyLimit(pictureBytes));
  const readUploadBody = bodyReader(uploadLimit);
  const uploadPaths = [...dispatcher.paths].filter(([, rows]) => rows.size > 0 && [...rows].every((row) => row.upload)).map(([path]) => path);
  const notHere = `multipart/form-data is taken only by the upload paths (${uploadPaths.join(', ')}); send JSON`;
  for (const { full, path } of underBases(server.basePaths, dispatcher.paths.keys())) {
    const uploads = uploadPaths.includes(path);
    router.post(full, async (ctx) => {
      let caller: Caller;
      let body: unknown;
      const multipart = MULTIPART.test(ctx.get('content-type'));
      if (!uploads) {
        if (multipart) throw new ApiError(Status.jsonValue, notHere);
        body = await readBody(ctx);
        caller = { url: path, token: tokenFromRequest(ctx), ip: ctx.ip, reqId: reqIdOf(ctx) };
      } else {
        ctx.state.bodyLimit = uploadLimit;
        const gone = new AbortController();
        ctx.res.once('close', () => {
          if (!ctx.res.writableFinished) gone.abort(new ApiError(Status.jsonValue, 'the client went away'));
        });
        let file: UploadedFile | undefined;
        if (!multipart) body = await readUploadBody(ctx);
        else {
          ({ body, file } = await readMultipart(ctx, pictureBytes, uploadLimit));
          // What the access line names the API by, as for a JSON body.
          ctx.request.body = body;
        }
        caller = { url: path, token: tokenFromRequest(ctx), ip: ctx.ip, reqId: reqIdOf(ctx), signal: gone.signal, file };
      }
      const answer = await dispatcher.receive(body, caller);
      ctx.type = 'application/json; charset=utf-8';
      if (answer instanceof BatchAnswer) {
        // A batch's envelopes run as its answer is sent, after this returns.
        ctx.body = Readable.from(answer.json, { objectMode: false });
        ctx.state.batch = answer;
      } else {
        ctx.body = answer.json;
        ctx.state.status = answer.reply.status;
      }
    });
  }
}
