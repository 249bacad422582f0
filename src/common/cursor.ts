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
