import { type ApiRow, NoRecords, type UploadedFile } from './api.js';
import type { AppContext } from '../context.js';
import { ApiError } from '../errors.js';
import { Status } from '../status.js';
import { checkEnvelope, requestId } from './envelope.js';
import { postStatusOf } from './failures.js';
import { forRequest } from '../request-context.js';
import { normaliseId } from './id.js';
import { BatchAnswer, type Envelope, envelope, longerThan, piecesWithin, SingleAnswer } from './reply.js';
import { type DataValidator, dataValidator, type SchemaValidators } from './validate.js';

/** The single endpoint that serves every (type, subtype): the base path itself. */
const SINGLE_ENDPOINT = '';

/** What the HTTP layer knows of who is calling: nothing else of HTTP reaches the dispatcher. */
export interface Caller {
  /** The POST path the body came to, below its base path: it decides which (type, subtype) pairs may be asked. */
  url: string;
  /** The token as presented (query or Bearer header); resolved only if an envelope needs a user. */
  token: string | undefined;
  /** The client's address (behind a trusted proxy: as the proxies saw it). */
  ip: string;
  /** The request's id: every line logged for it carries it. */
  reqId: string;
  /** Aborts when the client goes away before its answer. */
  signal?: AbortSignal;
  /** A multipart upload's file part. */
  file?: UploadedFile;
}

export interface Dispatcher {
  /** The whole answer to one parsed body: an envelope, or for a batch its envelopes in order, serialized. */
  receive(body: unknown, caller: Caller): Promise<SingleAnswer | BatchAnswer>;
  /** Every POST path, with the rows it serves. */
  readonly paths: ReadonlyMap<string, ReadonlySet<ApiRow>>;
}

interface CompiledRow {
  row: ApiRow;
  validate: DataValidator;
}

const rowKey = (type: string, subtype: string): string => `${type}\u0000${subtype}`;

/** Each row's validator; a row naming a missing schema is a start-up error. */
function compileRegistry(rows: readonly ApiRow[], validators: SchemaValidators): Map<string, CompiledRow> {
  const compiled = new Map<string, CompiledRow>();
  for (const row of rows) {
    if (!validators[row.schema]) throw new Error(`registry: ${row.type}/${row.subtype} names a missing schema ${row.schema}`);
    compiled.set(rowKey(row.type, row.subtype), { row, validate: dataValidator(validators, row.schema, row.family) });
  }
  return compiled;
}

/** Names the APIs a client could have meant: the subtypes of a known type, or else every type. */
function unknownApiMessage(rows: readonly ApiRow[]): (type: string, subtype: string) => string {
  const subtypes = new Map<string, string[]>();
  for (const row of rows) subtypes.set(row.type, [...(subtypes.get(row.type) ?? []), row.subtype]);
  const quoted = (text: string) => JSON.stringify(text.slice(0, 64));
  return (type, subtype) => {
    const known = subtypes.get(type);
    return known
      ? `unknown subtype ${quoted(subtype)} of ${type}: one of ${known.join(', ')}`
      : `unknown type ${quoted(type)}: one of ${[...subtypes.keys()].join(', ')}`;
  };
}

/** The POST paths and, for each, the rows it serves. */
export function postPaths(rows: readonly ApiRow[]): Map<string, Set<ApiRow>> {
  const paths = new Map<string, Set<ApiRow>>([[SINGLE_ENDPOINT, new Set(rows)]]);
  for (const row of rows) {
    for (const url of row.urls) {
      if (!paths.has(url)) paths.set(url, new Set());
      paths.get(url)?.add(row);
    }
  }
  return paths;
}

/**
 * The wire protocol without HTTP: envelope checks, registry lookup, the URL's allow-list, auth, schema
 * validation, the handler, and the one mapping of failures to statuses. A batch runs its envelopes one
 * after the other (a client may batch a create and then an update of what it created), each answered
 * exactly as it would be alone.
 */
export function createDispatcher(rows: readonly ApiRow[], deps: AppContext, validators: SchemaValidators): Dispatcher {
  const compiled = compileRegistry(rows, validators);
  const paths = postPaths(rows);
  const unknownApi = unknownApiMessage(rows);
  const { maxBatch, maxResponseBytes } = deps.config.server;
  const counting = deps.config.metrics.enabled;

  async function answer(body: unknown, caller: Caller, served: ReadonlySet<ApiRow> | undefined, user: () => Promise<string>, requestDeps: AppContext): Promise<Envelope> {
    const id = normaliseId(requestId(body));
    let row: ApiRow | undefined;
    const started = performance.now();
    const answered = (reply: Envelope): Envelope => {
      if (row && counting) {
        deps.metrics.answers.labels(row.type, row.subtype, String(reply.status)).inc();
        deps.metrics.latency.labels(row.type, row.subtype).observe((performance.now() - started) / 1000);
      }
      return reply;
    };
    try {
      const { type, subtype, data } = checkEnvelope(body);
      const entry = compiled.get(rowKey(type, subtype));
      if (!entry) throw new ApiError(Status.jsonValue, unknownApi(type, subtype));
      if (!served?.has(entry.row)) throw new ApiError(Status.jsonValue, 'type not served at this URL');
      row = entry.row;
      const userId = row.auth ? await user() : '';
      const validate: DataValidator = entry.validate;
      validate(data);
      const result = await row.handler(data, { userId, ip: caller.ip, deps: requestDeps, signal: caller.signal, file: caller.file });
      return answered(result instanceof NoRecords ? envelope(id, Status.noRecords, result.data) : envelope(id, Status.ok, result));
    } catch (err) {
      const { status, detail } = postStatusOf(err, row, requestDeps);
      return answered(envelope(id, status, {}, detail));
    }
  }

  /** A single answer, or -406 in its place if its text would pass the bound. */
  function single(reply: Envelope): SingleAnswer {
    const json = JSON.stringify(reply);
    if (!longerThan(json, maxResponseBytes)) return new SingleAnswer(reply, json);
    const refused = envelope(reply.id, Status.answerTooLarge, {}, `the answer would pass ${maxResponseBytes} bytes`);
    return new SingleAnswer(refused, JSON.stringify(refused));
  }

  return {
    paths,
    async receive(body, caller) {
      const served = paths.get(caller.url);
      const requestDeps = forRequest(deps, caller.reqId);
      // One token for the whole request, looked up at most once, and only if some envelope needs it.
      let userId: Promise<string> | undefined;
      const user = () => (userId ??= deps.tokens.userFor(caller.token, requestDeps.log));
      if (!Array.isArray(body)) return single(await answer(body, caller, served, user, requestDeps));
      if (body.length === 0 || body.length > maxBatch) {
        return single(envelope(-1, Status.jsonValue, {}, body.length === 0 ? 'empty batch' : `a batch holds at most ${maxBatch} envelopes`));
      }
      return batchAnswer(body, (item) => answer(item, caller, served, user, requestDeps));
    },
  };

  /**
   * A batch's answers, within maxResponseBytes: the envelope whose answer would pass the bound is answered
   * -406 instead (it ran), and every envelope after it -406 without running. Room for those refusals is
   * kept back from the start, so that they always fit.
   */
  function batchAnswer(items: unknown[], run: (item: unknown) => Promise<Envelope>): BatchAnswer {
    const refusals = items.map((item) => {
      const id = normaliseId(requestId(item));
      const ran = JSON.stringify(envelope(id, Status.answerTooLarge, {}, `ran, but the answers would pass ${maxResponseBytes} bytes`));
      const notRun = JSON.stringify(envelope(id, Status.answerTooLarge, {}, `not run: the answers would pass ${maxResponseBytes} bytes`));
      return { ran, notRun, bytes: Math.max(Buffer.byteLength(ran), Buffer.byteLength(notRun)) + 1 };
    });
    // reserved[i]: what refusing every envelope after the i-th takes, and the closing bracket.
    const reserved = refusals.map((_, i) => refusals.slice(i + 1).reduce((sum, r) => sum + r.bytes, 1));
    const statuses: number[] = [];
    async function* json(): AsyncGenerator<string> {
      let bytes = 0;
      let stopped = false;
      for (const [i, item] of items.entries()) {
        const separator = i === 0 ? '[' : ',';
        const refusal = refusals[i] as (typeof refusals)[number];
        let fits: { pieces: string[]; bytes: number } | undefined;
        if (!stopped) {
          const reply = await run(item);
          fits = piecesWithin(reply, maxResponseBytes - bytes - 1 - (reserved[i] as number));
          if (fits) statuses.push(reply.status);
        }
        if (!fits) {
          statuses.push(Status.answerTooLarge.code);
          yield separator + (stopped ? refusal.notRun : refusal.ran);
          bytes += refusal.bytes;
          stopped = true;
          continue;
        }
        bytes += fits.bytes + 1;
        let first = separator;
        for (const piece of fits.pieces) {
          yield first + piece;
          first = '';
        }
      }
      yield ']';
    }
    return new BatchAnswer(json(), statuses);
  }
}
