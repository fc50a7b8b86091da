import type { Knex } from 'knex';
import type { Config } from '../../config.js';
import type { Logger } from '../../log.js';
import { isUserId } from './user-ids.js';

/**
 * The users' names, from the account service's users table (wallet.table, wallet.nameColumn): what the
 * original showed beside a shop's owner. A table without the column (the embedded default creates it
 * with just the wallet) names nobody: every name is "".
 */
export class UserNames {
  private column: Promise<string | null> | undefined;

  constructor(
    private readonly db: Knex,
    private readonly names: Config['wallet'],
    private readonly log: Logger,
  ) {}

  /** Each user id's name ("" for none), read in one query for all of them. */
  async of(userIds: readonly string[]): Promise<Map<string, string>> {
    const found = new Map<string, string>();
    const ids = [...new Set(userIds.filter(isUserId))];
    const column = ids.length > 0 ? await this.nameColumn() : null;
    if (!column) return found;
    const { table, idColumn } = this.names;
    const rows = (await this.db(table).select({ id: idColumn, name: column }).whereIn(idColumn, ids.map(Number))) as { id: string | number; name: string | null }[];
    for (const row of rows) found.set(String(row.id), row.name ?? '');
    return found;
  }

  private nameColumn(): Promise<string | null> {
    this.column ??= (async () => {
      const { table, nameColumn } = this.names;
      if (await this.db.schema.hasColumn(table, nameColumn)) return nameColumn;
      this.log.info(`wallet.nameColumn "${nameColumn}" is not a column of table ${table}: shops show no owner names`);
      return null;
    })().catch((err: unknown) => {
      // A database that failed to answer is asked again next time.
      this.column = undefined;
      throw err;
    });
    return this.column;
  }
}

/** A user id as the original's answers gave it: a JSON integer (null for an owner that is no user id, in adopted rows). */
export function userIdAnswer(value: string | number): number | null {
  const text = String(value);
  return isUserId(text) ? Number(text) : null;
}
