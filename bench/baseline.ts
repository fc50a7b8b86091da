/**
 * The baseline: a bare Koa app doing what img/validate does at its core (read a JSON body, GETDEL one
 * Redis key, answer JSON), with none of our chain. The benchmark runs it beside the service.
 */
import Koa from 'koa';
import { createClient } from 'redis';

const port = Number(process.argv[2] ?? 4099);
const redis = createClient({ url: process.env.BENCH_REDIS_URL ?? 'redis://127.0.0.1:6379' });
await redis.connect();

const app = new Koa();
app.use(async (ctx) => {
  const chunks: Buffer[] = [];
  for await (const chunk of ctx.req) chunks.push(chunk as Buffer);
  const body = JSON.parse(Buffer.concat(chunks).toString()) as { id: number; data: { hash: string } };
  const found = await redis.getDel(`bench:baseline:captcha:img:${body.data.hash}`);
  ctx.body = { id: body.id, status: found === null ? -1 : 0, message: found === null ? 'miss' : 'successful', data: {} };
});
app.listen(port, '127.0.0.1', () => process.stdout.write(`listening on http://127.0.0.1:${port}\n`));
