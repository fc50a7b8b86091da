import type { Knex } from 'knex';
import { isPostgres } from '../backends/db.js';
import type { Config } from '../config.js';
import { ApiError, inDatabase } from '../errors.js';
import { Status } from '../status.js';
import { isDateTimeText } from './datetime.js';
import { noticesWithGrams } from './property-grams.js';
import { DATETIME_COLUMNS, INTEGER_COLUMNS, PROPERTY_COLUMNS, PROPERTY_TABLE } from './property.js';
import type { TokenService } from './tokens.js';

export type QueryParams = Record<string, string | string[] | undefined>;

const PAGING = new Set(['limit', 'offset']);
const FILTERS: ReadonlySet<string> = new Set(PROPERTY_COLUMNS);
const KNOWN = new Set(['token', 'key', ...PAGING, ...FILTERS]);
const DIGITS = /^[0-9]{1,15}$/;
/** The columns the gram index covers. */
const TEXT_COLUMNS: readonly string[] = ['lab', 'title', 'content'];
/** The character that escapes % and _ in LIKE patterns; written into the SQL as a constant. */
const LIKE_ESCAPE = '!';

function likePattern(text: string): string {
  return `%${text.replace(/[!%_]/g, (c) => LIKE_ESCAPE + c)}%`;
}

/** Substring match, case-insensitive on every database (utf8mb4_unicode_ci and SQLite LIKE already are). */
function whereContains(db: Knex, q: Knex.QueryBuilder, column: string, text: string, or = false): void {
  const sql = `?? ${isPostgres(db) ? 'ILIKE' : 'LIKE'} ? ESCAPE '${LIKE_ESCAPE}'`;
  if (or) void q.orWhereRaw(sql, [column, likePattern(text)]);
  else void q.whereRaw(sql, [column, likePattern(text)]);
}

/**
 * Substring match on the searched text columns: the gram index narrows to the notices that can match,
 * so LIKE runs on those only (a key found nowhere costs an index lookup, not a scan).
 */
function whereTextContains(db: Knex, q: Knex.QueryBuilder, columns: readonly string[], text: string): void {
  const candidates = noticesWithGrams(db, text);
  if (candidates) void q.whereIn('id', candidates);
  void q.andWhere((any) => {
    for (const column of columns) whereContains(db, any, column, text, true);
  });
}

/** The validated query: every value a string, checked against this query's own status table. */
function readParams(params: QueryParams): Map<string, string> {
  const values = new Map<string, string>();
  for (const [name, value] of Object.entries(params)) {
    if (!KNOWN.has(name)) throw new ApiError(Status.queryArgName, name);
    if (value === undefined) continue;
    if (Array.isArray(value)) throw new ApiError(Status.queryArgType, `${name} given more than once`);
    values.set(name, value);
  }
  if (!values.get('token')) throw new ApiError(Status.queryMissing, 'token');
  if (!values.get('type')) throw new ApiError(Status.queryMissing, 'type');
  return values;
}

function checkValue(name: string, value: string): void {
  if (INTEGER_COLUMNS.has(name) || PAGING.has(name)) {
    if (!DIGITS.test(value)) throw new ApiError(Status.queryArgType, name);
  } else if (DATETIME_COLUMNS.has(name) && !isDateTimeText(value)) {
    throw new ApiError(Status.queryArgType, name);
  }
  if (name === 'type' && value !== '1' && value !== '2') throw new ApiError(Status.queryArgValue, 'type');
}

export interface PropertyQueryDeps {
  db: Knex;
  tokens: TokenService;
  config: Config;
}

/**
 * GET /api/external/get/property: either `key` (lab/title/content substring, id/user_id exact) or field
 * filters (exact for integers and times, substring for the rest), newest update first, paged.
 */
export async function queryProperty(params: QueryParams, deps: PropertyQueryDeps): Promise<Record<string, unknown>[]> {
  const values = readParams(params);
  try {
    await deps.tokens.userFor(values.get('token'));
  } catch (err) {
    if (err instanceof ApiError && err.status.code !== Status.database.code && err.status.code !== Status.keyValueStore.code) {
      throw new ApiError(Status.queryBadToken);
    }
    throw err;
  }
  for (const [name, value] of values) if (name !== 'token' && name !== 'key') checkValue(name, value);

  const filters = [...values.keys()].filter((name) => FILTERS.has(name) && name !== 'type');
  const key = values.get('key');
  if (key !== undefined && filters.length > 0) throw new ApiError(Status.queryConflict, `key with ${filters[0]}`);

  const { defaultLimit, maxLimit } = deps.config.property;
  const limit = Number(values.get('limit') ?? defaultLimit);
  const offset = Number(values.get('offset') ?? 0);
  if (limit < 1 || limit > maxLimit) throw new ApiError(Status.queryArgValue, `limit must be 1 to ${maxLimit}`);

  const { db } = deps;
  const query = db(PROPERTY_TABLE)
    .select(PROPERTY_COLUMNS)
    .where('type', Number(values.get('type')))
    .orderBy([{ column: 'update_time', order: 'desc' }, { column: 'id', order: 'desc' }])
    .limit(limit)
    .offset(offset);
  if (key !== undefined) {
    void query.andWhere((q) => {
      void q.where((text) => whereTextContains(db, text, TEXT_COLUMNS, key));
      void q.orWhere('user_id', key);
      if (DIGITS.test(key)) void q.orWhere('id', Number(key));
    });
  }
  for (const name of filters) {
    const value = values.get(name) as string;
    if (INTEGER_COLUMNS.has(name)) void query.where(name, Number(value));
    else if (DATETIME_COLUMNS.has(name)) void query.where(name, value);
    else if (TEXT_COLUMNS.includes(name)) void query.where((text) => whereTextContains(db, text, [name], value));
    else whereContains(db, query, name, value);
  }
  return inDatabase<Record<string, unknown>[]>(query);
}
