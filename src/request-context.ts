import { AsyncLocalStorage } from 'node:async_hooks';
import { randomUUID } from 'node:crypto';

/** What every log line written while serving a request carries (pino-http's name for the id). */
export interface RequestContext {
  reqId: string;
}

/** The request being served, wherever its work goes (services, backends, a batch's later envelopes). */
export const requestContext = new AsyncLocalStorage<RequestContext>();

/** 1 to 128 visible ASCII characters: an id a client or a proxy gives is kept only if it is one of these. */
const GIVEN_ID = /^[\x21-\x7e]{1,128}$/;

/**
 * The request's id: the one its client or a proxy in front gave in X-Request-Id, when it is a sane one,
 * else a random UUID (unique across workers, instances and restarts, as a counter would not be).
 */
export function requestIdOf(given: string | undefined): string {
  return given !== undefined && GIVEN_ID.test(given) ? given : randomUUID();
}

/** pino's mixin: the current request's id on every line, none outside a request. */
export function requestMixin(): object {
  return requestContext.getStore() ?? {};
}
