import type { Middleware } from 'koa';
import { ApiError } from '../errors.js';
import { describeFailure, type Logger } from '../log.js';
import { logUnexpected } from './failures.js';
import { Http, Status } from '../status.js';
import { envelope } from './reply.js';

/**
 * The one place where failures become answers. An ApiError becomes its envelope; anything else is a bug
 * or an unmapped backend failure: logged once with its stack, answered -404 "Unknown Error", never a 500.
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
        if (err.cause !== undefined) log.error({ cause: describeFailure(err.cause), path: ctx.path }, err.message);
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
