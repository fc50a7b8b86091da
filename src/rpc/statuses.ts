import type { ApiRow, SchemaFamily } from './api.js';
import type { Failure } from '../errors.js';
import { isStatusName, Status, type StatusDef } from '../status.js';

/**
 * The statuses every API of a family may answer, whatever it does: the envelope's and the schema's
 * checks, the answer bound, a failing key-value store, a bug; for record APIs also the token's and the
 * database's. Everything else an API answers is in its registry row.
 */
export const FAMILY_STATUSES: Readonly<Record<SchemaFamily, readonly StatusDef[]>> = {
  captcha: [Status.ok, Status.jsonKey, Status.jsonValue, Status.dataKey, Status.keyValueStore, Status.unknown, Status.answerTooLarge],
  record: [
    Status.ok, Status.jsonKey, Status.jsonValue, Status.noToken, Status.badToken, Status.noUserForToken, Status.database, Status.emptyValue,
    Status.missingKey, Status.valueType, Status.valueError, Status.keyValueStore, Status.unknown, Status.answerTooLarge,
  ],
  query: [Status.ok, Status.queryArgName, Status.queryArgType, Status.queryConflict, Status.queryMissing, Status.queryBadToken, Status.queryArgValue, Status.database, Status.keyValueStore, Status.unknown],
};

/** The codes of a family's refusals (each once: the key-value store's and a bug's share -404), for the docs. */
export function familyCodes(family: SchemaFamily): number[] {
  return [...new Set(FAMILY_STATUSES[family].filter((s) => s !== Status.ok).map((s) => s.code))];
}

/** The POST edge's global table: each domain failure's status, unless the API's row says otherwise. */
export const POST_STATUSES: Readonly<Record<Failure, StatusDef>> = {
  tokenMissing: Status.noToken,
  tokenBad: Status.badToken,
  tokenNoUser: Status.noUserForToken,
  missing: Status.missingKey,
  empty: Status.emptyValue,
  malformed: Status.valueType,
  invalid: Status.valueError,
  // The original answered -200 when the row to change was not the caller's or did not exist.
  notFound: Status.database,
  notYours: Status.database,
  taken: Status.valueError,
  capped: Status.valueError,
  conflict: Status.valueError,
  unavailable: Status.valueError,
  insufficientFunds: Status.valueError,
  walletFull: Status.valueError,
  hashUnknown: Status.hash,
  tooManyRequests: Status.tooManyRequests,
  smsCooldown: Status.smsCooldown,
  smsHourlyCap: Status.smsHourlyCap,
  smsDailyCap: Status.smsDailyCap,
  phoneRefused: Status.smsPhoneFormat,
  smsFailed: Status.smsFailed,
  databaseFailed: Status.database,
  kvFailed: Status.keyValueStore,
  storageFailed: Status.storage,
};

/** The status `failure` answers in `row`'s API: its row's, else the global table's. */
export function statusOfFailure(row: Pick<ApiRow, 'statuses'> | undefined, failure: Failure): StatusDef {
  return row?.statuses?.[failure] ?? POST_STATUSES[failure];
}

/** The statuses a schema gives its own failures (`x-status`, as purchase/pay's method gives 200). */
export function schemaStatuses(schema: unknown): StatusDef[] {
  const found: StatusDef[] = [];
  const stack: unknown[] = [schema];
  for (let node = stack.pop(); node !== undefined; node = stack.pop()) {
    if (typeof node !== 'object' || node === null) continue;
    const named = (node as { 'x-status'?: unknown })['x-status'];
    if (typeof named === 'string' && isStatusName(named)) found.push(Status[named]);
    stack.push(...Object.values(node));
  }
  return found;
}

type Documented = Pick<ApiRow, 'statuses' | 'noRecords' | 'family'>;

/**
 * The statuses an API answers beyond its family's, in code order: its row's, those its schema names
 * (`schema`: its request schema, where one is at hand), and 1 for a lookup that finds nothing.
 */
export function ownStatuses(row: Documented, schema?: unknown): StatusDef[] {
  const family = new Set(FAMILY_STATUSES[row.family]);
  const own = new Set<StatusDef>([...Object.values(row.statuses ?? {}), ...schemaStatuses(schema).filter((s) => !family.has(s))]);
  if (row.noRecords) own.add(Status.noRecords);
  return [...own].sort((a, b) => a.code - b.code);
}

/** Every status an API may answer: its family's and its own. */
export function documentedStatuses(row: Documented, schema?: unknown): ReadonlySet<StatusDef> {
  return new Set([...FAMILY_STATUSES[row.family], ...ownStatuses(row, schema)]);
}

/** What answers `status` in an API, for the docs: its row's failures ("notFound, notYours"), else where it comes from. */
export function whenAnswered(row: Pick<ApiRow, 'statuses'>, status: StatusDef): string {
  const failures = (Object.entries(row.statuses ?? {}) as [Failure, StatusDef][]).filter(([, s]) => s === status).map(([f]) => f);
  if (failures.length > 0) return failures.join(', ');
  return status === Status.noRecords ? 'nothing found' : 'a value the schema refuses';
}
