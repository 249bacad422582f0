/**
 * Checks of an official schedule before it replaces a year's calendar (the API, the import command
 * and the boot seed share them). Pure.
 */
import { OfficialSchedule } from './working-calendar';

/** The years an operator may import: the window every date in the API lives in. */
export const SCHEDULE_YEAR_MIN = 2000;
export const SCHEDULE_YEAR_MAX = 2100;

export interface ScheduleProblem {
  field: 'year' | 'holidays' | 'workdays';
  messages: string[];
}

const LOCAL_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

function isRealDate(date: string): boolean {
  const match = LOCAL_DATE.exec(date);
  if (!match) return false;
  const [y, m, d] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const at = new Date(Date.UTC(y, m - 1, d));
  return at.getUTCFullYear() === y && at.getUTCMonth() === m - 1 && at.getUTCDate() === d;
}

/** Every problem at once, so an operator fixes a file in one pass; empty when the schedule is sound. */
export function scheduleProblems(input: { year: unknown; holidays: unknown; workdays: unknown }): ScheduleProblem[] {
  const problems: ScheduleProblem[] = [];
  const year = input.year;
  const yearOk = typeof year === 'number' && Number.isInteger(year) && year >= SCHEDULE_YEAR_MIN && year <= SCHEDULE_YEAR_MAX;
  if (!yearOk) problems.push({ field: 'year', messages: [`year must be an integer from ${SCHEDULE_YEAR_MIN} to ${SCHEDULE_YEAR_MAX}`] });
  const lists = { holidays: input.holidays, workdays: input.workdays } as const;
  const seen = new Map<string, 'holidays' | 'workdays'>();
  for (const field of ['holidays', 'workdays'] as const) {
    const list = lists[field];
    if (!Array.isArray(list)) {
      problems.push({ field, messages: [`${field} must be a list of dates written YYYY-MM-DD`] });
      continue;
    }
    const messages: string[] = [];
    for (const date of list as unknown[]) {
      if (typeof date !== 'string' || !isRealDate(date)) {
        messages.push(`${String(date)} is not a real date written YYYY-MM-DD`);
      } else if (yearOk && !date.startsWith(`${year}-`)) {
        messages.push(`${date} is not in ${year}`);
      } else if (seen.get(date) === field) {
        messages.push(`${date} is listed twice`);
      } else if (seen.has(date)) {
        messages.push(`${date} is listed both as a holiday and as a make-up working day`);
      } else {
        seen.set(date, field);
      }
    }
    // New Year's Day is a public holiday every year by national regulation: a schedule without it is the wrong file or a blank one.
    if (field === 'holidays' && yearOk && !(list as unknown[]).includes(`${year}-01-01`)) {
      messages.push(`${year}-01-01 (New Year's Day) is a public holiday every year and must be listed`);
    }
    if (messages.length) problems.push({ field, messages });
  }
  return problems;
}

/** The schedule with its dates in order, once `scheduleProblems` found nothing. */
export function normalisedSchedule(input: { year: number; holidays: string[]; workdays: string[] }): OfficialSchedule {
  return { year: input.year, holidays: [...input.holidays].sort(), workdays: [...input.workdays].sort() };
}
