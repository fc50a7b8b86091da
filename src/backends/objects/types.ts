export interface StoredObject {
  body: Buffer;
  contentType: string;
  etag: string;
}

/** What an object is, without its bytes. */
export type ObjectHead = Omit<StoredObject, 'body'>;

/**
 * Object storage for avatars and pictures. Keys are relative ("portrait/123"); implementations refuse any
 * other shape. A reader sees an object's bytes with their own content type and ETag, never another put's.
 */
export interface ObjectStore {
  /** Stores the object and answers its ETag. */
  put(key: string, body: Buffer, contentType: string): Promise<string>;
  /** The object, or null when there is none. Throws when the store itself fails. */
  get(key: string): Promise<StoredObject | null>;
  /** The object's content type and ETag, or null when there is none. */
  head(key: string): Promise<ObjectHead | null>;
  delete(key: string): Promise<void>;
  ping(): Promise<void>;
}

/** "portrait/123", "pic/shop/Front_1": words of letters, digits, _ and - separated by single slashes; no "..", no leading slash. */
const SAFE_KEY = /^[A-Za-z0-9_-]+(?:\/[A-Za-z0-9_-]+)*$/;

export function assertSafeKey(key: string): void {
  if (!SAFE_KEY.test(key)) throw new Error(`unsafe object key: ${JSON.stringify(key)}`);
}
