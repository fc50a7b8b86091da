import type { Context, Middleware } from 'koa';
import { ApiError } from '../errors.js';
import type { Logger } from '../log.js';
import { accessLogger } from './access-log.js';
import { discardBody } from './discard.js';
import { requestLog } from '../request-context.js';
import { reqIdOf } from './request-id.js';
import { logUnexpected } from '../rpc/failures.js';
import { Http, Status } from '../status.js';
import { BatchAnswer, envelope } from '../rpc/reply.js';

/** Which API a POST body asked for, as the access log names it: "img/generate", or "batch of 3". */
function apiOf(body: unknown): string | undefined {
  if (Array.isArray(body)) return `batch of ${body.length}`;
  if (typeof body !== 'object' || body === null) return undefined;
  const { type, subtype } = body as { type?: unknown; subtype?: unknown };
  return typeof type === 'string' && typeof subtype === 'string' ? `${type}/${subtype}`.slice(0, 64) : undefined;
}

/** The envelope status of an answer; undefined for an image or a health answer. */
function statusOf(body: unknown): number | undefined {
  return typeof body === 'object' && body !== null && 'status' in body && typeof body.status === 'number' ? body.status : undefined;
}

/**
 * Where failures of the HTTP layer become answers: the edges' own refusals (404, 405, 413, a body that
 * is not JSON) become their envelopes; anything else is a bug, logged once with its stack and answered
 * -404 "Unknown Error", never a 500. The API's own failures were mapped by their edge already.
 *
 * `bodyLimit`: the paths' body limit, unless the route set its own in ctx.state.bodyLimit.
 *
 * Also where each finished request is seen, with its final status: its access line is written (see
 * access-log.ts), and `counted` is told of it (the metrics). Both here, not in a layer of their own: a
 * middleware of its own was a promise, a bound `next` and a resumption more on every request.
 */
export function errorBoundary(log: Logger, access: boolean, bodyLimit: number, counted?: (ctx: Context) => void): Middleware {
  const accessLine = accessLogger(log, access);
  return async (ctx, next) => {
    const started = performance.now();
    const reqId = reqIdOf(ctx);
    let refusal: string | undefined;
    try {
      await next();
      if (ctx.status === Http.notFound && ctx.body === undefined) {
        throw new ApiError(Status.jsonValue, 'no such path', { httpStatus: Http.notFound });
      }
    } catch (err) {
      if (err instanceof ApiError) {
        refusal = err.message;
        ctx.status = err.httpStatus;
        ctx.body = envelope(-1, err.status, {}, err.detail);
      } else {
        logUnexpected(requestLog(log, reqId), err, ctx.path);
        ctx.status = Http.ok;
        ctx.body = envelope(-1, Status.unknown);
      }
      // A refusal before the body was read (413, 404, a bad multipart): the rest is read first, so that
      // clients which read only after sending get the answer; past a bound the connection closes instead.
      // A reader that has already given up on the body said so with Connection: close.
      if (!ctx.req.readableEnded && ctx.response.get('Connection') !== 'close') {
        const limit = typeof ctx.state.bodyLimit === 'number' ? ctx.state.bodyLimit : bodyLimit;
        if (!(await discardBody(ctx.req, limit))) ctx.set('Connection', 'close');
      }
    }
    const finished = () =>
      accessLine?.({
        method: ctx.method,
        path: ctx.path,
        api: apiOf(ctx.request.body),
        status: batch ? batch.statuses : typeof ctx.state.status === 'number' ? ctx.state.status : statusOf(ctx.body),
        http: ctx.status,
        ms: Math.round((performance.now() - started) * 10) / 10,
        ip: ctx.ip,
        refusal,
        reqId,
      });
    // A batch is answered as its envelopes run, after this: its line waits for the answer's end.
    const batch = ctx.state.batch instanceof BatchAnswer ? ctx.state.batch : undefined;
    if (batch) ctx.res.once('close', finished);
    else finished();
    counted?.(ctx);
  };
}
