import type { Call } from '../src/rpc/api.js';
import type { ImgGenerateData, ImgValidateData } from '../src/generated/schema-types.js';
import { generateImageCaptcha, validateImageCaptcha } from '../src/services/captcha/image-captchas.js';

export const generate = (_data: ImgGenerateData, call: Call) => generateImageCaptcha(call.deps);
export const validate = (data: ImgValidateData, call: Call) => validateImageCaptcha(call.deps, data.hash);
