import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { registry } from '../../handlers/registry.js';
import type { ApiRow } from '../rpc/api.js';
import { familyCodes, ownStatuses, whenAnswered } from '../rpc/statuses.js';
import { readSchemaFiles } from '../schemas.js';
import { projectRoot } from '../paths.js';

/** docs/API.md: its status lines are generated from the registry (`npm run schema-types`), a test checks them. */
export const apiDocPath = resolve(projectRoot, 'docs', 'API.md');

/** A generated block: `<!-- statuses of pic/upload -->`, its line, `<!-- end -->`. */
const BLOCK = /<!-- statuses of ([a-z]+\/[a-z]+) -->\n[^\n]*\n<!-- end -->/g;

const nameOf = (row: ApiRow) => `${row.type}/${row.subtype}`;

/** An API's line of statuses: those of its own, each with what answers it, and its family's. */
export function statusLine(row: ApiRow, schema: unknown): string {
  const own = ownStatuses(row, schema).map((s) => `${s.code} "${s.message}" (${whenAnswered(row, s)})`);
  const family = `those of every ${row.family} API: ${familyCodes(row.family).join(', ')}`;
  return own.length ? `Statuses of its own: ${own.join('; ')}; and ${family}.` : `Statuses: ${family}.`;
}

/** docs/API.md with each generated block made from the registry again; an unknown API in a block is an error. */
export function renderApiDoc(text: string): string {
  const rows = new Map(registry.map((row) => [nameOf(row), row]));
  const schemas = readSchemaFiles();
  return text.replace(BLOCK, (_block, name: string) => {
    const row = rows.get(name);
    if (!row) throw new Error(`docs/API.md names ${name}, which the registry does not have`);
    return `<!-- statuses of ${name} -->\n${statusLine(row, schemas.get(row.schema)?.schema)}\n<!-- end -->`;
  });
}

/** The APIs docs/API.md has a block of statuses for. */
export function documentedApis(text: string): Set<string> {
  return new Set([...text.matchAll(BLOCK)].map((m) => m[1] as string));
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  writeFileSync(apiDocPath, renderApiDoc(readFileSync(apiDocPath, 'utf8')));
  process.stdout.write(`wrote ${apiDocPath}\n`);
}
