import type Router from '@koa/router';
import type { AppContext } from '../../context.js';
import { tokenFromRequest } from '../auth.js';
import { envelope } from '../../rpc/reply.js';
import { type DataValidator, dataValidator, type SchemaValidators } from '../../rpc/validate.js';
import type { PropertyQueryData } from '../../generated/schema-types.js';
import { queryProperty } from '../../services/lostfound/property-query.js';
import { Status } from '../../status.js';
import { getStatusOf } from './failures.js';
import { forRequest } from '../../request-context.js';
import { reqIdOf } from '../request-id.js';

const PATH = '/get/property';

/**
 * The lost-and-found list. Unlike the POST APIs, its `data` is a list, and its id is always -1. The query
 * is checked by its schema (its own status family), then the token, as for every POST.
 */
export function propertyRoutes(router: Router, app: AppContext, validators: SchemaValidators, bases: readonly string[]): void {
  const validate: DataValidator<PropertyQueryData> = dataValidator(validators, 'property.query.json', 'query');
  for (const base of bases) router.get(`${base}${PATH}`, async (ctx) => {
    const params: Record<string, unknown> = { ...ctx.query };
    const token = tokenFromRequest(ctx);
    if (params.token === undefined && token !== undefined) params.token = token;
    const deps = forRequest(app, reqIdOf(ctx));
    try {
      validate(params);
      await deps.tokens.userFor(params.token, deps.log);
      ctx.body = envelope(-1, Status.ok, await queryProperty(params, deps));
    } catch (err) {
      const { status, detail } = getStatusOf(err, deps, PATH);
      ctx.body = envelope(-1, status, {}, detail);
    }
  });
}
