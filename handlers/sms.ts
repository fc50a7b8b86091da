import type { Call } from '../src/rpc/api.js';
import type { SmsGenerateData, SmsValidateData } from '../src/generated/schema-types.js';
import { sendSmsCode, validateSmsCode } from '../src/services/captcha/sms-codes.js';

export const generate = (data: SmsGenerateData, call: Call) => sendSmsCode(call.deps, call.ip, data);
export const validate = (data: SmsValidateData, call: Call) => validateSmsCode(call.deps, call.ip, data);
