import { Injectable } from '@nestjs/common';
import { RequestActor } from '../auth/actor';
import { Clock } from '../common/clock';
import { BadRequestError } from '../common/domain-error';
import { FLOW_KINDS } from '../tickets/domain/ticket.types';
import {
  FlowTimeliness,
  HotIssuesQuery,
  HotIssuesReport,
  KPI_TARGETS,
  KpiQuery,
  KpiReport,
  KpiRow,
  KpiTicketsList,
  KpiTicketsQuery,
  KpiValue,
  KpiWindowQuery,
  MAX_KPI_WINDOW_DAYS,
  SuggestionKpis,
} from './dto/kpi.dto';
import { Counts, KpiRepository } from './kpi.repository';

const DAY_MS = 86_400_000;

/** A KPI built from counts: the value, its parts, and the standard's target when it sets one. */
function kpi(numerator: number, denominator: number, target: number | null = null): KpiValue {
  const value = denominator > 0 ? numerator / denominator : null;
  return { value, numerator, denominator, target, meetsTarget: target === null || value === null ? null : value >= target };
}

/**
 * KPIs (DOMAIN §9) as read-only SQL aggregates over the per-ticket KPI facts of the tickets the caller may
 * see (`TicketAccessRepository.scope`). Filing-based KPIs and due-based KPIs (on-time closure, escalated
 * resolution) are two queries over different ticket sets, merged by (period, group); flow timeliness is
 * summed over the filing window's stage instances.
 * Each KPI comes with its numerator and denominator, so an assessor can recount it.
 */
@Injectable()
export class KpiService {
  constructor(
    private readonly store: KpiRepository,
    private readonly clock: Clock,
  ) {}

  async kpis(actor: RequestActor, q: KpiQuery): Promise<KpiReport> {
    const { from, to } = this.window(q);
    const now = this.clock.now();
    const groupBy = q.groupBy ?? 'none';
    const period = q.period ?? 'none';

    const { filed, delay, due, flow, suggestions } = await this.store.counts(actor, { from, to, now, groupBy, period });
    return {
      from: from.toISOString(),
      to: to.toISOString(),
      groupBy,
      period,
      rows: mergeRows([filed, delay, due], groupBy === 'none' && period === 'none'),
      flowTimeliness: flowTimeliness(flow),
      suggestions: suggestionKpis(suggestions),
    };
  }

  async hotIssues(actor: RequestActor, q: HotIssuesQuery): Promise<HotIssuesReport> {
    const { from, to } = this.window(q);
    const { issues, spikes, series } = await this.store.hotIssues(actor, { from, to, limit: q.limit ?? 20, period: q.period ?? 'none' });
    return { from: from.toISOString(), to: to.toISOString(), issues, spikes, series };
  }

  /** The tickets behind a counted KPI's numerator or denominator: the same window, scope and group as the report's row. */
  async tickets(actor: RequestActor, q: KpiTicketsQuery): Promise<KpiTicketsList> {
    const { from, to } = this.window(q);
    const groupBy = q.groupBy ?? 'none';
    if (groupBy !== 'none' && q.group === undefined) throw new BadRequestError('GROUP_REQUIRED', '`group` is required with a `groupBy`');
    const { total, items, nextCursor } = await this.store.tickets(actor, {
      from,
      to,
      now: this.clock.now(),
      measure: q.measure,
      part: q.part ?? 'denominator',
      groupBy,
      group: q.group ?? null,
      limit: q.limit ?? 100,
      cursor: q.cursor,
    });
    return {
      total,
      nextCursor,
      items: items.map((i) => ({ ...i, filedAt: i.filedAt.toISOString(), commitmentDueAt: i.commitmentDueAt?.toISOString() ?? null })),
    };
  }

  private window(q: KpiWindowQuery): { from: Date; to: Date } {
    const from = new Date(q.from);
    const to = new Date(q.to);
    if (!(to.getTime() > from.getTime())) throw new BadRequestError('INVALID_RANGE', '`to` must be after `from`');
    if (to.getTime() - from.getTime() > MAX_KPI_WINDOW_DAYS * DAY_MS)
      throw new BadRequestError('INVALID_RANGE', `The window spans at most ${MAX_KPI_WINDOW_DAYS} days`);
    return { from, to };
  }
}

const num = (v: number | string | null | undefined) => Number(v ?? 0);

/** Suggestions, counted apart from complaints (DOMAIN §3): none of the complaint KPIs counts one. */
function suggestionKpis(c: Counts): SuggestionKpis {
  return {
    received: num(c.received),
    analysedOnTime: kpi(num(c.analysedOnTime), num(c.analysisDue)),
    adoptionRate: kpi(num(c.adopted), num(c.answered)),
  };
}

/** A KPI row from the counts merged for one (period, group); parts a query found nothing for count 0. */
function toRow(period: string | null, group: string | null, c: Counts): KpiRow {
  return {
    period,
    group,
    ticketsFiled: num(c.ticketsFiled),
    onTimeClosureRate: kpi(num(c.onTime), num(c.fellDue), KPI_TARGETS.onTimeClosureRate),
    firstContactResolutionRate: kpi(num(c.firstContact), num(c.ticketsFiled)),
    satisfactionRate: kpi(num(c.satisfied), num(c.revisitedWithAnswer), KPI_TARGETS.satisfactionRate),
    averageHandlingHours: kpi(num(c.handlingHours), num(c.closed)),
    averageDelayHours: kpi(num(c.delayHours), num(c.breachedStages)),
    returnRate: kpi(num(c.returned), num(c.dispatched)),
    extensionRate: kpi(num(c.extended), num(c.dispatched)),
    reHandlingRate: kpi(num(c.reHandled), num(c.revisited)),
    escalationRate: kpi(num(c.escalated), num(c.ticketsFiled)),
    escalatedResolutionRate: kpi(num(c.escalatedOnTime), num(c.escalatedFellDue), KPI_TARGETS.escalatedResolutionRate),
  };
}

/** Counts of the per-query results merged by (period, group). */
function mergeRows(parts: Counts[][], single: boolean): KpiRow[] {
  const rows = new Map<string, { period: string | null; group: string | null; counts: Counts }>();
  for (const part of parts) {
    for (const r of part) {
      const period = (r.period as string | null) ?? null;
      const group = (r.group as string | null) ?? null;
      const key = JSON.stringify([period, group]);
      const row = rows.get(key) ?? { period, group, counts: {} };
      Object.assign(row.counts, r);
      rows.set(key, row);
    }
  }
  if (single && rows.size === 0) rows.set('[null,null]', { period: null, group: null, counts: {} });
  return [...rows.values()].map((r) => toRow(r.period, r.group, r.counts)).sort((a, b) => cmp(a.period, b.period) || cmp(a.group, b.group));
}

const cmp = (a: string | null, b: string | null) => (a ?? '').localeCompare(b ?? '');

/** Every stage kind but the commitment, in lifecycle order, zero where none was measured. */
function flowTimeliness(rows: { stage: string; measured: number; inTime: number }[]): FlowTimeliness[] {
  const byKind = new Map(rows.map((r) => [r.stage, r]));
  return FLOW_KINDS.map((stage) => {
    const r = byKind.get(stage);
    return { stage, ...kpi(r?.inTime ?? 0, r?.measured ?? 0, KPI_TARGETS.flowTimeliness) };
  });
}
