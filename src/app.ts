import Router from '@koa/router';
import Koa from 'koa';
import { registry } from '../handlers/registry.js';
import type { ApiRow } from './api.js';
import type { AppContext } from './context.js';
import { errorBoundary } from './envelope/boundary.js';
import { compileRegistry, envelopeHandler, postPaths } from './envelope/dispatch.js';
import { ApiError } from './errors.js';
import { healthRoutes } from './routes/health.js';
import { portraitRoutes } from './routes/portrait.js';
import { propertyRoutes } from './routes/property.js';
import { schemaRoutes } from './routes/schemas.js';
import { Http, Status } from './status.js';

/** Builds the HTTP app from a context: no globals, so tests can build several side by side. */
export function createApp(context: AppContext, rows: readonly ApiRow[] = registry): Koa {
  const app = new Koa({ proxy: context.config.server.trustProxy });
  // The boundary logs every failure itself; Koa's default handler would print stacks to stderr.
  app.silent = true;

  const router = new Router();
  const compiled = compileRegistry(rows);
  for (const [path, served] of postPaths(rows)) router.post(path, envelopeHandler(context, compiled, served));
  schemaRoutes(router);
  healthRoutes(router, context);
  propertyRoutes(router, context);
  portraitRoutes(router, context);

  app.use(errorBoundary(context.log));
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
