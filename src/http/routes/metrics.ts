import type Router from '@koa/router';
import type { AppContext } from '../../context.js';
import { METRICS_CONTENT_TYPE, metricsText } from '../../metrics.js';
import { Http } from '../../status.js';

/** GET /metrics in Prometheus text; behind a bearer token when metrics.token is set. */
export function metricsRoutes(router: Router, app: AppContext): void {
  const { token } = app.config.metrics;
  router.get('/metrics', async (ctx) => {
    if (token && ctx.get('authorization') !== `Bearer ${token}`) {
      ctx.status = Http.unauthorized;
      ctx.set('WWW-Authenticate', 'Bearer');
      ctx.body = 'metrics need a token\n';
      return;
    }
    ctx.type = METRICS_CONTENT_TYPE;
    ctx.body = await metricsText(app.metrics);
  });
}
