import { Readable } from 'node:stream';
import type Router from '@koa/router';
import type { Context } from 'koa';
import bodyParser from 'koa-bodyparser';
import type { Config } from '../config.js';
import { ApiError } from '../errors.js';
import { Http, Status } from '../status.js';
import { tokenFromRequest } from './auth.js';
import type { Dispatcher } from '../rpc/dispatcher.js';
import { BatchAnswer } from '../rpc/reply.js';

/** How deep a body's JSON may nest: an envelope batch is three levels, its data a few more. */
const MAX_DEPTH = 64;

/** Whether `value` nests arrays and objects deeper than `max` levels (walked without recursion). */
function nestedDeeperThan(value: unknown, max: number): boolean {
  const stack: [unknown, number][] = [[value, 1]];
  for (let next = stack.pop(); next; next = stack.pop()) {
    const [node, depth] = next;
    if (typeof node !== 'object' || node === null) continue;
    if (depth > max) return true;
    for (const child of Object.values(node)) if (typeof child === 'object' && child !== null) stack.push([child, depth + 1]);
  }
  return false;
}

/**
 * Reads the body as JSON whatever its Content-Type says (the first clients send text/plain and form
 * types): koa-bodyparser's detectJSON takes every request as JSON, and inflates gzip and deflate bodies.
 */
function bodyReader(limit: number) {
  const parse = bodyParser({ enableTypes: ['json'], detectJSON: () => true, jsonLimit: String(limit) });
  return async (ctx: Context): Promise<unknown> => {
    try {
      await parse(ctx, async () => undefined);
    } catch (err) {
      const e = err as { type?: string; status?: number };
      if (e.type === 'entity.too.large') throw new ApiError(Status.jsonValue, `body larger than ${limit} bytes`, { httpStatus: Http.payloadTooLarge });
      // The client went away mid-body: nobody is left to answer, and one log line per abort would let
      // anyone flood the error log. The request's own debug line records it.
      if (e.type === 'request.aborted') throw new ApiError(Status.jsonValue, 'request aborted');
      if (e.status === Http.unsupportedMediaType) throw new ApiError(Status.jsonValue, 'unsupported Content-Encoding', { httpStatus: Http.unsupportedMediaType });
      throw new ApiError(Status.jsonValue, 'body is not JSON');
    }
    // The parser answers an empty body with {}: its raw text tells that nothing was sent.
    if (ctx.request.rawBody === '') throw new ApiError(Status.jsonValue, 'body is empty');
    // Everything after this walks the body, some of it recursively.
    if (nestedDeeperThan(ctx.request.body, MAX_DEPTH)) throw new ApiError(Status.jsonValue, `JSON nested deeper than ${MAX_DEPTH} levels`);
    return ctx.request.body;
  };
}

/** Every path of `paths` below every one of `bases` (the single endpoint "" below "" is "/"). */
function underBases(bases: readonly string[], paths: Iterable<string>): { full: string; path: string }[] {
  const all = [...paths];
  return bases.flatMap((base) => all.map((path) => ({ full: `${base}${path}` || '/', path })));
}

/** The POST paths: read the body, hand it to the dispatcher with what HTTP knows of the caller, answer. */
export function postRoutes(router: Router, dispatcher: Dispatcher, config: Config['server']): void {
  const readBody = bodyReader(config.bodyLimitBytes);
  for (const { full, path } of underBases(config.basePaths, dispatcher.paths.keys())) {
    router.post(full, async (ctx) => {
      const body = await readBody(ctx);
      const answer = await dispatcher.receive(body, { url: path, token: tokenFromRequest(ctx), ip: ctx.ip });
      if (answer instanceof BatchAnswer) {
        ctx.type = 'application/json; charset=utf-8';
        ctx.body = Readable.from(answer.json, { objectMode: false });
        ctx.state.batch = answer;
      } else ctx.body = answer;
    });
  }
}
