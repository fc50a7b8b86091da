import type { KeyValueStore } from '../../backends/kv/types.js';
import type { Config } from '../../config.js';
import { DomainError, type Failure } from '../../errors.js';
import { kvKeys } from '../kv-keys.js';

export const HOUR = 3600;
const DAY = 24 * HOUR;

/** What one sms/generate attempt has counted, so that it can be given back. */
export interface SmsQuota {
  /** Gives back the per-phone counts (the attempt sent nothing the phone's owner should pay for). */
  releasePhone(): Promise<void>;
  /** Gives back everything, the per-client count too (the provider refused the message). */
  releaseAll(): Promise<void>;
}

/**
 * The abuse limits on sms/generate, counted in the kv store so that every process shares them. The
 * per-client cap is checked first, so a flood from one client never touches a victim's phone counters.
 */
export class SmsLimits {
  constructor(
    private readonly kv: KeyValueStore,
    private readonly config: Config['sms'],
  ) {}

  async acquire(phone: string, ip: string): Promise<SmsQuota> {
    const { cooldownSeconds, perPhoneHour, perPhoneDay, perIpHour } = this.config;
    const ipKey = kvKeys.smsPerClient(ip);
    const cooldownKey = kvKeys.smsCooldown(phone);
    const phoneCounted: string[] = [];
    let cooling = false;

    const releaseIp = async () => {
      await this.kv.increment(ipKey, HOUR, -1);
    };
    const releasePhone = async () => {
      await Promise.all(phoneCounted.map((key) => this.kv.increment(key, HOUR, -1)));
      if (cooling) await this.kv.del(cooldownKey);
    };
    const refuse = async (failure: Failure, limit: string): Promise<never> => {
      await releasePhone();
      await releaseIp();
      throw new DomainError(failure, limit);
    };

    if ((await this.kv.increment(ipKey, HOUR)) > perIpHour) await refuse('tooManyRequests', `at most ${perIpHour} codes an hour from one client`);
    if (cooldownSeconds > 0) {
      if (!(await this.kv.setIfAbsent(cooldownKey, '1', cooldownSeconds))) await refuse('smsCooldown', `one code every ${cooldownSeconds} s`);
      cooling = true;
    }
    const caps: [string, number, number, Failure, string][] = [
      [kvKeys.smsPerPhoneHour(phone), HOUR, perPhoneHour, 'smsHourlyCap', 'an hour'],
      [kvKeys.smsPerPhoneDay(phone), DAY, perPhoneDay, 'smsDailyCap', 'a day'],
    ];
    for (const [key, window, cap, failure, per] of caps) {
      phoneCounted.push(key);
      if ((await this.kv.increment(key, window)) > cap) await refuse(failure, `at most ${cap} codes ${per}`);
    }
    return {
      releasePhone,
      releaseAll: async () => {
        await releasePhone();
        await releaseIp();
      },
    };
  }
}
