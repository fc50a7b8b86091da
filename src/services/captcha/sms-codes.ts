import type { SmsGenerateAnswer, SmsGenerateData, SmsValidateAnswer, SmsValidateData } from '../../generated/schema-types.js';
import { DomainError } from '../../errors.js';
import { maskPhone } from '../../log.js';
import { captchaHash, newRand, normaliseHash } from './captcha.js';
import type { Deps } from '../deps.js';
import { kvKeys } from '../kv-keys.js';
import { legacyMember } from './legacy-sets.js';
import { DIGITS } from '../random.js';
import { HOUR, SmsLimits } from './sms-limits.js';

/** What sending and checking SMS codes needs. */
type SmsDeps = Pick<Deps, 'kv' | 'config' | 'random' | 'sms' | 'log' | 'metrics'>;

const SECONDS_PER_MINUTE = 60;

/** The 11-digit national number: "+8613812345678" and "8613812345678" are the same phone as "13812345678". */
function nationalNumber(phone: string): string {
  return phone.replace(/^\+?86(?=1\d{10}$)/, '');
}

/** sms/generate: a code sent to the phone once an image captcha is solved, within the limits; every refusal counted by its reason. */
export async function sendSmsCode(deps: SmsDeps, ip: string, data: SmsGenerateData): Promise<SmsGenerateAnswer> {
  try {
    return await sendCode(deps, ip, data);
  } catch (err) {
    if (err instanceof DomainError) deps.metrics.smsRefused.inc({ reason: err.failure });
    throw err;
  }
}

async function sendCode(deps: SmsDeps, ip: string, data: SmsGenerateData): Promise<SmsGenerateAnswer> {
  const phone = nationalNumber(data.phone);
  const imgHash = normaliseHash(data.hash);
  const { kv, config } = deps;
  const { sms } = config;
  const quota = await new SmsLimits(kv, sms).acquire(phone, ip);

  if (imgHash === null || (await kv.take(kvKeys.imgCaptcha(imgHash), legacyMember(config, 'img', imgHash))) === null) {
    // Nothing was sent: the phone's owner must not lose quota to someone else's bad hashes.
    await quota.releasePhone();
    throw new DomainError('hashUnknown', 'image captcha');
  }
  const code = deps.random.string(sms.codeLength, DIGITS);
  const rand = newRand(deps.random);
  try {
    await deps.sms.sendCode(`+86${phone}`, code, Math.ceil(sms.ttlSeconds / SECONDS_PER_MINUTE), deps.log);
  } catch (err) {
    await quota.releaseAll();
    throw err;
  }
  deps.log.info(`SMS code sent to ${maskPhone(phone)}`);
  deps.metrics.smsSent.inc();

  const hash = captchaHash(code, rand);
  const previous = await kv.get(kvKeys.smsPending(phone));
  if (previous !== null) await dropCode(previous, deps);
  await Promise.all([
    kv.set(kvKeys.smsCaptcha(hash), phone, sms.ttlSeconds, legacyMember(config, 'sms', hash)),
    kv.set(kvKeys.smsPending(phone), hash, sms.ttlSeconds),
    kv.del(kvKeys.smsFailures(phone)),
  ]);
  return { rand };
}

/** sms/validate: consumes an SMS code's hash (for its phone, when one is given), guesses capped. */
export async function validateSmsCode(deps: SmsDeps, ip: string, data: SmsValidateData): Promise<SmsValidateAnswer> {
  const hash = normaliseHash(data.hash);
  const phone = data.phone === undefined ? undefined : nationalNumber(data.phone);
  const { guessesPerIpHour, maxFailures, ttlSeconds } = deps.config.sms;
  // A failure naming a phone is charged to that phone, whose code is void after maxFailures; one without a
  // phone cannot be, so it is charged to the client. Cap, count and take are one atomic step.
  const guard =
    phone === undefined
      ? { counter: kvKeys.smsGuesses(ip), max: guessesPerIpHour, windowSeconds: HOUR }
      : { counter: kvKeys.smsFailures(phone), max: maxFailures, windowSeconds: ttlSeconds };
  // A malformed hash names no stored code (the empty one is never written), but it is a guess all the same.
  const member = hash === null ? undefined : legacyMember(deps.config, 'sms', hash);
  const result = await deps.kv.guardedTake(kvKeys.smsCaptcha(hash ?? ''), phone ?? null, guard, member);

  deps.metrics.captcha.labels('sms', result.outcome === 'taken' ? 'hit' : 'miss').inc();
  if (result.outcome === 'taken') {
    await deps.kv.del(kvKeys.smsPending(result.value), kvKeys.smsFailures(result.value));
    return {};
  }
  if (result.outcome === 'capped' && phone === undefined) throw new DomainError('tooManyRequests');
  if (result.outcome === 'missed' && phone !== undefined && result.failures >= maxFailures) await voidPendingCode(phone, deps);
  throw new DomainError('hashUnknown');
}

/** Guessing stops paying: the phone's pending code is gone, whatever the next guess. */
async function voidPendingCode(phone: string, deps: SmsDeps): Promise<void> {
  const pending = await deps.kv.take(kvKeys.smsPending(phone));
  if (pending !== null) await dropCode(pending, deps);
}

/** A code that can no longer be used: gone from the store, and from the Java side's set. */
async function dropCode(hash: string, deps: SmsDeps): Promise<void> {
  await deps.kv.take(kvKeys.smsCaptcha(hash), legacyMember(deps.config, 'sms', hash));
}
