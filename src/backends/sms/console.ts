import { maskPhone, type Logger } from '../../log.js';
import type { SmsSender } from './types.js';

/** The embedded default: writes the code to the log so a developer can register without a provider. */
export class ConsoleSmsSender implements SmsSender {
  constructor(private readonly log: Logger) {}

  async sendCode(phone: string, code: string, minutes: number, log: Logger = this.log): Promise<void> {
    log.info(`SMS to ${maskPhone(phone)}: code ${code} (valid ${minutes} min)`);
  }
}
