import { DomainError } from '../../errors.js';
import type { ProductListData } from '../../generated/schema-types.js';

export interface OrderBy {
  column: string;
  order: 'asc' | 'desc';
}

const TERM = /^([a-z_][a-z0-9_]*)\s+(asc|desc)$/i;

export interface Orderable {
  /** The columns a client may order by. */
  columns: ReadonlySet<string>;
  /** Columns whose values are unique: ordering by one leaves no ties to break. */
  unique: ReadonlySet<string>;
  /** The creation time, for the default order. */
  created: string;
  /** The id, which breaks every tie. */
  id: string;
}

/**
 * A list's `order`: a comma-separated list of `<column> ASC|DESC` over the list's own columns, nothing
 * else (the original passed it to SQL as it came). Ties are always broken by the id, so paging is stable;
 * without `order`, the list is in creation order (created, then id).
 */
export function parseOrder(text: string | undefined, { columns, unique, created, id }: Orderable): OrderBy[] {
  if (text === undefined || text.trim() === '') return [{ column: created, order: 'asc' }, { column: id, order: 'asc' }];
  const terms: OrderBy[] = text.split(',').map((part) => {
    const m = TERM.exec(part.trim());
    const column = m?.[1]?.toLowerCase();
    if (!m || !column || !columns.has(column)) {
      throw new DomainError('invalid', `order: "${part.trim().slice(0, 40)}" is not <column> ASC|DESC over ${[...columns].join(', ')}`);
    }
    return { column, order: (m[2] ?? 'asc').toLowerCase() as 'asc' | 'desc' };
  });
  const seen = new Set<string>();
  for (const term of terms) {
    if (seen.has(term.column)) throw new DomainError('invalid', `order: ${term.column} given twice`);
    seen.add(term.column);
  }
  // Past a unique column there are no ties: a further term would only cost the database a sort.
  const decisive = terms.findIndex((term) => term.column === id || unique.has(term.column));
  return decisive >= 0 ? terms.slice(0, decisive + 1) : [...terms, { column: id, order: 'asc' }];
}

/**
 * Lists page with `limit` (default 50, at most 200) and `offset` (at most a billion), sent as integers or
 * strings of digits. The schema bounds the integers; strings of digits are bounded here, before any query.
 */
export const PAGE = { defaultLimit: 50, maxLimit: 200, maxOffset: 1_000_000_000 } as const;

export function page(data: { limit?: number | string; offset?: number | string }): { limit: number; offset: number } {
  const limit = data.limit === undefined ? PAGE.defaultLimit : Number(data.limit);
  const offset = data.offset === undefined ? 0 : Number(data.offset);
  if (limit < 1 || limit > PAGE.maxLimit) throw new DomainError('invalid', `limit: 1 to ${PAGE.maxLimit}`);
  if (offset > PAGE.maxOffset) throw new DomainError('invalid', `offset: 0 to ${PAGE.maxOffset}`);
  return { limit, offset };
}

/** A product/list query, its input checked: past the owner's check, all a list depends on. */
export interface ProductList {
  kind: NonNullable<ProductListData['type']>;
  shopId: number | null;
  product_name: string;
  product_key: string;
  order: OrderBy[];
  limit: number;
  offset: number;
}
