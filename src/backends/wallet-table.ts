import type { Knex } from 'knex';
import type { Config } from '../config.js';
import { StartFailed } from './db-start.js';

/**
 * The wallets' table under the names configured now (wallet.*), at every start: migration 007 created
 * the one configured then, and an operator may name another since. A missing one is created with just
 * the wallet and the name; an existing one is the account service's, never altered, only checked to have
 * the wallet's two columns.
 */
export async function ensureWalletTable(db: Knex, { table, idColumn, balanceColumn, nameColumn }: Config['wallet']): Promise<void> {
  if (await db.schema.hasTable(table)) {
    const columns = await db(table).columnInfo();
    const missing = [idColumn, balanceColumn].filter((column) => !(column in columns));
    if (missing.length > 0) throw new StartFailed(`the wallet table ${table} has no column ${missing.join(' or ')} (wallet.idColumn, wallet.balanceColumn)`);
    return;
  }
  try {
    await db.schema.createTable(table, (t) => {
      t.bigInteger(idColumn).primary();
      t.decimal(balanceColumn, 12, 2).notNullable().defaultTo(0);
      // What shop/list and shop/info show as user_name; the account service fills it.
      if (nameColumn) t.string(nameColumn, 64).notNullable().defaultTo('');
    });
  } catch (err) {
    // Another process starting at the same moment made it first.
    if (!(await db.schema.hasTable(table))) throw err;
  }
}
