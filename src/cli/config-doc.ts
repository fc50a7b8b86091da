import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ALIASES, ENVIRONMENT } from '../config.js';
import { configSchema } from '../config.schema.js';
import { projectRoot } from '../paths.js';

/** docs/CONFIG.md, generated from src/config.schema.ts by `npm run schema-types`; a test checks it is current. */
export const configDocPath = resolve(projectRoot, 'docs', 'CONFIG.md');

interface Node {
  type?: unknown;
  properties?: Record<string, Node>;
  description?: string;
  default?: unknown;
  enum?: unknown[];
  minimum?: number;
  maximum?: number;
}

export interface ConfigKey {
  name: string;
  schema: Node;
}

/** Every key of the configuration, by its dotted name, in the schema's order (sections are not keys). */
export function configKeys(node: Node = configSchema as Node, path: string[] = []): ConfigKey[] {
  if (node.type === 'object' && node.properties) return Object.entries(node.properties).flatMap(([key, child]) => configKeys(child, [...path, key]));
  return [{ name: path.join('.'), schema: node }];
}

const cell = (text: string) => text.replaceAll('|', '\\|').replaceAll('\n', ' ');
const MiB = 1024 * 1024;

function defaultOf(key: ConfigKey): string {
  const alias = ALIASES.find((a) => a.old.join('.') === key.name);
  if (alias) return `(${alias.now.join('.')})`;
  const value = key.schema.default;
  if (typeof value === 'number' && value >= MiB && value % MiB === 0) return `\`${value}\` (${value / MiB} MiB)`;
  return `\`${JSON.stringify(value)}\``;
}

function rangeOf({ enum: values, minimum, maximum }: Node): string {
  if (values) return ` One of ${values.map((v) => `\`${JSON.stringify(v)}\``).join(', ')}.`;
  if (minimum !== undefined && maximum !== undefined) return ` ${minimum} to ${maximum}.`;
  return minimum !== undefined && minimum > 0 ? ` At least ${minimum}.` : '';
}

export function renderConfigDoc(): string {
  const rows = configKeys().map((key) => {
    const env = ENVIRONMENT.find((e) => e.key === key.name)?.variables.map((v) => `\`${v}\``).join(', ') ?? '';
    return `| \`${key.name}\` | ${defaultOf(key)} | ${env} | ${cell(`${key.schema.description ?? ''}${rangeOf(key.schema)}`)} |`;
  });
  return [
    '# Configuration',
    '',
    '<!-- Generated from src/config.schema.ts by `npm run schema-types`: do not edit by hand. -->',
    '',
    'The service reads `config.json` at the repository\'s root, or the file given with `-c <path>`. A file',
    'gives only the keys it changes: every other key has the default below. A misspelt key, a value of the',
    'wrong type or out of range stops the start with one line naming it. Secrets come from the environment',
    'variables named below, never from a committed file; relative paths are taken from the config file\'s',
    'folder.',
    '',
    '| key | default | environment | what it does |',
    '|---|---|---|---|',
    ...rows,
    '',
  ].join('\n');
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const text = renderConfigDoc();
  let current = '';
  try {
    current = readFileSync(configDocPath, 'utf8');
  } catch {
    // written for the first time
  }
  if (current !== text) writeFileSync(configDocPath, text);
  process.stdout.write(`wrote ${configDocPath}\n`);
}
