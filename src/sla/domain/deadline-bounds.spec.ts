import { addWorkingDays, computeDeadline, warnPointWithin, workingMillisBetween } from './deadline';
import { WorkingCalendar } from './working-calendar';

const calendar = new WorkingCalendar();
const at = (iso: string) => new Date(iso);

describe('deadline arithmetic is bounded by construction', () => {
  it.each([
    ['a start in year 9999', () => computeDeadline(at('9999-12-31T00:00:00Z'), { unit: 'working_days', value: 1 }, calendar)],
    ['a start before 2000', () => computeDeadline(at('1999-12-31T00:00:00Z'), { unit: 'hours', value: 1 }, calendar)],
    ['a due instant in year 9999', () => warnPointWithin(at('2026-03-02T00:00:00Z'), at('9999-12-31T00:00:00Z'), 'working_days', calendar)],
    ['a span ending in year 9999', () => workingMillisBetween(at('2026-03-02T00:00:00Z'), at('9999-12-31T00:00:00Z'), calendar)],
    ['a start in year 275760', () => addWorkingDays(new Date(8.64e15), 1, calendar)],
  ])('refuses %s before any walk', (_what, fn) => {
    const started = Date.now();
    expect(fn).toThrow(RangeError);
    expect(Date.now() - started).toBeLessThan(1_000);
  });

  it('walks the whole window without exceeding its scan bound', () => {
    const span = workingMillisBetween(at('2000-01-01T00:00:00Z'), at('2100-12-31T23:59:59Z'), calendar);
    expect(span).toBeGreaterThan(70 * 250 * 86_400_000);
    const warn = warnPointWithin(at('2000-01-01T00:00:00Z'), at('2100-12-31T00:00:00Z'), 'working_days', calendar);
    expect(warn.getTime()).toBeLessThan(at('2100-12-31T00:00:00Z').getTime());
    const due = computeDeadline(at('2100-12-31T00:00:00Z'), { unit: 'working_days', value: 10_000 }, calendar).dueAt;
    expect(due.getUTCFullYear()).toBeGreaterThan(2130);
  });

  it('lays out China-local days by arithmetic exactly as the calendar does (leap years, century years)', () => {
    for (const [start, days, expected] of [
      ['2024-02-28T10:00:00+08:00', 1, '2024-02-29T10:00:00+08:00'],
      ['2100-02-26T10:00:00+08:00', 1, '2100-03-01T10:00:00+08:00'],
      ['2000-02-28T10:00:00+08:00', 1, '2000-02-29T10:00:00+08:00'],
    ] as const) {
      expect(addWorkingDays(at(start), days, calendar).toISOString()).toBe(at(expected).toISOString());
    }
  });
});
