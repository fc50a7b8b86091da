import Router from '@koa/router';
import type { AppContext } from '../../context.js';
import { Http } from '../../status.js';

/** /healthz: the process answers. /readyz: it can reach its database and key-value store. */
export function healthRoutes(router: Router, app: AppContext): void {
  router.get('/healthz', (ctx) => {
    ctx.body = { status: 'ok' };
  });
  router.get('/readyz', async (ctx) => {
    const [db, kv] = await Promise.allSettled([app.db.raw('select 1'), app.kv.ping()]);
    const checks = { db: db.status === 'fulfilled' ? 'ok' : 'down', kv: kv.status === 'fulfilled' ? 'ok' : 'down' };
    const ready = checks.db === 'ok' && checks.kv === 'ok';
    ctx.status = ready ? Http.ok : Http.unavailable;
    ctx.body = { status: ready ? 'ok' : 'unavailable', checks };
  });
}
