/** The lost-and-found notices' table: its columns and their bounds. */
export const PROPERTY_TABLE = 'property';

/** Every column, in the order the original document's example shows them (pictures last). */
export const PROPERTY_COLUMNS = [
  'id', 'type', 'state', 'lab', 'title', 'content', 'occurrence_time', 'user_id', 'user_name', 'user_phone',
  'user_qq', 'user2_id', 'user2_name', 'user2_phone', 'user2_qq', 'publish_time', 'update_time', 'pic_num',
  'pic_url1', 'pic_url2', 'pic_url3',
] as const;

export type PropertyColumn = (typeof PROPERTY_COLUMNS)[number];

/** Columns holding integers: sent as integers or strings of digits, stored and answered as numbers. */
export const INTEGER_COLUMNS: ReadonlySet<string> = new Set(['id', 'type', 'state', 'pic_num']);
export const DATETIME_COLUMNS: ReadonlySet<string> = new Set(['occurrence_time', 'publish_time', 'update_time']);

/** Each text column's length in characters: a filter longer than its column cannot match anything. */
export const TEXT_LENGTHS: Readonly<Record<string, number>> = {
  lab: 50, title: 20, content: 500, user_id: 15, user_name: 10, user_phone: 15, user_qq: 15, user2_id: 15,
  user2_name: 10, user2_phone: 15, user2_qq: 15, pic_url1: 1024, pic_url2: 1024, pic_url3: 1024,
};

/** The largest value of each integer column (id is a BIGINT, the others SMALLINT on every database). */
export const INTEGER_MAX: Readonly<Record<string, number>> = { id: Number.MAX_SAFE_INTEGER, type: 32767, state: 32767, pic_num: 32767 };
