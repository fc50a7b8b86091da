import type { Deps } from '../deps.js';
import { recordingOutcome, transaction } from '../../backends/db/transactions.js';
import { DomainError } from '../../errors.js';
import type { PropertyAddAnswer, PropertyAddData, PropertyDeleteAnswer, PropertyDeleteData, PropertyUpdateAnswer, PropertyUpdateData } from '../../generated/schema-types.js';
import { formatDateTime } from '../datetime.js';
import { namesAnotherUser, requireCaller } from '../accounts/ownership.js';
import { INTEGER_COLUMNS, PROPERTY_TABLE } from './property.js';
import { reindexNotice } from './property-grams.js';

/** What writing notices needs: the table, the clock and zone, the batched writer, the search cache to end. */
type NoticeDeps = Pick<Deps, 'db' | 'clock' | 'config' | 'notices' | 'propertySearches'>;

/** Lost-and-found notices: the rules of adding, changing and deleting one (owned by the token's user). */

/** What update may change; id and user_id are the notice's identity and never change. */
const UPDATABLE = [
  'type', 'state', 'lab', 'title', 'content', 'occurrence_time', 'user_name', 'user_phone', 'user_qq', 'user2_id',
  'user2_name', 'user2_phone', 'user2_qq', 'pic_num', 'pic_url1', 'pic_url2', 'pic_url3',
] as const satisfies readonly (keyof PropertyUpdateData)[];

const now = (deps: NoticeDeps): string => formatDateTime(deps.clock.now(), deps.config.timeZone);
const DAY_MS = 24 * 3600 * 1000;

/**
 * A notice dated far ahead would sit at the top of every list (they are ordered by update_time); a day
 * of slack covers clients whose clocks or zones are off. The fixed-width text compares as the time does.
 */
function refuseFarFuture(deps: NoticeDeps, times: Record<string, string | undefined>): void {
  const latest = formatDateTime(deps.clock.now() + DAY_MS, deps.config.timeZone);
  for (const [field, time] of Object.entries(times)) {
    if (time && time > latest) throw new DomainError('invalid', `${field} more than a day ahead`);
  }
}
const int = (value: number | string | undefined, fallback: number): number => (value === undefined ? fallback : Number(value));

export async function addNotice(deps: NoticeDeps, userId: string, data: PropertyAddData): Promise<PropertyAddAnswer> {
  requireCaller(data.user_id, userId, 'user_id');
  refuseFarFuture(deps, { publish_time: data.publish_time });
  const published = data.publish_time || now(deps);
  const row = {
    type: int(data.type, 0),
    state: 0,
    lab: data.lab,
    title: data.title,
    content: data.content,
    occurrence_time: data.occurrence_time || published,
    user_id: userId,
    user_name: data.user_name,
    user_phone: data.user_phone ?? '',
    user_qq: data.user_qq ?? '',
    publish_time: published,
    update_time: published,
    pic_num: int(data.pic_num, 0),
    pic_url1: data.pic_url1 ?? '',
    pic_url2: data.pic_url2 ?? '',
    pic_url3: data.pic_url3 ?? '',
  };
  const uid = await deps.notices.submit(row);
  await deps.propertySearches.invalidate();
  return { uid };
}

export async function updateNotice(deps: NoticeDeps, userId: string, data: PropertyUpdateData): Promise<PropertyUpdateAnswer> {
  requireCaller(data.user_id, userId, 'user_id');
  refuseFarFuture(deps, { update_time: data.update_time });
  const id = Number(data.id);
  const changes: Record<string, unknown> = { update_time: data.update_time || now(deps) };
  for (const column of UPDATABLE) {
    const value = data[column];
    if (value !== undefined) changes[column] = INTEGER_COLUMNS.has(column) ? Number(value) : value;
  }
  // An emptied occurrence time falls back to the publish time, as on add.
  if (data.occurrence_time === '') changes.occurrence_time = deps.db.ref('publish_time');
  const updated = await transaction(
    deps.db,
    async (trx) => {
      const count = await trx(PROPERTY_TABLE).where({ id, user_id: userId }).update(changes);
      // Every update moves update_time, and the search index is kept in the list's order.
      if (count > 0) await reindexNotice(trx, id);
      return count;
    },
    () => ({ property_id: id }),
  );
  if (updated === 0) throw new DomainError('notFound', 'no such notice of yours');
  await deps.propertySearches.invalidate();
  return { uid: id };
}

export async function removeNotice(deps: NoticeDeps, userId: string, data: PropertyDeleteData): Promise<PropertyDeleteAnswer> {
  const id = Number(data.id);
  // delete's status table has no -204: a user_id that is not the caller's simply deletes nothing.
  // The notice's search postings go with it (ON DELETE CASCADE).
  const deleted = namesAnotherUser(data.user_id, userId)
    ? 0
    : await recordingOutcome(
        () => ({ property_id: id }),
        () => deps.db(PROPERTY_TABLE).where({ id, user_id: userId }).delete(),
      );
  if (deleted === 0) throw new DomainError('notFound', 'no such notice of yours');
  await deps.propertySearches.invalidate();
  return { uid: id };
}
