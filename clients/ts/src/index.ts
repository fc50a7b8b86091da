import { API, type ApiName, type Apis, type PicUploadData, type PropertyQueryAnswer, type PropertyQueryData, type PropertyQueryStatus } from './api.js';

export * from './api.js';

/** The answer to one envelope: status 0 with the API's data, or one of its statuses with `{}` (an empty list: status 1). */
export type Reply<K extends ApiName> =
  | { id: number; status: 0; message: string; data: Apis[K]['answer'] }
  | { id: number; status: Exclude<Apis[K]['statuses'], 0>; message: string; data: Apis[K]['refused'] };

type TypeOf<K> = K extends `${infer T}/${string}` ? T : never;
type SubtypeOf<K, T extends string> = K extends `${T}/${infer S}` ? S : never;

/** `client.product.list(data)`: one function per API, typed by its data and its answer. */
export type Namespaces = {
  [T in TypeOf<ApiName>]: { [S in SubtypeOf<ApiName, T>]: (data: Apis[`${T}/${S}` & ApiName]['data']) => Promise<Reply<`${T}/${S}` & ApiName>> };
};

/** The lost-and-found search: the GET's query without the token (the client sends it); numbers as well as text. */
export type PropertySearch = { [K in Exclude<keyof PropertyQueryData, 'token' | 'type'>]?: string | number } & { type: 1 | 2 | '1' | '2' };

/** The lost-and-found GET's answer: a page of notices, or one of its own statuses. */
export type PropertySearchReply =
  | { id: number; status: 0; message: string; data: PropertyQueryAnswer }
  | { id: number; status: Exclude<PropertyQueryStatus, 0>; message: string; data: Record<string, never> };

/** A sized copy: the nearest of the service's pic.widths (160, 320, 640 by default), as WebP where the browser takes it. */
export interface PictureOptions {
  width?: number;
}

/** The APIs whose picture may come as a file: `client.upload(name, data, file)`. */
export type UploadName = 'pic/upload' | 'portrait/upload';

/** One envelope of a batch. */
export type BatchEntry = { [K in ApiName]: { type: TypeOf<K>; subtype: SubtypeOf<K, TypeOf<K>>; data: Apis[K]['data'] } }[ApiName];
type NameOf<E> = E extends { type: infer T extends string; subtype: infer S extends string } ? `${T}/${S}` & ApiName : never;
/** A batch's answers, typed entry by entry (-406 for those past the service's answer bound). */
export type BatchReplies<E extends readonly BatchEntry[]> = { [I in keyof E]: Reply<NameOf<E[I]>> | { id: number; status: -406; message: string; data: Record<string, never> } };

export interface ClientOptions {
  /** Where the service is: "https://www.zustservice.cn"; "" (the default) for the page's own origin. */
  baseUrl?: string;
  /** The path every API is served below: "/api/external" (the default), or "" behind the original's proxy. */
  basePath?: string;
  /** The token the account service issued, or a function that answers the current one. */
  token?: string | (() => string | undefined);
  /** fetch of another kind (a test's, a polyfill); the platform's by default. */
  fetch?: typeof fetch;
}

/** Thrown when the service answers something that is not an envelope (a proxy's error page, a network failure). */
export class TransportError extends Error {
  override name = 'TransportError';
}

/**
 * The campus service's API, typed from its schemas. Every call is one POST of a JSON envelope; the token,
 * when there is one, goes in an Authorization header. Answers are never thrown: a refusal is a status.
 */
export class CampusClient {
  private readonly baseUrl: string;
  private readonly basePath: string;
  private readonly fetch: typeof fetch;
  private token: string | (() => string | undefined) | undefined;
  private nextId = 1;

  constructor(options: ClientOptions = {}) {
    this.baseUrl = (options.baseUrl ?? '').replace(/\/+$/, '');
    this.basePath = options.basePath ?? '/api/external';
    this.fetch = options.fetch ?? globalThis.fetch.bind(globalThis);
    this.token = options.token;
  }

  setToken(token: string | (() => string | undefined) | undefined): void {
    this.token = token;
  }

  /** Any API by its type and subtype. */
  call<T extends TypeOf<ApiName>, S extends SubtypeOf<ApiName, T>>(type: T, subtype: S, data: Apis[`${T}/${S}` & ApiName]['data']): Promise<Reply<`${T}/${S}` & ApiName>> {
    return this.send(`${type}/${subtype}` as `${T}/${S}` & ApiName, data);
  }

  /** Any API by its name, "product/list". */
  send<K extends ApiName>(name: K, data: Apis[K]['data']): Promise<Reply<K>> {
    const [type, subtype] = name.split('/');
    return this.post(API[name].path, { id: this.nextId++, type, subtype, data }) as Promise<Reply<K>>;
  }

  /** Several envelopes in one request, answered in order (at most the service's server.maxBatch). */
  batch<const E extends readonly BatchEntry[]>(entries: E): Promise<BatchReplies<E>> {
    return this.post('', entries.map((entry) => ({ id: this.nextId++, ...entry }))) as Promise<BatchReplies<E>>;
  }


  /**
   * An upload whose picture is a Blob or File (from an <input type="file">, a canvas, a fetch), sent as
   * multipart/form-data as the service takes it on the upload paths: the envelope's fields and the picture
   * as the part "file", without base64 (no third larger, no encoding in the page).
   */
  upload<K extends UploadName>(name: K, data: Omit<Apis[K]['data'], 'base64'>, file: Blob, fileName = 'picture'): Promise<Reply<K>> {
    const [type = '', subtype = ''] = name.split('/');
    const form = new FormData();
    form.append('id', String(this.nextId++));
    form.append('type', type);
    form.append('subtype', subtype);
    form.append('data', JSON.stringify(data));
    form.append('file', file, fileName);
    return this.request(API[name].path, form) as Promise<Reply<K>>;
  }

  /** The lost-and-found list (GET /get/property): `key` searches, or field filters narrow. */
  searchProperty(query: PropertySearch): Promise<PropertySearchReply> {
    const params = new URLSearchParams();
    for (const [name, value] of Object.entries(query)) if (value !== undefined) params.set(name, String(value));
    return this.request(`/get/property?${params.toString()}`, undefined, {}, 'GET') as Promise<PropertySearchReply>;
  }

  /** Where a picture is served (its bytes, or with `width` a sized copy): for an <img src>. */
  pictureUrl(from: PicUploadData['from'], name: string, options: PictureOptions = {}): string {
    return this.imageUrl(`/get/pic/${from}/${encodeURIComponent(name)}`, options);
  }

  /** Where a user's avatar is served (a placeholder when there is none). */
  avatarUrl(userId: string | number, options: PictureOptions = {}): string {
    return this.imageUrl(`/get/portrait/${encodeURIComponent(String(userId))}`, options);
  }

  private imageUrl(path: string, { width }: PictureOptions): string {
    return `${this.baseUrl}${this.basePath}${path}${width === undefined ? '' : `?w=${width}`}`;
  }

  private post(path: string, body: unknown): Promise<unknown> {
    return this.request(path, JSON.stringify(body), { 'Content-Type': 'application/json' });
  }

  /** One request; a FormData body sets its own Content-Type (with its boundary). */
  private async request(path: string, body: string | FormData | undefined, headers: Record<string, string> = {}, method: 'GET' | 'POST' = 'POST'): Promise<unknown> {
    const token = typeof this.token === 'function' ? this.token() : this.token;
    if (token) headers.Authorization = `Bearer ${token}`;
    let res: Response;
    try {
      res = await this.fetch(`${this.baseUrl}${this.basePath}${path}`, { method, headers, body });
    } catch (err) {
      throw new TransportError(`the service could not be reached: ${(err as Error).message}`);
    }
    const text = await res.text();
    try {
      return JSON.parse(text) as unknown;
    } catch {
      throw new TransportError(`HTTP ${res.status}: not an envelope (${text.slice(0, 80)})`);
    }
  }
}

/** The client with a function per API: `client.product.list(data)`, `client.call('product', 'list', data)`, `client.batch([...])`. */
export type Client = CampusClient & Namespaces;

export function createClient(options: ClientOptions = {}): Client {
  const client = new CampusClient(options);
  const namespaces: Record<string, Record<string, (data: never) => Promise<unknown>>> = {};
  for (const name of Object.keys(API) as ApiName[]) {
    const [type = '', subtype = ''] = name.split('/');
    (namespaces[type] ??= {})[subtype] = (data) => client.send(name, data);
  }
  return Object.assign(client, namespaces as unknown as Namespaces);
}
