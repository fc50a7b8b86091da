import type { Knex } from 'knex';
import type { Config } from '../config.js';
import { describeFailure, type Logger } from '../log.js';

/** Refusals that trying again cannot mend: a wrong password, a database that does not exist. */
const PERMANENT = new Set(['ER_ACCESS_DENIED_ERROR', 'ER_ACCESS_DENIED_NO_PASSWORD_ERROR', 'ER_DBACCESS_DENIED_ERROR', 'ER_BAD_DB_ERROR', '28P01', '28000', '3D000']);
const FIRST_WAIT_MS = 500;
const LONGEST_WAIT_MS = 5000;

/** A start that cannot go on: its message is the one line the operator reads (no stack). */
export class StartFailed extends Error {
  override name = 'StartFailed';
}

/**
 * The rights the service's database account needs on a database server, and no more: its own tables'
 * (it creates no routine). README and docs/OPERATIONS.md quote them (a test holds them to these words).
 */
export const ACCOUNT_RIGHTS: Readonly<Record<Exclude<Config['db']['client'], 'sqlite'>, string>> = {
  mysql: 'SELECT, INSERT, UPDATE, DELETE, CREATE, ALTER, INDEX, DROP, REFERENCES on its database',
  pg: 'to own its database (not a superuser)',
};

/** The drivers' codes for "this account may not do that". */
const DENIED = new Set([
  'ER_TABLEACCESS_DENIED_ERROR', 'ER_COLUMNACCESS_DENIED_ERROR', 'ER_DBACCESS_DENIED_ERROR', 'ER_SPECIFIC_ACCESS_DENIED_ERROR', 'ER_PROCACCESS_DENIED_ERROR', '42501',
]);

/** Whether the database refused a statement because the account lacks a right for it. */
export function isPermissionDenied(err: unknown): boolean {
  const code = (err as { code?: unknown }).code;
  return typeof code === 'string' && DENIED.has(code);
}

/**
 * A statement the database account may not run, as the one line an operator reads: the driver's words
 * (MySQL's name the right), the statement, and the rights the service needs. Undefined for any other failure.
 */
export function lackingRight(err: unknown, client: Config['db']['client']): StartFailed | undefined {
  if (client === 'sqlite' || !isPermissionDenied(err)) return undefined;
  const text = err instanceof Error ? err.message : '';
  // knex puts the statement before the driver's words: "<sql> - <message>".
  const statement = text.includes(' - ') ? text.slice(0, text.lastIndexOf(' - ')) : '(unknown statement)';
  return new StartFailed(`the database account lacks a right: ${driverMessage(err)}, running: ${statement.slice(0, 300)}. The service needs ${ACCOUNT_RIGHTS[client]}`);
}

/** Where the database is, as an operator knows it: host:port (never a password), or the SQLite file. */
export function databaseAddress(config: Config): string {
  const { client, connection } = config.db;
  if (client === 'sqlite') return String((connection as { filename?: unknown }).filename);
  if (typeof connection === 'string') {
    const url = new URL(connection);
    return `${url.hostname}:${url.port || (client === 'mysql' ? 3306 : 5432)}`;
  }
  const c = connection as { host?: unknown; port?: unknown };
  return `${String(c.host ?? 'localhost')}:${String(c.port ?? (client === 'mysql' ? 3306 : 5432))}`;
}

/** The driver's own words (without knex's statement or a stack), and its code. */
function driverMessage(err: unknown): string {
  const { message, code } = describeFailure(err);
  return `${message.split('\n')[0] ?? ''}${code ? ` (${String(code)})` : ''}`;
}

/**
 * Waits for the database at start: a server still coming up (a machine's boot, a container's order) is
 * tried again with backoff, one log line a try, for db.startRetrySeconds. A wrong password or a missing
 * database is not: those, and a database still away at the end, stop the start with one line.
 */
export async function reachDatabase(db: Knex, config: Config, log: Logger): Promise<void> {
  const where = `${config.db.client} database at ${databaseAddress(config)}`;
  const deadline = Date.now() + config.db.startRetrySeconds * 1000;
  for (let wait = FIRST_WAIT_MS; ; wait = Math.min(wait * 2, LONGEST_WAIT_MS)) {
    try {
      await db.raw('SELECT 1');
      return;
    } catch (err) {
      const code = (err as { code?: unknown }).code;
      if (typeof code === 'string' && PERMANENT.has(code)) throw Object.assign(new StartFailed(`the ${where} refused: ${driverMessage(err)}`), { code });
      const left = deadline - Date.now();
      if (left <= 0) throw new StartFailed(`the ${where} could not be reached in ${config.db.startRetrySeconds} s: ${driverMessage(err)}`);
      const next = Math.min(wait, left);
      log.warn(`the ${where} cannot be reached (${driverMessage(err)}); trying again in ${(next / 1000).toFixed(1)} s`);
      await new Promise((resolve) => setTimeout(resolve, next));
    }
  }
}
