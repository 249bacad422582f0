import { localDatesBetween, localDaySpan, mergeUnitOverrides, pathUnitIds } from './unit-calendar';
import { WorkingCalendar } from './working-calendar';

const path = ['national', 'province', 'city'];

describe('pathUnitIds', () => {
  it('lists ids root first', () => {
    expect(pathUnitIds('/a/b/c/')).toEqual(['a', 'b', 'c']);
  });
});

describe('mergeUnitOverrides', () => {
  it('collects holidays and workdays of the unit and its ancestors', () => {
    const merged = mergeUnitOverrides(path, [
      { orgUnitId: 'national', date: '2026-03-11', kind: 'holiday' },
      { orgUnitId: 'province', date: '2026-03-14', kind: 'workday' },
      { orgUnitId: 'city', date: '2026-03-12', kind: 'holiday' },
    ]);
    expect(merged).toEqual({ extraHolidays: ['2026-03-11', '2026-03-12'], extraWorkdays: ['2026-03-14'] });
  });

  it('lets the nearest unit decide a date declared along the path, whatever the row order', () => {
    const rows = [
      { orgUnitId: 'province', date: '2026-03-11', kind: 'holiday' as const },
      { orgUnitId: 'city', date: '2026-03-11', kind: 'workday' as const },
      { orgUnitId: 'national', date: '2026-03-11', kind: 'holiday' as const },
    ];
    for (const order of [rows, [...rows].reverse()]) {
      expect(mergeUnitOverrides(path, order)).toEqual({ extraHolidays: [], extraWorkdays: ['2026-03-11'] });
    }
    // Seen from the province, the city's declaration does not apply.
    expect(mergeUnitOverrides(['national', 'province'], rows)).toEqual({ extraHolidays: ['2026-03-11'], extraWorkdays: [] });
  });

  it('always yields a valid WorkingCalendar (no date both ways)', () => {
    const merged = mergeUnitOverrides(path, [
      { orgUnitId: 'province', date: '2026-03-11', kind: 'holiday' },
      { orgUnitId: 'city', date: '2026-03-11', kind: 'workday' },
    ]);
    expect(new WorkingCalendar(merged).isWorkingDay('2026-03-11')).toBe(true);
  });
});

describe('local date ranges', () => {
  it('spans both ends', () => {
    expect(localDaySpan('2026-03-09', '2026-03-09')).toBe(1);
    expect(localDaySpan('2026-03-09', '2026-03-08')).toBe(0);
    expect(localDaySpan('2028-01-01', '2028-12-31')).toBe(366);
    expect(localDatesBetween('2026-02-27', '2026-03-02')).toEqual(['2026-02-27', '2026-02-28', '2026-03-01', '2026-03-02']);
    expect(localDatesBetween('2026-03-02', '2026-03-01')).toEqual([]);
  });

  it('refuses impossible dates', () => {
    expect(() => localDatesBetween('2026-02-30', '2026-03-01')).toThrow(RangeError);
  });
});
