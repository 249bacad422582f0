/**
 * Working-day calendar for SLA limits counted in working days (DOMAIN §5).
 *
 * Source of truth is the `chinese-days` package: official public holidays AND make-up
 * working weekends (调休). Its data covers 2004–2026 (package 1.5.7); for any other year
 * there is no official arrangement and the calendar falls back to plain Monday–Friday.
 * `chineseDaysCoversYear` lets a health check warn before a new year starts uncovered —
 * the State Council publishes the next year's arrangement around November; updating
 * the package (or adding overrides) is then the fix.
 *
 * We read the package's published data file instead of calling its `isWorkday()`:
 * that function builds its lookup table with local-time Date getters over UTC-parsed
 * strings, so in a process whose TZ is west of UTC every date is shifted by one day
 * (e.g. the make-up Saturday 2026-02-14 reports as non-working under
 * TZ=America/Los_Angeles). The data file is keyed by plain 'YYYY-MM-DD' strings and is
 * identical to the API's answers in UTC for every day 2004–2026 (asserted in the spec).
 */
import chineseDaysData from 'chinese-days/dist/chinese-days.json';

/** China has no DST, so every local day is exactly 24 h and starts at 16:00 UTC of the previous day. */
export const CHINA_UTC_OFFSET_MINUTES = 480;

export const MS_PER_HOUR = 3_600_000;
export const MS_PER_DAY = 24 * MS_PER_HOUR;
const CHINA_UTC_OFFSET_MS = CHINA_UTC_OFFSET_MINUTES * 60_000;

/** Dates are China local calendar dates, 'YYYY-MM-DD'. */
export interface CalendarOverrides {
  extraHolidays: string[];
  extraWorkdays: string[];
}

interface ChineseDaysData {
  holidays: Readonly<Record<string, string>>;
  workdays: Readonly<Record<string, string>>;
}

const officialData: ChineseDaysData = chineseDaysData;

const coveredYears: ReadonlySet<number> = new Set(Object.keys(officialData.holidays).map((date) => Number(date.slice(0, 4))));

/** True when `chinese-days` has the official holiday arrangement for that year. */
export function chineseDaysCoversYear(year: number): boolean {
  return coveredYears.has(year);
}

const LOCAL_DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * UTC midnight of the given calendar date, as epoch ms. Throws RangeError for anything
 * that is not a real 'YYYY-MM-DD' date, because a typo in an override (e.g. '2026-2-30')
 * would otherwise silently change nobody's deadline.
 */
function parseLocalDate(localDate: string): number {
  const match = LOCAL_DATE_PATTERN.exec(localDate);
  if (match) {
    const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
    const utcMidnight = Date.UTC(year, month - 1, day);
    const roundTrip = new Date(utcMidnight);
    if (roundTrip.getUTCFullYear() === year && roundTrip.getUTCMonth() === month - 1 && roundTrip.getUTCDate() === day) {
      return utcMidnight;
    }
  }
  throw new RangeError(`Invalid local date '${localDate}', expected YYYY-MM-DD`);
}

/** The China local calendar date ('YYYY-MM-DD') an instant falls on. */
export function chinaLocalDate(instant: Date): string {
  return new Date(instant.getTime() + CHINA_UTC_OFFSET_MS).toISOString().slice(0, 10);
}

/** The instant 00:00 China local time of the given local date begins. */
export function chinaDayStart(localDate: string): Date {
  return new Date(parseLocalDate(localDate) - CHINA_UTC_OFFSET_MS);
}

export class WorkingCalendar {
  private readonly extraHolidays: ReadonlySet<string>;
  private readonly extraWorkdays: ReadonlySet<string>;

  constructor(overrides?: Partial<CalendarOverrides>) {
    const holidays = overrides?.extraHolidays ?? [];
    const workdays = overrides?.extraWorkdays ?? [];
    [...holidays, ...workdays].forEach(parseLocalDate);
    this.extraHolidays = new Set(holidays);
    this.extraWorkdays = new Set(workdays);
    // A date listed both ways has no meaningful answer; reject it rather than pick one silently.
    const conflicting = holidays.filter((date) => this.extraWorkdays.has(date));
    if (conflicting.length > 0) {
      throw new RangeError(`Dates listed both as extra holiday and extra workday: ${conflicting.join(', ')}`);
    }
  }

  /** Overrides win over the official calendar, which wins over the Monday–Friday default. */
  isWorkingDay(localDate: string): boolean {
    const utcMidnight = parseLocalDate(localDate);
    if (this.extraWorkdays.has(localDate)) return true;
    if (this.extraHolidays.has(localDate)) return false;
    if (localDate in officialData.workdays) return true;
    if (localDate in officialData.holidays) return false;
    const weekday = new Date(utcMidnight).getUTCDay();
    return weekday >= 1 && weekday <= 5;
  }
}
