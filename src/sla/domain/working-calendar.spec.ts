import { isWorkday } from 'chinese-days';
import {
  CHINA_UTC_OFFSET_MINUTES,
  OfficialCalendar,
  PACKAGED_OFFICIAL_CALENDAR,
  WorkingCalendar,
  chinaDayStart,
  chinaLocalDate,
  chineseDaysCoversYear,
  packagedSchedules,
  uncoveredYearsBetween,
} from './working-calendar';

describe('WorkingCalendar', () => {
  const calendar = new WorkingCalendar();

  it('China is a fixed UTC+8 zone', () => {
    expect(CHINA_UTC_OFFSET_MINUTES).toBe(480);
  });

  describe('plain weeks', () => {
    it.each([
      ['2026-03-09', true], // Mon
      ['2026-03-13', true], // Fri
      ['2026-03-14', false], // Sat
      ['2026-03-15', false], // Sun
    ])('%s working = %s', (date, expected) => {
      expect(calendar.isWorkingDay(date)).toBe(expected);
    });
  });

  describe('2026 Spring Festival: holidays Sun 02-15 … Mon 02-23, make-up Saturdays 02-14 and 02-28', () => {
    it.each([
      ['2026-02-13', true], // Fri before
      ['2026-02-14', true], // make-up Saturday
      ['2026-02-15', false],
      ['2026-02-16', false], // Mon
      ['2026-02-17', false], // 春节 day 1
      ['2026-02-20', false], // Fri
      ['2026-02-23', false], // Mon, last holiday
      ['2026-02-24', true], // Tue, back to work
      ['2026-02-28', true], // make-up Saturday
      ['2026-03-01', false], // ordinary Sunday
    ])('%s working = %s', (date, expected) => {
      expect(calendar.isWorkingDay(date)).toBe(expected);
    });
  });

  describe('2025 National Day + Mid-autumn: holidays Wed 10-01 … Wed 10-08, make-up Sun 09-28 and Sat 10-11', () => {
    it.each([
      ['2025-09-27', false], // ordinary Saturday
      ['2025-09-28', true], // make-up Sunday
      ['2025-09-30', true],
      ['2025-10-01', false],
      ['2025-10-06', false], // 中秋, inside the week
      ['2025-10-08', false],
      ['2025-10-09', true],
      ['2025-10-11', true], // make-up Saturday
      ['2025-10-12', false],
    ])('%s working = %s', (date, expected) => {
      expect(calendar.isWorkingDay(date)).toBe(expected);
    });
  });

  describe('2026 National Day: holidays Thu 10-01 … Wed 10-07, make-up Sun 09-20 and Sat 10-10', () => {
    it.each([
      ['2026-09-20', true],
      ['2026-09-25', false], // 中秋 Fri
      ['2026-10-01', false],
      ['2026-10-07', false],
      ['2026-10-08', true],
      ['2026-10-10', true],
    ])('%s working = %s', (date, expected) => {
      expect(calendar.isWorkingDay(date)).toBe(expected);
    });
  });

  describe('overrides', () => {
    it('an extra holiday turns an ordinary working day off', () => {
      const cal = new WorkingCalendar({ extraHolidays: ['2026-03-11'] });
      expect(cal.isWorkingDay('2026-03-11')).toBe(false);
      expect(cal.isWorkingDay('2026-03-12')).toBe(true);
    });

    it('an extra workday turns an ordinary Saturday on', () => {
      const cal = new WorkingCalendar({ extraWorkdays: ['2026-03-14'] });
      expect(cal.isWorkingDay('2026-03-14')).toBe(true);
      expect(cal.isWorkingDay('2026-03-15')).toBe(false);
    });

    it('overrides win over the official calendar in both directions', () => {
      const cal = new WorkingCalendar({ extraWorkdays: ['2026-02-17'], extraHolidays: ['2026-02-14'] });
      expect(cal.isWorkingDay('2026-02-17')).toBe(true); // 春节 holiday forced on
      expect(cal.isWorkingDay('2026-02-14')).toBe(false); // make-up Saturday forced off
    });

    it('does not leak overrides between instances', () => {
      new WorkingCalendar({ extraHolidays: ['2026-03-11'] });
      expect(new WorkingCalendar().isWorkingDay('2026-03-11')).toBe(true);
    });

    it('rejects malformed and impossible dates', () => {
      expect(() => new WorkingCalendar({ extraHolidays: ['2026-2-1'] })).toThrow(RangeError);
      expect(() => new WorkingCalendar({ extraWorkdays: ['2026-02-30'] })).toThrow(RangeError);
      expect(() => new WorkingCalendar({ extraHolidays: ['2026/03/11'] })).toThrow(RangeError);
    });

    it('rejects a date that is both an extra holiday and an extra workday', () => {
      expect(() => new WorkingCalendar({ extraHolidays: ['2026-03-11'], extraWorkdays: ['2026-03-11'] })).toThrow(RangeError);
    });
  });

  it('rejects malformed query dates', () => {
    expect(() => calendar.isWorkingDay('2026-13-01')).toThrow(RangeError);
    expect(() => calendar.isWorkingDay('')).toThrow(RangeError);
  });

  describe('official data coverage', () => {
    it('covers every year 2004–2026 and nothing before', () => {
      for (let year = 2004; year <= 2026; year++) expect(chineseDaysCoversYear(year)).toBe(true);
      expect(chineseDaysCoversYear(2003)).toBe(false);
    });

    it('falls back to Monday–Friday for uncovered years', () => {
      expect(calendar.isWorkingDay('2100-01-01')).toBe(true); // Fri, would be New Year if covered
      expect(calendar.isWorkingDay('2100-01-02')).toBe(false); // Sat
    });

    // Guards the decision to read the package's data file instead of calling isWorkday():
    // the two must agree wherever the API itself is reliable (process TZ at or east of UTC).
    const apiIsReliable = new Date(Date.UTC(2026, 0, 1)).getTimezoneOffset() <= 0;
    (apiIsReliable ? it : it.skip)('agrees with chinese-days isWorkday() for every day 2004–2026', () => {
      const mismatches: string[] = [];
      for (let t = Date.UTC(2004, 0, 1); t < Date.UTC(2027, 0, 1); t += 86_400_000) {
        const date = new Date(t).toISOString().slice(0, 10);
        if (calendar.isWorkingDay(date) !== isWorkday(date)) mismatches.push(date);
      }
      expect(mismatches).toEqual([]);
    });

    it('does not depend on the process time zone', () => {
      const saved = process.env.TZ;
      try {
        process.env.TZ = 'America/Los_Angeles';
        const cal = new WorkingCalendar();
        expect(cal.isWorkingDay('2026-02-14')).toBe(true);
        expect(cal.isWorkingDay('2026-03-02')).toBe(true);
        expect(cal.isWorkingDay('2026-03-01')).toBe(false);
      } finally {
        if (saved === undefined) delete process.env.TZ;
        else process.env.TZ = saved;
      }
    });
  });
});

describe('China local day helpers', () => {
  it('maps instants to the Asia/Shanghai calendar date', () => {
    expect(chinaLocalDate(new Date('2026-02-13T15:59:59.999Z'))).toBe('2026-02-13');
    expect(chinaLocalDate(new Date('2026-02-13T16:00:00Z'))).toBe('2026-02-14');
  });

  it('returns 00:00 local of a date', () => {
    expect(chinaDayStart('2026-02-14').toISOString()).toBe('2026-02-13T16:00:00.000Z');
  });
});

describe('official calendar as data', () => {
  const official = OfficialCalendar.fromSchedules([{ year: 2098, holidays: ['2098-01-01'], workdays: ['2098-01-04'] }]);
  const calendar = new WorkingCalendar({}, official);

  it('knows which years it covers', () => {
    expect(calendar.coversYear(2098)).toBe(true);
    expect(calendar.coversYear(2099)).toBe(false);
    expect(official.coveredYears()).toEqual([2098]);
  });

  it('applies the imported exceptions and falls back to Monday–Friday in a year without a schedule', () => {
    expect(calendar.isWorkingDay('2098-01-01')).toBe(false); // Wed, holiday
    expect(calendar.isWorkingDay('2098-01-04')).toBe(true); // Sat, make-up day
    expect(calendar.isWorkingDay('2099-01-01')).toBe(true); // Thu, nothing known
  });

  it('names the years without a schedule between two instants', () => {
    const at = (local: string) => new Date(`${local}+08:00`);
    expect(uncoveredYearsBetween(at('2098-12-30T10:00:00'), at('2099-01-02T10:00:00'), calendar)).toEqual([2099]);
    expect(uncoveredYearsBetween(at('2098-03-01T10:00:00'), at('2098-03-04T10:00:00'), calendar)).toEqual([]);
    // China local dates decide: 2098-12-31 20:00 UTC is already 2099 in China.
    expect(uncoveredYearsBetween(new Date('2098-12-31T10:00:00Z'), new Date('2098-12-31T20:00:00Z'), calendar)).toEqual([2099]);
  });

  it('withoutOfficialYear shows the calendar as it was before the year was imported, overrides kept', () => {
    const withOverride = new WorkingCalendar({ extraHolidays: ['2098-03-02'] }, official);
    const before = withOverride.withoutOfficialYear(2098);
    expect(before.coversYear(2098)).toBe(false);
    expect(before.isWorkingDay('2098-01-01')).toBe(true);
    expect(before.isWorkingDay('2098-03-02')).toBe(false);
  });

  it('the shipped package covers 2004–2026 and lists every day it seeds', () => {
    const schedules = packagedSchedules();
    expect(schedules[0].year).toBe(2004);
    expect(schedules.map((s) => s.year)).toEqual(PACKAGED_OFFICIAL_CALENDAR.coveredYears());
    const y2026 = schedules.find((s) => s.year === 2026)!;
    expect(y2026.holidays).toContain('2026-02-17');
    expect(y2026.workdays).toContain('2026-02-14');
  });
});
