import Router from '@koa/router';
import type { AppContext } from '../context.js';
import { tokenFromRequest } from '../envelope/auth.js';
import { envelope } from '../envelope/reply.js';
import { queryProperty } from '../services/property-query.js';
import { Status } from '../status.js';

/** The lost-and-found list. Unlike the POST APIs, its `data` is a list, and its id is always -1. */
export function propertyRoutes(router: Router, app: AppContext): void {
  router.get('/api/external/get/property', async (ctx) => {
    const params = { ...ctx.query };
    params.token ??= tokenFromRequest(ctx);
    ctx.body = envelope(-1, Status.ok, await queryProperty(params, app));
  });
}
