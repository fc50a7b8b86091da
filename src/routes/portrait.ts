import Router from '@koa/router';
import type { Context } from 'koa';
import type { AppContext } from '../context.js';
import { type Image, portraitKey, refererAllowed, renderPlaceholders } from '../services/portrait.js';
import { Http } from '../status.js';

const USER_ID = /^[0-9]{1,20}$/;

/**
 * GET /api/external/get/portrait/:id answers image bytes, never an envelope: the avatar, or a placeholder
 * ("ban" for a foreign Referer, "error" for an id that is not digits, "default" when there is none or
 * the object store cannot be read).
 */
export function portraitRoutes(router: Router, app: AppContext): void {
  const placeholders = renderPlaceholders();
  const { portrait } = app.config;

  const send = (ctx: Context, image: Image, cacheControl: string) => {
    const etag = `"${image.etag}"`;
    ctx.set('ETag', etag);
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

  router.get('/api/external/get/portrait/:id', async (ctx) => {
    // The ban answer must never be cached and replayed to the campus site itself.
    if (!refererAllowed(ctx.get('referer') || undefined, portrait)) return send(ctx, placeholders.ban, 'no-store');
    const id = ctx.params.id ?? '';
    if (!USER_ID.test(id)) return send(ctx, placeholders.error, 'no-cache');
    let stored;
    try {
      stored = await app.objects.get(portraitKey(id));
    } catch (err) {
      app.log.error({ err }, 'object store unavailable: answering the default avatar');
    }
    if (!stored) return send(ctx, placeholders.default, 'no-cache');
    // private: a shared cache must not hand a hotlinker what the campus site was shown.
    return send(ctx, { bytes: stored.body, mime: stored.contentType, etag: stored.etag }, `private, max-age=${portrait.cacheSeconds}`);
  });
}
