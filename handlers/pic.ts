import type { Call } from '../src/api.js';
import { isUniqueViolation } from '../src/backends/db.js';
import { DomainError } from '../src/errors.js';
import type { PicUploadData } from '../src/schema-types.js';
import { formatDateTime } from '../src/services/datetime.js';
import { requireCaller } from '../src/services/ownership.js';
import { type CleanPicture, cleanUpload, picKey, portraitKey, storePicture } from '../src/services/pictures.js';
import { publicBaseUrl } from '../src/services/portrait.js';

const PIC_TABLE = 'pic';

interface PicRow {
  user_id: string;
  by_content: boolean | number;
}

/**
 * Stores a new picture whose row this call has just claimed. If storage fails, the claim is released, so
 * that no name is left owned with nothing behind it, and the object is deleted in case the failed put
 * wrote it after all; if even that fails, the operator is told which object may be left over (the name is
 * free again, and its next owner's upload replaces it).
 */
async function storeClaimed(call: Call, key: string, image: CleanPicture, release: () => Promise<unknown>): Promise<void> {
  try {
    await storePicture(call.deps, key, image);
  } catch (err) {
    await release();
    await call.deps.objects.delete(key).catch((cause: unknown) => {
      call.deps.log.warn({ key, err: (cause as Error).message }, 'a failed picture upload may have left its object behind');
    });
    throw err;
  }
}

const url = (call: Call, from: string, name: string): object => ({
  url: `${publicBaseUrl(call.deps.config.server)}/api/external/get/pic/${from}/${name}`,
});

/**
 * Pictures for notices, shops, products and avatars. The first implementation let anyone overwrite any
 * picture: here an explicit name belongs to its first uploader (its row in `pic`, claimed by the primary
 * key, so two uploaders at once cannot both win), and a picture named by its MD5 never changes.
 */
export async function upload(data: PicUploadData, call: Call): Promise<object> {
  const image = await cleanUpload(call.deps, data.base64);
  if (data.from === 'portrait') {
    // The caller's avatar, the very object portrait/upload writes: no one else's to claim.
    requireCaller(data.name, call.userId, 'name');
    await storePicture(call.deps, portraitKey(call.userId), image);
    return url(call, data.from, call.userId);
  }
  const { md5 } = image;
  const name = data.name ?? md5;
  const key = picKey(data.from, name);
  const where = { pic_from: data.from, pic_name: name };
  const { db } = call.deps;
  try {
    await db(PIC_TABLE).insert({
      ...where,
      user_id: call.userId,
      by_content: data.name === undefined,
      mime: image.mime,
      created_at: formatDateTime(call.deps.clock.now(), call.deps.config.timeZone),
    });
  } catch (err) {
    if (!isUniqueViolation(err)) throw err;
    const owner = (await db(PIC_TABLE).select('user_id', 'by_content').where(where).first()) as PicRow | undefined;
    // Content-addressed bytes are the same whoever sends them: nothing to change.
    if (owner?.by_content && name === md5) return url(call, data.from, name);
    if (!owner || owner.by_content || owner.user_id !== call.userId) throw new DomainError('taken');
    await storePicture(call.deps, key, image);
    await db(PIC_TABLE).where(where).update({ mime: image.mime });
    return url(call, data.from, name);
  }
  await storeClaimed(call, key, image, () => db(PIC_TABLE).where(where).delete());
  return url(call, data.from, name);
}
