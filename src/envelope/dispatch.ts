import type { Middleware } from 'koa';
import type { ApiRow } from '../api.js';
import type { AppContext } from '../context.js';
import { ApiError } from '../errors.js';
import { createAjv, readSchemaFiles } from '../schemas.js';
import { Status } from '../status.js';
import { tokenFromRequest } from './auth.js';
import { readJsonBody } from './body.js';
import { checkEnvelope, requestId } from './envelope.js';
import { normaliseId } from './id.js';
import { envelope } from './reply.js';
import { compileDataValidator, type DataValidator } from './validate.js';

export const SINGLE_ENDPOINT = '/api/external';

interface CompiledRow {
  row: ApiRow;
  validate: DataValidator;
}

const rowKey = (type: string, subtype: string): string => `${type}\u0000${subtype}`;

/** Compiles every row's schema once, at start; a row naming a missing schema is a start-up error. */
export function compileRegistry(rows: readonly ApiRow[]): Map<string, CompiledRow> {
  const ajv = createAjv();
  const files = readSchemaFiles();
  // Every file is registered first, so a schema can $ref the shared definitions of another.
  for (const { schema } of files.values()) ajv.addSchema(schema);
  const compiled = new Map<string, CompiledRow>();
  for (const row of rows) {
    const file = files.get(row.schema);
    if (!file) throw new Error(`registry: ${row.type}/${row.subtype} names a missing schema ${row.schema}`);
    compiled.set(rowKey(row.type, row.subtype), { row, validate: compileDataValidator(ajv, row.schema, row.family) });
  }
  return compiled;
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
 * The POST chain for one path: body, envelope, registry lookup, URL allow-list, auth, validation,
 * dispatch. Every failure is an ApiError that the error boundary turns into the envelope.
 */
export function envelopeHandler(app: AppContext, compiled: Map<string, CompiledRow>, served: Set<ApiRow>): Middleware {
  return async (ctx) => {
    const body = await readJsonBody(ctx.req, app.config.server.bodyLimitBytes);
    const id = normaliseId(requestId(body));
    ctx.state.envelopeId = id;
    const { type, subtype, data } = checkEnvelope(body);
    const entry = compiled.get(rowKey(type, subtype));
    if (!entry) throw new ApiError(Status.jsonValue, 'unknown type/subtype');
    if (!served.has(entry.row)) throw new ApiError(Status.jsonValue, 'type not served at this URL');
    const userId = entry.row.auth ? await app.tokens.userFor(tokenFromRequest(ctx)) : '';
    entry.validate(data);
    const result = await entry.row.handler(data, { ...app, userId, ip: ctx.ip });
    ctx.body = envelope(id, Status.ok, result);
  };
}
