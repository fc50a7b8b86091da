import Router from '@koa/router';
import Koa from 'koa';
import type { ApiRow } from './api.js';
import type { AppContext } from './context.js';
import { errorBoundary } from './envelope/boundary.js';
import { createDispatcher } from './envelope/dispatcher.js';
import { postRoutes } from './envelope/http.js';
import { ApiError } from './errors.js';
import { healthRoutes } from './routes/health.js';
import { imageRoutes } from './routes/images.js';
import { propertyRoutes } from './routes/property.js';
import { schemaRoutes } from './routes/schemas.js';
import { loadSchemas } from './schemas.js';
import { Http, Status } from './status.js';

/**
 * Builds the HTTP app from a context and the registry's rows: no globals, so tests can build several
 * side by side, and the HTTP layer never reaches for the handlers itself.
 */
export function createApp(context: AppContext, rows: readonly ApiRow[]): Koa {
  const { trustProxy, proxyHops } = context.config.server;
  // A client can write any X-Forwarded-For it likes; only the entries our own proxies appended count.
  const app = new Koa({ proxy: trustProxy, maxIpsCount: proxyHops });
  // The boundary logs every failure itself; Koa's default handler would print stacks to stderr.
  app.silent = true;

  const router = new Router();
  const ajv = loadSchemas();
  postRoutes(router, createDispatcher(rows, context, ajv), context.config.server);
  schemaRoutes(router);
  healthRoutes(router, context);
  propertyRoutes(router, context, ajv);
  imageRoutes(router, context);

  app.use(errorBoundary(context.log));
  // The service answers no OPTIONS (there is no CORS to negotiate): a known path says which methods it takes.
  app.use(async (ctx, next) => {
    if (ctx.method !== 'OPTIONS') return next();
    const allowed = router.match(ctx.path, 'OPTIONS').path.flatMap((layer) => layer.methods);
    if (allowed.length === 0) return next();
    ctx.set('Allow', [...new Set(allowed)].join(', '));
    throw new ApiError(Status.jsonValue, 'method not allowed', { httpStatus: Http.methodNotAllowed });
  });
  app.use(router.routes());
  app.use(
    router.allowedMethods({
      throw: true,
      methodNotAllowed: () => new ApiError(Status.jsonValue, 'method not allowed', { httpStatus: Http.methodNotAllowed }),
      notImplemented: () => new ApiError(Status.jsonValue, 'method not allowed', { httpStatus: Http.methodNotAllowed }),
    }),
  );
  return app;
}
