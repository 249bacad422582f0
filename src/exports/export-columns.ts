import type { KpiRow } from '../supervision/dto/kpi.dto';
import type { QueueItem, SupervisionOrderView } from '../supervision/dto/queue.dto';
import type { TicketView } from '../tickets/dto/ticket-view.dto';
import { Cell, Column, iso } from './table-stream';

/**
 * The columns of each export: JSON field names as headers, values as the JSON answers give them
 * (dates ISO 8601 UTC, lists joined with "; "), so a script reads an export as it reads the pages.
 */
const field = <T, K extends keyof T & string>(key: K, as: (v: T[K]) => Cell = (v) => v as Cell): Column<T> => ({
  header: key,
  value: (row: T) => as(row[key]),
});
const date = <T, K extends keyof T & string>(key: K): Column<T> => field<T, K>(key, (v) => iso(v as Date | string | null));
const list = <T, K extends keyof T & string>(key: K): Column<T> => field<T, K>(key, (v) => (v as string[]).join('; '));

/** A ticket as the list and search show it; customer name, phone and ID number masked unless revealed. */
export const TICKET_COLUMNS: readonly Column<TicketView>[] = [
  field('id'),
  field('number'),
  field('kind'),
  field('level'),
  field('status'),
  field('channel'),
  field('externalRef'),
  field('customerTier'),
  field('customerName'),
  field('customerPhone'),
  field('customerIdNumber'),
  field('piiMasked'),
  field('homeProvince'),
  field('occurredProvince'),
  field('businessType'),
  list('natures'),
  field('subject'),
  field('description'),
  field('customerRequest'),
  list('riskFlags'),
  field('provinceId'),
  field('reviewUnitId'),
  field('ownerUnitId'),
  field('escalated'),
  field('lateIntake'),
  date('contactedAt'),
  date('filedAt'),
  date('handlingDueAt'),
  date('commitmentDueAt'),
  date('repliedAt'),
  date('closedAt'),
];

export const QUEUE_COLUMNS: readonly Column<QueueItem>[] = [
  field('ticketNumber'),
  field('ticketId'),
  field('ticketStatus'),
  field('stageId'),
  field('stage'),
  field('ownerUnitId'),
  field('level'),
  field('customerTier'),
  field('businessType'),
  field('escalated'),
  date('startedAt'),
  date('warnAt'),
  date('dueAt'),
  date('warnedAt'),
  date('atRiskAt'),
  date('breachedAt'),
];

export const ORDER_COLUMNS: readonly Column<SupervisionOrderView>[] = [
  field('id'),
  field('ticketId'),
  field('stageId'),
  field('issuerUnitId'),
  field('targetUnitId'),
  field('note'),
  field('basis'),
  field('automatic'),
  field('status'),
  date('createdAt'),
  date('warnAt'),
  date('dueAt'),
  date('warnedAt'),
  date('breachedAt'),
  date('resolvedAt'),
  field('escalatedFromId'),
];

const KPIS = [
  'onTimeClosureRate',
  'firstContactResolutionRate',
  'satisfactionRate',
  'averageHandlingHours',
  'averageDelayHours',
  'returnRate',
  'extensionRate',
  'reHandlingRate',
  'escalationRate',
  'escalatedResolutionRate',
] as const satisfies readonly (keyof KpiRow)[];

/** A KPI row: period, group, tickets filed, then each KPI's value, numerator, denominator and target (`onTimeClosureRate.value`…). */
export const KPI_COLUMNS: readonly Column<KpiRow>[] = [
  field('period'),
  field('group'),
  field('ticketsFiled'),
  ...KPIS.flatMap((kpi) =>
    (['value', 'numerator', 'denominator', 'target'] as const).map((part): Column<KpiRow> => ({
      header: `${kpi}.${part}`,
      value: (row) => row[kpi][part],
    })),
  ),
];
