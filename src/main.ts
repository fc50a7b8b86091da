import cluster from 'node:cluster';
import { registry } from '../handlers/registry.js';
import { createApp } from './app.js';
import { migrate } from './backends/db.js';
import { commandArgs } from './cli/args.js';
import { type Config, ConfigError, loadConfig } from './config.js';
import { type AppContext, createContext } from './context.js';
import { createLogger, type Logger } from './log.js';
import { createHttpServer, type HttpServer } from './server.js';

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

async function migrateOnce(config: Config, log: Logger): Promise<void> {
  const context = await createContext(config, log);
  try {
    await migrate(context.db);
  } finally {
    await context.close();
  }
}

/**
 * Stops reading requests, lets those in flight finish and close their connections, then closes the
 * pools: a handler never finds its database gone. A second signal (npm and a supervisor may both send
 * one) changes nothing.
 */
function shutdownOnSignal(http: HttpServer, context: AppContext, log: Logger): void {
  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    log.info(`${signal}: finishing in-flight requests`);
    void http
      .drain()
      .then(() => context.close())
      .then(() => {
        log.info('stopped');
        process.exit(0);
      });
  };
  process.on('SIGTERM', () => stop('SIGTERM'));
  process.on('SIGINT', () => stop('SIGINT'));
}

async function serve(config: Config, log: Logger, runMigrations: boolean): Promise<void> {
  if (runMigrations) await migrateOnce(config, log);
  const context = await createContext(config, log);
  const http = createHttpServer(createApp(context, registry), config.server, log);
  const { server } = http;
  await new Promise<void>((resolve, reject) => {
    server.once('listening', resolve);
    server.once('error', reject);
    server.listen(config.server.port, config.server.host);
  });
  shutdownOnSignal(http, context, log);
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : config.server.port;
  log.info(`listening on http://${config.server.host}:${port} (db ${config.db.client}, kv ${config.kv.driver}, objects ${config.objects.driver}, sms ${config.sms.driver})`);
}

/** With several workers the primary migrates once, then forks; workers share the port through cluster. */
async function supervise(config: Config, log: Logger): Promise<void> {
  await migrateOnce(config, log);
  let stopping = false;
  for (let i = 0; i < config.server.workers; i++) cluster.fork();
  cluster.on('exit', (worker, code) => {
    if (stopping) {
      if (Object.keys(cluster.workers ?? {}).length === 0) process.exit(0);
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
  log.fatal({ err }, 'failed to start');
  process.exit(1);
});
