import type { KpiValue as Kpi } from '../../src/supervision/dto/kpi.dto';

export type { Kpi };

/** A KPI as the report gives it, checked against the parts counted by hand: its value, parts and target verdict follow from them. */
export function expectKpi(
  { value, numerator: n, denominator: d, target: goal, meetsTarget }: Kpi,
  numerator: number,
  denominator: number,
  target: number | null = null,
): void {
  expect({ value, numerator: n, denominator: d, target: goal, meetsTarget }).toEqual({
    value: denominator ? numerator / denominator : null,
    numerator,
    denominator,
    target,
    meetsTarget: target === null || !denominator ? null : numerator / denominator >= target,
  });
}
