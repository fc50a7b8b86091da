import type { ImgGenerateAnswer, ImgValidateAnswer } from '../../generated/schema-types.js';
import { DomainError } from '../../errors.js';
import { CAPTCHA_ALPHABET, captchaHash, newRand, normaliseHash } from './captcha.js';
import type { Deps } from '../deps.js';
import { kvKeys } from '../kv-keys.js';
import { legacyMember } from './legacy-sets.js';

/**
 * A new image captcha: its code drawn off the event loop, its hash (of the code and a public rand) kept
 * for captcha.ttlSeconds, single-use, and in the Java service's set when captcha.legacySets says so.
 */
export async function generateImageCaptcha(deps: Pick<Deps, 'config' | 'random' | 'captchas' | 'log' | 'kv'>): Promise<ImgGenerateAnswer> {
  const { captcha } = deps.config;
  const code = deps.random.string(captcha.length, CAPTCHA_ALPHABET);
  const rand = newRand(deps.random);
  const image = await deps.captchas.draw(code, captcha);
  const hash = captchaHash(code, rand);
  // For local front-end work only (captcha.logCodes): anyone who reads this log can pass the captcha.
  if (captcha.logCodes) deps.log.info({ rand }, `image captcha code: ${code}`);
  await deps.kv.set(kvKeys.imgCaptcha(hash), '1', captcha.ttlSeconds, legacyMember(deps.config, 'img', hash));
  return { imgdata: image.bytes.toString('base64'), rand, mime: image.mime };
}

/** Consumes an image captcha's hash: its first use passes, any other is hashUnknown. */
export async function validateImageCaptcha(deps: Pick<Deps, 'config' | 'kv' | 'metrics'>, givenHash: string): Promise<ImgValidateAnswer> {
  const hash = normaliseHash(givenHash);
  const hit = hash !== null && (await deps.kv.take(kvKeys.imgCaptcha(hash), legacyMember(deps.config, 'img', hash))) !== null;
  deps.metrics.captcha.labels('img', hit ? 'hit' : 'miss').inc();
  if (!hit) throw new DomainError('hashUnknown');
  return {};
}
