import type { ErrorObject, ValidateFunction } from 'ajv';
import type { SchemaFamily } from './api.js';
import { ApiError } from '../errors.js';
import { schemaFilesDigest as generatedFrom, validators } from '../generated/schema-validators.js';
import { type SchemaFiles, schemaFilesDigest } from '../schemas.js';
import { UNSTORABLE_TEXT } from '../services/text.js';
import { isStatusName, Status, type StatusDef } from '../status.js';

/** The validators of the schema files, by file name. */
export type SchemaValidators = Readonly<Record<string, ValidateFunction | undefined>>;

/** Every schema file's validator, generated ahead from schemas/*.json by `npm run schema-types`. */
export const schemaValidators = validators as unknown as SchemaValidators;

/**
 * Refuses to serve with validators generated from other schema files than those served at /api/schemas:
 * a schema edited without `npm run schema-types` (and `npm run build`) would be published, not enforced.
 */
export function assertValidatorsMatch(files: SchemaFiles): void {
  if (schemaFilesDigest(files) !== generatedFrom) {
    throw new Error('schemas/ changed since its validators were generated: run `npm run schema-types` (then `npm run build` for npm start)');
  }
}

/** Checks data against its schema: afterwards it is of the type generated from that schema, or it threw. */
export type DataValidator<T = unknown> = (data: unknown) => asserts data is T;

/** Every required key missing from the object where `err` failed: all of them, named in one answer. */
function missingKeys(err: ErrorObject, data: unknown): string {
  let node: unknown = data;
  for (const part of err.instancePath.split('/').filter(Boolean)) node = (node as Record<string, unknown> | undefined)?.[part.replaceAll('~1', '/').replaceAll('~0', '~')];
  const required = ((err.parentSchema as { required?: unknown } | undefined)?.required ?? []) as string[];
  const present = typeof node === 'object' && node !== null ? node : {};
  const missing = required.filter((key) => !Object.hasOwn(present, key));
  const prefix = err.instancePath.replace(/^\//, '').replaceAll('/', '.');
  return (missing.length > 0 ? missing : [String(err.params.missingProperty)]).map((key) => (prefix ? `${prefix}.${key}` : key)).join(', ');
}

function fieldOf(err: ErrorObject, data: unknown): string {
  if (err.keyword === 'required') return missingKeys(err, data);
  if (err.keyword === 'additionalProperties') return String(err.params.additionalProperty);
  return err.instancePath.replace(/^\//, '').replaceAll('/', '.');
}

const list = (values: readonly unknown[]): string => [...new Set(values.map((v) => (typeof v === 'string' ? v : JSON.stringify(v))))].join(', ');

/** What the schema allows where `err` failed, in the words a client developer needs. */
function allowed(err: ErrorObject): string {
  const schema = (err.parentSchema ?? {}) as Record<string, unknown>;
  switch (err.keyword) {
    case 'required':
      return ''; // the status says it is missing
    case 'additionalProperties':
      return `not a key of this API (${list(Object.keys((schema.properties ?? {}) as object))})`;
    case 'anyOf': {
      // Alternatives of keys ("shop_content or pic_url"), or of forms of one value.
      const branches = (err.schema ?? []) as Record<string, unknown>[];
      const keys = branches.flatMap((branch) => (Array.isArray(branch.required) ? (branch.required as string[]) : []));
      return keys.length === branches.length ? `at least one of ${list(keys)}` : 'none of the allowed forms';
    }
    case 'enum':
      return `one of ${list(err.params.allowedValues as unknown[])}`;
    case 'const':
      return `must be ${JSON.stringify(err.params.allowedValue)}`;
    case 'type':
      return `a JSON ${String(err.params.type).replaceAll(',', ' or ')}`;
    case 'minimum':
    case 'maximum':
    case 'exclusiveMinimum':
    case 'exclusiveMaximum': {
      const { minimum, maximum } = schema as { minimum?: number; maximum?: number };
      if (minimum !== undefined && maximum !== undefined) return `${minimum} to ${maximum}`;
      return minimum !== undefined ? `at least ${minimum}` : maximum !== undefined ? `at most ${maximum}` : err.message ?? '';
    }
    case 'minLength':
      return err.params.limit === 1 ? 'not empty' : `at least ${String(err.params.limit)} characters`;
    case 'maxLength':
      return `at most ${String(err.params.limit)} characters`;
    case 'pattern':
      return `must match /${String(err.params.pattern)}/`;
    case 'not': {
      const pattern = ((schema.not ?? {}) as { pattern?: string }).pattern;
      // A key no value may have ({"not": {}}) says why in its description.
      if (pattern) return `must not match /${pattern}/`;
      return typeof schema.description === 'string' ? schema.description : 'a value this API refuses';
    }
    case 'format':
      return `a ${String(err.params.format)} value`;
    default:
      return err.message ?? err.keyword;
  }
}

/**
 * The error to report: an anyOf of alternatives is reported as a whole (its branches' own errors, which
 * Ajv lists first, would each name only one alternative).
 */
function reported(errors: readonly ErrorObject[]): ErrorObject | undefined {
  const first = errors[0];
  const whole = errors.find((e) => e.keyword === 'anyOf' && first !== undefined && e.instancePath === first.instancePath && first.schemaPath.startsWith(`${e.schemaPath}/`));
  return whole ?? first;
}

interface FamilyStatuses {
  missing: StatusDef;
  unknownKey: StatusDef;
  wrongType: StatusDef;
  empty: StatusDef;
  otherwise: StatusDef;
}

const FAMILIES: Readonly<Record<SchemaFamily, FamilyStatuses>> = {
  captcha: { missing: Status.dataKey, unknownKey: Status.dataKey, wrongType: Status.dataKey, empty: Status.dataKey, otherwise: Status.dataKey },
  record: { missing: Status.missingKey, unknownKey: Status.valueError, wrongType: Status.valueType, empty: Status.emptyValue, otherwise: Status.valueError },
  query: { missing: Status.queryMissing, unknownKey: Status.queryArgName, wrongType: Status.queryArgType, empty: Status.queryMissing, otherwise: Status.queryArgValue },
};

/** The one mapping from a schema failure to a status, driven by the API's family and `x-status`. */
function statusForSchemaError(err: ErrorObject, family: SchemaFamily): StatusDef {
  const statuses = FAMILIES[family];
  if (err.keyword === 'required') return statuses.missing;
  if (err.keyword === 'additionalProperties') return statuses.unknownKey;
  const named = (err.parentSchema as Record<string, unknown> | undefined)?.['x-status'];
  if (typeof named === 'string' && isStatusName(named)) return Status[named];
  if (err.keyword === 'type') return statuses.wrongType;
  if (err.keyword === 'minLength' && err.params.limit === 1) return statuses.empty;
  return statuses.otherwise;
}

/** The first data key whose text a database could not store as given (NUL, a lone surrogate). */
function unstorableKey(data: unknown, path = ''): string | undefined {
  if (typeof data === 'string') return UNSTORABLE_TEXT.test(data) ? path : undefined;
  if (typeof data !== 'object' || data === null) return undefined;
  for (const [key, value] of Object.entries(data)) {
    const found = unstorableKey(value, path ? `${path}.${key}` : key);
    if (found !== undefined) return found;
  }
  return undefined;
}

/**
 * `schemaId` names a schema file. Record APIs also refuse text that the databases would not store alike
 * (PostgreSQL rejects NUL, MariaDB and SQLite keep it): -204 on all.
 */
export function dataValidator<T = unknown>(validators: SchemaValidators, schemaId: string, family: SchemaFamily): DataValidator<T> {
  const valid = validators[schemaId];
  if (!valid) throw new Error(`no schema ${schemaId}`);
  return (data) => {
    if (valid(data)) {
      const key = family === 'record' ? unstorableKey(data) : undefined;
      if (key !== undefined) throw new ApiError(Status.valueError, key);
      return;
    }
    const err = reported(valid.errors ?? []);
    if (!err) throw new ApiError(Status.jsonValue, 'data');
    const detail = [fieldOf(err, data), allowed(err)].filter(Boolean).join(': ');
    throw new ApiError(statusForSchemaError(err, family), detail);
  };
}
