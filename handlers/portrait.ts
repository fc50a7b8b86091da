import type { Call } from '../src/api.js';
import type { PortraitUploadData } from '../src/schema-types.js';
import { DomainError } from '../src/errors.js';
import { requireCaller } from '../src/services/ownership.js';
import { decodeImage, portraitKey, publicBaseUrl } from '../src/services/portrait.js';

/** The first implementation let anyone overwrite anyone's avatar: now only the token's user writes its own. */
export async function upload(data: PortraitUploadData, call: Call): Promise<object> {
  requireCaller(data.id, call.userId, 'id');
  const image = decodeImage(data.base64, data.type, call.deps.config.portrait.maxBytes);
  try {
    await call.deps.objects.put(portraitKey(call.userId), image.bytes, image.mime);
  } catch (err) {
    throw new DomainError('storageFailed', undefined, { cause: err });
  }
  return { url: `${publicBaseUrl(call.deps.config.server)}/api/external/get/portrait/${call.userId}` };
}
