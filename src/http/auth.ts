import type { Context } from 'koa';

const BEARER = /^Bearer\s+(.*?)\s*$/i;

/**
 * The caller's token: `?token=` as documented, or an `Authorization: Bearer` header. Malformed
 * credentials ("Bearer a b") are handed on as they are, to be refused as a bad token, not as a missing one.
 */
export function tokenFromRequest(ctx: Context): string | undefined {
  const query = ctx.query.token;
  const fromQuery = Array.isArray(query) ? query[0] : query;
  if (fromQuery) return fromQuery;
  const header = ctx.get('authorization');
  return header ? BEARER.exec(header)?.[1] : undefined;
}
