import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Config } from '../config.js';
import { projectRoot } from '../paths.js';
import { DomainError } from '../errors.js';

export const portraitKey = (userId: string): string => `portrait/${userId}`;
/** Where a picture's bytes live in the object store (from and name are checked by the schema first). */
export const picKey = (from: string, name: string): string => `pic/${from}/${name}`;

/** What each accepted `type` must look like in its first bytes: the declared type is never trusted alone. */
const FORMATS: Record<string, { mime: string; matches: (b: Buffer) => boolean }> = {
  png: { mime: 'image/png', matches: (b) => b.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) },
  jpeg: { mime: 'image/jpeg', matches: (b) => b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff },
  gif: { mime: 'image/gif', matches: (b) => ['GIF87a', 'GIF89a'].includes(b.subarray(0, 6).toString('latin1')) },
  webp: { mime: 'image/webp', matches: (b) => b.subarray(0, 4).toString('latin1') === 'RIFF' && b.subarray(8, 12).toString('latin1') === 'WEBP' },
};
const TYPE_ALIASES: Record<string, string> = { jpg: 'jpeg' };

const DATA_URL_PREFIX = /^data:image\/[a-z0-9.+-]+;base64,/i;
const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;

export interface DecodedImage {
  bytes: Buffer;
  mime: string;
}

/**
 * Decodes an uploaded image: malformed when it is not base64, invalid when too large, not a PNG, JPEG,
 * GIF or WebP, or not the declared type. Without a declared type, the bytes say which it is.
 */
export function decodeImage(base64: string, declaredType: string | undefined, maxBytes: number): DecodedImage {
  const text = base64.replace(DATA_URL_PREFIX, '').replace(/\s+/g, '');
  if (text.length % 4 !== 0 || !BASE64.test(text)) throw new DomainError('malformed', 'base64');
  // Checked before decoding: an oversize upload costs no allocation.
  const size = (text.length / 4) * 3 - (text.endsWith('==') ? 2 : text.endsWith('=') ? 1 : 0);
  if (size > maxBytes) throw new DomainError('invalid', `image larger than ${maxBytes} bytes`);
  if (size === 0) throw new DomainError('empty', 'base64');
  if (declaredType === undefined) {
    const bytes = Buffer.from(text, 'base64');
    const format = Object.values(FORMATS).find((f) => f.matches(bytes));
    if (!format) throw new DomainError('invalid', 'the data is not a PNG, JPEG, GIF or WebP image');
    return { bytes, mime: format.mime };
  }
  const format = FORMATS[TYPE_ALIASES[declaredType.toLowerCase()] ?? declaredType.toLowerCase()];
  if (!format) throw new DomainError('invalid', 'type');
  const bytes = Buffer.from(text, 'base64');
  if (!format.matches(bytes)) throw new DomainError('invalid', `the data is not a ${declaredType} image`);
  return { bytes, mime: format.mime };
}

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
