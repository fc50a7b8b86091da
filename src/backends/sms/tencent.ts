import * as tencentSms from 'tencentcloud-sdk-nodejs-sms';
import type { Config } from '../../config.js';
import { DomainError, type Failure } from '../../errors.js';
import type { SmsSender } from './types.js';

const SmsClient = tencentSms.sms.v20210111.Client;
type SmsClientInstance = InstanceType<typeof SmsClient>;

/** Tencent Cloud SMS API 3.0 codes that mean something to the caller (the edge gives them the legacy codes). */
const FAILURES: Readonly<Record<string, Failure>> = {
  'InvalidParameterValue.IncorrectPhoneNumber': 'phoneRefused',
  'LimitExceeded.PhoneNumberThirtySecondLimit': 'smsCooldown',
  'LimitExceeded.PhoneNumberOneHourLimit': 'smsHourlyCap',
  'LimitExceeded.PhoneNumberDailyLimit': 'smsDailyCap',
};

export function providerError(code: string | undefined, message: string | undefined, cause?: unknown): DomainError {
  return new DomainError((code && FAILURES[code]) || 'smsFailed', message || code || 'no answer from the SMS provider', { cause });
}

export class TencentSmsSender implements SmsSender {
  private readonly client: SmsClientInstance;

  constructor(private readonly options: Config['sms']['tencent']) {
    this.client = new SmsClient({
      credential: { secretId: options.secretId, secretKey: options.secretKey },
      region: options.region,
      profile: {
        signMethod: 'TC3-HMAC-SHA256',
        httpProfile: { endpoint: options.endpoint, protocol: options.protocol, reqMethod: 'POST', reqTimeout: options.timeoutSeconds },
      },
    });
  }

  async sendCode(phone: string, code: string, minutes: number): Promise<void> {
    let response;
    try {
      response = await this.client.SendSms({
        SmsSdkAppId: this.options.appId,
        SignName: this.options.signName,
        TemplateId: this.options.templateId,
        TemplateParamSet: [code, String(minutes)],
        PhoneNumberSet: [phone],
      });
    } catch (err) {
      // TencentCloudSDKHttpException: an Error answer (code set) or a transport failure (no code).
      const e = err as { code?: string; message?: string };
      throw providerError(e.code, e.message, e.code ? undefined : err);
    }
    // The call can succeed while the message itself was refused: each number has its own status.
    const sent = response.SendStatusSet?.[0];
    if (!sent) throw providerError(undefined, 'the SMS provider returned no send status');
    if (sent.Code !== 'Ok') throw providerError(sent.Code, sent.Message);
  }
}
