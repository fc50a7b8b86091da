import { createRequire } from 'node:module';
import { _, Ajv, type CodeOptions, type KeywordDefinition } from 'ajv';
import { schemaFormats } from './schema-formats.js';
import type { SchemaFiles } from './schemas.js';
import { Status } from './status.js';

// A CommonJS module whose typings declare an ES default export that does not exist at run time.
const transformKeyword = createRequire(import.meta.url)('ajv-keywords/dist/definitions/transform') as () => KeywordDefinition;

/**
 * One Ajv holding every schema file, so that a schema can $ref the shared definitions of another. The
 * service does not run it: `npm run schema-types` turns it into code (src/generated/schema-validators.ts).
 * `verbose` makes every error carry the schema object it failed in, which is where an `x-status`
 * annotation names the status for that field's bad values.
 */
export function loadSchemas(files: SchemaFiles, code: CodeOptions): Ajv {
  // strictRequired off: "one of these keys is required" is an anyOf of requireds whose properties sit beside it.
  const ajv = new Ajv({
    allErrors: false,
    verbose: true,
    strict: true,
    strictTypes: false,
    strictRequired: false,
    // Generated code names the formats by where they live.
    code: { ...code, formats: _`schemaFormats` },
  });
  // `transform: ["trim"]` trims a value before its other keywords see it (shop names compare trimmed).
  ajv.addKeyword(transformKeyword());
  ajv.addKeyword({ keyword: 'x-status', schemaType: 'string', metaSchema: { enum: Object.keys(Status) } });
  // An answer schema's note of what an empty list or lookup answers with status 1 "Empty records".
  // A request schema's name for its type, in the clients' language and in English (the docs' groups).
  ajv.addKeyword({ keyword: 'x-type-name', schemaType: 'string' });
  for (const [name, format] of Object.entries(schemaFormats)) ajv.addFormat(name, format);
  for (const { schema } of files.values()) ajv.addSchema(schema);
  return ajv;
}
