import { createHash, randomUUID } from 'node:crypto';
import { mkdir, readFile, rename, rm, writeFile, access } from 'node:fs/promises';
import { dirname, join, resolve, sep } from 'node:path';
import { assertSafeKey, type ObjectStore, type StoredObject } from './types.js';

interface Meta {
  contentType: string;
  etag: string;
}

/** Objects as files under one folder; the content type and ETag sit beside each in a small JSON file. */
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

  async put(key: string, body: Buffer, contentType: string): Promise<void> {
    const path = this.pathOf(key);
    const meta: Meta = { contentType, etag: createHash('sha256').update(body).digest('hex').slice(0, 32) };
    await mkdir(dirname(path), { recursive: true });
    // Write then rename, so a reader sees the old object or the new one, never half of one.
    const tmp = join(dirname(path), `.${randomUUID()}.tmp`);
    await writeFile(tmp, body);
    await writeFile(`${tmp}.meta`, JSON.stringify(meta));
    await rename(`${tmp}.meta`, `${path}.meta.json`);
    await rename(tmp, path);
  }

  async get(key: string): Promise<StoredObject | null> {
    const path = this.pathOf(key);
    let body: Buffer;
    let meta: Meta;
    try {
      [body, meta] = await Promise.all([readFile(path), readFile(`${path}.meta.json`, 'utf8').then((t) => JSON.parse(t) as Meta)]);
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ENOENT') return null;
      throw err;
    }
    return { body, contentType: meta.contentType, etag: meta.etag };
  }

  async delete(key: string): Promise<void> {
    const path = this.pathOf(key);
    await rm(path, { force: true });
    await rm(`${path}.meta.json`, { force: true });
  }

  async ping(): Promise<void> {
    await mkdir(this.root, { recursive: true });
    await access(this.root);
  }
}
