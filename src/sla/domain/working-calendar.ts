/**
 * Working-day calendar for SLA limits counted in working days (DOMAIN §5).
 *
 * The official calendar (public holidays AND make-up working weekends, 调休) is data: the
 * `chinese-days` package ships 2004–2026 (package 1.5.7) and seeds Postgres at boot; operators
 * import each later year's schedule when the State Council publishes it (around November). A year
 * with no official schedule falls back to plain Monday–Friday, and deadlines that cross it are
 * provisional (see `uncoveredYearsBetween`) until its schedule is imported.
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

const packageData: ChineseDaysData = chineseDaysData;

/** One year's official arrangement: the dates off work and the make-up working days. */
export interface OfficialSchedule {
  year: number;
  holidays: string[];
  workdays: string[];
  /** Holiday name per date where known ('Spring Festival,春节,8'). */
  names?: Readonly<Record<string, string>>;
}

/** The years an official calendar covers and their exceptions to Monday–Friday. Immutable. */
export class OfficialCalendar {
  private readonly years: ReadonlySet<number>;
  private readonly holidays: ReadonlySet<string>;
  private readonly workdays: ReadonlySet<string>;

  constructor(years: Iterable<number>, holidays: Iterable<string>, workdays: Iterable<string>) {
    this.years = new Set(years);
    this.holidays = new Set(holidays);
    this.workdays = new Set(workdays);
  }

  static fromSchedules(schedules: readonly OfficialSchedule[]): OfficialCalendar {
    return new OfficialCalendar(
      schedules.map((s) => s.year),
      schedules.flatMap((s) => s.holidays),
      schedules.flatMap((s) => s.workdays),
    );
  }

  covers(year: number): boolean {
    return this.years.has(year);
  }

  coveredYears(): number[] {
    return [...this.years].sort((a, b) => a - b);
  }

  /** The official exception to Monday–Friday on that date, if any. */
  exception(localDate: string): 'holiday' | 'workday' | undefined {
    if (this.workdays.has(localDate)) return 'workday';
    if (this.holidays.has(localDate)) return 'holiday';
    return undefined;
  }

  /** The same calendar as it was before `year`'s schedule existed. */
  withoutYear(year: number): OfficialCalendar {
    const other = (date: string) => !date.startsWith(`${year}-`);
    return new OfficialCalendar(
      [...this.years].filter((y) => y !== year),
      [...this.holidays].filter(other),
      [...this.workdays].filter(other),
    );
  }
}

/** The schedules `chinese-days` ships, one per year it covers, for seeding the database. */
export function packagedSchedules(): OfficialSchedule[] {
  const byYear = new Map<number, OfficialSchedule>();
  const at = (date: string) => {
    const year = Number(date.slice(0, 4));
    let schedule = byYear.get(year);
    if (!schedule) byYear.set(year, (schedule = { year, holidays: [], workdays: [], names: {} }));
    return schedule;
  };
  for (const [date, name] of Object.entries(packageData.holidays)) {
    const s = at(date);
    s.holidays.push(date);
    (s.names as Record<string, string>)[date] = name;
  }
  for (const [date, name] of Object.entries(packageData.workdays)) {
    const s = at(date);
    s.workdays.push(date);
    (s.names as Record<string, string>)[date] = name;
  }
  return [...byYear.values()].sort((a, b) => a.year - b.year);
}

/** What the package ships; the default for pure tests and the seed of the database. */
export const PACKAGED_OFFICIAL_CALENDAR = OfficialCalendar.fromSchedules(packagedSchedules());

/** True when `chinese-days` has the official holiday arrangement for that year. */
export function chineseDaysCoversYear(year: number): boolean {
  return PACKAGED_OFFICIAL_CALENDAR.covers(year);
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

/**
 * Why a date is (or is not) a working day: a plain weekday or weekend, the official schedule's holiday
 * or make-up working day (调休), or an override of the unit or an ancestor.
 */
export const DAY_REASONS = ['weekday', 'weekend', 'official_holiday', 'official_workday', 'unit_holiday', 'unit_workday'] as const;
export type DayReason = (typeof DAY_REASONS)[number];
const WORKING_DAY_REASONS: ReadonlySet<DayReason> = new Set(['weekday', 'official_workday', 'unit_workday']);

export class WorkingCalendar {
  private readonly extraHolidays: ReadonlySet<string>;
  private readonly extraWorkdays: ReadonlySet<string>;

  constructor(
    private readonly overrides: Partial<CalendarOverrides> = {},
    readonly official: OfficialCalendar = PACKAGED_OFFICIAL_CALENDAR,
  ) {
    const holidays = overrides.extraHolidays ?? [];
    const workdays = overrides.extraWorkdays ?? [];
    [...holidays, ...workdays].forEach(parseLocalDate);
    this.extraHolidays = new Set(holidays);
    this.extraWorkdays = new Set(workdays);
    // A date listed both ways has no meaningful answer; reject it rather than pick one silently.
    const conflicting = holidays.filter((date) => this.extraWorkdays.has(date));
    if (conflicting.length > 0) {
      throw new RangeError(`Dates listed both as extra holiday and extra workday: ${conflicting.join(', ')}`);
    }
  }

  isWorkingDay(localDate: string): boolean {
    return WORKING_DAY_REASONS.has(this.dayReason(localDate));
  }

  /** Why a date is or is not a working day: overrides win over the official calendar, which wins over the Monday–Friday default. */
  dayReason(localDate: string): DayReason {
    const utcMidnight = parseLocalDate(localDate);
    if (this.extraWorkdays.has(localDate)) return 'unit_workday';
    if (this.extraHolidays.has(localDate)) return 'unit_holiday';
    const official = this.official.exception(localDate);
    if (official) return official === 'workday' ? 'official_workday' : 'official_holiday';
    const weekday = new Date(utcMidnight).getUTCDay();
    return weekday >= 1 && weekday <= 5 ? 'weekday' : 'weekend';
  }

  /** Whether the official schedule of the year is known; without it weekends are the only days off. */
  coversYear(year: number): boolean {
    return this.official.covers(year);
  }

  /** The same unit calendar as it was before `year`'s official schedule was imported. */
  withoutOfficialYear(year: number): WorkingCalendar {
    return new WorkingCalendar(this.overrides, this.official.withoutYear(year));
  }
}

/**
 * Years between two instants (China local dates, both ends included) whose official schedule is
 * unknown: a working-day count across them is a guess until the schedule is imported.
 */
export function uncoveredYearsBetween(from: Date, to: Date, calendar: WorkingCalendar): number[] {
  const first = Number(chinaLocalDate(from).slice(0, 4));
  const last = Number(chinaLocalDate(to).slice(0, 4));
  const years: number[] = [];
  for (let year = first; year <= last; year++) if (!calendar.coversYear(year)) years.push(year);
  return years;
}
