/** NUL or a UTF-16 surrogate without its pair: text that the databases do not store alike, so none is kept. */
// eslint-disable-next-line no-control-regex -- NUL is exactly what this pattern finds
export const UNSTORABLE_TEXT = /\u0000|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

const SURROGATE_PAIR = /[\uD800-\uDBFF][\uDC00-\uDFFF]/g;

/** Length as the databases count it: in characters (code points), not UTF-16 units. */
export function charLength(text: string): number {
  return text.length - (text.match(SURROGATE_PAIR)?.length ?? 0);
}
