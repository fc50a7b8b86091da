/** A small seeded PRNG (mulberry32): a failing fuzz case can be replayed from its seed. */
export function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export class Gen {
  constructor(readonly next: () => number) {}
  int(max: number): number {
    return Math.floor(this.next() * max);
  }
  pick<T>(items: readonly T[]): T {
    return items[this.int(items.length)] as T;
  }
  chance(p: number): boolean {
    return this.next() < p;
  }
}

const NASTY_STRINGS = [
  '',
  ' ',
  '0',
  '-1',
  '1e999',
  'null',
  '__proto__',
  'constructor',
  "' OR 1=1 --",
  '"; DROP TABLE property; --',
  '%_%',
  '\\',
  '\u0000',
  '\ud800',
  '😀'.repeat(30),
  '寻物启事'.repeat(10),
  '<script>alert(1)</script>',
  '../../etc/passwd',
  'data:image/png;base64,AAAA',
];

/** An arbitrary JSON value, biased toward the shapes that break parsers and validators. */
export function jsonValue(g: Gen, depth = 0): unknown {
  const kinds = depth > 4 ? 6 : 8;
  switch (g.int(kinds)) {
    case 0:
      return null;
    case 1:
      return g.chance(0.5);
    case 2:
      return g.pick([0, -1, 1, 2, 3, 1.5, 2 ** 31, 2 ** 53 + 1, -(2 ** 63), 1e308, 123456789]);
    case 3:
      return g.pick(NASTY_STRINGS);
    case 4:
      return String(g.int(1e9));
    case 5:
      return 'x'.repeat(g.pick([1, 20, 21, 500, 501, 1025, 70000]));
    case 6:
      return Array.from({ length: g.int(4) }, () => jsonValue(g, depth + 1));
    default: {
      const out: Record<string, unknown> = {};
      for (let i = g.int(5); i > 0; i--) out[g.pick(FIELD_NAMES)] = jsonValue(g, depth + 1);
      return out;
    }
  }
}

export const FIELD_NAMES = [
  'hash', 'phone', 'id', 'type', 'state', 'lab', 'title', 'content', 'occurrence_time', 'user_id', 'user_name',
  'user_phone', 'user_qq', 'user2_id', 'publish_time', 'update_time', 'pic_num', 'pic_url1', 'shop_id',
  'shop_name', 'shop_content', 'base64', 'name', '__proto__', 'constructor',
];

export function deepNesting(depth: number): string {
  return '['.repeat(depth) + ']'.repeat(depth);
}
