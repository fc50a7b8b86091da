import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import { Ajv, type KeywordDefinition, type ValidateFunction } from 'ajv';
import { projectRoot } from './paths.js';
import { isDateTimeText } from './services/datetime.js';
import { Status } from './status.js';

// A CommonJS module whose typings declare an ES default export that does not exist at run time.
const transformKeyword = createRequire(import.meta.url)('ajv-keywords/dist/definitions/transform') as () => KeywordDefinition;

export const schemasDir = resolve(projectRoot, 'schemas');

/** The schema files exactly as stored, by file name: compiled here and served to clients as they are. */
export function readSchemaFiles(dir = schemasDir): Map<string, { text: string; schema: object }> {
  const files = new Map<string, { text: string; schema: object }>();
  for (const name of readdirSync(dir).filter((f) => f.endsWith('.json')).sort()) {
    const text = readFileSync(resolve(dir, name), 'utf8');
    files.set(name, { text, schema: JSON.parse(text) as object });
  }
  return files;
}

/**
 * One Ajv for all API schemas. `verbose` makes every error carry the schema object it failed in, which
 * is where an `x-status` annotation names the status for that field's bad values.
 */
function createAjv(): Ajv {
  // strictRequired off: "one of these keys is required" is an anyOf of requireds whose properties sit beside it.
  const ajv = new Ajv({ allErrors: false, verbose: true, strict: true, strictTypes: false, strictRequired: false });
  // `transform: ["trim"]` trims a value before its other keywords see it (shop names compare trimmed).
  ajv.addKeyword(transformKeyword());
  ajv.addKeyword({ keyword: 'x-status', schemaType: 'string', metaSchema: { enum: Object.keys(Status) } });
  ajv.addFormat('campus-datetime', {
    type: 'string',
    // Empty text is allowed where the API fills in a default (occurrence_time, publish_time, …).
    validate: (text: string) => text === '' || isDateTimeText(text),
  });
  return ajv;
}

/** One Ajv holding every schema file, so that a schema can $ref the shared definitions of another. */
export type SchemaFiles = ReadonlyMap<string, { text: string; schema: object }>;

export function loadSchemas(files: SchemaFiles = readSchemaFiles()): Ajv {
  const ajv = createAjv();
  for (const { schema } of files.values()) ajv.addSchema(schema);
  return ajv;
}

export type { ValidateFunction };
