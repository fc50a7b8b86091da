import type { Middleware } from 'koa';
import { ApiError } from '../errors.js';
import type { Logger } from '../log.js';
import { logUnexpected } from './failures.js';
import { Http, Status } from '../status.js';
import { envelope } from './reply.js';

/**
 * Where failures of the HTTP layer become answers: the edges' own refusals (404, 405, 413, a body that
 * is not JSON) become their envelopes; anything else is a bug, logged once with its stack and answered
 * -404 "Unknown Error", never a 500. The API's own failures were mapped by their edge already.
 */
export function errorBoundary(log: Logger): Middleware {
  return async (ctx, next) => {
    const started = performance.now();
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
        logUnexpected(log, err, ctx.path);
        ctx.status = Http.ok;
        ctx.body = envelope(-1, Status.unknown);
      }
      // An answer sent before the request body was read must not leave the connection half-read.
      if (!ctx.req.readableEnded) ctx.set('Connection', 'close');
    }
    if (log.isLevelEnabled('debug')) {
      log.debug({ method: ctx.method, path: ctx.path, status: ctx.status, refusal, ms: Math.round(performance.now() - started) }, 'request');
    }
  };
}
