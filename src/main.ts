import cluster from 'node:cluster';
import { isIP } from 'node:net';
import { registry } from '../handlers/registry.js';
import { createApp } from './http/app.js';
import { AdoptionFailed, migrate, MigrationsPending } from './backends/db/migrating.js';
import { createDatabase, type Knex } from './backends/db/pool.js';
import { reachDatabase, StartFailed } from './backends/db-start.js';
import { commandArgs } from './cli/args.js';
import { type Config, ConfigError, loadConfig } from './config.js';
import { createContext } from './context.js';
import { createLogger, exitAfterFlush, type Logger } from './log.js';
import { serveClusterMetrics } from './metrics.js';
import { createHttpServer, type HttpServer } from './http/server.js';

function readConfig(): Config {
  try {
    const { configPath, positional } = commandArgs(process.argv.slice(2));
    if (positional.length > 0) throw new ConfigError(`unexpected argument ${positional[0]}; usage: main [-c config.json]`);
    return loadConfig(configPath);
  } catch (err) {
    process.stderr.write(`${(err as Error).message}\n`);
    process.exit(1);
  }
}

/** What `work` answers; if it fails, the pool is closed first, so that a failed start leaves no connection open. */
async function closingOnFailure<T>(db: Knex, work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (err) {
    await db.destroy();
    throw err;
  }
}

/**
 * The database, migrated first when asked, before anything else starts: nothing (Redis, say) is started
 * for a database that is not there.
 */
async function openDatabase(config: Config, log: Logger, runMigrations: boolean): Promise<Knex> {
  const db = await createDatabase(config, log);
  await closingOnFailure(db, async () => {
    await reachDatabase(db, config, log);
    if (runMigrations) await migrate(db, config, log);
  });
  return db;
}

/** Whether an address is this machine's only: what a host of 127.0.0.1, ::1 or localhost serves. */
function isLoopback(host: string): boolean {
  return host === 'localhost' || (isIP(host) !== 0 && (host === '::1' || host.startsWith('127.')));
}

/** A warning when /metrics answers anyone who can reach a non-loopback address. */
function openMetrics(config: Config): string | undefined {
  if (!config.metrics.enabled || config.metrics.token !== '' || isLoopback(config.server.host)) return undefined;
  return `GET /metrics is open to anyone who reaches ${config.server.host}:${config.server.port}: set metrics.token (CAMPUS_METRICS_TOKEN), or metrics.enabled false, or block /metrics at the proxy`;
}

/** Where the data lives, as an operator needs to see it at start (never a password). */
function describeBackends(config: Config): string {
  const { client, connection } = config.db;
  let db: string;
  if (client === 'sqlite') db = String((connection as { filename?: unknown }).filename);
  else if (typeof connection === 'string') {
    const url = new URL(connection);
    db = `${url.host}${url.pathname}`;
  } else {
    const c = connection as { host?: unknown; port?: unknown; database?: unknown };
    db = `${String(c.host ?? 'localhost')}${c.port ? `:${String(c.port)}` : ''}/${String(c.database ?? '')}`;
  }
  const objects = config.objects.driver === 'disk' ? config.objects.dir : `${config.objects.cos.bucket} (${config.objects.cos.region})`;
  return `db ${client} ${db}, kv ${config.kv.driver}, objects ${config.objects.driver} ${objects}, sms ${config.sms.driver}`;
}

/** A database that does not exist is a setup step missed, not a crash: one line that says how to fix it. */
function missingDatabase(err: unknown, config: Config): string | undefined {
  const code = (err as { code?: unknown }).code;
  if (code !== 'ER_BAD_DB_ERROR' && code !== '3D000') return undefined;
  const { connection } = config.db;
  const named = typeof connection === 'string' ? new URL(connection).pathname.slice(1) : String((connection as { database?: unknown }).database ?? '');
  const create =
    config.db.client === 'mysql'
      ? `mysql -e "CREATE DATABASE ${named} CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci"`
      : `psql -c "CREATE DATABASE ${named} ENCODING 'UTF8'"`;
  return `database "${named}" does not exist on the ${config.db.client} server: create it (${create}), then start again`;
}

/**
 * Stops reading requests, lets those in flight finish and close their connections, then closes the
 * pools: a handler never finds its database gone. A second signal (npm and a supervisor may both send
 * one) changes nothing.
 */
function shutdownOnSignal(http: HttpServer, close: () => Promise<void>, log: Logger): void {
  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    log.info(`${signal}: finishing in-flight requests`);
    void http
      .drain()
      .then(close)
      .then(() => {
        log.info('stopped');
        exitAfterFlush(log, 0);
      });
  };
  process.on('SIGTERM', () => stop('SIGTERM'));
  process.on('SIGINT', () => stop('SIGINT'));
}

/** A single process serves with the pool it migrated with: one connect less at every start. */
async function serve(config: Config, log: Logger, runMigrations: boolean): Promise<void> {
  const db = await openDatabase(config, log, runMigrations);
  const context = await closingOnFailure(db, () => createContext(config, log, { db }));
  const http = createHttpServer(createApp(context, registry), config.server, log);
  const { server } = http;
  await new Promise<void>((resolve, reject) => {
    server.once('listening', resolve);
    server.once('error', reject);
    server.listen(config.server.port, config.server.host);
  });
  shutdownOnSignal(
    http,
    async () => {
      await context.close();
      await db.destroy();
    },
    log,
  );
  const exposed = openMetrics(config);
  if (exposed) log.warn(exposed);
  if (config.captcha.logCodes) log.warn('captcha.logCodes is on: every image captcha code is written to this log. Never run it so in production.');
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : config.server.port;
  log.info(`listening on http://${config.server.host}:${port} (${describeBackends(config)})`);
}

/** With several workers the primary migrates once, then forks; workers share the port through cluster. */
async function supervise(config: Config, log: Logger): Promise<void> {
  await (await openDatabase(config, log, true)).destroy();
  serveClusterMetrics();
  let stopping = false;
  for (let i = 0; i < config.server.workers; i++) cluster.fork();
  cluster.on('exit', (worker, code) => {
    if (stopping) {
      if (Object.keys(cluster.workers ?? {}).length === 0) exitAfterFlush(log, 0);
      return;
    }
    log.error(`worker ${worker.process.pid} exited with ${code}; starting another`);
    cluster.fork();
  });
  const stop = () => {
    stopping = true;
    for (const worker of Object.values(cluster.workers ?? {})) worker?.kill('SIGTERM');
  };
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
}

const config = readConfig();
const log = createLogger(config.log.level);
const run = cluster.isPrimary && config.server.workers > 1 ? supervise(config, log) : serve(config, log, cluster.isPrimary);
run.catch((err: unknown) => {
  const missing = missingDatabase(err, config);
  if (missing) log.fatal(missing);
  else if (err instanceof AdoptionFailed || err instanceof MigrationsPending || err instanceof StartFailed) log.fatal(err.message);
  else log.fatal({ err }, 'failed to start');
  exitAfterFlush(log, 1);
});
