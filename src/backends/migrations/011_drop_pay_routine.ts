import type { Knex } from 'knex';
import { describeFailure } from '../../log.js';
import { isPermissionDenied } from '../db-start.js';
import { dialectOf } from '../dialect.js';
import type { ConfiguredMigration } from './types.js';

/** The stored procedure that migration 010 once created (frozen: the name it had). */
const OLD_PROCEDURE = 'campus_pay_purchase';

/** Whether the database shows the old procedure in this database (MySQL) or schema (PostgreSQL). */
async function oldProcedureShown(db: Knex): Promise<boolean> {
  const dialect = dialectOf(db);
  if (dialect === 'sqlite') return false;
  const found =
    dialect === 'mysql'
      ? await db('information_schema.ROUTINES').select('ROUTINE_NAME').where({ ROUTINE_SCHEMA: db.raw('DATABASE()'), ROUTINE_NAME: OLD_PROCEDURE, ROUTINE_TYPE: 'PROCEDURE' })
      : await db('pg_proc as p').join('pg_namespace as n', 'n.oid', 'p.pronamespace').select('p.proname').where({ 'p.proname': OLD_PROCEDURE, 'n.nspname': db.raw('current_schema()') });
  return found.length > 0;
}

/**
 * Drops the payment procedure of earlier versions, which nothing calls any more. It is looked up first:
 * MariaDB refuses even DROP PROCEDURE IF EXISTS to an account without ALTER ROUTINE. An account that may
 * not drop it leaves it there, unused, and the start says so once. Outside a transaction: PostgreSQL
 * would give up the whole transaction at the refused DROP.
 */
export const dropPayRoutineMigration: ConfiguredMigration = {
  name: '011_drop_pay_routine',
  transaction: false,
  async up(db, _config, log) {
    if (!(await oldProcedureShown(db))) return;
    try {
      await db.raw(`DROP PROCEDURE ${OLD_PROCEDURE}`);
    } catch (err) {
      // MySQL's "alter routine command denied", PostgreSQL's "must be owner".
      if (!isPermissionDenied(err)) throw err;
      log.warn(`the stored procedure ${OLD_PROCEDURE} of an earlier version is left in the database, unused: this account may not drop it (${describeFailure(err).message}); an administrator may drop it`);
    }
  },
  async down() {},
};
