import { isUniqueViolation } from '../backends/db/errors.js';
import { DomainError } from '../errors.js';

/** Random ids collide rarely; this many collisions in a row means something else is wrong. */
const ATTEMPTS = 5;

/**
 * Inserts a row under a freshly drawn random id, drawing again when the id is taken: the primary key
 * decides, so two inserts at once can never share one. Any other failure is the insert's own.
 */
export async function insertWithFreshId<T>(draw: () => T, insert: (id: T) => Promise<unknown>, what: string): Promise<T> {
  for (let attempt = 1; attempt <= ATTEMPTS; attempt++) {
    const id = draw();
    try {
      await insert(id);
      return id;
    } catch (err) {
      if (!isUniqueViolation(err)) throw err;
    }
  }
  throw new DomainError('databaseFailed', undefined, { cause: new Error(`no free ${what} after ${ATTEMPTS} draws`) });
}
