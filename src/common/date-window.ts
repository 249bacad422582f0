/**
 * The span every instant the API accepts must fall in. Real complaints, deadlines and report
 * windows all lie well inside it; bounding it keeps timestamps storable, keeps every deadline
 * walk short, and turns "year 9999" into a 400 instead of arithmetic.
 */
export const EARLIEST_INSTANT = Date.UTC(2000, 0, 1);
export const LATEST_INSTANT = Date.UTC(2101, 0, 1) - 1;
export const DATE_WINDOW_TEXT = '2000-01-01 … 2100-12-31';

export function isWithinDateWindow(ms: number): boolean {
  return Number.isFinite(ms) && ms >= EARLIEST_INSTANT && ms <= LATEST_INSTANT;
}
