import fc from 'fast-check';
import {
  addWorkingDays,
  computeDeadline,
  provisionalYears,
  recountDeadline,
  stricter,
  warnPointWithin,
  workingMillisBetween,
} from './deadline';
import { OfficialCalendar, WorkingCalendar, chinaLocalDate } from './working-calendar';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

/** China local wall-clock time → instant, e.g. cn('2026-02-13 10:00'). */
function cn(local: string): Date {
  return new Date(`${local.replace(' ', 'T')}:00+08:00`);
}

/** Instant → China local wall-clock 'YYYY-MM-DD HH:mm' for readable assertions. */
function local(instant: Date): string {
  return new Date(instant.getTime() + 8 * HOUR).toISOString().slice(0, 16).replace('T', ' ');
}

const calendar = new WorkingCalendar();
const wd = (value: number) => ({ unit: 'working_days' as const, value });
const hours = (value: number) => ({ unit: 'hours' as const, value });

describe('computeDeadline — natural hours', () => {
  it('adds natural hours straight through nights, weekends and holidays', () => {
    const { dueAt, warnAt } = computeDeadline(cn('2026-02-16 20:00'), hours(24), calendar);
    expect(local(dueAt)).toBe('2026-02-17 20:00');
    expect(local(warnAt)).toBe('2026-02-17 17:36'); // 90 % of 24 h = 21.6 h
  });

  it('uses a custom warnRatio', () => {
    const { warnAt } = computeDeadline(cn('2026-03-09 08:00'), hours(48), calendar, { warnRatio: 0.5 });
    expect(local(warnAt)).toBe('2026-03-10 08:00');
  });

  it('supports fractional hours', () => {
    const { dueAt } = computeDeadline(cn('2026-03-09 08:00'), hours(1.5), calendar);
    expect(local(dueAt)).toBe('2026-03-09 09:30');
  });
});

describe('computeDeadline — working days', () => {
  it('keeps the time of day across an ordinary weekend (Fri 10:00 + 3 = Wed 10:00)', () => {
    const { dueAt } = computeDeadline(cn('2026-03-13 10:00'), wd(3), calendar);
    expect(local(dueAt)).toBe('2026-03-18 10:00');
  });

  it('spans the 2026 Spring Festival, counting the make-up Saturday 02-14', () => {
    // Counted days after Fri 02-13: Sat 02-14 (make-up), Tue 02-24, Wed 02-25.
    const start = cn('2026-02-13 10:00');
    const { dueAt, warnAt } = computeDeadline(start, wd(3), calendar);
    expect(local(dueAt)).toBe('2026-02-25 10:00');
    // 90 % of 72 counted hours = 64.8 h: 14 h Fri + 24 h Sat + 24 h Tue + 2.8 h Wed.
    expect(local(warnAt)).toBe('2026-02-25 02:48');
    // 90 % of the 12-day wall-clock span would have been far earlier.
    const wallClockWarn = new Date(start.getTime() + 0.9 * (dueAt.getTime() - start.getTime()));
    expect(local(wallClockWarn)).toBe('2026-02-24 05:12');
    expect(warnAt.getTime()).not.toBe(wallClockWarn.getTime());
  });

  it('an appeal (7 working days) filed just before the Spring Festival', () => {
    // After Thu 02-12: Fri 13, Sat 14, Tue 24, Wed 25, Thu 26, Fri 27, Sat 28 (make-up).
    const { dueAt } = computeDeadline(cn('2026-02-12 09:30'), wd(7), calendar);
    expect(local(dueAt)).toBe('2026-02-28 09:30');
  });

  it('a start on a holiday counts from 00:00 of the next working day', () => {
    const { dueAt, warnAt } = computeDeadline(cn('2026-02-17 15:00'), wd(1), calendar);
    expect(local(dueAt)).toBe('2026-02-25 00:00');
    expect(local(warnAt)).toBe('2026-02-24 21:36');
  });

  it('a start on an ordinary weekend counts from Monday 00:00', () => {
    const { dueAt } = computeDeadline(cn('2026-03-14 18:00'), wd(2), calendar);
    expect(local(dueAt)).toBe('2026-03-18 00:00');
  });

  it('counted time ending exactly at a working day end moves on to the next working day 00:00', () => {
    // From Tue 02-24 00:00 five full days end at Sat 02-28 24:00; Sun 03-01 is off.
    const { dueAt } = computeDeadline(cn('2026-02-20 12:00'), wd(5), calendar);
    expect(local(dueAt)).toBe('2026-03-02 00:00');
  });

  it('a start on a make-up working Saturday counts that Saturday', () => {
    const { dueAt } = computeDeadline(cn('2026-02-14 09:00'), wd(1), calendar);
    expect(local(dueAt)).toBe('2026-02-24 09:00');
    const second = computeDeadline(cn('2026-02-28 09:00'), wd(1), calendar);
    expect(local(second.dueAt)).toBe('2026-03-02 09:00');
  });

  it('escalated mobile complaint (3 working days) across the 2025 National Day week', () => {
    // After Tue 09-30: holidays 10-01…10-08, then Thu 10-09, Fri 10-10, Sat 10-11 (make-up).
    const { dueAt } = computeDeadline(cn('2025-09-30 14:00'), wd(3), calendar);
    expect(local(dueAt)).toBe('2025-10-11 14:00');
  });

  it('escalated fixed-line complaint (7 working days) across both 2025 make-up days', () => {
    // After Fri 09-26: Sun 28, Mon 29, Tue 30, Thu 10-09, Fri 10, Sat 11, Mon 13.
    const { dueAt, warnAt } = computeDeadline(cn('2025-09-26 10:00'), wd(7), calendar);
    expect(local(dueAt)).toBe('2025-10-13 10:00');
    // 151.2 counted hours: 14 + 24×5 (28, 29, 30, 10-09, 10-10) = 134, then 17.2 h on Sat 10-11.
    expect(local(warnAt)).toBe('2025-10-11 17:12');
  });

  it('2026 National Day: Mid-autumn and National Day holidays with make-up Sun 09-20 and Sat 10-10', () => {
    expect(local(computeDeadline(cn('2026-09-18 10:00'), wd(1), calendar).dueAt)).toBe('2026-09-20 10:00');
    expect(local(computeDeadline(cn('2026-09-24 10:00'), wd(2), calendar).dueAt)).toBe('2026-09-29 10:00');
    expect(local(computeDeadline(cn('2026-09-30 16:00'), wd(3), calendar).dueAt)).toBe('2026-10-10 16:00');
  });

  it('supports fractional working days as counted hours (0.5 = 12 h)', () => {
    expect(local(computeDeadline(cn('2026-03-09 08:00'), wd(0.5), calendar).dueAt)).toBe('2026-03-09 20:00');
    // Fri 18:00 + 12 counted hours: 6 h on Friday, 6 h on Monday.
    expect(local(computeDeadline(cn('2026-03-13 18:00'), wd(0.5), calendar).dueAt)).toBe('2026-03-16 06:00');
  });

  it('honours an extra holiday override', () => {
    const cal = new WorkingCalendar({ extraHolidays: ['2026-03-16'] });
    const { dueAt } = computeDeadline(cn('2026-03-13 10:00'), wd(1), cal);
    expect(local(dueAt)).toBe('2026-03-17 10:00');
  });

  it('honours an extra workday override', () => {
    const cal = new WorkingCalendar({ extraWorkdays: ['2026-03-14'] });
    const { dueAt } = computeDeadline(cn('2026-03-13 10:00'), wd(1), cal);
    expect(local(dueAt)).toBe('2026-03-14 10:00');
  });
});

describe('computeDeadline — timeScale (demo time compression)', () => {
  it('1 policy hour = 1 real second at 3600', () => {
    const start = cn('2026-03-09 08:00');
    const { dueAt, warnAt } = computeDeadline(start, hours(24), calendar, { timeScale: 3600 });
    expect(dueAt.getTime() - start.getTime()).toBe(24_000);
    expect(warnAt.getTime() - start.getTime()).toBe(21_600);
  });

  it('1 working day = 24 s of natural time at 3600, even over a holiday', () => {
    const start = cn('2026-02-17 15:00');
    const { dueAt } = computeDeadline(start, wd(3), calendar, { timeScale: 3600 });
    expect(dueAt.getTime() - start.getTime()).toBe(72_000);
  });
});

describe('computeDeadline — validation', () => {
  const start = cn('2026-03-09 08:00');
  it.each([0, -1, NaN, Infinity])('rejects limit value %s', (value) => {
    expect(() => computeDeadline(start, hours(value), calendar)).toThrow(RangeError);
    expect(() => computeDeadline(start, wd(value), calendar)).toThrow(RangeError);
  });

  it.each([0, -0.1, 1.01, NaN])('rejects warnRatio %s', (warnRatio) => {
    expect(() => computeDeadline(start, hours(1), calendar, { warnRatio })).toThrow(RangeError);
  });

  it('accepts warnRatio 1 (warning at the deadline)', () => {
    const { warnAt, dueAt } = computeDeadline(start, wd(2), calendar, { warnRatio: 1 });
    expect(warnAt).toEqual(dueAt);
  });

  it.each([0, 0.5, -1, NaN, Infinity])('rejects timeScale %s', (timeScale) => {
    expect(() => computeDeadline(start, hours(1), calendar, { timeScale })).toThrow(RangeError);
  });

  it('rejects an invalid start and an unknown unit', () => {
    expect(() => computeDeadline(new Date(NaN), hours(1), calendar)).toThrow(RangeError);
    expect(() => computeDeadline(start, { unit: 'weeks', value: 1 } as never, calendar)).toThrow(RangeError);
  });

  it('rejects a walk that never ends', () => {
    expect(() => computeDeadline(start, wd(1e7), calendar)).toThrow(RangeError);
  });
});

describe('addWorkingDays', () => {
  it('0 days is the effective start', () => {
    expect(local(addWorkingDays(cn('2026-03-09 08:00'), 0, calendar))).toBe('2026-03-09 08:00');
    expect(local(addWorkingDays(cn('2026-02-17 08:00'), 0, calendar))).toBe('2026-02-24 00:00');
  });

  it('Mon 00:00 + 5 = next Mon 00:00', () => {
    expect(local(addWorkingDays(cn('2026-03-09 00:00'), 5, calendar))).toBe('2026-03-16 00:00');
  });

  it('rejects negative or non-finite days', () => {
    expect(() => addWorkingDays(cn('2026-03-09 00:00'), -1, calendar)).toThrow(RangeError);
    expect(() => addWorkingDays(cn('2026-03-09 00:00'), NaN, calendar)).toThrow(RangeError);
  });
});

describe('workingMillisBetween', () => {
  it('counts only time inside working days', () => {
    // Fri 10:00 → Mon 10:00 over an ordinary weekend: 14 h Fri + 10 h Mon.
    expect(workingMillisBetween(cn('2026-03-13 10:00'), cn('2026-03-16 10:00'), calendar)).toBe(24 * HOUR);
  });

  it('counts make-up days and skips the Spring Festival', () => {
    expect(workingMillisBetween(cn('2026-02-13 00:00'), cn('2026-02-25 00:00'), calendar)).toBe(3 * DAY);
  });

  it('is zero inside a holiday and signed when reversed', () => {
    expect(workingMillisBetween(cn('2026-02-16 00:00'), cn('2026-02-20 00:00'), calendar)).toBe(0);
    expect(workingMillisBetween(cn('2026-03-09 12:00'), cn('2026-03-09 08:00'), calendar)).toBe(-4 * HOUR);
  });
});

describe('stricter', () => {
  const policy = cn('2026-03-10 08:00');
  it('returns the policy deadline when the customer asked for nothing', () => {
    expect(stricter(policy, null)).toBe(policy);
    expect(stricter(policy, undefined)).toBe(policy);
  });

  it('returns the earlier of the two', () => {
    const requested = cn('2026-03-09 18:00');
    expect(stricter(policy, requested)).toBe(requested);
    expect(stricter(requested, policy)).toBe(requested);
    expect(stricter(policy, cn('2026-03-11 08:00'))).toBe(policy);
  });
});

describe('properties', () => {
  // 2024–2026 is fully covered by the official data and contains every kind of irregularity.
  const instant = fc
    .integer({ min: Date.parse('2024-01-01T00:00:00+08:00'), max: Date.parse('2026-12-01T00:00:00+08:00') })
    .map((ms) => new Date(ms));
  const wholeDays = fc.integer({ min: 0, max: 40 });
  const fractionalDays = fc.double({ min: 0.01, max: 40, noNaN: true });
  const overrideDate = fc
    .integer({ min: Date.UTC(2024, 0, 1), max: Date.UTC(2026, 11, 31) })
    .map((ms) => new Date(ms).toISOString().slice(0, 10));
  const calendars = fc
    .tuple(fc.uniqueArray(overrideDate, { maxLength: 20 }), fc.uniqueArray(overrideDate, { maxLength: 20 }))
    .map(([holidays, workdays]) => {
      const extraWorkdays = workdays.filter((date) => !holidays.includes(date));
      return new WorkingCalendar({ extraHolidays: holidays, extraWorkdays });
    });
  const ratio = fc.double({ min: 0.01, max: 1, noNaN: true });
  const anyLimit = fc.oneof(fc.double({ min: 0.01, max: 2000, noNaN: true }).map(hours), fractionalDays.map(wd));

  it('start ≤ warnAt ≤ dueAt', () => {
    fc.assert(
      fc.property(instant, anyLimit, calendars, ratio, (start, limit, cal, warnRatio) => {
        const { warnAt, dueAt } = computeDeadline(start, limit, cal, { warnRatio });
        expect(warnAt.getTime()).toBeGreaterThanOrEqual(start.getTime());
        expect(warnAt.getTime()).toBeLessThanOrEqual(dueAt.getTime());
      }),
    );
  });

  it('hours are exact natural time', () => {
    fc.assert(
      fc.property(instant, fc.integer({ min: 1, max: 2000 }), (start, value) => {
        const { dueAt, warnAt } = computeDeadline(start, hours(value), calendar);
        expect(dueAt.getTime() - start.getTime()).toBe(value * HOUR);
        expect(warnAt.getTime() - start.getTime()).toBe(Math.round(0.9 * value * HOUR));
      }),
    );
  });

  it('working days: counted time between start and dueAt is exactly days × 24 h', () => {
    fc.assert(
      fc.property(instant, fc.integer({ min: 1, max: 40 }), calendars, (start, days, cal) => {
        const { dueAt, warnAt } = computeDeadline(start, wd(days), cal);
        expect(workingMillisBetween(start, dueAt, cal)).toBe(days * DAY);
        expect(workingMillisBetween(start, warnAt, cal)).toBe(Math.round(0.9 * days * DAY));
      }),
    );
  });

  it('working days from a working-day start keep the local time of day and land on a working day', () => {
    fc.assert(
      fc.property(instant, wholeDays, calendars, (start, days, cal) => {
        fc.pre(cal.isWorkingDay(chinaLocalDate(start)));
        const due = addWorkingDays(start, days, cal);
        expect(local(due).slice(11)).toBe(local(start).slice(11));
        expect(cal.isWorkingDay(chinaLocalDate(due))).toBe(true);
      }),
    );
  });

  it('addWorkingDays is monotonic in days', () => {
    fc.assert(
      fc.property(instant, fractionalDays, fractionalDays, calendars, (start, x, y, cal) => {
        const [fewer, more] = x <= y ? [x, y] : [y, x];
        expect(addWorkingDays(start, fewer, cal).getTime()).toBeLessThanOrEqual(addWorkingDays(start, more, cal).getTime());
      }),
    );
  });

  it('addWorkingDays is monotonic in start', () => {
    fc.assert(
      fc.property(instant, instant, fractionalDays, calendars, (a, b, days, cal) => {
        const [earlier, later] = a <= b ? [a, b] : [b, a];
        expect(addWorkingDays(earlier, days, cal).getTime()).toBeLessThanOrEqual(addWorkingDays(later, days, cal).getTime());
      }),
    );
  });

  it('workingMillisBetween is additive and bounded by the wall-clock span', () => {
    fc.assert(
      fc.property(instant, instant, instant, (x, y, z) => {
        const [a, b, c] = [x, y, z].sort((p, q) => p.getTime() - q.getTime());
        const ab = workingMillisBetween(a, b, calendar);
        const bc = workingMillisBetween(b, c, calendar);
        expect(ab + bc).toBe(workingMillisBetween(a, c, calendar));
        expect(ab).toBeGreaterThanOrEqual(0);
        expect(ab).toBeLessThanOrEqual(b.getTime() - a.getTime());
      }),
    );
  });

  it('stricter never returns a later deadline than either input', () => {
    fc.assert(
      fc.property(instant, fc.option(instant, { nil: null }), (a, b) => {
        const result = stricter(a, b);
        expect(result.getTime()).toBeLessThanOrEqual(a.getTime());
        if (b) expect(result.getTime()).toBeLessThanOrEqual(b.getTime());
      }),
    );
  });
});

describe('warnPointWithin', () => {
  it('natural hours: warnRatio of the wall-clock span', () => {
    const warnAt = warnPointWithin(cn('2026-03-13 10:00'), cn('2026-03-16 10:00'), 'hours', calendar);
    expect(local(warnAt)).toBe('2026-03-16 02:48'); // 90 % of 72 h = 64.8 h
  });

  it('working days: warnRatio of the counted time, so a weekend does not pull the warning earlier', () => {
    // Fri 10:00 → Mon 10:00 holds 14 h (Fri) + 10 h (Mon) of working time; 90 % = 21.6 h.
    const warnAt = warnPointWithin(cn('2026-03-13 10:00'), cn('2026-03-16 10:00'), 'working_days', calendar);
    expect(local(warnAt)).toBe('2026-03-16 07:36');
  });

  it('agrees with computeDeadline for a policy limit', () => {
    const start = cn('2026-02-13 10:00');
    const { warnAt, dueAt } = computeDeadline(start, wd(3), calendar);
    expect(warnPointWithin(start, dueAt, 'working_days', calendar)).toEqual(warnAt);
  });

  it('never warns after the due instant, even when the span holds no working time', () => {
    const dueAt = cn('2026-03-15 10:00'); // Sunday
    expect(warnPointWithin(cn('2026-03-14 10:00'), dueAt, 'working_days', calendar)).toEqual(dueAt);
    expect(warnPointWithin(cn('2026-03-13 10:00'), cn('2026-03-14 00:00'), 'working_days', calendar, { warnRatio: 1 })).toEqual(
      cn('2026-03-14 00:00'),
    );
  });

  it('warns at the due instant when it is not after the start', () => {
    const start = cn('2026-03-13 10:00');
    const past = cn('2026-03-12 10:00');
    expect(warnPointWithin(start, past, 'hours', calendar)).toEqual(past);
  });

  it('with timeScale > 1 uses natural time even for working-day policies', () => {
    const warnAt = warnPointWithin(cn('2026-03-14 10:00'), cn('2026-03-14 10:01'), 'working_days', calendar, { timeScale: 3600 });
    expect(warnAt.getTime() - cn('2026-03-14 10:00').getTime()).toBe(54_000);
  });

  it('validates its options like computeDeadline', () => {
    expect(() => warnPointWithin(cn('2026-03-13 10:00'), cn('2026-03-14 10:00'), 'hours', calendar, { warnRatio: 0 })).toThrow(RangeError);
    expect(() => warnPointWithin(new Date(NaN), cn('2026-03-14 10:00'), 'hours', calendar)).toThrow(RangeError);
  });
});

describe('provisional deadlines across a year without an official schedule', () => {
  const official = OfficialCalendar.fromSchedules([{ year: 2098, holidays: ['2098-01-01'], workdays: [] }]);
  const before = new WorkingCalendar({}, official);
  const after = new WorkingCalendar(
    {},
    OfficialCalendar.fromSchedules([
      { year: 2098, holidays: ['2098-01-01'], workdays: [] },
      { year: 2099, holidays: ['2099-01-01', '2099-01-02'], workdays: ['2099-01-04'] },
    ]),
  );
  const start = cn('2098-12-30 10:00');
  const threeDays = { unit: 'working_days', value: 3 } as const;

  it('counts weekends only in the unscheduled year and names it', () => {
    const deadline = computeDeadline(start, threeDays, before);
    expect(deadline.dueAt).toEqual(cn('2099-01-02 10:00'));
    expect(provisionalYears(start, threeDays, deadline.dueAt, before)).toEqual([2099]);
  });

  it('a limit in hours, a compressed clock or a covered span is never provisional', () => {
    expect(provisionalYears(start, { unit: 'hours', value: 72 }, cn('2099-01-02 10:00'), before)).toEqual([]);
    expect(provisionalYears(start, threeDays, cn('2099-01-02 10:00'), before, { timeScale: 60 })).toEqual([]);
    expect(provisionalYears(cn('2098-03-02 10:00'), threeDays, cn('2098-03-05 10:00'), before)).toEqual([]);
  });

  it('recounting on the imported schedule gives what the official calendar would have given from the start', () => {
    const provisional = computeDeadline(start, threeDays, before);
    const recounted = recountDeadline(start, provisional, before, after);
    expect(recounted).toEqual(computeDeadline(start, threeDays, after));
    // Tue 14 h + Wed 24 h, Thu–Sat off, the make-up Sunday 24 h, Monday 10 h.
    expect(recounted.dueAt).toEqual(cn('2099-01-05 10:00'));
    expect(recounted.warnAt).toEqual(cn('2099-01-05 02:48'));
  });

  it('recounting keeps a limit measured from an earlier origin (a handling deadline kept across a transfer)', () => {
    const origin = cn('2098-12-29 09:00');
    const provisional = computeDeadline(origin, threeDays, before);
    expect(recountDeadline(origin, provisional, before, after)).toEqual(computeDeadline(origin, threeDays, after));
  });
});
