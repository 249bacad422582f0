import { chineseDaysCoversYear } from '../sla/domain/working-calendar';

const CHINA_OFFSET_MS = 8 * 3_600_000;

/**
 * The instant the shipped public-holiday data stops: the end (China time) of the last year covered
 * without a gap from now on, or the start of this year when even it is not covered. After it,
 * working days fall back to Monday–Friday, so deadlines in working days may be wrong.
 */
export function calendarCoveredUntil(now: Date, covers: (year: number) => boolean = chineseDaysCoversYear): Date {
  let year = new Date(now.getTime() + CHINA_OFFSET_MS).getUTCFullYear();
  if (!covers(year)) return new Date(Date.UTC(year, 0, 1) - CHINA_OFFSET_MS);
  while (covers(year + 1)) year++;
  return new Date(Date.UTC(year + 1, 0, 1) - CHINA_OFFSET_MS);
}
