import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { registry } from '../../handlers/registry.js';
import { answerSchemaOf, type ApiRow } from '../rpc/api.js';
import { FAMILY_STATUSES, ownStatuses } from '../rpc/statuses.js';
import { projectRoot } from '../paths.js';
import { readSchemaFiles, type SchemaFiles } from '../schemas.js';
import { GLOBAL_STATUSES } from '../status.js';
import { apiTypes, typeName } from './schema-types.js';

/** Where the typed client's generated part lives; `npm run client` writes it, a test checks it is current. */
export const clientApiPath = resolve(projectRoot, 'clients', 'ts', 'src', 'api.ts');

/** What status 1 "Empty records" answers for an API that has it: [] for a list, {} for one row. */
function noRecordsOf(row: ApiRow, schemas: SchemaFiles): string | undefined {
  if (!row.noRecords) return undefined;
  const schema = schemas.get(answerSchemaOf(row))?.schema as { type?: unknown } | undefined;
  return schema?.type === 'array' ? 'never[]' : 'Record<string, never>';
}

/**
 * The typed client's api.ts: every API's data and answer types (the generator of src/generated/schema-types.ts,
 * on the same schemas), the statuses each may answer as a union, and the path that serves it.
 */
export async function clientApiSource(): Promise<string> {
  const globals = GLOBAL_STATUSES.filter((s) => s.code !== 0).map((s) => s.code);
  const schemas = readSchemaFiles();
  const entries = registry.map((row) => {
    const name = `${row.type}/${row.subtype}`;
    const noRecords = noRecordsOf(row, schemas);
    const statuses = [...new Set([0, ...ownStatuses(row, schemas.get(row.schema)?.schema).map((s) => s.code)])].sort((a, b) => a - b);
    return {
      name,
      type: `  ${JSON.stringify(name)}: {\n    data: ${typeName(row.schema)};\n    answer: ${typeName(answerSchemaOf(row))};\n    statuses: ${statuses.join(' | ')} | GlobalStatus;\n    refused: Record<string, never>${noRecords && noRecords !== 'Record<string, never>' ? ` | ${noRecords}` : ''};\n  };`,
      path: `  ${JSON.stringify(name)}: { path: ${JSON.stringify(row.urls[0] ?? '')}, token: ${row.auth} },`,
    };
  });
  return [
    '// Generated from schemas/*.json and handlers/registry.ts by `npm run client`: do not edit by hand.',
    '/* eslint-disable */',
    await apiTypes(),
    '/** A status any API may answer (the global table). */',
    `export type GlobalStatus = ${[...new Set(globals)].join(' | ')};`,
    '',
    '/** The statuses of the lost-and-found GET (its own table). */',
    `export type PropertyQueryStatus = ${[...new Set(FAMILY_STATUSES.query.map((s) => s.code))].join(' | ')};`,
    '',
    '/** Every API: its data, its success answer, the statuses it answers, and the data of a refusal. */',
    'export interface Apis {',
    ...entries.map((e) => e.type),
    '}',
    '',
    'export type ApiName = keyof Apis;',
    '',
    '/** The path below the base path that serves each API, and whether it needs a token. */',
    'export const API: { readonly [K in ApiName]: { readonly path: string; readonly token: boolean } } = {',
    ...entries.map((e) => e.path),
    '};',
    '',
  ].join('\n');
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  writeFileSync(clientApiPath, await clientApiSource());
  process.stdout.write(`wrote ${clientApiPath}\n`);
}
