import { calendarCoveredUntil } from './calendar-coverage';

describe('calendarCoveredUntil', () => {
  const covers = (years: number[]) => (year: number) => years.includes(year);

  it('ends with the last year covered without a gap, at midnight China time', () => {
    const now = new Date('2026-06-01T00:00:00Z');
    expect(calendarCoveredUntil(now, covers([2025, 2026, 2027, 2029])).toISOString()).toBe('2027-12-31T16:00:00.000Z');
  });

  it('is the start of this year when this year is not covered', () => {
    expect(calendarCoveredUntil(new Date('2031-03-01T00:00:00Z'), covers([2026])).toISOString()).toBe('2030-12-31T16:00:00.000Z');
  });

  it('takes the year in China time, which starts eight hours before UTC', () => {
    expect(calendarCoveredUntil(new Date('2026-12-31T17:00:00Z'), covers([2026])).toISOString()).toBe('2026-12-31T16:00:00.000Z');
  });
});
