import COS from 'cos-nodejs-sdk-v5';
import type { Config } from '../../config.js';
import { assertSafeKey, type ObjectHead, type ObjectStore, type StoredObject } from './types.js';

const DEFAULT_CONTENT_TYPE = 'application/octet-stream';
/** COS's own answer for a missing object. */
const COS_NOT_FOUND = 404;

const unquote = (etag: unknown): string => String(etag ?? '').replaceAll('"', '');

/** Tencent COS through its own SDK. `domain` (host:port) points it at another server, such as a test fake. */
export class CosObjectStore implements ObjectStore {
  private readonly cos: COS;
  private readonly location: { Bucket: string; Region: string };

  constructor(options: Config['objects']['cos']) {
    this.cos = new COS({
      SecretId: options.secretId,
      SecretKey: options.secretKey,
      Protocol: options.protocol,
      Timeout: options.timeoutMs,
      ...(options.domain ? { Domain: options.domain } : {}),
    });
    this.location = { Bucket: options.bucket, Region: options.region };
  }

  async put(key: string, body: Buffer, contentType: string): Promise<string> {
    assertSafeKey(key);
    // One request carries the bytes and their type; COS makes the ETag from the bytes.
    const result = await this.cos.putObject({ ...this.location, Key: key, Body: body, ContentType: contentType });
    return unquote(result.ETag);
  }

  async get(key: string): Promise<StoredObject | null> {
    assertSafeKey(key);
    try {
      // getObject buffers the body: a 404's XML error document never reaches the caller as image bytes.
      const result = await this.cos.getObject({ ...this.location, Key: key });
      const headers = result.headers ?? {};
      return {
        body: result.Body,
        contentType: String(headers['content-type'] ?? DEFAULT_CONTENT_TYPE),
        etag: unquote(result.ETag ?? headers.etag),
      };
    } catch (err) {
      if ((err as { statusCode?: number }).statusCode === COS_NOT_FOUND) return null;
      throw err;
    }
  }

  async head(key: string): Promise<ObjectHead | null> {
    assertSafeKey(key);
    try {
      const result = await this.cos.headObject({ ...this.location, Key: key });
      const headers = result.headers ?? {};
      return { contentType: String(headers['content-type'] ?? DEFAULT_CONTENT_TYPE), etag: unquote(result.ETag ?? headers.etag) };
    } catch (err) {
      if ((err as { statusCode?: number }).statusCode === COS_NOT_FOUND) return null;
      throw err;
    }
  }

  async delete(key: string): Promise<void> {
    assertSafeKey(key);
    await this.cos.deleteObject({ ...this.location, Key: key });
  }

  async ping(): Promise<void> {
    await this.cos.headBucket(this.location);
  }
}
