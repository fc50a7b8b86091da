import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { projectRoot } from './paths.js';

export const schemasDir = resolve(projectRoot, 'schemas');

/** The schema files exactly as stored, by file name: served to clients as they are, and the validators' source. */
export type SchemaFiles = ReadonlyMap<string, { text: string; schema: object }>;

export function readSchemaFiles(dir = schemasDir): Map<string, { text: string; schema: object }> {
  const files = new Map<string, { text: string; schema: object }>();
  for (const name of readdirSync(dir).filter((f) => f.endsWith('.json')).sort()) {
    const text = readFileSync(resolve(dir, name), 'utf8');
    files.set(name, { text, schema: JSON.parse(text) as object });
  }
  return files;
}
