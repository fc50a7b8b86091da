/** Sends one verification code by SMS. Throws an ApiError carrying the provider's status on refusal. */
export interface SmsSender {
  /** `phone` is E.164 ("+8613812345678"); the code is valid for `minutes`. */
  sendCode(phone: string, code: string, minutes: number): Promise<void>;
}
