import { randomBytes } from 'node:crypto';
import { migrate } from '../backends/db.js';
import { loadConfig } from '../config.js';
import { createContext } from '../context.js';
import { createLogger } from '../log.js';
import { isUserId, USER_ID_RULE } from '../services/user-ids.js';
import { commandArgs } from './args.js';

/** `npm run token -- <user_id> [-c config.json]`: issues a token for local use and prints it. */
async function main(): Promise<void> {
  const { configPath, positional } = commandArgs(process.argv.slice(2));
  const userId = positional[0];
  if (!userId || !isUserId(userId)) throw new Error(`usage: npm run token -- <user_id> [-c config.json]  (user_id: ${USER_ID_RULE})`);
  const config = loadConfig(configPath);
  const context = await createContext(config, createLogger('warn'));
  try {
    await migrate(context.db, config);
    const token = randomBytes(24).toString('base64url');
    await context.tokens.issue(userId, token);
    process.stdout.write(`${token}\n`);
  } finally {
    await context.close();
  }
}

main().catch((err: unknown) => {
  process.stderr.write(`${(err as Error).message}\n`);
  process.exit(1);
});
