import type { Knex } from 'knex';
import { cancelAfter, whereContains } from '../../backends/dialect.js';
import type { Config } from '../../config.js';
import { DomainError } from '../../errors.js';
import type { PropertyQueryData } from '../../generated/schema-types.js';
import { driveByGrams, drivingGrams } from './property-grams.js';
import type { SearchCache } from './search-cache.js';
import { DATETIME_COLUMNS, INTEGER_COLUMNS, INTEGER_MAX, PROPERTY_COLUMNS, PROPERTY_TABLE, TEXT_LENGTHS } from './property.js';
import { charLength, UNSTORABLE_TEXT } from '../text.js';

/** The query as its schema (schemas/property.query.json) let it through: every value is text. */
export type QueryParams = PropertyQueryData;

const FILTERS: ReadonlySet<string> = new Set(PROPERTY_COLUMNS);
const DIGITS = /^[0-9]{1,15}$/;
/** The columns the gram index covers. */
const TEXT_COLUMNS: readonly string[] = ['lab', 'title', 'content'];
/** A key also matches user_id and id exactly, both shorter than the longest text column. */
const KEY_MAX_LENGTH = Math.max(...TEXT_COLUMNS.map((column) => TEXT_LENGTHS[column] ?? 0));
/** Qualified: the text search joins the gram index, which has a column of its own. */
const COLUMNS = PROPERTY_COLUMNS.map((column) => `${PROPERTY_TABLE}.${column}`);
/**
 * Substring match on the searched text columns, driven by the gram index (see property-grams.ts): a key
 * found nowhere costs a few index lookups, and a common one stops after a page of postings. True when
 * the index drives the query, which then already has its order; an empty key has no grams.
 */
async function restrictToText(db: Knex, q: Knex.QueryBuilder, columns: readonly string[], text: string, type: number, timeoutMs: number): Promise<boolean> {
  const grams = await drivingGrams(db, text, type, timeoutMs);
  if (grams.length > 0) driveByGrams(db, q, grams, type);
  // The builder is changed in place, not returned: it is a thenable, and an async function would run it.
  void q.andWhere((any) => {
    for (const column of columns) whereContains(any, `${PROPERTY_TABLE}.${column}`, text, true);
  });
  return grams.length > 0;
}

/**
 * A value that no stored notice can hold (longer than its column, beyond its integer type, or text the
 * service never stores) matches nothing: answered at once, without asking the database.
 */
function matchesNothing(values: QueryParams): boolean {
  for (const [name, value] of Object.entries(values)) {
    if (name === 'token') continue;
    if (UNSTORABLE_TEXT.test(value)) return true;
    const maxLength = name === 'key' ? KEY_MAX_LENGTH : TEXT_LENGTHS[name];
    if (maxLength !== undefined && charLength(value) > maxLength) return true;
    const max = INTEGER_MAX[name];
    if (max !== undefined && Number(value) > max) return true;
  }
  return false;
}

export interface PropertyQueryDeps {
  db: Knex;
  config: Config;
  propertySearches: SearchCache;
}

/** The same question whatever the order of its parameters or the token that asked it. */
function cacheKey(values: QueryParams): string {
  return JSON.stringify(Object.entries(values).filter(([name]) => name !== 'token').sort(([a], [b]) => (a < b ? -1 : 1)));
}

/**
 * GET /api/external/get/property: either `key` (lab/title/content substring, id/user_id exact) or field
 * filters (exact for integers and times, substring for the rest), newest update first, paged. The answer
 * is the same for every caller, so answers are shared through the search cache (see search-cache.ts).
 */
export async function queryProperty(values: QueryParams, deps: PropertyQueryDeps): Promise<readonly Readonly<Record<string, unknown>>[]> {
  const filters = Object.keys(values).filter((name) => FILTERS.has(name) && name !== 'type');
  const key = values.key;
  if (key !== undefined && filters.length > 0) throw new DomainError('conflict', `key with ${filters[0]}`);

  const { defaultLimit, maxLimit } = deps.config.property;
  const limit = Number(values.limit ?? defaultLimit);
  const offset = Number(values.offset ?? 0);
  if (limit < 1 || limit > maxLimit) throw new DomainError('invalid', `limit must be 1 to ${maxLimit}`);

  if (matchesNothing(values)) return [];
  return deps.propertySearches.answer(cacheKey(values), () => search(values, filters, limit, offset, deps));
}

async function search(values: QueryParams, filters: readonly string[], limit: number, offset: number, deps: PropertyQueryDeps): Promise<Record<string, unknown>[]> {
  const key = values.key;
  const { db } = deps;
  const timeoutMs = deps.config.property.searchTimeoutMs;
  const run = async (q: Knex.QueryBuilder) => (await cancelAfter(db, q, timeoutMs)) as Record<string, unknown>[];
  const type = Number(values.type);
  const newestFirst = (q: Knex.QueryBuilder, prefix = '') =>
    q.orderBy([{ column: `${prefix}update_time`, order: 'desc' }, { column: `${prefix}id`, order: 'desc' }]);
  const notices = () => db(PROPERTY_TABLE).select(COLUMNS).where(`${PROPERTY_TABLE}.type`, type);

  if (key === undefined) {
    const query = notices();
    // The index drives one text filter (the first); any other is checked by LIKE on what it yields.
    const driver = filters.find((name) => TEXT_COLUMNS.includes(name));
    let ordered = false;
    for (const name of filters) {
      const value = (values as unknown as Record<string, string>)[name] as string;
      const column = `${PROPERTY_TABLE}.${name}`;
      if (INTEGER_COLUMNS.has(name)) void query.where(column, Number(value));
      else if (DATETIME_COLUMNS.has(name)) void query.where(column, value);
      else if (name === driver) ordered = await restrictToText(db, query, [name], value, type, timeoutMs);
      else whereContains(query, column, value);
    }
    if (!ordered) newestFirst(query);
    return run(query.limit(limit).offset(offset));
  }

  // The text matches and the exact id/user_id matches take different indexes: each part finds its own
  // newest offset+limit rows, and the union of the two is ordered and paged once.
  const byText = notices();
  if (!(await restrictToText(db, byText, TEXT_COLUMNS, key, type, timeoutMs))) newestFirst(byText);
  const exact = notices().where((q) => {
    void q.where(`${PROPERTY_TABLE}.user_id`, key);
    if (DIGITS.test(key)) void q.orWhere(`${PROPERTY_TABLE}.id`, Number(key));
  });
  const top = (q: Knex.QueryBuilder, alias: string) => db.select('*').from(q.limit(offset + limit).as(alias));
  const union = top(byText, 'by_text').union(top(newestFirst(exact), 'exact'));
  return run(newestFirst(db.select('*').from(union.as('matches'))).limit(limit).offset(offset));
}
