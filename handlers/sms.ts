import type { Call } from '../src/rpc/api.js';
import type { SmsGenerateAnswer, SmsGenerateData, SmsValidateAnswer, SmsValidateData } from '../src/generated/schema-types.js';
import { DomainError } from '../src/errors.js';
import { maskPhone } from '../src/log.js';
import { captchaHash, newRand, normaliseHash } from '../src/services/captcha.js';
import { kvKeys } from '../src/services/kv-keys.js';
import { legacyMember } from '../src/services/legacy-sets.js';
import { DIGITS } from '../src/services/random.js';
import { HOUR, SmsLimits } from '../src/services/sms-limits.js';

const SECONDS_PER_MINUTE = 60;

/** The 11-digit national number: "+8613812345678" and "8613812345678" are the same phone as "13812345678". */
function nationalNumber(phone: string): string {
  return phone.replace(/^\+?86(?=1\d{10}$)/, '');
}

/** sms/generate, with every refusal counted by its reason (limits, a bad image hash, the provider). */
export async function generate(data: SmsGenerateData, call: Call): Promise<SmsGenerateAnswer> {
  try {
    return await sendCode(data, call);
  } catch (err) {
    if (err instanceof DomainError) call.deps.metrics.smsRefused.inc({ reason: err.failure });
    throw err;
  }
}

async function sendCode(data: SmsGenerateData, call: Call): Promise<SmsGenerateAnswer> {
  const phone = nationalNumber(data.phone);
  const imgHash = normaliseHash(data.hash);
  const { kv, config } = call.deps;
  const { sms } = config;
  const quota = await new SmsLimits(kv, sms).acquire(phone, call.ip);

  if (imgHash === null || (await kv.take(kvKeys.imgCaptcha(imgHash), legacyMember(config, 'img', imgHash))) === null) {
    // Nothing was sent: the phone's owner must not lose quota to someone else's bad hashes.
    await quota.releasePhone();
    throw new DomainError('hashUnknown', 'image captcha');
  }
  const code = call.deps.random.string(sms.codeLength, DIGITS);
  const rand = newRand(call.deps.random);
  try {
    await call.deps.sms.sendCode(`+86${phone}`, code, Math.ceil(sms.ttlSeconds / SECONDS_PER_MINUTE));
  } catch (err) {
    await quota.releaseAll();
    throw err;
  }
  call.deps.log.info(`SMS code sent to ${maskPhone(phone)}`);
  call.deps.metrics.smsSent.inc();

  const hash = captchaHash(code, rand);
  const previous = await kv.get(kvKeys.smsPending(phone));
  if (previous !== null) await dropCode(previous, call);
  await Promise.all([
    kv.set(kvKeys.smsCaptcha(hash), phone, sms.ttlSeconds, legacyMember(config, 'sms', hash)),
    kv.set(kvKeys.smsPending(phone), hash, sms.ttlSeconds),
    kv.del(kvKeys.smsFailures(phone)),
  ]);
  return { rand };
}

export async function validate(data: SmsValidateData, call: Call): Promise<SmsValidateAnswer> {
  const hash = normaliseHash(data.hash);
  const phone = data.phone === undefined ? undefined : nationalNumber(data.phone);
  const { guessesPerIpHour, maxFailures, ttlSeconds } = call.deps.config.sms;
  // A failure naming a phone is charged to that phone, whose code is void after maxFailures; one without a
  // phone cannot be, so it is charged to the client. Cap, count and take are one atomic step.
  const guard =
    phone === undefined
      ? { counter: kvKeys.smsGuesses(call.ip), max: guessesPerIpHour, windowSeconds: HOUR }
      : { counter: kvKeys.smsFailures(phone), max: maxFailures, windowSeconds: ttlSeconds };
  // A malformed hash names no stored code (the empty one is never written), but it is a guess all the same.
  const member = hash === null ? undefined : legacyMember(call.deps.config, 'sms', hash);
  const result = await call.deps.kv.guardedTake(kvKeys.smsCaptcha(hash ?? ''), phone ?? null, guard, member);

  call.deps.metrics.captcha.labels('sms', result.outcome === 'taken' ? 'hit' : 'miss').inc();
  if (result.outcome === 'taken') {
    await call.deps.kv.del(kvKeys.smsPending(result.value), kvKeys.smsFailures(result.value));
    return {};
  }
  if (result.outcome === 'capped' && phone === undefined) throw new DomainError('tooManyRequests');
  if (result.outcome === 'missed' && phone !== undefined && result.failures >= maxFailures) await voidPendingCode(phone, call);
  throw new DomainError('hashUnknown');
}

/** Guessing stops paying: the phone's pending code is gone, whatever the next guess. */
async function voidPendingCode(phone: string, call: Call): Promise<void> {
  const pending = await call.deps.kv.take(kvKeys.smsPending(phone));
  if (pending !== null) await dropCode(pending, call);
}

/** A code that can no longer be used: gone from the store, and from the Java side's set. */
async function dropCode(hash: string, call: Call): Promise<void> {
  await call.deps.kv.take(kvKeys.smsCaptcha(hash), legacyMember(call.deps.config, 'sms', hash));
}
