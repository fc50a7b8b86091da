import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Config } from '../../config.js';
import { projectRoot } from '../../paths.js';

export interface Image {
  bytes: Buffer;
  mime: string;
  etag: string;
}

export type Placeholder = 'default' | 'error' | 'ban';

const assetsDir = resolve(projectRoot, 'assets', 'portrait');

let rendered: Promise<Record<Placeholder, Image>> | undefined;

/**
 * The three placeholders are the project's own SVG artwork, rendered to PNG once per process, when first
 * asked for: the renderer (resvg) is loaded only then, so a process that never serves one does not carry it.
 */
export function placeholders(): Promise<Record<Placeholder, Image>> {
  rendered ??= (async () => {
    const { Resvg } = await import('@resvg/resvg-js');
    const render = (name: Placeholder): Image => {
      const bytes = new Resvg(readFileSync(resolve(assetsDir, `${name}.svg`))).render().asPng();
      return { bytes, mime: 'image/png', etag: createHash('sha256').update(bytes).digest('hex').slice(0, 32) };
    };
    return { default: render('default'), error: render('error'), ban: render('ban') };
  })().catch((err: unknown) => {
    rendered = undefined;
    throw err;
  });
  return rendered;
}

/**
 * Hotlink protection: the Referer's origin must be on the allow-list, compared exactly (so
 * https://evil.example/?www.zustservice.cn is not mistaken for the campus site).
 */
export function refererAllowed(referer: string | undefined, config: Config['portrait']): boolean {
  if (!referer) return config.allowMissingReferer;
  let origin: string;
  try {
    origin = new URL(referer).origin;
  } catch {
    return false;
  }
  return config.allowedOrigins.some((allowed) => {
    try {
      return new URL(allowed).origin === origin;
    } catch {
      return false;
    }
  });
}

/** The base of URLs handed to clients: the configured public one, or where this process listens. */
export function publicBaseUrl(server: Config['server']): string {
  return (server.publicBaseUrl || `http://${server.host}:${server.port}`).replace(/\/+$/, '');
}

/** The URL a client is given for `path` (an API path, "/get/pic/shop/x"): below the first of server.basePaths. */
export function publicUrl(server: Config['server'], path: string): string {
  return `${publicBaseUrl(server)}${server.basePaths[0] ?? ''}${path}`;
}
