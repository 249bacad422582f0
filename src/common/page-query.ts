import { Type as Class } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsString, Max, Min } from 'class-validator';
import { CursorKeyType, decodeCursor, encodeCursor, Page } from './cursor';
import { IsOmittable } from './validation';

export const DEFAULT_PAGE_SIZE = 50;
export const MAX_PAGE_SIZE = 500;

/** Keyset pagination parameters shared by every list endpoint. */
export class PageQuery {
  @ApiPropertyOptional({
    type: 'integer',
    default: DEFAULT_PAGE_SIZE,
    minimum: 1,
    maximum: MAX_PAGE_SIZE,
    description: `Items per page: ${DEFAULT_PAGE_SIZE} unless given, at most ${MAX_PAGE_SIZE}`,
  })
  @IsOmittable()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(MAX_PAGE_SIZE)
  limit?: number;

  @ApiPropertyOptional({ description: 'The `nextCursor` of the previous page, passed back unchanged' })
  @IsOmittable()
  @IsString()
  cursor?: string;
}

/**
 * The answer of a list: `{items, nextCursor}`, as a named schema per item type so the document and
 * typed clients name it (`RoutingRulePage`…).
 */
export function PageOf<T>(item: Class<T>, name: string): Class<{ items: T[]; nextCursor: string | null }> {
  class ItemPage {
    @ApiProperty({ type: [item] }) items: T[];
    @ApiProperty({ type: String, nullable: true, description: 'Pass it back as `cursor` for the next page; null on the last page' })
    nextCursor: string | null;
  }
  Object.defineProperty(ItemPage, 'name', { value: name });
  return ItemPage;
}

/**
 * One page of a list computed in memory (working days of a range, years of the official calendar),
 * with the same cursor as a keyset page: the items must come sorted ascending by `key`.
 */
export function pageOfSorted<T>(
  items: readonly T[],
  key: (item: T) => (string | number)[],
  types: readonly CursorKeyType[],
  q: PageQuery,
): Page<T> {
  const after = decodeCursor(q.cursor, types);
  const limit = q.limit ?? DEFAULT_PAGE_SIZE;
  const rest = after ? items.filter((item) => compareKeys(key(item), after) > 0) : [...items];
  const page = rest.slice(0, limit);
  return { items: page, nextCursor: rest.length > limit ? encodeCursor(key(page[page.length - 1])) : null };
}

function compareKeys(a: (string | number)[], b: (string | number)[]): number {
  for (let i = 0; i < a.length; i++) {
    if (a[i] < b[i]) return -1;
    if (a[i] > b[i]) return 1;
  }
  return 0;
}
