import { createHash, createHmac } from 'node:crypto';
import http from 'node:http';
import { LoopbackServer } from './loopback-server.js';

export const FAKE_SECRET_ID = 'AKIDfakeTestSecretId';
export const FAKE_SECRET_KEY = 'fakeTestSecretKey';

/** How the fake answers the next SendSms calls. */
export type FakeSmsMode =
  | { kind: 'ok' }
  | { kind: 'sendStatus'; code: string; message: string }
  | { kind: 'error'; code: string; message: string }
  | { kind: 'http500' }
  | { kind: 'slow'; ms: number };

export interface ReceivedSms {
  phones: string[];
  params: string[];
  appId: string;
  signName: string;
  templateId: string;
}

const sha256 = (text: string | Buffer) => createHash('sha256').update(text).digest('hex');
const hmac = (key: string | Buffer, text: string) => createHmac('sha256', key).update(text).digest();

/**
 * A local stand-in for sms.tencentcloudapi.com, reached through the real SDK. It checks what the real
 * service checks first (the action and version headers, the TC3-HMAC-SHA256 signature over the body, the
 * body's fields) and answers as the real one does, so the SDK's request building and signing run for real.
 */
export class FakeTencentSms extends LoopbackServer {
  mode: FakeSmsMode = { kind: 'ok' };
  readonly received: ReceivedSms[] = [];

  private reply(res: http.ServerResponse, response: object): void {
    res.writeHead(200, { 'Content-Type': 'application/json' });
    res.end(JSON.stringify({ Response: { ...response, RequestId: 'fake-request-id' } }));
  }

  /** Recomputes the TC3-HMAC-SHA256 signature as Tencent's documentation defines it. */
  private signatureProblem(req: http.IncomingMessage, body: Buffer): string | null {
    const auth = req.headers.authorization ?? '';
    const m = /^TC3-HMAC-SHA256 Credential=([^/]+)\/(\d{4}-\d{2}-\d{2})\/([^/]+)\/tc3_request, SignedHeaders=([^,]+), Signature=([0-9a-f]{64})$/.exec(auth);
    if (!m) return `malformed Authorization: ${auth}`;
    const [, secretId, date, service, signedHeaders, signature] = m as unknown as [string, string, string, string, string, string];
    if (secretId !== FAKE_SECRET_ID) return 'unknown SecretId';
    const timestamp = Number(req.headers['x-tc-timestamp']);
    if (new Date(timestamp * 1000).toISOString().slice(0, 10) !== date) return 'date does not match X-TC-Timestamp';
    const headerValue = (name: string) =>
      name === 'host' ? String(req.headers.host).replace(/:\d+$/, '') : String(req.headers[name] ?? '').trim();
    const names = signedHeaders.split(';');
    const canonicalHeaders = names.map((name) => `${name}:${headerValue(name)}\n`).join('');
    const canonicalRequest = ['POST', '/', '', canonicalHeaders, signedHeaders, sha256(body)].join('\n');
    const scope = `${date}/${service}/tc3_request`;
    const toSign = ['TC3-HMAC-SHA256', String(timestamp), scope, sha256(canonicalRequest)].join('\n');
    const key = hmac(hmac(hmac(`TC3${FAKE_SECRET_KEY}`, date), service), 'tc3_request');
    const expected = createHmac('sha256', key).update(toSign).digest('hex');
    return expected === signature ? null : 'signature mismatch';
  }

  protected handle(req: http.IncomingMessage, res: http.ServerResponse): void {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const body = Buffer.concat(chunks);
      const problem =
        req.method !== 'POST'
          ? 'not POST'
          : req.headers['x-tc-action'] !== 'SendSms'
            ? `action ${String(req.headers['x-tc-action'])}`
            : req.headers['x-tc-version'] !== '2021-01-11'
              ? `version ${String(req.headers['x-tc-version'])}`
              : this.signatureProblem(req, body);
      if (problem) {
        this.rejected.push(problem);
        this.reply(res, { Error: { Code: 'AuthFailure.SignatureFailure', Message: problem } });
        return;
      }
      const payload = JSON.parse(body.toString()) as Record<string, unknown>;
      const sms: ReceivedSms = {
        phones: payload.PhoneNumberSet as string[],
        params: payload.TemplateParamSet as string[],
        appId: payload.SmsSdkAppId as string,
        signName: payload.SignName as string,
        templateId: payload.TemplateId as string,
      };
      const mode = this.mode;
      switch (mode.kind) {
        case 'ok':
          this.received.push(sms);
          this.reply(res, { SendStatusSet: sms.phones.map((p) => ({ PhoneNumber: p, Code: 'Ok', Message: 'send success', SerialNo: 'x', Fee: 1 })) });
          return;
        case 'sendStatus':
          this.reply(res, { SendStatusSet: sms.phones.map((p) => ({ PhoneNumber: p, Code: mode.code, Message: mode.message, SerialNo: '', Fee: 0 })) });
          return;
        case 'error':
          this.reply(res, { Error: { Code: mode.code, Message: mode.message } });
          return;
        case 'http500':
          res.writeHead(500, { 'Content-Type': 'text/plain' });
          res.end('internal error');
          return;
        case 'slow':
          setTimeout(() => this.reply(res, { SendStatusSet: [] }), mode.ms).unref();
          return;
      }
    });
  }
}
