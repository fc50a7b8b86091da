import type { Deps, NoRecords, UploadedFile } from '../services/deps.js';
import type { Failure } from '../errors.js';
import type { ApiSchemas } from '../generated/schema-types.js';
import type { StatusDef } from '../status.js';

export type { Deps, UploadedFile } from '../services/deps.js';
export { NoRecords } from '../services/deps.js';

/** What a handler sees of one call: who is calling, and the dependencies. Nothing of HTTP. */
export interface Call {
  /** The token's user id; empty for APIs that take no token. */
  userId: string;
  /** The client's address (behind a trusted proxy: as the proxies saw it). */
  ip: string;
  deps: Deps;
  /** Aborts when the client has gone: work it alone waits for may be dropped. */
  signal?: AbortSignal;
  /** The file sent with an upload row's envelope, if it came as multipart. */
  file?: UploadedFile;
}

export type Handler<D> = (data: D, call: Call) => Promise<object>;

/**
 * How schema failures become statuses: captcha APIs answer -3 for a missing or unknown key; record APIs
 * (property, shop, portrait) -202 missing, -201 empty, -203 wrong type, -204 bad value; the property
 * GET's query its own -100..-106.
 */
export type SchemaFamily = 'captcha' | 'record' | 'query';

export interface ApiRow {
  type: string;
  subtype: string;
  /** File name under schemas/. */
  schema: string;
  family: SchemaFamily;
  /** True when the caller must present a token. */
  auth: boolean;
  /** POST paths that serve this API besides the single endpoint /api/external. */
  urls: readonly string[];
  /**
   * An upload: its picture comes as base64 in the data or as the multipart part "file", and its own paths
   * (not the single endpoint) take bodies as large as pic.maxBytes needs.
   */
  upload?: boolean;
  /**
   * Every failure this API answers beyond what its family implies (FAMILY_STATUSES), each with its status:
   * the global table's, or a local one that means something else here. The docs, the typed client and
   * the suite's contract check are made from this.
   */
  statuses?: Readonly<Partial<Record<Failure, StatusDef>>>;
  /** A lookup or list that may find nothing: status 1 "Empty records". */
  noRecords?: boolean;
  handler: Handler<unknown>;
}

/** The file of an API's answer schema (its success data), beside its request's: "shop.list.answer.json". */
export const answerSchemaOf = (row: Pick<ApiRow, 'schema'>): string => row.schema.replace(/\.json$/, '.answer.json');

/**
 * A registry row whose handler is typed by its schema file: its data is that schema's type and its answer
 * the answer schema's (or NoRecords), so a row cannot pair a handler with another API's schema. The cast
 * is the one place that trusts the schema: dispatch calls the handler only with data the row's compiled
 * schema accepted.
 */
export function api<F extends keyof ApiSchemas>(
  row: Omit<ApiRow, 'handler' | 'schema'> & { schema: F; handler: (data: ApiSchemas[F]['data'], call: Call) => Promise<ApiSchemas[F]['answer'] | NoRecords> },
): ApiRow {
  return row as unknown as ApiRow;
}
