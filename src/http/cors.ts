import type Router from '@koa/router';
import type { Middleware } from 'koa';
import { Http } from '../status.js';

/** Headers a browser may send with an API call from another origin. */
const ALLOWED_HEADERS = 'Content-Type, Authorization';
/** How long a browser may keep a preflight's answer. */
const PREFLIGHT_MAX_AGE_SECONDS = 600;

/**
 * CORS for the exact origins configured: a preflight from one of them answers 204 with the path's
 * methods and the headers above, and every answer to one of them says it may read it. Any other origin
 * gets no CORS header at all (its browser then refuses to show it the answer).
 */
export function cors(origins: readonly string[], router: Router): Middleware {
  const allowed = new Set(origins);
  return async (ctx, next) => {
    ctx.vary('Origin');
    const origin = ctx.get('origin');
    if (!allowed.has(origin)) return next();
    ctx.set('Access-Control-Allow-Origin', origin);
    if (ctx.method !== 'OPTIONS' || !ctx.get('access-control-request-method')) return next();
    const methods = [...new Set(router.match(ctx.path, 'OPTIONS').path.flatMap((layer) => layer.methods))].filter((m) => m !== 'HEAD');
    if (methods.length === 0) return next();
    ctx.set('Access-Control-Allow-Methods', methods.join(', '));
    ctx.set('Access-Control-Allow-Headers', ALLOWED_HEADERS);
    ctx.set('Access-Control-Max-Age', String(PREFLIGHT_MAX_AGE_SECONDS));
    ctx.status = Http.noContent;
  };
}
