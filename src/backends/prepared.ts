import { createHash } from 'node:crypto';
import type { Knex } from 'knex';
import type { Dialect } from './dialect.js';

/**
 * Query options (`.options(PREPARED)`) for the statements every payment runs: on PostgreSQL each such
 * text is parsed and planned once a connection, as a named prepared statement, and afterwards only bound
 * and run. Only statements of a fixed text and a plan that does not depend on its values should be
 * marked (every text marked stays prepared as long as its connection lives). The other databases ignore it.
 */
export const PREPARED: Readonly<Record<string, unknown>> = Object.freeze({ prepared: true });

interface QueryObject {
  sql?: string;
  options?: Record<string, unknown>;
}

interface KnexClientInternals {
  _query(connection: unknown, obj: QueryObject): Promise<unknown>;
}

/** Turns PREPARED into node-postgres's named statements, named after their text (two texts never share a name). */
export function prepareMarkedStatements(db: Knex, dialect: Dialect): void {
  if (dialect !== 'pg') return;
  const client = db.client as KnexClientInternals;
  const run = client._query.bind(client);
  const names = new Map<string, string>();
  client._query = (connection, obj) => {
    if (obj.options?.prepared === true && obj.sql !== undefined) {
      let name = names.get(obj.sql);
      if (name === undefined) {
        name = `s${createHash('sha256').update(obj.sql).digest('base64url').slice(0, 24)}`;
        names.set(obj.sql, name);
      }
      obj.options = { name };
    }
    return run(connection, obj);
  };
}
