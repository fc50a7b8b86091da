import type { Call } from '../src/api.js';
import { ApiError, storageError } from '../src/errors.js';
import { decodeImage, portraitKey, publicBaseUrl } from '../src/services/portrait.js';
import { Status } from '../src/status.js';

export interface UploadData {
  id: string | number;
  base64: string;
  type: string;
  name?: string;
}

/** The first implementation let anyone overwrite anyone's avatar: now only the token's user writes its own. */
export async function upload(data: UploadData, call: Call): Promise<object> {
  if (String(data.id) !== call.userId) throw new ApiError(Status.valueError, 'id is not the token user');
  const image = decodeImage(data.base64, data.type, call.config.portrait.maxBytes);
  try {
    await call.objects.put(portraitKey(call.userId), image.bytes, image.mime);
  } catch (err) {
    throw storageError(err);
  }
  return { url: `${publicBaseUrl(call.config.server)}/api/external/get/portrait/${call.userId}` };
}
