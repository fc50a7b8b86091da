import { randomUUID } from 'node:crypto';
import type { Context, Middleware } from 'koa';

/** 1 to 128 visible ASCII characters: an id a client or a proxy gives is kept only if it is one of these. */
const GIVEN_ID = /^[\x21-\x7e]{1,128}$/;

/**
 * The request's id: the one its client or a proxy in front gave in X-Request-Id, when it is a sane one,
 * else a random UUID (unique across workers, instances and restarts, as a counter would not be).
 */
function requestIdOf(given: string | undefined): string {
  return given !== undefined && GIVEN_ID.test(given) ? given : randomUUID();
}

/** Gives each request its id, answered in X-Request-Id and kept for whatever logs for it (`reqIdOf`). */
export const requestId: Middleware = (ctx, next) => {
  const reqId = requestIdOf(ctx.get('x-request-id') || undefined);
  ctx.set('X-Request-Id', reqId);
  ctx.state.reqId = reqId;
  return next();
};

/** The id `requestId` gave this request. */
export function reqIdOf(ctx: Context): string {
  const reqId: unknown = ctx.state.reqId;
  return typeof reqId === 'string' ? reqId : '';
}
