import { createHash } from 'node:crypto';
import type { Knex } from 'knex';
import type { KeyValueStore } from '../backends/kv/types.js';
import type { Config } from '../config.js';
import type { Logger } from '../log.js';
import { DomainError } from '../errors.js';
import type { Clock } from './clock.js';
import { formatDateTime, parseDateTime } from './datetime.js';
import { kvKeys } from './kv-keys.js';

interface TokenRow {
  userId: string | null;
  /** When the token stops being valid (epoch ms); null when it does not expire. */
  expiresAt: number | null;
}

const MAX_TOKEN_LENGTH = 255;

/** Resolves a bearer token to its user id through the shared `tokens` table, with a short kv cache. */
export class TokenService {
  constructor(
    private readonly db: Knex,
    private readonly kv: KeyValueStore,
    private readonly clock: Clock,
    private readonly config: Config,
    private readonly log: Logger,
  ) {}

  private expiry: Promise<string | null> | undefined;

  /** The cache key holds a digest: the kv store must not become a second list of live tokens. */
  private cacheKey(token: string): string {
    return kvKeys.tokenCache(createHash('sha256').update(token).digest('hex'));
  }

  /** The user id for `token`; tokenMissing, tokenBad or tokenNoUser when there is none. */
  async userFor(token: string | undefined): Promise<string> {
    if (token === undefined || token === '') throw new DomainError('tokenMissing', 'token');
    // No token issued is that long or holds white space: the database need not be asked.
    if (token.length > MAX_TOKEN_LENGTH || /\s/.test(token)) throw new DomainError('tokenBad');
    const { cacheSeconds } = this.config.tokens;
    if (cacheSeconds > 0) {
      const cached = await this.kv.get(this.cacheKey(token));
      if (cached !== null) return cached;
    }
    const row = await this.lookup(token);
    if (!row) throw new DomainError('tokenBad');
    if (row.userId === null || row.userId === '') throw new DomainError('tokenNoUser');
    // A cached token must not outlive its expiry: cache it for no longer than it has left.
    const secondsLeft = row.expiresAt === null ? Infinity : Math.floor((row.expiresAt - this.clock.now()) / 1000);
    const ttl = Math.min(cacheSeconds, secondsLeft);
    if (ttl > 0) await this.kv.set(this.cacheKey(token), row.userId, ttl);
    return row.userId;
  }

  /**
   * The expiry column, if the table has it. The account service's own table may have none (the original
   * server's had none): then tokens do not expire, said once in the log, rather than every lookup failing.
   */
  private expiresColumn(): Promise<string | null> {
    this.expiry ??= (async () => {
      const { table, expiresColumn } = this.config.tokens;
      if (!expiresColumn || (await this.db.schema.hasColumn(table, expiresColumn))) return expiresColumn;
      this.log.warn(`tokens.expiresColumn "${expiresColumn}" is not a column of table ${table}: tokens do not expire`);
      return null;
    })().catch((err: unknown) => {
      // A database that failed to answer is asked again next time.
      this.expiry = undefined;
      throw err;
    });
    return this.expiry;
  }

  private async lookup(token: string): Promise<TokenRow | undefined> {
    const { table, tokenColumn, userColumn } = this.config.tokens;
    const expiresColumn = await this.expiresColumn();
    const query = this.db(table).select({ userId: userColumn }).where(tokenColumn, token).first();
    if (expiresColumn) {
      const now = formatDateTime(this.clock.now(), this.config.timeZone);
      void query.select({ expiresAt: expiresColumn }).andWhere((q) => q.whereNull(expiresColumn).orWhere(expiresColumn, '>', now));
    }
    const row = (await query) as { userId: string | number | null; expiresAt?: string | Date | null } | undefined;
    if (!row) return undefined;
    return { userId: row.userId === null ? null : String(row.userId), expiresAt: this.instant(row.expiresAt) };
  }

  /** The driver hands a DATETIME back as our wall-clock text, a zoned column as a Date. */
  private instant(value: string | Date | null | undefined): number | null {
    if (value === null || value === undefined) return null;
    return value instanceof Date ? value.getTime() : parseDateTime(value, this.config.timeZone);
  }

  /** Issues a token for local use (the embedded default has no account service to do it). */
  async issue(userId: string, token: string, expiresAt?: number): Promise<void> {
    const { table, tokenColumn, userColumn } = this.config.tokens;
    const expiresColumn = await this.expiresColumn();
    const row: Record<string, string | null> = { [tokenColumn]: token, [userColumn]: userId };
    if (expiresColumn) row[expiresColumn] = expiresAt === undefined ? null : formatDateTime(expiresAt, this.config.timeZone);
    await this.db(table).insert(row);
  }
}
