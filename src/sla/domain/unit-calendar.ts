/**
 * An org unit's working calendar is the official one plus the overrides of the unit and of
 * its ancestors (DOMAIN §5). A province can declare a regional holiday that its cities
 * inherit, and one city can still declare that date a working day for itself: on a
 * conflicting date the unit nearest to the one asking decides. Pure.
 */
import { CalendarOverrides, MS_PER_DAY, chinaDayStart, chinaLocalDate } from './working-calendar';

export const OVERRIDE_KINDS = ['holiday', 'workday'] as const;
export type OverrideKind = (typeof OVERRIDE_KINDS)[number];

export interface UnitOverride {
  orgUnitId: string;
  /** China local date, 'YYYY-MM-DD'. */
  date: string;
  kind: OverrideKind;
}

/** Unit ids of a materialized path ('/root/…/self/'), root first, the unit itself last. */
export function pathUnitIds(path: string): string[] {
  return path.split('/').filter(Boolean);
}

/** `pathIds` root first (as pathUnitIds returns them); overrides of units off the path are ignored. */
export function mergeUnitOverrides(pathIds: readonly string[], overrides: readonly UnitOverride[]): CalendarOverrides {
  const nearness = new Map(pathIds.map((id, index) => [id, index]));
  const decided = new Map<string, { kind: OverrideKind; nearness: number }>();
  for (const override of overrides) {
    const rank = nearness.get(override.orgUnitId);
    if (rank === undefined) continue;
    const current = decided.get(override.date);
    if (!current || rank > current.nearness) decided.set(override.date, { kind: override.kind, nearness: rank });
  }
  const extraHolidays: string[] = [];
  const extraWorkdays: string[] = [];
  for (const [date, { kind }] of decided) (kind === 'holiday' ? extraHolidays : extraWorkdays).push(date);
  return { extraHolidays: extraHolidays.sort(), extraWorkdays: extraWorkdays.sort() };
}

/** Number of local dates from `from` to `to`, both included (0 or less when `to` is before `from`). */
export function localDaySpan(from: string, to: string): number {
  return Math.round((chinaDayStart(to).getTime() - chinaDayStart(from).getTime()) / MS_PER_DAY) + 1;
}

/** Local dates from `from` to `to`, both included. China keeps no DST, so every day is 24 h long. */
export function localDatesBetween(from: string, to: string): string[] {
  const first = chinaDayStart(from).getTime();
  return Array.from({ length: Math.max(0, localDaySpan(from, to)) }, (_, i) => chinaLocalDate(new Date(first + i * MS_PER_DAY)));
}
