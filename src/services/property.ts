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
