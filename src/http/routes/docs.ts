import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type Router from '@koa/router';

/** The viewer's files, from the swagger-ui-dist package: the page loads nothing from another host. */
const swaggerDir = dirname(createRequire(import.meta.url).resolve('swagger-ui-dist/package.json'));
const ASSETS: Readonly<Record<string, string>> = {
  'swagger-ui.css': 'text/css; charset=utf-8',
  'swagger-ui-bundle.js': 'application/javascript; charset=utf-8',
};

/**
 * Every group open and every operation closed on the first load: each group's index shows its APIs and
 * their local statuses, and the page stays short; an opened API can be sent at once ("Try it out" is on).
 * The icon is inline, so the browser asks for no /favicon.ico.
 */
const PAGE = `<!doctype html>
<html lang="zh-CN">
<head>
  <meta charset="utf-8">
  <title>校园服务 API · Campus service API</title>
  <link rel="icon" href="data:image/svg+xml,%3Csvg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 16 16'%3E%3Crect width='16' height='16' rx='3' fill='%23062'/%3E%3C/svg%3E">
  <link rel="stylesheet" href="/docs/swagger-ui.css">
</head>
<body>
  <div id="swagger-ui"></div>
  <script src="/docs/swagger-ui-bundle.js"></script>
  <script>
    window.ui = SwaggerUIBundle({
      url: '/api/openapi.json',
      dom_id: '#swagger-ui',
      docExpansion: 'list',
      defaultModelsExpandDepth: -1,
      tryItOutEnabled: true,
      displayRequestDuration: true,
    });
  </script>
</body>
</html>
`;

/** GET /api/openapi.json (the document, built once at start) and GET /docs (a page built from it). */
export function docsRoutes(router: Router, openapi: object): void {
  const document = JSON.stringify(openapi);
  // The viewer's files are read when a browser first asks for them, not at every start.
  const assets = new Map<string, Buffer>();
  router.get('/api/openapi.json', (ctx) => {
    ctx.type = 'application/json; charset=utf-8';
    ctx.body = document;
  });
  router.get('/docs', (ctx) => {
    ctx.type = 'text/html; charset=utf-8';
    ctx.body = PAGE;
  });
  router.get('/docs/:file', (ctx) => {
    const file = ctx.params.file ?? '';
    const type = Object.hasOwn(ASSETS, file) ? ASSETS[file] : undefined;
    if (!type) return; // falls through to the 404 envelope
    if (!assets.has(file)) assets.set(file, readFileSync(join(swaggerDir, file)));
    ctx.type = type;
    ctx.set('Cache-Control', 'public, max-age=3600');
    ctx.body = assets.get(file);
  });
}
