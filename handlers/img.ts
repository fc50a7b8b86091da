import type { Call } from '../src/api.js';
import { DomainError } from '../src/errors.js';
import { CAPTCHA_ALPHABET, captchaHash, drawCaptchaImage, imgCaptchaKey, newRand, normaliseHash } from '../src/services/captcha.js';

export async function generate(_data: Record<string, never>, call: Call): Promise<object> {
  const { captcha } = call.config;
  const code = call.random.string(captcha.length, CAPTCHA_ALPHABET);
  const rand = newRand(call.random);
  const image = await drawCaptchaImage(code, captcha);
  await call.kv.set(imgCaptchaKey(captchaHash(code, rand)), '1', captcha.ttlSeconds);
  return { imgdata: image.bytes.toString('base64'), rand, mime: image.mime };
}

export async function validate(data: { hash: string }, call: Call): Promise<object> {
  const hash = normaliseHash(data.hash);
  if (hash === null || (await call.kv.take(imgCaptchaKey(hash))) === null) throw new DomainError('hashUnknown');
  return {};
}
