import { createHash, createHmac } from 'node:crypto';
import http from 'node:http';
import { LoopbackServer } from './loopback-server.js';

export const COS_SECRET_ID = 'AKIDfakeCosSecretId';
export const COS_SECRET_KEY = 'fakeCosSecretKey';
export const COS_BUCKET = 'campus-1250000000';
export const COS_REGION = 'ap-shanghai';

export type FakeCosMode = 'ok' | 'http500' | 'reset';

const encode = (text: string) => encodeURIComponent(text).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
const pairs = (entries: [string, string][]) =>
  entries
    .map(([k, v]) => [encode(k).toLowerCase(), encode(v)] as const)
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([k, v]) => `${k}=${v}`)
    .join('&');

/**
 * A local stand-in for a COS bucket, reached through the real cos-nodejs-sdk-v5. It verifies the COS v5
 * request signature (q-sign-algorithm=sha1 …) and answers as COS does, including the XML error document
 * that a 404 carries.
 */
export class FakeCos extends LoopbackServer {
  readonly objects = new Map<string, { body: Buffer; contentType: string; etag: string }>();
  mode: FakeCosMode = 'ok';

  private signatureProblem(req: http.IncomingMessage, url: URL): string | null {
    const auth = new URLSearchParams(String(req.headers.authorization ?? ''));
    if (auth.get('q-sign-algorithm') !== 'sha1') return 'no COS signature';
    if (auth.get('q-ak') !== COS_SECRET_ID) return 'unknown SecretId';
    const keyTime = auth.get('q-key-time') ?? '';
    const [, end] = keyTime.split(';').map(Number);
    if (!end || end * 1000 < Date.now()) return 'signature expired';
    const headerNames = (auth.get('q-header-list') ?? '').split(';').filter(Boolean);
    const paramNames = (auth.get('q-url-param-list') ?? '').split(';').filter(Boolean);
    const params = pairs(paramNames.map((n) => [n, url.searchParams.get(n) ?? '']));
    // The SDK signs the bucket's own host name when it is sent to another domain; accept either.
    const hosts = [String(req.headers.host), `${COS_BUCKET}.cos.${COS_REGION}.myqcloud.com`];
    const signKey = createHmac('sha1', COS_SECRET_KEY).update(keyTime).digest('hex');
    for (const host of hosts) {
      const headers = pairs(headerNames.map((n) => [n, n === 'host' ? host : String(req.headers[n] ?? '')]));
      const http = [req.method!.toLowerCase(), decodeURIComponent(url.pathname), params, headers, ''].join('\n');
      const toSign = ['sha1', auth.get('q-sign-time'), createHash('sha1').update(http).digest('hex'), ''].join('\n');
      if (createHmac('sha1', signKey).update(toSign).digest('hex') === auth.get('q-signature')) return null;
    }
    return `signature mismatch for ${req.method} ${url.pathname}`;
  }

  private xmlError(res: http.ServerResponse, status: number, code: string): void {
    res.writeHead(status, { 'Content-Type': 'application/xml' });
    res.end(`<?xml version="1.0" encoding="UTF-8"?><Error><Code>${code}</Code><Message>${code}</Message></Error>`);
  }

  protected handle(req: http.IncomingMessage, res: http.ServerResponse): void {
    if (this.mode === 'reset') {
      req.socket.destroy();
      return;
    }
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      if (this.mode === 'http500') return this.xmlError(res, 500, 'InternalError');
      const url = new URL(req.url ?? '/', 'http://fake');
      const problem = this.signatureProblem(req, url);
      if (problem) {
        this.rejected.push(problem);
        return this.xmlError(res, 403, 'SignatureDoesNotMatch');
      }
      const key = decodeURIComponent(url.pathname.slice(1));
      const stored = this.objects.get(key);
      switch (req.method) {
        case 'PUT': {
          const body = Buffer.concat(chunks);
          const etag = createHash('md5').update(body).digest('hex');
          this.objects.set(key, { body, contentType: String(req.headers['content-type'] ?? 'application/octet-stream'), etag });
          res.writeHead(200, { ETag: `"${etag}"` });
          return res.end();
        }
        case 'GET':
        case 'HEAD':
          if (key === '') {
            res.writeHead(200);
            return res.end();
          }
          if (!stored) return this.xmlError(res, 404, 'NoSuchKey');
          res.writeHead(200, { 'Content-Type': stored.contentType, 'Content-Length': stored.body.length, ETag: `"${stored.etag}"` });
          return res.end(req.method === 'GET' ? stored.body : undefined);
        case 'DELETE':
          this.objects.delete(key);
          res.writeHead(204);
          return res.end();
        default:
          return this.xmlError(res, 405, 'MethodNotAllowed');
      }
    });
  }
}

export function cosConfig(fake: FakeCos): Record<string, unknown> {
  return {
    objects: {
      driver: 'cos',
      cos: { bucket: COS_BUCKET, region: COS_REGION, secretId: COS_SECRET_ID, secretKey: COS_SECRET_KEY, domain: fake.address, protocol: 'http:', timeoutMs: 2000 },
    },
  };
}
