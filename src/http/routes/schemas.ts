import Router from '@koa/router';
import type { SchemaFiles } from '../../schemas.js';

/** GET /api/schemas: the index; GET /api/schemas/<file>: the file exactly as stored. */
export function schemaRoutes(router: Router, files: SchemaFiles): void {
  const index = [...files.keys()].map((name) => {
    const [type, subtype] = name.replace(/\.json$/, '').split('.');
    return { type, subtype: subtype ?? null, url: `/api/schemas/${name}` };
  });
  router.get('/api/schemas', (ctx) => {
    ctx.body = index;
  });
  router.get('/api/schemas/:file', (ctx) => {
    const file = files.get(ctx.params.file ?? '');
    if (!file) return; // falls through to the 404 envelope
    ctx.type = 'application/schema+json; charset=utf-8';
    ctx.body = file.text;
  });
}
