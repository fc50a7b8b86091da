import { readFileSync } from 'node:fs';
import { dirname, isAbsolute, resolve } from 'node:path';
import type { ValidateFunction } from 'ajv';
import { clusterKeyProblem } from './backends/kv/hash-tags.js';
import { validate } from './generated/config-validator.js';
import { projectRoot } from './paths.js';

import type { Config } from './generated/schema-types.js';

/** The configuration's type comes from its schema (src/config.schema.ts), through `npm run schema-types`. */
export type { Config };
export type DbClient = Config['db']['client'];

export class ConfigError extends Error {
  override name = 'ConfigError';
}

export const repositoryConfigPath = resolve(projectRoot, 'config.json');

/** Generated from src/config.schema.ts (`npm run schema-types`): a start does not compile the schema. */
const validateConfig = validate as unknown as ValidateFunction;

/**
 * Secrets never live in the committed config.json: these environment variables supply them, the first
 * of a key's variables that is set and not empty.
 */
export const ENVIRONMENT: readonly { key: string; variables: readonly string[] }[] = [
  { key: 'db.connection', variables: ['CAMPUS_DB_CONNECTION'] },
  { key: 'kv.url', variables: ['CAMPUS_KV_URL'] },
  { key: 'kv.password', variables: ['CAMPUS_KV_PASSWORD'] },
  { key: 'kv.sentinelPassword', variables: ['CAMPUS_KV_SENTINEL_PASSWORD'] },
  { key: 'metrics.token', variables: ['CAMPUS_METRICS_TOKEN'] },
  { key: 'sms.tencent.secretId', variables: ['TENCENTCLOUD_SECRET_ID'] },
  { key: 'sms.tencent.secretKey', variables: ['TENCENTCLOUD_SECRET_KEY'] },
  { key: 'objects.cos.secretId', variables: ['COS_SECRET_ID', 'TENCENTCLOUD_SECRET_ID'] },
  { key: 'objects.cos.secretKey', variables: ['COS_SECRET_KEY', 'TENCENTCLOUD_SECRET_KEY'] },
];

function applyEnvironment(raw: Record<string, unknown>, env: NodeJS.ProcessEnv): void {
  for (const { key, variables } of ENVIRONMENT) {
    const value = variables.map((name) => env[name]).find((v) => v !== undefined && v !== '');
    if (value === undefined) continue;
    const path = key.split('.');
    let node = raw;
    for (const part of path.slice(0, -1)) {
      const next = node[part];
      if (typeof next !== 'object' || next === null) node[part] = {};
      node = node[part] as Record<string, unknown>;
    }
    // A connection given as JSON is an object (knex's connection options); otherwise a URL.
    node[path[path.length - 1] as string] = key === 'db.connection' && value.trimStart().startsWith('{') ? (JSON.parse(value) as unknown) : value;
  }
}

/** What a batch keeps back for refusing one of its envelopes, at most: its -406 envelope's JSON and a comma. */
const BATCH_REFUSAL_BYTES = 128;

/** Keys known by an earlier name: the earlier name is still read, into the new one. */
export const ALIASES: readonly { old: [string, string]; now: [string, string] }[] = [{ old: ['portrait', 'maxBytes'], now: ['pic', 'maxBytes'] }];

function applyAliases(raw: Record<string, unknown>): void {
  const section = (name: string): Record<string, unknown> | undefined => {
    const value = raw[name];
    return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
  };
  for (const { old, now } of ALIASES) {
    const given = section(old[0])?.[old[1]];
    if (given === undefined) continue;
    const current = section(now[0])?.[now[1]];
    if (current !== undefined && current !== given) {
      throw new ConfigError(`config: ${old.join('.')} is another name for ${now.join('.')}; give one of them (they differ: ${String(given)} and ${String(current)})`);
    }
    raw[now[0]] = { ...section(now[0]), [now[1]]: given };
  }
}

/**
 * Builds a complete Config from a partial object: defaults filled in, environment applied, checked.
 * `baseDir` anchors relative paths (the sqlite file, the objects folder) to the config file, not the cwd.
 */
export function buildConfig(partial: unknown, baseDir: string, env: NodeJS.ProcessEnv = process.env): Config {
  if (typeof partial !== 'object' || partial === null || Array.isArray(partial)) {
    throw new ConfigError('config: the file must hold a JSON object');
  }
  const raw = structuredClone(partial) as Record<string, unknown>;
  applyEnvironment(raw, env);
  applyAliases(raw);
  const redisGiven = givenRedisTopologies(raw);
  if (!validateConfig(raw)) {
    const problems = (validateConfig.errors ?? []).map((e) => {
      const where = e.instancePath.replace(/^\//, '').replaceAll('/', '.') || '(top level)';
      const extra =
        e.keyword === 'additionalProperties'
          ? ` "${String(e.params.additionalProperty)}"`
          : e.keyword === 'enum'
            ? ` (${(e.params.allowedValues as unknown[]).map((v) => JSON.stringify(v)).join(', ')})`
            : '';
      return `${where}: ${e.message ?? 'is invalid'}${extra}`;
    });
    throw new ConfigError(`config: ${problems.join('; ')}`);
  }
  const config = raw as unknown as Config;
  if (config.server.workers > 1 && config.kv.driver === 'memory') {
    throw new ConfigError('config: server.workers > 1 needs kv.driver "redis": workers must share captchas and limits');
  }
  if (redisGiven.length > 1) throw new ConfigError(`config: give one of ${redisGiven.join(', ')}: each names the whole Redis`);
  if (redisGiven.some((key) => key !== 'kv.url') && config.kv.driver !== 'redis') {
    throw new ConfigError(`config: ${String(redisGiven[0])} needs kv.driver "redis"`);
  }
  if (config.kv.cluster) {
    const problem = clusterKeyProblem(config.kv.prefix, config.captcha.legacySets);
    if (problem) throw new ConfigError(`config: ${problem}`);
  }
  if (config.captcha.legacySets && config.kv.driver === 'memory') {
    throw new ConfigError('config: captcha.legacySets needs kv.driver "redis": a set in one process\'s memory is seen by no Java service');
  }
  // A batch's answers keep room for refusing each of its envelopes -406 (about 100 bytes each).
  const refusals = config.server.maxBatch * BATCH_REFUSAL_BYTES;
  if (config.server.maxResponseBytes < refusals) {
    throw new ConfigError(`config: server.maxResponseBytes must be at least ${refusals} bytes: room to refuse each of server.maxBatch (${config.server.maxBatch}) envelopes`);
  }
  if (!isValidTimeZone(config.timeZone)) throw new ConfigError(`config: timeZone: unknown zone "${config.timeZone}"`);
  const local = (p: string) => (isAbsolute(p) ? p : resolve(baseDir, p));
  config.objects.dir = local(config.objects.dir);
  if (config.db.client === 'sqlite' && typeof config.db.connection === 'object') {
    const filename = config.db.connection.filename;
    if (typeof filename === 'string' && filename !== ':memory:') config.db.connection.filename = local(filename);
  }
  return config;
}

/** Which of kv.url, kv.cluster and kv.sentinel the file or the environment gives (defaults not yet filled in). */
function givenRedisTopologies(raw: Record<string, unknown>): string[] {
  const kv = raw.kv;
  if (typeof kv !== 'object' || kv === null) return [];
  const given = kv as Record<string, unknown>;
  return ['url', 'cluster', 'sentinel'].filter((key) => given[key] !== undefined && given[key] !== null).map((key) => `kv.${key}`);
}

function isValidTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

export function loadConfig(path: string = repositoryConfigPath, env: NodeJS.ProcessEnv = process.env): Config {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (err) {
    throw new ConfigError(`config: cannot read ${path}: ${(err as Error).message}`);
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (err) {
    throw new ConfigError(`config: ${path} is not valid JSON: ${(err as Error).message}`);
  }
  return buildConfig(parsed, dirname(resolve(path)), env);
}
