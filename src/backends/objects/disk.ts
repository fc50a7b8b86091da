import { createHash, randomUUID } from 'node:crypto';
import { access, mkdir, open, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { dirname, join, resolve, sep } from 'node:path';
import { assertSafeKey, type ObjectHead, type ObjectStore, type StoredObject } from './types.js';

/**
 * Each object is one file: this line, a line of JSON (content type and ETag), then the bytes. One file
 * is one rename, so a reader never sees one put's bytes with another's type or ETag.
 */
const HEADER = 'campus-object 1\n';
/** Room enough for the header and its JSON line, read alone by head(). */
const HEAD_BYTES = 1024;
/** Objects written before the one-file format kept their metadata beside them in this file. */
const LEGACY_META = '.meta.json';

function parse(file: Buffer): StoredObject | 'legacy' {
  if (!file.subarray(0, HEADER.length).equals(Buffer.from(HEADER))) return 'legacy';
  const end = file.indexOf(0x0a, HEADER.length);
  const meta = JSON.parse(file.subarray(HEADER.length, end).toString('utf8')) as ObjectHead;
  return { body: file.subarray(end + 1), contentType: meta.contentType, etag: meta.etag };
}

const missing = (err: unknown) => (err as NodeJS.ErrnoException).code === 'ENOENT';

/** Objects as files under one folder. */
export class DiskObjectStore implements ObjectStore {
  private readonly root: string;

  constructor(dir: string) {
    this.root = resolve(dir);
  }

  private pathOf(key: string): string {
    assertSafeKey(key);
    const path = resolve(this.root, key);
    // The key pattern already forbids "..": this is the second lock on the same door.
    if (!path.startsWith(this.root + sep)) throw new Error(`object key escapes the store: ${key}`);
    return path;
  }

  async put(key: string, body: Buffer, contentType: string): Promise<string> {
    const path = this.pathOf(key);
    const etag = createHash('sha256').update(body).digest('hex').slice(0, 32);
    await mkdir(dirname(path), { recursive: true });
    // Write then rename, so a reader sees the old object or the new one, never half of one.
    const tmp = join(dirname(path), `.${randomUUID()}.tmp`);
    await writeFile(tmp, Buffer.concat([Buffer.from(`${HEADER}${JSON.stringify({ contentType, etag })}\n`), body]));
    await rename(tmp, path);
    await rm(`${path}${LEGACY_META}`, { force: true });
    return etag;
  }

  async get(key: string): Promise<StoredObject | null> {
    const path = this.pathOf(key);
    try {
      const file = await readFile(path);
      const parsed = parse(file);
      return parsed === 'legacy' ? { body: file, ...(await this.legacyMeta(path)) } : parsed;
    } catch (err) {
      if (missing(err)) return null;
      throw err;
    }
  }

  async head(key: string): Promise<ObjectHead | null> {
    const path = this.pathOf(key);
    try {
      const file = await open(path);
      try {
        const { buffer, bytesRead } = await file.read(Buffer.alloc(HEAD_BYTES), 0, HEAD_BYTES, 0);
        const parsed = parse(buffer.subarray(0, bytesRead));
        if (parsed !== 'legacy') return { contentType: parsed.contentType, etag: parsed.etag };
      } finally {
        await file.close();
      }
      return await this.legacyMeta(path);
    } catch (err) {
      if (missing(err)) return null;
      throw err;
    }
  }

  private async legacyMeta(path: string): Promise<ObjectHead> {
    const { contentType, etag } = JSON.parse(await readFile(`${path}${LEGACY_META}`, 'utf8')) as ObjectHead;
    return { contentType, etag };
  }

  async delete(key: string): Promise<void> {
    const path = this.pathOf(key);
    await rm(path, { force: true });
    await rm(`${path}${LEGACY_META}`, { force: true });
  }

  async ping(): Promise<void> {
    await mkdir(this.root, { recursive: true });
    await access(this.root);
  }
}
