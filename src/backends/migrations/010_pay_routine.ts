import type { ConfiguredMigration } from './types.js';

/**
 * Once created the payment as a stored procedure on MySQL and PostgreSQL. Pay is now the purchases
 * service's TypeScript, the same on every database, so a fresh database never gets the procedure; the
 * migration stays, empty, because knex's table of migrations run names it. 011 drops what it made.
 */
export const payRoutineMigration: ConfiguredMigration = {
  name: '010_pay_routine',
  async up() {},
  async down() {},
};
