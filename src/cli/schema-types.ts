import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Ajv } from 'ajv';
import standaloneCode from 'ajv/dist/standalone/index.js';
import { compile, type JSONSchema } from 'json-schema-to-typescript';
import { CONFIG_AJV_OPTIONS, configSchema } from '../config.schema.js';
import { readSchemaFiles, schemasDir } from '../schemas.js';

/** Where the generated code lives; `npm run schema-types` writes it, a test checks it is current. */
export const schemaTypesPath = resolve(schemasDir, '..', 'src', 'schema-types.ts');
export const configValidatorPath = resolve(schemasDir, '..', 'src', 'config-validator.ts');

/** Files that are not one API's data: the envelope, and definitions shared by several schemas. */
const NOT_DATA = new Set(['envelope.json', 'property.fields.json', 'shop.fields.json']);

/** "property.add.json" → "PropertyAddData"; "property.query.json" → "PropertyQueryData". */
const typeName = (file: string): string =>
  `${file
    .replace(/\.json$/, '')
    .split('.')
    .map((part) => part[0]?.toUpperCase() + part.slice(1))
    .join('')}Data`;

const OPTIONS = { bannerComment: '', additionalProperties: false, cwd: schemasDir, format: true, unknownAny: true } as const;

/**
 * The TypeScript types of the configuration and of every API's data, derived from their JSON Schemas:
 * the schemas are the one source, and no interface repeats one by hand.
 */
export async function schemaTypes(): Promise<string> {
  const parts = [
    '// Generated from src/config.schema.ts and schemas/*.json by `npm run schema-types`: do not edit by hand.',
    '/* eslint-disable */',
    await compile(configSchema as JSONSchema, 'Config', OPTIONS),
  ];
  for (const [file, { schema }] of readSchemaFiles()) {
    // Without its title and $id, the generator names the type as asked.
    const { title, $id, ...body } = schema as JSONSchema;
    if (!NOT_DATA.has(file)) parts.push(await compile(body, typeName(file), OPTIONS));
  }
  return `${parts.join('\n')}`;
}

/**
 * The configuration's validator as code (Ajv's standalone output), so that a start does not compile the
 * schema: compiling it was 110-150 ms of every start, a seventh of it, for the same result each time.
 */
export function configValidatorSource(): string {
  const ajv = new Ajv({ ...CONFIG_AJV_OPTIONS, code: { source: true, esm: true, lines: true } });
  const code = standaloneCode.default(ajv, ajv.compile(configSchema));
  return [
    '// Generated from src/config.schema.ts by `npm run schema-types`: do not edit by hand.',
    '/* eslint-disable */',
    '// @ts-nocheck',
    // Ajv's ES module output still requires its runtime helpers.
    "import { createRequire } from 'node:module';",
    'const require = createRequire(import.meta.url);',
    code.replace(/^"use strict";/, ''),
    '',
  ].join('\n');
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  for (const [path, text] of [
    [schemaTypesPath, await schemaTypes()],
    [configValidatorPath, configValidatorSource()],
  ] as const) {
    writeFileSync(path, text);
    process.stdout.write(`wrote ${path}\n`);
  }
}
