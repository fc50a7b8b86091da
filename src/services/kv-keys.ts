/**
 * Every key the service writes to the key-value store, in one place: the layout operators and the Java
 * service read (docs/OPERATIONS.md). kv.prefix goes in front of each, added by the store itself; on a
 * Redis Cluster its hash tag, the first in every key, puts them all in one slot.
 */
export const kvKeys = {
  /** A live image captcha, by its hash; single-use. */
  imgCaptcha: (hash: string) => `captcha:img:${hash}`,
  /** A live SMS code, by its hash; the value is the phone it was sent to. */
  smsCaptcha: (hash: string) => `captcha:sms:${hash}`,
  /** The hash of the one pending SMS code of a phone: a new code voids the previous one. */
  smsPending: (phone: string) => `captcha:sms-phone:${phone}`,
  /** Failed sms/validate calls naming a phone; at sms.maxFailures its code is void. */
  smsFailures: (phone: string) => `ratelimit:sms:fail:${phone}`,
  /** Failed sms/validate calls without a phone, per client; capped by sms.guessesPerIpHour. */
  smsGuesses: (ip: string) => `ratelimit:sms:guess:${ip}`,
  /** sms/generate per client per hour. */
  smsPerClient: (ip: string) => `ratelimit:sms:ip:${ip}`,
  /** The per-phone cooldown between two codes. */
  smsCooldown: (phone: string) => `ratelimit:sms:cooldown:${phone}`,
  smsPerPhoneHour: (phone: string) => `ratelimit:sms:hour:${phone}`,
  smsPerPhoneDay: (phone: string) => `ratelimit:sms:day:${phone}`,
  /** pic/upload and portrait/upload calls of a user in the current minute (pic.uploadsPerMinute). */
  picUploads: (userId: string) => `ratelimit:pic:${userId}`,
  /** A token's user id, cached by the token's SHA-256 (the store must not become a list of live tokens). */
  tokenCache: (tokenDigest: string) => `token:${tokenDigest}`,
  /** A random value replaced by every write to the notices: cached searches of an older one are stale. */
  propertyGeneration: 'cache:property:generation',
} as const;
