import { createHash } from 'node:crypto';
import type { ImageCodec, ImageFormat } from '../../backends/images/types.js';
import { IMAGE_MIME } from '../../backends/images/types.js';
import type { ObjectStore, StoredObject } from '../../backends/objects/types.js';
import type { Config } from '../../config.js';
import type { Deps } from '../deps.js';
import { isUniqueViolation } from '../../backends/db/errors.js';
import { transaction } from '../../backends/db/transactions.js';
import type { UploadedFile } from '../deps.js';
import { kvKeys } from '../kv-keys.js';
import { DomainError } from '../../errors.js';
import type { PicUploadAnswer, PicUploadData, PortraitUploadAnswer, PortraitUploadData } from '../../generated/schema-types.js';
import { formatDateTime } from '../datetime.js';
import { requireCaller } from '../accounts/ownership.js';
import { publicUrl } from './portrait.js';
import type { Logger } from '../../log.js';
import { type Coalescer, sharedWork } from '../coalescer.js';
import type { SizedCopy } from './sized-copy.js';

export const portraitKey = (userId: string): string => `portrait/${userId}`;
/** Where a picture's bytes live in the object store (from and name are checked by the schema first). */
export const picKey = (from: string, name: string): string => `pic/${from}/${name}`;

/** What the pictures need of the service. */
export interface PictureDeps {
  objects: ObjectStore;
  images: ImageCodec;
  config: Pick<Config, 'pic' | 'portrait'>;
  log: Logger;
}

/** What an upload needs besides: the table of names, the counters of uploads, the clock, where URLs point. */
type UploadDeps = PictureDeps & Pick<Deps, 'db' | 'kv' | 'clock'> & { config: Pick<Config, 'pic' | 'portrait' | 'server' | 'timeZone'> };

/** How an upload's picture came: the data's base64, or a multipart file part; and who waits for it. */
export interface UploadSource {
  file?: UploadedFile;
  signal?: AbortSignal;
}

/** The formats a sized copy may be made in (what Accept may ask for). */
const COPY_FORMATS = Object.keys(IMAGE_MIME) as ImageFormat[];
const TYPE_ALIASES: Readonly<Record<string, ImageFormat>> = { png: 'png', jpg: 'jpeg', jpeg: 'jpeg', gif: 'gif', webp: 'webp' };

const DATA_URL_PREFIX = /^data:image\/[a-z0-9.+-]+;base64,/i;
const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;

/** An upload as it will be kept: decoded, checked and encoded again. */
export interface CleanPicture {
  bytes: Buffer;
  mime: string;
  /** Lowercase hex MD5 of the bytes as uploaded: the name of a picture uploaded without one. */
  md5: string;
}

/** A size as people say it: "12 MiB", "512 KiB", "1000 bytes". */
function sizeText(bytes: number): string {
  if (bytes % (1024 * 1024) === 0) return `${bytes / (1024 * 1024)} MiB`;
  if (bytes % 1024 === 0) return `${bytes / 1024} KiB`;
  return `${bytes} bytes`;
}

const tooLarge = (size: string, maxBytes: number) => new DomainError('invalid', `the picture is ${size}: at most ${sizeText(maxBytes)} (pic.maxBytes)`);

/** The bytes of a base64 upload (malformed when not base64, invalid past `maxBytes`, empty when nothing). */
function decodeBase64(base64: string, maxBytes: number): Buffer {
  const text = base64.replace(DATA_URL_PREFIX, '').replace(/\s+/g, '');
  if (text.length % 4 !== 0 || !BASE64.test(text)) throw new DomainError('malformed', 'base64');
  // Checked before decoding: an oversize upload costs no allocation.
  const size = (text.length / 4) * 3 - (text.endsWith('==') ? 2 : text.endsWith('=') ? 1 : 0);
  if (size > maxBytes) throw tooLarge(`${size} bytes`, maxBytes);
  if (size === 0) throw new DomainError('empty', 'base64');
  return Buffer.from(text, 'base64');
}

/** The uploaded bytes: the multipart file part, or else the data's base64; one of them, not both. */
function uploadedBytes(maxBytes: number, base64: string | undefined, file: UploadedFile | undefined): Buffer {
  if (!file) {
    if (base64 === undefined) throw new DomainError('missing', 'base64 (or the picture as the multipart part "file")');
    return decodeBase64(base64, maxBytes);
  }
  if (base64 !== undefined) throw new DomainError('invalid', 'base64: a multipart upload sends its picture as the part "file" only');
  if (file.truncated || file.bytes.length > maxBytes) throw tooLarge(`more than ${sizeText(maxBytes)}`, maxBytes);
  if (file.bytes.length === 0) throw new DomainError('empty', 'file');
  return file.bytes;
}

/**
 * An uploaded picture or avatar, decoded and encoded again by the image library: refused (invalid) when
 * it is not a PNG, JPEG, GIF or WebP that decodes, not the declared type (when one is declared), or past
 * the size, pixel and frame limits. The kept bytes have no metadata, keep their format and are scaled
 * down to pic.maxSide; the uploaded ones are never kept.
 */
export async function cleanUpload(deps: PictureDeps, base64: string | undefined, source: UploadSource = {}, declaredType?: string): Promise<CleanPicture> {
  const uploaded = uploadedBytes(deps.config.pic.maxBytes, base64, source.file);
  const declared = declaredType === undefined ? undefined : TYPE_ALIASES[declaredType.toLowerCase()];
  if (declaredType !== undefined && !declared) throw new DomainError('invalid', 'type');
  // The bytes say what they are, as the image library reads them; a declared type must agree.
  const { bytes, format } = await deps.images.clean(uploaded, deps.config.pic, declared, source.signal);
  return { bytes, mime: IMAGE_MIME[format], md5: createHash('md5').update(uploaded).digest('hex') };
}

/**
 * Counts an upload against its user's pic.uploadsPerMinute (tooManyRequests past it): decoding pictures
 * is the costliest thing a token can ask for. Refused uploads count too.
 */
async function countUpload(deps: UploadDeps, userId: string): Promise<void> {
  const limit = deps.config.pic.uploadsPerMinute;
  const count = await deps.kv.increment(kvKeys.picUploads(userId), UPLOAD_WINDOW_SECONDS);
  if (count > limit) throw new DomainError('tooManyRequests', `at most ${limit} picture uploads a minute (pic.uploadsPerMinute)`);
}

/** Where a sized copy of the object `key` is kept: named by the ETag of the bytes it was made from. */
function sizedKey(key: string, etag: string, width: number, format: ImageFormat): string {
  return `sized/${key}/${etag}-w${width}-${format}`;
}

/**
 * Stores a picture (storageFailed when the store fails). Replacing one removes the sized copies of its
 * old bytes; those are never served again in any case, their keys naming the old bytes' ETag.
 */
export async function storePicture(deps: PictureDeps, key: string, picture: CleanPicture): Promise<void> {
  try {
    const old = await deps.objects.head(key);
    const etag = await deps.objects.put(key, picture.bytes, picture.mime);
    if (old && old.etag !== etag) await removeSizedCopies(deps, key, old.etag);
  } catch (err) {
    throw new DomainError('storageFailed', undefined, { cause: err });
  }
}

async function removeSizedCopies(deps: PictureDeps, key: string, etag: string): Promise<void> {
  const keys = deps.config.pic.widths.flatMap((width) => COPY_FORMATS.map((format) => sizedKey(key, etag, width, format)));
  const failed = (await Promise.allSettled(keys.map((k) => deps.objects.delete(k)))).filter((r) => r.status === 'rejected');
  if (failed.length > 0) deps.log.warn({ key, etag, failed: failed.length }, 'sized copies of a replaced picture were left behind (never served again)');
}

/** The allowed width nearest to `requested` (the larger of two as near). */
export function nearestWidth(widths: readonly number[], requested: number): number {
  return [...widths].sort((a, b) => Math.abs(a - requested) - Math.abs(b - requested) || b - a)[0] as number;
}

/**
 * The copy of the object `key` at `width` in `format`, made once and kept in the object store beside it;
 * null when there is no such object. A burst of requests for a copy not yet made shares the work
 * (`pictureCopies`): those that come while it is being made find it kept once it is.
 */
export async function sizedCopy(deps: PictureDeps & Pick<Deps, 'pictureCopies'>, key: string, width: number, format: ImageFormat): Promise<StoredObject | null> {
  const head = await deps.objects.head(key);
  if (!head) return null;
  const copyKey = sizedKey(key, head.etag, width, format);
  const kept = await deps.objects.get(copyKey);
  if (kept) return kept;
  return deps.pictureCopies.submit({ key, copyKey, width, format });
}

/**
 * The maker of sized copies: a burst of requests for one copy shares one making (see coalescer.ts), and
 * one that comes after it was made finds it kept.
 */
export function copyMaker(deps: CopyDeps): Coalescer<SizedCopy, StoredObject | null> {
  return sharedWork(
    (copy) => copy.copyKey,
    async (copy) => (await deps.objects.get(copy.copyKey)) ?? makeCopy(deps, copy),
  );
}

/** What making a sized copy needs: the stored pictures, the image library and its limits. */
type CopyDeps = Pick<PictureDeps, 'objects' | 'images' | 'config'>;

async function makeCopy(deps: CopyDeps, { key, copyKey, width, format }: SizedCopy): Promise<StoredObject | null> {
  const original = await deps.objects.get(key);
  if (!original) return null;
  const body = await deps.images.resize(original.body, width, format, deps.config.pic);
  const contentType = IMAGE_MIME[format];
  return { body, contentType, etag: await deps.objects.put(copyKey, body, contentType) };
}

const PIC_TABLE = 'pic';
/** One row per owner: how many names of `pic` they hold (pic.maxPerUser). */
const PIC_OWNER_TABLE = 'pic_owner';
const UPLOAD_WINDOW_SECONDS = 60;

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
async function storeClaimed(deps: PictureDeps, key: string, image: CleanPicture, release: () => Promise<unknown>): Promise<void> {
  try {
    await storePicture(deps, key, image);
  } catch (err) {
    await release();
    await deps.objects.delete(key).catch((cause: unknown) => {
      deps.log.warn({ key, err: (cause as Error).message }, 'a failed picture upload may have left its object behind');
    });
    throw err;
  }
}

const picUrl = (deps: UploadDeps, from: string, name: string): PicUploadAnswer => ({ url: publicUrl(deps.config.server, `/get/pic/${from}/${name}`) });

/**
 * Claims a new name for `userId`: its row in `pic` and one more of the owner's pic.maxPerUser, in one
 * transaction (capped when the owner has them all; a unique violation when the name is held).
 */
async function claimName(deps: UploadDeps, userId: string, row: Record<string, unknown>): Promise<void> {
  const { db } = deps;
  // Created outside the transaction, as shop_owner's rows are: see createShop.
  await db(PIC_OWNER_TABLE).insert({ user_id: userId, pics: 0 }).onConflict('user_id').ignore();
  await transaction(db, async (trx) => {
    // The name first: one already held is not a new one, whatever the count.
    await trx(PIC_TABLE).insert(row);
    const counted = await trx(PIC_OWNER_TABLE).where('user_id', userId).andWhere('pics', '<', deps.config.pic.maxPerUser).increment('pics', 1);
    if (counted === 0) throw new DomainError('capped', `at most ${deps.config.pic.maxPerUser} pictures a user (pic.maxPerUser)`);
  });
}

/** Gives a claimed name up again, and its place in the owner's count. */
function releaseName(deps: UploadDeps, userId: string, where: { pic_from: string; pic_name: string }): Promise<void> {
  return transaction(deps.db, async (trx) => {
    if ((await trx(PIC_TABLE).where({ ...where, user_id: userId }).delete()) > 0) {
      await trx(PIC_OWNER_TABLE).where('user_id', userId).andWhere('pics', '>', 0).decrement('pics', 1);
    }
  });
}

/**
 * Pictures for notices, shops, products and avatars. The first implementation let anyone overwrite any
 * picture: here an explicit name belongs to its first uploader (its row in `pic`, claimed by the primary
 * key, so two uploaders at once cannot both win), and a picture named by its MD5 never changes. A user
 * holds at most pic.maxPerUser names; replacing one's own is not a new one.
 */
export async function uploadPicture(deps: UploadDeps, userId: string, data: PicUploadData, source: UploadSource = {}): Promise<PicUploadAnswer> {
  await countUpload(deps, userId);
  const image = await cleanUpload(deps, data.base64, source);
  if (data.from === 'portrait') {
    // The caller's avatar, the very object portrait/upload writes: no one else's to claim.
    requireCaller(data.name, userId, 'name');
    await storePicture(deps, portraitKey(userId), image);
    return picUrl(deps, data.from, userId);
  }
  const { md5 } = image;
  const name = data.name ?? md5;
  const key = picKey(data.from, name);
  const where = { pic_from: data.from, pic_name: name };
  const { db } = deps;
  try {
    await claimName(deps, userId, {
      ...where,
      user_id: userId,
      by_content: data.name === undefined,
      mime: image.mime,
      created_at: formatDateTime(deps.clock.now(), deps.config.timeZone),
    });
  } catch (err) {
    if (!isUniqueViolation(err)) throw err;
    const owner = (await db(PIC_TABLE).select('user_id', 'by_content').where(where).first()) as PicRow | undefined;
    // Content-addressed bytes are the same whoever sends them: nothing to change.
    if (owner?.by_content && name === md5) return picUrl(deps, data.from, name);
    if (!owner || owner.by_content || owner.user_id !== userId) throw new DomainError('taken');
    await storePicture(deps, key, image);
    await db(PIC_TABLE).where(where).update({ mime: image.mime });
    return picUrl(deps, data.from, name);
  }
  await storeClaimed(deps, key, image, () => releaseName(deps, userId, where));
  return picUrl(deps, data.from, name);
}

/** The caller's avatar (portrait/upload): the object GET portrait serves. */
export async function uploadAvatar(deps: UploadDeps, userId: string, data: PortraitUploadData, source: UploadSource = {}): Promise<PortraitUploadAnswer> {
  requireCaller(data.id, userId, 'id');
  await countUpload(deps, userId);
  await storePicture(deps, portraitKey(userId), await cleanUpload(deps, data.base64, source, data.type));
  return { url: publicUrl(deps.config.server, `/get/portrait/${userId}`) };
}
