import knexFactory from 'knex';
import { createClient } from 'redis';
import { buildConfig, type Config, type DbClient } from '../../src/config.js';

/** Where the machine's shared services listen; overridable for other machines. */
export const MYSQL_URL = process.env.TEST_MYSQL_URL ?? 'mysql://root@127.0.0.1:3306';
export const PG_URL = process.env.TEST_PG_URL ?? 'postgres://postgres@127.0.0.1:5432';
export const REDIS_URL = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';
/**
 * This run's own suffix (the process's id: the same in every copy of this module mocha loads), so that
 * two runs on one machine, CI's and a developer's, never drop each other's databases or accounts.
 */
export const RUN = process.env.TEST_RUN ?? String(process.pid);
/** The database the suite drops and recreates on each server; every other one a run makes starts with it. */
export const TEST_DATABASE = process.env.TEST_DATABASE ?? `campus_test_${RUN}`;

export interface BackendSpec {
  name: string;
  db: DbClient;
  kv: 'memory' | 'redis';
}

export const SQLITE_MEMORY: BackendSpec = { name: 'sqlite+memory', db: 'sqlite', kv: 'memory' };
const SERVER_BACKENDS: BackendSpec[] = [
  { name: 'mysql+redis', db: 'mysql', kv: 'redis' },
  { name: 'pg+redis', db: 'pg', kv: 'redis' },
];

const REQUIRED = process.env.CI === 'true';

async function withTimeout<T>(work: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what}: no answer in ${ms} ms`)), ms);
  });
  try {
    return await Promise.race([work, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

/**
 * Gives the test run a fresh database: dropped and created once per process, so a suite never sees rows
 * or a schema left by an earlier run. On MySQL, `collation` null takes the server's default for utf8mb4.
 */
export async function recreateDatabase(client: 'mysql' | 'pg', name = TEST_DATABASE, collation: string | null = null): Promise<void> {
  const admin = knexFactory(
    client === 'mysql'
      ? { client: 'mysql2', connection: MYSQL_URL, pool: { min: 0, max: 1 } }
      : { client: 'pg', connection: `${PG_URL}/postgres`, pool: { min: 0, max: 1 } },
  );
  try {
    if (client === 'mysql') {
      await admin.raw(`DROP DATABASE IF EXISTS ${name}`);
      await admin.raw(`CREATE DATABASE ${name} CHARACTER SET utf8mb4${collation ? ` COLLATE ${collation}` : ''}`);
    } else {
      await admin.raw(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await admin.raw(`CREATE DATABASE ${name} ENCODING 'UTF8'`);
    }
  } finally {
    await admin.destroy();
  }
}

/** Drops every database of this run (TEST_DATABASE and those named after it) on `client`'s server. */
export async function dropRunDatabases(client: 'mysql' | 'pg'): Promise<void> {
  const admin = knexFactory(
    client === 'mysql'
      ? { client: 'mysql2', connection: MYSQL_URL, pool: { min: 0, max: 1 } }
      : { client: 'pg', connection: `${PG_URL}/postgres`, pool: { min: 0, max: 1 } },
  );
  try {
    const names =
      client === 'mysql'
        ? ((await admin.raw('SHOW DATABASES')) as [{ Database: string }[]])[0].map((row) => row.Database)
        : ((await admin.raw('SELECT datname FROM pg_database')) as { rows: { datname: string }[] }).rows.map((row) => row.datname);
    for (const name of names.filter((n) => n === TEST_DATABASE || n.startsWith(`${TEST_DATABASE}_`))) {
      await admin.raw(client === 'mysql' ? `DROP DATABASE IF EXISTS ${name}` : `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    }
  } finally {
    await admin.destroy();
  }
}

async function redisAnswers(): Promise<void> {
  const client = createClient({ url: REDIS_URL, socket: { reconnectStrategy: false, connectTimeout: 2000 } });
  client.on('error', () => undefined);
  try {
    await client.connect();
    await client.ping();
  } finally {
    client.destroy();
  }
}

let probed: Promise<BackendSpec[]> | undefined;

/**
 * The backend matrix: sqlite+memory always; MariaDB+Redis and PostgreSQL+Redis when they answer. Under
 * CI=true a backend that does not answer fails the run instead of being left out.
 */
export function backendMatrix(): Promise<BackendSpec[]> {
  probed ??= (async () => {
    const found: BackendSpec[] = [SQLITE_MEMORY];
    for (const spec of SERVER_BACKENDS) {
      try {
        await withTimeout(Promise.all([recreateDatabase(spec.db as 'mysql' | 'pg'), redisAnswers()]), 10000, spec.name);
        found.push(spec);
      } catch (err) {
        if (REQUIRED) throw new Error(`CI=true and ${spec.name} is unavailable: ${(err as Error).message}`, { cause: err });
        process.stderr.write(`  (skipping ${spec.name}: ${(err as Error).message})\n`);
      }
    }
    return found;
  })();
  return probed;
}

export function dbConnection(db: DbClient): Config['db']['connection'] {
  switch (db) {
    case 'sqlite':
      return { filename: ':memory:' };
    case 'mysql':
      return `${MYSQL_URL}/${TEST_DATABASE}`;
    case 'pg':
      return `${PG_URL}/${TEST_DATABASE}`;
  }
}

/** A complete config for a backend, with a kv prefix of its own so suites never see each other's keys. */
export function testConfig(spec: BackendSpec, patch: Record<string, unknown> = {}): Config {
  const prefix = `test:${Math.random().toString(36).slice(2, 10)}:`;
  const base: Record<string, unknown> = {
    log: { level: 'silent' },
    db: { client: spec.db, connection: dbConnection(spec.db) },
    kv: { driver: spec.kv, url: REDIS_URL, prefix },
  };
  return buildConfig(deepMerge(base, patch), process.cwd(), {});
}

export function deepMerge(base: Record<string, unknown>, patch: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = { ...base };
  for (const [key, value] of Object.entries(patch)) {
    const prev = out[key];
    const bothObjects = [prev, value].every((v) => typeof v === 'object' && v !== null && !Array.isArray(v));
    out[key] = bothObjects ? deepMerge(prev as Record<string, unknown>, value as Record<string, unknown>) : value;
  }
  return out;
}

// A root hook, registered by whichever test file loads this module first (a single file run too): once
// every suite has run, the databases this run made are dropped, so runs leave nothing on a shared server.
after("drops this run's databases", async function () {
  this.timeout(60000);
  for (const spec of await backendMatrix()) if (spec.db !== 'sqlite') await dropRunDatabases(spec.db);
});
