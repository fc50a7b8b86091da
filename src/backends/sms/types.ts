import type { Logger } from '../../log.js';

/** Sends one verification code by SMS. Throws a DomainError saying why the provider refused. */
export interface SmsSender {
  /**
   * `phone` is E.164 ("+8613812345678"); the code is valid for `minutes`. `log`: the request's, for a
   * sender whose lines belong with it.
   */
  sendCode(phone: string, code: string, minutes: number, log?: Logger): Promise<void>;
}
