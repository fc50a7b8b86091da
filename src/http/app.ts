import Router from '@koa/router';
import Koa, { type Context } from 'koa';
import type { ApiRow } from '../rpc/api.js';
import type { AppContext } from '../context.js';
import cors from '@koa/cors';
import { errorBoundary } from './boundary.js';
import { requestId } from './request-id.js';
import { createDispatcher } from '../rpc/dispatcher.js';
import { postRoutes } from './post.js';
import { assertValidatorsMatch, schemaValidators } from '../rpc/validate.js';
import { ApiError } from '../errors.js';
import { healthRoutes } from './routes/health.js';
import { buildOpenApi } from './openapi.js';
import { docsRoutes } from './routes/docs.js';
import { imageRoutes } from './routes/images.js';
import { metricsRoutes } from './routes/metrics.js';
import { propertyRoutes } from './routes/property.js';
import { schemaRoutes } from './routes/schemas.js';
import { readSchemaFiles } from '../schemas.js';
import { Http, Status } from '../status.js';

/**
 * Builds the HTTP app from a context and the registry's rows: no globals, so tests can build several
 * side by side, and the HTTP layer never reaches for the handlers itself.
 */
/** What a browser may send to the API from another origin, and how long it may keep a preflight's answer. */
const CORS_METHODS = ['GET', 'POST'];
const CORS_HEADERS = ['Content-Type', 'Authorization', 'X-Request-Id'];
const PREFLIGHT_MAX_AGE_SECONDS = 600;

export function createApp(context: AppContext, rows: readonly ApiRow[]): Koa {
  const { trustProxy, proxyHops } = context.config.server;
  // A client can write any X-Forwarded-For it likes; only the entries our own proxies appended count.
  const app = new Koa({ proxy: trustProxy, maxIpsCount: proxyHops });
  // The boundary logs every failure itself; Koa's default handler would print stacks to stderr.
  app.silent = true;

  const router = new Router();
  // The schema files are read once, for /api/schemas and the OpenAPI document; their validators are code.
  const schemaFiles = readSchemaFiles();
  assertValidatorsMatch(schemaFiles);
  const dispatcher = createDispatcher(rows, context, schemaValidators);
  postRoutes(router, dispatcher, { server: context.config.server, pictureBytes: context.config.pic.maxBytes });
  docsRoutes(router, buildOpenApi(rows, dispatcher.paths, schemaFiles));
  schemaRoutes(router, schemaFiles);
  healthRoutes(router, context);
  const bases = context.config.server.basePaths;
  propertyRoutes(router, context, schemaValidators, bases);
  imageRoutes(router, context, bases);

  let counted: ((ctx: Context) => void) | undefined;
  if (context.config.metrics.enabled) {
    const { http } = context.metrics;
    counted = (ctx) => {
      const route = (ctx as { _matchedRoute?: unknown })._matchedRoute;
      http.labels(typeof route === 'string' ? route : 'unmatched', ctx.method, String(ctx.status)).inc();
    };
    metricsRoutes(router, context);
  }
  // Outermost of all: every answer carries the request's id, and every line logged for it.
  app.use(requestId);
  // Outermost but that: it sees every request's final status, its own answers included.
  app.use(errorBoundary(context.log, context.config.log.access, context.config.server.bodyLimitBytes, counted));
  // CORS for the exact origins configured; any other origin gets no CORS header at all (its browser then
  // refuses to show it the answer). With none configured, there is nothing to do for any request.
  const origins = new Set(context.config.server.cors.origins);
  if (origins.size > 0) {
    app.use(cors({ origin: (ctx) => (origins.has(ctx.get('origin')) ? ctx.get('origin') : ''), allowMethods: CORS_METHODS, allowHeaders: CORS_HEADERS, exposeHeaders: ['X-Request-Id'], maxAge: PREFLIGHT_MAX_AGE_SECONDS }));
  }
  // Past CORS preflights from an allowed origin, an OPTIONS gets a 405: a known path says which methods it takes.
  app.use((ctx, next) => {
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
