import type Router from '@koa/router';
import type { Context } from 'koa';
import type { AppContext } from '../../context.js';
import type { ImageFormat } from '../../backends/images/types.js';
import type { StoredObject } from '../../backends/objects/types.js';
import { DomainError } from '../../errors.js';
import { nearestWidth, picKey, portraitKey, sizedCopy } from '../../services/market/pictures.js';
import { type Image, refererAllowed, placeholders, type Placeholder } from '../../services/market/portrait.js';
import { isUserId } from '../../services/accounts/user-ids.js';
import { Http } from '../../status.js';
import { requestLog } from '../../request-context.js';
import { reqIdOf } from '../request-id.js';

const PIC_FROM: ReadonlySet<string> = new Set(['property', 'shop', 'product']);
const PIC_NAME = /^[A-Za-z0-9_-]{1,64}$/;
const WIDTH = /^[0-9]{1,9}$/;
/** What a sized copy may be made as, in the service's order of preference. */
const COPY_TYPES: readonly [string, ImageFormat][] = [
  ['image/webp', 'webp'],
  ['image/jpeg', 'jpeg'],
  ['image/png', 'png'],
];

/**
 * GET /api/external/get/portrait/:id and /api/external/get/pic/:from/:name answer image bytes, never an
 * envelope: the stored image, or a placeholder ("ban" for a foreign Referer, "error" for a malformed or
 * unknown picture, "default" for a user without an avatar).
 */
export function imageRoutes(router: Router, app: AppContext, bases: readonly string[]): void {
  const { portrait } = app.config;

  const send = (ctx: Context, image: Image, cacheControl: string) => {
    ctx.set('ETag', `"${image.etag}"`);
    ctx.set('Cache-Control', cacheControl);
    ctx.set('X-Content-Type-Options', 'nosniff');
    ctx.vary('Referer');
    // ctx.fresh reads If-None-Match as HTTP does: weak validators (W/"x") and lists ("a", "x") match too.
    ctx.status = Http.ok;
    if (ctx.fresh) {
      ctx.status = Http.notModified;
      return;
    }
    ctx.type = image.mime;
    ctx.body = image.bytes;
  };

  const sendPlaceholder = async (ctx: Context, name: Placeholder, cacheControl: string) => send(ctx, (await placeholders())[name], cacheControl);

  /**
   * A `?w=` asks for a sized copy: the nearest of pic.widths, as WebP unless the client's Accept takes
   * only JPEG or PNG. Any other `w` is no width at all.
   */
  const sized = (ctx: Context): { width: number; format: ImageFormat } | undefined => {
    const w = ctx.query.w;
    if (typeof w !== 'string' || !WIDTH.test(w)) return undefined;
    ctx.vary('Accept');
    const accepted = ctx.accepts(COPY_TYPES.map(([mime]) => mime));
    const format = COPY_TYPES.find(([mime]) => mime === accepted)?.[1] ?? 'webp';
    return { width: nearestWidth(app.config.pic.widths, Number(w)), format };
  };

  /** The stored object under `key`, or the `fallback` placeholder when there is none or the store cannot be read. */
  const serve = async (ctx: Context, key: string | null, fallback: Placeholder) => {
    // The ban answer must never be cached and replayed to the campus site itself.
    if (!refererAllowed(ctx.get('referer') || undefined, portrait)) {
      requestLog(app.log, reqIdOf(ctx)).debug({ path: ctx.path }, 'image refused: the Referer is not in portrait.allowedOrigins');
      return sendPlaceholder(ctx, 'ban', 'no-store');
    }
    if (key === null) return sendPlaceholder(ctx, 'error', 'no-cache');
    const size = sized(ctx);
    let stored: StoredObject | null = null;
    // private: a shared cache must not hand a hotlinker what the campus site was shown.
    let cache = `private, max-age=${portrait.cacheSeconds}`;
    try {
      stored = size ? await sizedCopy(app, key, size.width, size.format) : await app.objects.get(key);
    } catch (err) {
      if (err instanceof DomainError && err.failure === 'tooManyRequests') {
        // Too many pictures wait to be made: the picture itself now, its copy when asked again.
        stored = await app.objects.get(key).catch(() => null);
        cache = 'no-cache';
      } else requestLog(app.log, reqIdOf(ctx)).error({ err }, 'picture unavailable (object store or image library): answering a placeholder');
    }
    if (!stored) return sendPlaceholder(ctx, fallback, 'no-cache');
    return send(ctx, { bytes: stored.body, mime: stored.contentType, etag: stored.etag }, cache);
  };

  for (const base of bases) {
    router.get(`${base}/get/portrait/:id`, async (ctx) => {
      const id = ctx.params.id ?? '';
      await serve(ctx, isUserId(id) ? portraitKey(id) : null, 'default');
    });

    router.get(`${base}/get/pic/:from/:name`, async (ctx) => {
      const { from = '', name = '' } = ctx.params;
      const key = from === 'portrait' ? (isUserId(name) ? portraitKey(name) : null) : PIC_FROM.has(from) && PIC_NAME.test(name) ? picKey(from, name) : null;
      await serve(ctx, key, 'error');
    });
  }
}
