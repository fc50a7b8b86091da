/**
 * Character n-grams for substring search. LIKE '%…%' cannot use an index, and MariaDB has no n-gram
 * full-text parser for Chinese, so searched text is indexed as its distinct characters and character
 * pairs (lowercased): a text containing a fragment holds every pair of the fragment (or its one
 * character), so the postings of those grams bound the rows a LIKE must still check.
 */

function codePoints(text: string): string[] {
  return [...text.toLowerCase()];
}

/** Every distinct character and character pair of each text (pairs never span two texts). */
export function gramsOf(texts: readonly string[]): string[] {
  const grams = new Set<string>();
  for (const text of texts) {
    const chars = codePoints(text);
    chars.forEach((ch, i) => {
      grams.add(ch);
      if (i + 1 < chars.length) grams.add(ch + chars[i + 1]);
    });
  }
  return [...grams];
}

/** The grams a text must hold to contain `fragment`: its pairs, or its one character. */
export function fragmentGrams(fragment: string): string[] {
  const chars = codePoints(fragment);
  if (chars.length <= 1) return chars;
  return [...new Set(chars.slice(1).map((ch, i) => chars[i] + ch))];
}

/** At most `count` of `items`, spread evenly over them (a long fragment's pairs from its start to its end). */
export function spread<T>(items: readonly T[], count: number): T[] {
  if (items.length <= count) return [...items];
  return Array.from({ length: count }, (_, i) => items[Math.floor((i * (items.length - 1)) / (count - 1))] as T);
}

/**
 * A long fragment has hundreds of pairs; counting or joining them all made one request run hundreds of
 * queries (a long key held MariaDB for seconds). Only a few pairs, spread over the fragment,
 * are used, and the LIKE on the rows they yield checks the rest.
 */
export const PROBED_GRAMS = 6;
