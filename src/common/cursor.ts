import type { SelectQueryBuilder } from 'typeorm';
import { isWithinDateWindow } from './date-window';
import { BadRequestError } from './domain-error';
import { unstorableReason } from './text';

/**
 * The type of one component of a sort key. A cursor is decoded against the types its list
 * declares, so whatever a client sends reaches SQL as a well-typed value or not at all.
 * - `timestamp`: ISO 8601 UTC with up to microseconds, inside the accepted date window
 * - `date`: a calendar day `YYYY-MM-DD` that exists, inside the accepted date window
 * - `uuid`: a lower- or upper-case UUID
 * - `int`: a safe integer
 * - `text`: a string Postgres can store, at most 1,024 characters
 */
export type CursorKeyType = 'timestamp' | 'date' | 'uuid' | 'int' | 'text';

const MAX_CURSOR_LENGTH = 4096;
const TIMESTAMP = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,6})?Z$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const CHECKS: Record<CursorKeyType, (v: unknown) => boolean> = {
  timestamp: (v) => typeof v === 'string' && TIMESTAMP.test(v) && isRealInstant(v),
  date: (v) => typeof v === 'string' && DATE.test(v) && isRealInstant(`${v}T00:00:00Z`),
  uuid: (v) => typeof v === 'string' && UUID.test(v),
  int: (v) => Number.isSafeInteger(v),
  text: (v) => typeof v === 'string' && v.length <= 1024 && unstorableReason(v) === null,
};

/** Inside the window and a real calendar day (Date.parse rolls 2026-02-31 over into March; Postgres refuses it). */
function isRealInstant(iso: string): boolean {
  const ms = Date.parse(iso);
  return isWithinDateWindow(ms) && new Date(ms).toISOString().slice(0, 10) === iso.slice(0, 10);
}

/**
 * SQL giving a timestamptz column as a cursor carries it: ISO 8601 UTC at the column's full (microsecond)
 * precision. A JS Date keeps milliseconds only: a key cut from 12:00:00.123456 to 12:00:00.123 sorts
 * before its own row, which then comes again on the next page (and a page of one never moves on).
 */
export function cursorTimestamp(column: string): string {
  return `to_char(${column} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`;
}

/** Opaque keyset cursor: base64url of the sort key of the last row returned. */
export function encodeCursor(values: (string | number)[]): string {
  return Buffer.from(JSON.stringify(values)).toString('base64url');
}

/** The sort key a cursor carries, checked against the key's declared types; 400 INVALID_CURSOR otherwise. */
export function decodeCursor(cursor: string | undefined, types: readonly CursorKeyType[]): (string | number)[] | null {
  if (cursor === undefined || cursor === '') return null;
  let values: unknown;
  try {
    values = cursor.length <= MAX_CURSOR_LENGTH ? JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) : undefined;
  } catch {
    values = undefined;
  }
  if (Array.isArray(values) && values.length === types.length && types.every((type, i) => CHECKS[type](values[i]))) {
    return values as (string | number)[];
  }
  throw new BadRequestError('INVALID_CURSOR', 'cursor is malformed; pass back the nextCursor of the previous page unchanged');
}

export interface Page<T> {
  items: T[];
  nextCursor: string | null;
}

export interface KeysetOptions<T> {
  /** SQL columns of the sort key, most significant first; the last one must be unique (usually the id). */
  columns: string[];
  /** The type of each column, in `columns` order: what a cursor must carry to be accepted. */
  types: readonly CursorKeyType[];
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
  const after = decodeCursor(opts.cursor, opts.types);
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
