import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { compile, type JSONSchema } from 'json-schema-to-typescript';
import { configSchema } from '../config.schema.js';
import { readSchemaFiles, schemasDir } from '../schemas.js';

/** Where the generated types live; `npm run schema-types` writes it, a test checks it is current. */
export const schemaTypesPath = resolve(schemasDir, '..', 'src', 'schema-types.ts');

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

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  writeFileSync(schemaTypesPath, await schemaTypes());
  process.stdout.write(`wrote ${schemaTypesPath}\n`);
}
