import { createHash } from 'node:crypto';
import type { Knex } from 'knex';
import type { KeyValueStore } from '../../backends/kv/types.js';
import type { Config } from '../../config.js';
import type { Logger } from '../../log.js';
import { DomainError } from '../../errors.js';
import type { Clock } from '../../backends/clock.js';
import { formatDateTime, parseDateTime } from '../datetime.js';
import { kvKeys } from '../kv-keys.js';
import { isUserId, USER_ID_RULE } from './user-ids.js';

interface TokenRow {
  userId: string | null;
  /** When the token stops being valid (epoch ms); null when it does not expire. */
  expiresAt: number | null;
}

const MAX_TOKEN_LENGTH = 255;
/** Tokens each process keeps from its own database lookups; refused tokens it remembers having logged. */
const LOOKED_TOKENS = 10_000;

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

  /**
   * The user id for `token`; tokenMissing, tokenBad or tokenNoUser when there is none. `log`: where a
   * refusal worth an operator's eye goes (the request's log, naming it).
   */
  async userFor(token: string | undefined, log: Logger = this.log): Promise<string> {
    if (token === undefined || token === '') throw new DomainError('tokenMissing', 'token');
    // No token issued is that long or holds white space: the database need not be asked.
    if (token.length > MAX_TOKEN_LENGTH || /\s/.test(token)) throw new DomainError('tokenBad');
    const { cacheSeconds } = this.config.tokens;
    // Cached by a digest: neither the store nor this process's memory becomes a second list of live tokens.
    const digest = cacheSeconds > 0 ? createHash('sha256').update(token).digest('hex') : '';
    if (cacheSeconds > 0) {
      const known = this.looked.get(digest);
      if (known && known.until > this.clock.now()) return known.userId;
      this.looked.delete(digest);
      const key = kvKeys.tokenCache(digest);
      // Asked together, in one write to the store: what the store has left of the entry is how long this
      // process may keep it.
      const [cached, secondsLeft] = await Promise.all([this.kv.get(key), this.kv.ttl(key)]);
      if (cached !== null && isUserId(cached)) {
        // A second short of it: a store counts whole seconds, rounding either way.
        if (secondsLeft !== null && secondsLeft > 1) this.remember(digest, cached, this.clock.now() + (secondsLeft - 1) * 1000);
        return cached;
      }
    }
    const row = await this.lookup(token);
    if (!row) throw new DomainError('tokenBad');
    if (row.userId === null || row.userId === '') throw new DomainError('tokenNoUser');
    if (!isUserId(row.userId)) this.refuseMalformed(digest || createHash('sha256').update(token).digest('hex'), row.userId, log);
    // A cached token must not outlive its expiry: cache it for no longer than it has left.
    const secondsLeft = row.expiresAt === null ? Infinity : Math.floor((row.expiresAt - this.clock.now()) / 1000);
    const ttl = Math.min(cacheSeconds, secondsLeft);
    if (ttl > 0) {
      await this.kv.set(kvKeys.tokenCache(digest), row.userId, ttl);
      this.remember(digest, row.userId, this.clock.now() + ttl * 1000);
    }
    return row.userId;
  }

  /**
   * A token this process looked up is kept here for no longer than the shared cache keeps it (never past
   * its expiry), so that its next requests need no round trip to the store: each was a socket write, the
   * largest single cost of a cheap request. One read from the database is kept as long as the entry it
   * wrote; one found in the store (another process looked it up) as long as the store has left of it.
   * The oldest go first.
   */
  private readonly looked = new Map<string, { userId: string; until: number }>();

  /** Digests of tokens refused for a malformed user id, so that each is logged once. */
  private readonly refused = new Set<string>();

  /** A token whose user id is not one (see user-ids.ts) is refused, and the account service's row logged once. */
  private refuseMalformed(digest: string, userId: string, log: Logger): never {
    if (!this.refused.has(digest)) {
      if (this.refused.size >= LOOKED_TOKENS) this.refused.clear();
      this.refused.add(digest);
      log.warn({ token: `sha256:${digest.slice(0, 12)}`, user_id: userId.slice(0, 40) }, `a token's user id is not ${USER_ID_RULE}: refused`);
    }
    throw new DomainError('tokenBad', 'user id');
  }

  private remember(digest: string, userId: string, until: number): void {
    this.looked.delete(digest);
    if (this.looked.size >= LOOKED_TOKENS) {
      const oldest = this.looked.keys().next();
      if (!oldest.done) this.looked.delete(oldest.value);
    }
    this.looked.set(digest, { userId, until });
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
