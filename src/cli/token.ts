import { randomBytes } from 'node:crypto';
import { migrate } from '../backends/db/migrating.js';
import { loadConfig } from '../config.js';
import { createContext } from '../context.js';
import { createLogger } from '../log.js';
import { isUserId, USER_ID_RULE } from '../services/accounts/user-ids.js';
import { commandArgs, parseDuration } from './args.js';

const USAGE = `usage: npm run token -- [--ttl 7d] <user_id> [-c config.json]  (user_id: ${USER_ID_RULE})`;
/** How long a token lasts unless --ttl says otherwise. */
const DEFAULT_TTL = '7d';

/** `npm run token -- [--ttl 1h] <user_id> [-c config.json]`: issues a token for local use and prints it. */
async function main(): Promise<void> {
  const { configPath, positional, options } = commandArgs(process.argv.slice(2), ['ttl']);
  const userId = positional[0];
  if (!userId || positional.length > 1 || !isUserId(userId)) throw new Error(USAGE);
  const ttlSeconds = parseDuration(options.ttl ?? DEFAULT_TTL, '--ttl');
  const config = loadConfig(configPath);
  const context = await createContext(config, createLogger('warn'));
  try {
    await migrate(context.db, config, context.log);
    const token = randomBytes(24).toString('base64url');
    await context.tokens.issue(userId, token, context.clock.now() + ttlSeconds * 1000);
    process.stdout.write(`${token}\n`);
  } finally {
    await context.close();
  }
}

main().catch((err: unknown) => {
  process.stderr.write(`${(err as Error).message}\n`);
  process.exit(1);
});
