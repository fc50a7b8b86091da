import { createHash } from 'node:crypto';
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

/** A digest of the schema files as stored: names and texts, in order (a checkout's line endings aside). */
export function schemaFilesDigest(files: SchemaFiles): string {
  const hash = createHash('sha256');
  for (const [name, { text }] of files) hash.update(`${name}\0${text.replaceAll('\r\n', '\n')}\0`);
  return hash.digest('hex');
}
