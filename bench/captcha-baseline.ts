/**
 * The straightforward route the benchmark compares img/generate with: a bare Koa app that draws
 * svg-captcha's SVG and renders it to PNG with @resvg/resvg-js (what the service did in round 1).
 */
import { createRequire } from 'node:module';
import { renderAsync } from '@resvg/resvg-js';
import Koa from 'koa';

const draw = createRequire(import.meta.url)('svg-captcha') as (text: string, options: object) => string;
const port = Number(process.argv[2] ?? 4098);
const app = new Koa();
app.use(async (ctx) => {
  for await (const _ of ctx.req) void _;
  const svg = draw('ABCDE', { width: 150, height: 50, noise: 3, color: true, background: '#f4f6f8' });
  const png = (await renderAsync(svg, { fitTo: { mode: 'original' } })).asPng();
  ctx.body = { id: 1, status: 0, message: 'successful', data: { imgdata: png.toString('base64'), rand: 'N1zjBXvX', mime: 'image/png' } };
});
app.listen(port, '127.0.0.1', () => process.stdout.write(`listening on http://127.0.0.1:${port}\n`));
