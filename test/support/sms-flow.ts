import { captchaHash } from '../../src/services/captcha/captcha.js';
import type { ScriptedRandom } from './fakes.js';
import type { Answer, Harness } from './harness.js';

export const CAPTCHA = '/api/external/captcha';

let counter = 0;

/** Solves an image captcha the way a user would: the test scripted its code, so it can read it. */
export async function solvedImageHash(h: Harness, random: ScriptedRandom): Promise<string> {
  const code = 'ABCDE';
  const rand = `r${(counter++).toString(36).padStart(7, '0')}`;
  random.strings.push(code, rand);
  const answer = await h.post(CAPTCHA, 'img', 'generate', {});
  if (answer.status !== 0) throw new Error(`img/generate failed: ${answer.message}`);
  return captchaHash(code, rand);
}

export function requestSms(h: Harness, phone: unknown, hash: unknown, ip?: string): Promise<Answer> {
  const req = h.http.post(CAPTCHA);
  if (ip) req.set('X-Forwarded-For', ip);
  return req.send({ id: 1, type: 'sms', subtype: 'generate', data: { phone, hash } }).then((res) => res.body as Answer);
}

export function tencentConfig(endpoint: string, extra: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    sms: {
      driver: 'tencent',
      tencent: {
        secretId: 'AKIDfakeTestSecretId',
        secretKey: 'fakeTestSecretKey',
        appId: '1400000000',
        signName: '码三秃',
        templateId: '123456',
        endpoint,
        protocol: 'http://',
        timeoutSeconds: 1,
      },
      ...extra,
    },
  };
}
