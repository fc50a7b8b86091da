import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Ajv } from 'ajv';
import standaloneCode from 'ajv/dist/standalone/index.js';
import { compile, type JSONSchema } from 'json-schema-to-typescript';
import { CONFIG_AJV_OPTIONS, configSchema } from '../config.schema.js';
import { loadSchemas } from '../schema-compiler.js';
import { readSchemaFiles, schemaFilesDigest, schemasDir } from '../schemas.js';

/** Where the generated code lives; `npm run schema-types` writes it, a test checks it is current. */
const generatedDir = resolve(schemasDir, '..', 'src', 'generated');
export const schemaTypesPath = resolve(generatedDir, 'schema-types.ts');
export const configValidatorPath = resolve(generatedDir, 'config-validator.ts');
export const schemaValidatorsPath = resolve(generatedDir, 'schema-validators.ts');

/** Files that are not one API's data or answer: the envelope, and definitions shared by several schemas. */
const NOT_DATA = new Set(['envelope.json', 'property.fields.json', 'shop.fields.json', 'answer.fields.json']);

/** "property.add.json" → "PropertyAddData"; "property.add.answer.json" → "PropertyAddAnswer". */
export const typeName = (file: string): string => {
  const answer = file.endsWith('.answer.json');
  const words = file.replace(/(\.answer)?\.json$/, '').split('.');
  return `${words.map((part) => part[0]?.toUpperCase() + part.slice(1)).join('')}${answer ? 'Answer' : 'Data'}`;
};

const OPTIONS = { bannerComment: '', additionalProperties: false, cwd: schemasDir, format: true, unknownAny: true } as const;

/**
 * The TypeScript types of the configuration and of every API's data, derived from their JSON Schemas:
 * the schemas are the one source, and no interface repeats one by hand.
 */
export async function schemaTypes(): Promise<string> {
  return [
    '// Generated from src/config.schema.ts and schemas/*.json by `npm run schema-types`: do not edit by hand.',
    '/* eslint-disable */',
    await compile(configSchema as JSONSchema, 'Config', OPTIONS),
    await apiTypes(),
  ].join('\n');
}

/** Every API's data and answer types, from schemas/*.json (the typed client has them too). */
export async function apiTypes(): Promise<string> {
  const files = readSchemaFiles();
  const parts: string[] = [];
  for (const [file, { schema }] of files) {
    // Without its title and $id, the generator names the type as asked.
    const { title, $id, ...body } = schema as JSONSchema;
    if (!NOT_DATA.has(file)) parts.push(await compile(body, typeName(file), OPTIONS));
  }
  // Each API's request schema with its two types: what ties a registry row's handler to its schema.
  const apis = [...files.keys()].filter((file) => files.has(file.replace(/\.json$/, '.answer.json')));
  const entries = apis.map((file) => `  ${JSON.stringify(file)}: { data: ${typeName(file)}; answer: ${typeName(file.replace(/\.json$/, '.answer.json'))} };`);
  parts.push(`/** Each API's request schema file, with its data type and its answer type. */\nexport interface ApiSchemas {\n${entries.join('\n')}\n}\n`);
  return parts.join('\n');
}

/** Ajv's standalone output as a TypeScript module of the service's (ES module, unchecked, unlinted). */
function generatedModule(source: string, code: string, imports: string[] = []): string {
  return [
    `// Generated from ${source} by \`npm run schema-types\`: do not edit by hand.`,
    '/* eslint-disable */',
    '// @ts-nocheck',
    ...imports,
    // Ajv's ES module output still requires its runtime helpers.
    "import { createRequire } from 'node:module';",
    'const require = createRequire(import.meta.url);',
    code.replace(/^"use strict";/, ''),
    '',
  ].join('\n');
}

const CODE = { source: true, esm: true, lines: true } as const;

/**
 * The configuration's validator as code (Ajv's standalone output), so that a start does not compile the
 * schema: compiling it was a large part of every start, for the same result each time.
 */
export function configValidatorSource(): string {
  const ajv = new Ajv({ ...CONFIG_AJV_OPTIONS, code: CODE });
  return generatedModule('src/config.schema.ts', standaloneCode.default(ajv, ajv.compile(configSchema)));
}

/**
 * Every schema file's validator as code, in one module whose `validators` names each by its file. A start
 * loads it far faster than Ajv could load and compile the schemas, and no first request compiles one.
 */
export function schemaValidatorsSource(): string {
  const files = readSchemaFiles();
  const ids = [...files.keys()];
  // Named apart from Ajv's own (schemaN, validateN, funcN), which share the module's scope.
  const exports = Object.fromEntries(ids.map((id, i) => [`file${i}`, id]));
  const code = standaloneCode.default(loadSchemas(files, CODE), exports);
  const table = `export const validators = {\n${ids.map((id, i) => `  ${JSON.stringify(id)}: file${i},`).join('\n')}\n};`;
  // What they were generated from, so that a start can tell they are stale (see validate.ts).
  const digest = `export const schemaFilesDigest = ${JSON.stringify(schemaFilesDigest(files))};`;
  return generatedModule('schemas/*.json', `${code}\n${table}\n${digest}`, ["import { schemaFormats } from '../schema-formats.js';"]);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  for (const [path, text] of [
    [schemaTypesPath, await schemaTypes()],
    [configValidatorPath, configValidatorSource()],
    [schemaValidatorsPath, schemaValidatorsSource()],
  ] as const) {
    writeFileSync(path, text);
    process.stdout.write(`wrote ${path}\n`);
  }
}
