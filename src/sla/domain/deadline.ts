/**
 * Deadline arithmetic for SLA limits (DOMAIN §5). Pure: instants in, instants out.
 *
 * Model: a limit is an amount of COUNTED time.
 * - `hours`: natural hours, every millisecond counts.
 * - `working_days`: only time inside working days (China local days, see WorkingCalendar)
 *   counts, 24 h per working day. Walking N×24 h of counted time forward from a start inside
 *   a working day keeps the local time of day (Fri 10:00 + 3 working days = Wed 10:00 when
 *   Mon–Wed are working); a start on a non-working day contributes nothing until 00:00 of
 *   the next working day, which is therefore the effective start.
 *
 * Fractional working days are supported: 0.5 working days = 12 counted hours, walked the
 * same way (Fri 18:00 + 0.5 → Mon 06:00 over a normal weekend).
 *
 * Boundary rule: when the counted time runs out exactly at the end of a working day, the
 * deadline is 00:00 of the next WORKING day, not the (same-instant) 00:00 of a following
 * holiday. This is what "keep the time of day and skip non-working days" literally gives
 * (Mon 00:00 + 5 working days = next Mon 00:00), and it is the last instant at which the
 * elapsed counted time has not yet exceeded the limit.
 */
import { EARLIEST_INSTANT, LATEST_INSTANT } from '../../common/date-window';
import {
  CHINA_UTC_OFFSET_MINUTES,
  DayReason,
  MS_PER_DAY,
  MS_PER_HOUR,
  WorkingCalendar,
  chinaLocalDate,
  uncoveredYearsBetween,
} from './working-calendar';
import { localDatesBetween } from './unit-calendar';

export type Limit = { unit: 'hours'; value: number } | { unit: 'working_days'; value: number };

export interface DeadlineOptions {
  /** Fraction of the counted time after which the warning fires. Default 0.9, must be in (0, 1]. */
  warnRatio?: number;
  /**
   * Demo/test time compression, default 1 (real time). With timeScale > 1 the counted
   * duration is divided by timeScale and laid out as NATURAL time from the start — the
   * calendar is not consulted, because a demo cannot wait for a weekend to pass.
   * Example, timeScale 3600: 1 policy hour = 1 real second, 1 working day = 24 s.
   * Must be a finite number ≥ 1.
   */
  timeScale?: number;
}

export interface Deadline {
  warnAt: Date;
  dueAt: Date;
}

const DEFAULT_WARN_RATIO = 0.9;

/**
 * Upper bound on calendar days a single walk may scan. Far beyond any real limit; it only
 * turns a pathological input (e.g. a million working days) into an error instead of a hang.
 * Together with every input instant lying in the accepted window (2000 … 2100, checked before
 * any arithmetic), no walk takes longer than one scan of that window plus a year.
 */
const MAX_SCANNED_DAYS = Math.ceil((LATEST_INSTANT - EARLIEST_INSTANT) / MS_PER_DAY) + 366;
const CHINA_UTC_OFFSET_MS = CHINA_UTC_OFFSET_MINUTES * 60_000;

export function computeDeadline(start: Date, limit: Limit, calendar: WorkingCalendar, opts: DeadlineOptions = {}): Deadline {
  assertValidDate(start, 'start');
  if (limit.unit !== 'hours' && limit.unit !== 'working_days') {
    throw new RangeError(`Unknown limit unit '${String((limit as { unit: unknown }).unit)}'`);
  }
  assertPositiveFinite(limit.value, `limit.value (${limit.unit})`);
  const { warnRatio, timeScale } = validOptions(opts);

  const countedMs = limit.value * (limit.unit === 'hours' ? MS_PER_HOUR : MS_PER_DAY);

  if (limit.unit === 'hours' || timeScale !== 1) {
    const spanMs = countedMs / timeScale;
    return {
      warnAt: new Date(start.getTime() + Math.round(warnRatio * spanMs)),
      dueAt: new Date(start.getTime() + Math.round(spanMs)),
    };
  }

  // Both points are walked through working time from the start, so the warning sits at
  // warnRatio of the counted time — a holiday inside the span does not pull it earlier.
  return {
    warnAt: advanceWorkingTime(start, Math.round(warnRatio * countedMs), calendar),
    dueAt: advanceWorkingTime(start, Math.round(countedMs), calendar),
  };
}

/** `start` plus `days` working days (fractional allowed, 0 = effective start). */
export function addWorkingDays(start: Date, days: number, calendar: WorkingCalendar): Date {
  assertValidDate(start, 'start');
  if (!Number.isFinite(days) || days < 0) {
    throw new RangeError(`days must be a finite number >= 0, got ${days}`);
  }
  return advanceWorkingTime(start, Math.round(days * MS_PER_DAY), calendar);
}

/**
 * Counted time between two instants: only the parts lying inside working days.
 * Signed: negative when b is before a, so "remaining working time until due" stays
 * meaningful (and negative) once a ticket is overdue.
 */
export function workingMillisBetween(a: Date, b: Date, calendar: WorkingCalendar): number {
  assertValidDate(a, 'a');
  assertValidDate(b, 'b');
  if (b.getTime() < a.getTime()) return -workingMillisBetween(b, a, calendar);

  const end = b.getTime();
  let cursor = a.getTime();
  let total = 0;
  for (let scanned = 0; cursor < end; scanned++) {
    if (scanned > MAX_SCANNED_DAYS) throw new RangeError(`Working-time span exceeds ${MAX_SCANNED_DAYS} calendar days`);
    const { isWorking, dayEnd } = dayAt(cursor, calendar);
    const segmentEnd = Math.min(dayEnd, end);
    if (isWorking) total += segmentEnd - cursor;
    cursor = segmentEnd;
  }
  return total;
}

/**
 * Warning point for an explicit due instant (a stricter customer-requested commitment, a
 * co-handling task, an approved extension): at `warnRatio` of the counted time between start
 * and due, the rule computeDeadline applies to policy limits. `unit` says how the governing
 * policy counts time. Never later than `dueAt`: a span holding no working time would otherwise
 * walk to the next working day, past the deadline. A due instant at or before the start warns
 * at the due instant.
 */
export function warnPointWithin(
  start: Date,
  dueAt: Date,
  unit: Limit['unit'],
  calendar: WorkingCalendar,
  opts: DeadlineOptions = {},
): Date {
  assertValidDate(start, 'start');
  assertValidDate(dueAt, 'dueAt');
  const { warnRatio, timeScale } = validOptions(opts);
  if (dueAt.getTime() <= start.getTime()) return dueAt;
  if (unit === 'hours' || timeScale !== 1) {
    return new Date(start.getTime() + Math.round(warnRatio * (dueAt.getTime() - start.getTime())));
  }
  const counted = workingMillisBetween(start, dueAt, calendar);
  const walked = advanceWorkingTime(start, Math.round(warnRatio * counted), calendar);
  return walked.getTime() < dueAt.getTime() ? walked : dueAt;
}

/**
 * Years with no official schedule that a deadline depends on: only a working-day count at real
 * time consults the calendar, and it consults every date from the start to the due instant.
 */
export function provisionalYears(start: Date, limit: Limit, dueAt: Date, calendar: WorkingCalendar, opts: DeadlineOptions = {}): number[] {
  if (limit.unit !== 'working_days' || validOptions(opts).timeScale !== 1) return [];
  return uncoveredYearsBetween(start, dueAt, calendar);
}

/** A date of a span that is not an ordinary weekday, and why. */
export interface NotableDay {
  date: string;
  reason: DayReason;
}

/** How much counted time lies between a deadline's start and its due instant, and which days of the span the count skipped or took in. */
export interface SpanExplanation {
  /** Counted time from start to due, in the limit's unit (policy time: a compressed clock is scaled back). */
  counted: number;
  /** Days off inside the span (weekends, holidays): no time counts on them. */
  skippedDays: NotableDay[];
  /** Days worked that are not ordinary weekdays (make-up working weekends, a unit's extra working days): they count. */
  madeUpDays: NotableDay[];
}

/**
 * Why a deadline falls where it does, from the instants it was given: the counted time they span and
 * the days the count stepped over. Only a working-day count at real time consults the calendar (as
 * computeDeadline does); an hours limit counts every day.
 */
export function explainSpan(
  start: Date,
  dueAt: Date,
  unit: Limit['unit'],
  calendar: WorkingCalendar,
  opts: DeadlineOptions = {},
): SpanExplanation {
  assertValidDate(start, 'start');
  assertValidDate(dueAt, 'dueAt');
  const { timeScale } = validOptions(opts);
  if (unit === 'hours' || timeScale !== 1) {
    const perUnit = unit === 'hours' ? MS_PER_HOUR : MS_PER_DAY;
    return { counted: ((dueAt.getTime() - start.getTime()) * timeScale) / perUnit, skippedDays: [], madeUpDays: [] };
  }
  const days = dueAt.getTime() > start.getTime() ? localDatesBetween(chinaLocalDate(start), chinaLocalDate(dueAt)) : [];
  const notable = days.map((date) => ({ date, reason: calendar.dayReason(date) })).filter((d) => d.reason !== 'weekday');
  return {
    counted: workingMillisBetween(start, dueAt, calendar) / MS_PER_DAY,
    skippedDays: notable.filter((d) => !calendar.isWorkingDay(d.date)),
    madeUpDays: notable.filter((d) => calendar.isWorkingDay(d.date)),
  };
}

/**
 * A deadline walked on `before` walked again on `after`: the same counted working time from the
 * same origin. Recounting this way keeps the limit the deadline was given without asking which
 * policy gave it (the policy may have changed since).
 */
export function recountDeadline(origin: Date, deadline: Deadline, before: WorkingCalendar, after: WorkingCalendar): Deadline {
  assertValidDate(origin, 'origin');
  return {
    warnAt: advanceWorkingTime(origin, workingMillisBetween(origin, deadline.warnAt, before), after),
    dueAt: advanceWorkingTime(origin, workingMillisBetween(origin, deadline.dueAt, before), after),
  };
}

/** The earlier of two deadlines: a stricter customer-requested deadline wins over the policy one. */
export function stricter(a: Date, b: Date | null | undefined): Date {
  assertValidDate(a, 'a');
  if (b == null) return a;
  assertValidDate(b, 'b');
  return b.getTime() < a.getTime() ? b : a;
}

/**
 * Walks `countedMs` of working time forward from `start`. Uses a strict `<` against the time
 * left in the day so that exhausting the counted time exactly at a day end carries on to the
 * next working day's 00:00 (the boundary rule in the header).
 */
function advanceWorkingTime(start: Date, countedMs: number, calendar: WorkingCalendar): Date {
  let cursor = start.getTime();
  let remaining = countedMs;
  for (let scanned = 0; scanned < MAX_SCANNED_DAYS; scanned++) {
    const { isWorking, dayEnd } = dayAt(cursor, calendar);
    if (isWorking) {
      const available = dayEnd - cursor;
      if (remaining < available) return new Date(cursor + remaining);
      remaining -= available;
    }
    cursor = dayEnd;
  }
  throw new RangeError(`Working-time walk exceeded ${MAX_SCANNED_DAYS} calendar days`);
}

function validOptions(opts: DeadlineOptions): Required<DeadlineOptions> {
  const warnRatio = opts.warnRatio ?? DEFAULT_WARN_RATIO;
  if (!Number.isFinite(warnRatio) || warnRatio <= 0 || warnRatio > 1) {
    throw new RangeError(`warnRatio must be in (0, 1], got ${warnRatio}`);
  }
  const timeScale = opts.timeScale ?? 1;
  if (!Number.isFinite(timeScale) || timeScale < 1) {
    throw new RangeError(`timeScale must be a finite number >= 1, got ${timeScale}`);
  }
  return { warnRatio, timeScale };
}

/** China has no DST, so local days are fixed 24 h slots counted from the epoch: integer arithmetic, no date parsing per day. */
function dayAt(instantMs: number, calendar: WorkingCalendar): { isWorking: boolean; dayEnd: number } {
  const day = Math.floor((instantMs + CHINA_UTC_OFFSET_MS) / MS_PER_DAY);
  return {
    isWorking: calendar.isWorkingDay(localDateOfDay(day)),
    dayEnd: (day + 1) * MS_PER_DAY - CHINA_UTC_OFFSET_MS,
  };
}

/** 'YYYY-MM-DD' of the n-th day after 1970-01-01 (proleptic Gregorian, days-to-civil by eras of 400 years). */
function localDateOfDay(n: number): string {
  const z = n + 719_468;
  const era = Math.floor(z / 146_097);
  const doe = z - era * 146_097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36_524) - Math.floor(doe / 146_096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  const year = yoe + era * 400 + (month <= 2 ? 1 : 0);
  return `${year}-${month < 10 ? '0' : ''}${month}-${day < 10 ? '0' : ''}${day}`;
}

/** Valid, and inside the window every instant the API accepts lies in: what bounds each walk by construction. */
function assertValidDate(value: Date, name: string): void {
  if (!(value instanceof Date) || Number.isNaN(value.getTime())) {
    throw new RangeError(`${name} must be a valid Date`);
  }
  if (value.getTime() < EARLIEST_INSTANT || value.getTime() > LATEST_INSTANT) {
    throw new RangeError(`${name} must lie within 2000-01-01 … 2100-12-31, got ${value.toISOString()}`);
  }
}

function assertPositiveFinite(value: number, name: string): void {
  if (typeof value !== 'number' || !Number.isFinite(value) || value <= 0) {
    throw new RangeError(`${name} must be a finite number > 0, got ${value}`);
  }
}
