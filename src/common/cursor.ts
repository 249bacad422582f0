import type { SelectQueryBuilder } from 'typeorm';
import { BadRequestError } from './domain-error';

/** Opaque keyset cursor: base64url of the sort key of the last row returned. */
export function encodeCursor(values: (string | number | null)[]): string {
  return Buffer.from(JSON.stringify(values)).toString('base64url');
}

export function decodeCursor(cursor: string | undefined, arity: number): (string | number | null)[] | null {
  if (!cursor) return null;
  try {
    const values = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as unknown;
    if (Array.isArray(values) && values.length === arity) return values as (string | number | null)[];
  } catch {
    // fall through to the error below
  }
  throw new BadRequestError('INVALID_CURSOR', 'cursor is malformed');
}

export interface Page<T> {
  items: T[];
  nextCursor: string | null;
}

export interface KeysetOptions<T> {
  /** SQL columns of the sort key, most significant first; the last one must be unique (usually the id). */
  columns: string[];
  direction: 'ASC' | 'DESC';
  cursor?: string;
  limit: number;
  /** The sort key of a row, in `columns` order, as it goes into the next cursor. */
  key: (row: T) => (string | number)[];
}

/**
 * One page of entities in keyset order: rows strictly after the cursor's key, `limit + 1` fetched
 * to know whether another page exists, the next cursor built from the last row returned.
 */
export async function keysetPage<T extends object>(qb: SelectQueryBuilder<T>, opts: KeysetOptions<T>): Promise<Page<T>> {
  const after = decodeCursor(opts.cursor, opts.columns.length);
  if (after) {
    const params = Object.fromEntries(after.map((v, i) => [`keyset${i}`, v]));
    const placeholders = after.map((_, i) => `:keyset${i}`).join(', ');
    qb.andWhere(`(${opts.columns.join(', ')}) ${opts.direction === 'ASC' ? '>' : '<'} (${placeholders})`, params);
  }
  opts.columns.forEach((column, i) => (i === 0 ? qb.orderBy(column, opts.direction) : qb.addOrderBy(column, opts.direction)));
  const rows = await qb.limit(opts.limit + 1).getMany();
  const items = rows.slice(0, opts.limit);
  return { items, nextCursor: rows.length > opts.limit ? encodeCursor(opts.key(items[items.length - 1])) : null };
}
