import { normalisedSchedule, scheduleProblems } from './official-schedule';

describe('scheduleProblems: an official schedule before it replaces a year', () => {
  const sound = { year: 2027, holidays: ['2027-01-01', '2027-02-06', '2027-02-07'], workdays: ['2027-02-14'] };

  it('accepts a sound schedule and orders its dates', () => {
    expect(scheduleProblems(sound)).toEqual([]);
    expect(normalisedSchedule({ ...sound, holidays: ['2027-02-07', '2027-01-01'] }).holidays).toEqual(['2027-01-01', '2027-02-07']);
  });

  it('refuses dates outside the year', () => {
    expect(scheduleProblems({ ...sound, workdays: ['2026-12-31'] })).toEqual([
      { field: 'workdays', messages: ['2026-12-31 is not in 2027'] },
    ]);
  });

  it('refuses a date that is both a holiday and a make-up working day', () => {
    expect(scheduleProblems({ ...sound, workdays: ['2027-02-06'] })).toEqual([
      { field: 'workdays', messages: ['2027-02-06 is listed both as a holiday and as a make-up working day'] },
    ]);
  });

  it('refuses duplicates, impossible dates and a year outside the window', () => {
    expect(scheduleProblems({ ...sound, holidays: [...sound.holidays, '2027-02-06', '2027-02-30'] })).toEqual([
      { field: 'holidays', messages: ['2027-02-06 is listed twice', '2027-02-30 is not a real date written YYYY-MM-DD'] },
    ]);
    expect(scheduleProblems({ ...sound, year: 2101 })[0]).toEqual({
      field: 'year',
      messages: ['year must be an integer from 2000 to 2100'],
    });
  });

  it("refuses a blank or wrong-year file: New Year's Day is a holiday every year", () => {
    expect(scheduleProblems({ year: 2027, holidays: [], workdays: [] })).toEqual([
      { field: 'holidays', messages: ["2027-01-01 (New Year's Day) is a public holiday every year and must be listed"] },
    ]);
  });

  it('reports every problem at once', () => {
    const problems = scheduleProblems({ year: 2027, holidays: ['2028-01-01'], workdays: 'none' });
    expect(problems.map((p) => p.field)).toEqual(['holidays', 'workdays']);
  });
});
