import type { Call } from '../src/rpc/api.js';
import type { ImgGenerateAnswer, ImgGenerateData, ImgValidateAnswer, ImgValidateData } from '../src/generated/schema-types.js';
import { DomainError } from '../src/errors.js';
import { CAPTCHA_ALPHABET, captchaHash, newRand, normaliseHash } from '../src/services/captcha.js';
import { kvKeys } from '../src/services/kv-keys.js';
import { legacyMember } from '../src/services/legacy-sets.js';

export async function generate(_data: ImgGenerateData, call: Call): Promise<ImgGenerateAnswer> {
  const { captcha } = call.deps.config;
  const code = call.deps.random.string(captcha.length, CAPTCHA_ALPHABET);
  const rand = newRand(call.deps.random);
  const image = await call.deps.captchas.draw(code, captcha);
  const hash = captchaHash(code, rand);
  // For local front-end work only (captcha.logCodes): anyone who reads this log can pass the captcha.
  if (captcha.logCodes) call.deps.log.info({ rand }, `image captcha code: ${code}`);
  await call.deps.kv.set(kvKeys.imgCaptcha(hash), '1', captcha.ttlSeconds, legacyMember(call.deps.config, 'img', hash));
  return { imgdata: image.bytes.toString('base64'), rand, mime: image.mime };
}

export async function validate(data: ImgValidateData, call: Call): Promise<ImgValidateAnswer> {
  const hash = normaliseHash(data.hash);
  const hit = hash !== null && (await call.deps.kv.take(kvKeys.imgCaptcha(hash), legacyMember(call.deps.config, 'img', hash))) !== null;
  call.deps.metrics.captcha.labels('img', hit ? 'hit' : 'miss').inc();
  if (!hit) throw new DomainError('hashUnknown');
  return {};
}
