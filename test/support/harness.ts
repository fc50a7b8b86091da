import { randomBytes } from 'node:crypto';
import type { Server } from 'node:http';
import type Koa from 'koa';
import { createClient } from 'redis';
import supertest from 'supertest';
import { registry } from '../../handlers/registry.js';
import { createApp } from '../../src/http/app.js';
import { migrate } from '../../src/backends/db/migrating.js';
import type { Config } from '../../src/config.js';
import { type AppContext, type ContextOverrides, createContext } from '../../src/context.js';
import { createLogger, type Logger } from '../../src/log.js';
import { createHttpServer } from '../../src/http/server.js';
import { type BackendSpec, testConfig } from './backends.js';
import { contractRegistry } from './contract.js';

export interface Harness {
  spec: BackendSpec;
  config: Config;
  context: AppContext;
  app: Koa;
  server: Server;
  http: ReturnType<typeof supertest.agent>;
  /** A fresh token for `userId`, written to the tokens table as the account service would. */
  token(userId: string): Promise<string>;
  /** POSTs one envelope and returns the parsed answer. */
  post(path: string, type: string, subtype: string, data: unknown, token?: string): Promise<Answer>;
  close(): Promise<void>;
}

export interface Answer {
  id: number;
  status: number;
  message: string;
  data: Record<string, unknown>;
}

/** The suite leaves nothing behind on a shared Redis: every key under its own prefix goes. */
export async function removeKeys(url: string, prefix: string): Promise<void> {
  const client = createClient({ url });
  await client.connect();
  try {
    const keys: string[] = [];
    for await (const batch of client.scanIterator({ MATCH: `${prefix}*`, COUNT: 500 })) keys.push(...batch);
    if (keys.length > 0) await client.del(keys);
  } finally {
    await client.quit();
  }
}

const DATA_TABLES = ['property', 'shop', 'shop_owner', 'pic', 'pic_owner', 'product', 'purchase', 'wallet_ledger', 'users'];

export async function startHarness(
  spec: BackendSpec,
  options: { config?: Record<string, unknown>; overrides?: ContextOverrides; clean?: boolean; log?: Logger } = {},
): Promise<Harness> {
  const config = testConfig(spec, options.config);
  const context = await createContext(config, options.log ?? createLogger(config.log.level), options.overrides);
  await migrate(context.db, config, context.log);
  if (options.clean !== false) {
    for (const table of DATA_TABLES) await context.db(table).del();
  }
  const app = createApp(context, contractRegistry(registry));
  const { server } = createHttpServer(app, config.server, context.log);
  server.listen(0, '127.0.0.1');
  await new Promise((resolve) => server.once('listening', resolve));
  const http = supertest.agent(server);
  return {
    spec,
    config,
    context,
    app,
    server,
    http,
    async token(userId) {
      const token = randomBytes(16).toString('hex');
      await context.tokens.issue(userId, token);
      return token;
    },
    async post(path, type, subtype, data, token) {
      const url = token === undefined ? path : `${path}?token=${encodeURIComponent(token)}`;
      const res = await http.post(url).send({ id: 1, status: 0, type, subtype, data });
      return res.body as Answer;
    },
    async close() {
      await new Promise((resolve) => server.close(resolve));
      await context.close();
      if (spec.kv === 'redis') await removeKeys(config.kv.url, config.kv.prefix);
    },
  };
}
