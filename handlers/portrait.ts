import type { Call } from '../src/api.js';
import type { PortraitUploadData } from '../src/schema-types.js';
import { cleanUpload, portraitKey, storePicture } from '../src/services/pictures.js';
import { requireCaller } from '../src/services/ownership.js';
import { publicBaseUrl } from '../src/services/portrait.js';

/** The first implementation let anyone overwrite anyone's avatar: now only the token's user writes its own. */
export async function upload(data: PortraitUploadData, call: Call): Promise<object> {
  requireCaller(data.id, call.userId, 'id');
  await storePicture(call.deps, portraitKey(call.userId), await cleanUpload(call.deps, data.base64, data.type));
  return { url: `${publicBaseUrl(call.deps.config.server)}/api/external/get/portrait/${call.userId}` };
}
