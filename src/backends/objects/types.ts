export interface StoredObject {
  body: Buffer;
  contentType: string;
  etag: string;
}

/** Object storage for avatars and pictures. Keys are relative ("portrait/123"); implementations refuse any other shape. */
export interface ObjectStore {
  put(key: string, body: Buffer, contentType: string): Promise<void>;
  /** The object, or null when there is none. Throws when the store itself fails. */
  get(key: string): Promise<StoredObject | null>;
  delete(key: string): Promise<void>;
  ping(): Promise<void>;
}

/** "portrait/123", "pic/shop/Front_1": words of letters, digits, _ and - separated by single slashes; no "..", no leading slash. */
const SAFE_KEY = /^[A-Za-z0-9_-]+(?:\/[A-Za-z0-9_-]+)*$/;

export function assertSafeKey(key: string): void {
  if (!SAFE_KEY.test(key)) throw new Error(`unsafe object key: ${JSON.stringify(key)}`);
}
