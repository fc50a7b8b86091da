import type { Call } from '../src/api.js';
import { ApiError } from '../src/errors.js';
import { maskPhone } from '../src/log.js';
import { captchaHash, imgCaptchaKey, newRand, normaliseHash, smsCaptchaKey } from '../src/services/captcha.js';
import { DIGITS } from '../src/services/random.js';
import { HOUR, SmsLimits } from '../src/services/sms-limits.js';
import { Status } from '../src/status.js';

const SECONDS_PER_MINUTE = 60;

/** The 11-digit national number: "+8613812345678" and "8613812345678" are the same phone as "13812345678". */
export function nationalNumber(phone: string): string {
  return phone.replace(/^\+?86(?=1\d{10}$)/, '');
}

/** The one pending code per phone: a new code voids the previous one, and failures void it too. */
const pendingKey = (phone: string): string => `captcha:sms-phone:${phone}`;
const failuresKey = (phone: string): string => `ratelimit:sms:fail:${phone}`;
/** Guesses without a phone cannot void a code, so they are capped per client instead. */
const guessesKey = (ip: string): string => `ratelimit:sms:guess:${ip}`;

export async function generate(data: { phone: string; hash: string }, call: Call): Promise<object> {
  const phone = nationalNumber(data.phone);
  const imgHash = normaliseHash(data.hash);
  const { sms } = call.config;
  const quota = await new SmsLimits(call.kv, sms).acquire(phone, call.ip);

  if (imgHash === null || (await call.kv.take(imgCaptchaKey(imgHash))) === null) {
    // Nothing was sent: the phone's owner must not lose quota to someone else's bad hashes.
    await quota.releasePhone();
    throw new ApiError(Status.hash);
  }
  const code = call.random.string(sms.codeLength, DIGITS);
  const rand = newRand(call.random);
  try {
    await call.sms.sendCode(`+86${phone}`, code, Math.ceil(sms.ttlSeconds / SECONDS_PER_MINUTE));
  } catch (err) {
    await quota.releaseAll();
    throw err;
  }
  call.log.info(`SMS code sent to ${maskPhone(phone)}`);

  const hash = captchaHash(code, rand);
  const previous = await call.kv.get(pendingKey(phone));
  if (previous !== null) await call.kv.del(smsCaptchaKey(previous));
  await Promise.all([
    call.kv.set(smsCaptchaKey(hash), phone, sms.ttlSeconds),
    call.kv.set(pendingKey(phone), hash, sms.ttlSeconds),
    call.kv.del(failuresKey(phone)),
  ]);
  return { rand };
}

export async function validate(data: { hash: string; phone?: string }, call: Call): Promise<object> {
  const hash = normaliseHash(data.hash);
  const phone = data.phone === undefined ? undefined : nationalNumber(data.phone);
  const key = hash === null ? null : smsCaptchaKey(hash);
  const { guessesPerIpHour } = call.config.sms;
  if (phone === undefined && Number(await call.kv.get(guessesKey(call.ip))) >= guessesPerIpHour) {
    throw new ApiError(Status.tooManyRequests);
  }

  let owner: string | null = null;
  if (key !== null && phone === undefined) owner = await call.kv.take(key);
  if (key !== null && phone !== undefined && (await call.kv.takeIfEquals(key, phone)) === 'taken') owner = phone;

  if (owner !== null) {
    await call.kv.del(pendingKey(owner), failuresKey(owner));
    return {};
  }
  if (phone !== undefined) await countFailure(phone, call);
  else await call.kv.increment(guessesKey(call.ip), HOUR);
  throw new ApiError(Status.hash);
}

/** After `maxFailures` wrong guesses for one phone, its pending code is void: guessing stops paying. */
async function countFailure(phone: string, call: Call): Promise<void> {
  const { maxFailures, ttlSeconds } = call.config.sms;
  if ((await call.kv.increment(failuresKey(phone), ttlSeconds)) < maxFailures) return;
  const pending = await call.kv.take(pendingKey(phone));
  if (pending !== null) await call.kv.del(smsCaptchaKey(pending));
}
