import type { KpiRow } from '../supervision/dto/kpi.dto';
import type { QueueItem, SupervisionOrderView } from '../supervision/dto/queue.dto';
import type { TextRow } from '../database/text-rows';
import { maskId, maskName, maskPhone, TicketView } from '../tickets/dto/ticket-view.dto';
import type { TicketColumn } from '../tickets/ticket-read.repository';
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

/** The columns of a ticket export, in order: the ticket view's fields as the list and search show them. */
const TICKET_HEADERS = [
  'id',
  'number',
  'kind',
  'level',
  'status',
  'channel',
  'externalRef',
  'customerTier',
  'customerName',
  'customerPhone',
  'customerIdNumber',
  'piiMasked',
  'homeProvince',
  'occurredProvince',
  'businessType',
  'natures',
  'subject',
  'description',
  'customerRequest',
  'riskFlags',
  'provinceId',
  'reviewUnitId',
  'ownerUnitId',
  'escalated',
  'lateIntake',
  'contactedAt',
  'filedAt',
  'handlingDueAt',
  'commitmentDueAt',
  'repliedAt',
  'closedAt',
] as const satisfies readonly (keyof TicketView)[];
type StoredHeader = Exclude<(typeof TICKET_HEADERS)[number], 'piiMasked'>;

/** The stored ticket columns a ticket export reads, in the order the rows hold them (piiMasked is the view's own). */
export const TICKET_FIELDS: readonly (StoredHeader & TicketColumn)[] = TICKET_HEADERS.filter((h): h is StoredHeader => h !== 'piiMasked');

/** Customer data masked as the ticket view masks it. */
const MASKS: Partial<Record<TicketColumn, (text: string) => string | null>> = {
  customerName: maskName,
  customerPhone: maskPhone,
  customerIdNumber: maskId,
};

/** Flags: true/false in CSV (as the JSON writes them), booleans in XLSX. */
const FLAGS: ReadonlySet<TicketColumn> = new Set<TicketColumn>(['escalated', 'lateIntake']);

/**
 * A ticket export's columns over rows of texts (TICKET_FIELDS, in order, as the ticket repositories read
 * them for exports): values as the JSON list writes them, customer name, phone and ID number masked
 * unless revealed.
 */
export function ticketColumns(reveal: boolean): readonly Column<TextRow>[] {
  return TICKET_HEADERS.map((header): Column<TextRow> => {
    if (header === 'piiMasked') return { header, value: () => !reveal };
    const i = TICKET_FIELDS.indexOf(header);
    const mask = reveal ? undefined : MASKS[header];
    if (mask) return { header, value: (row) => (row[i] === null ? null : mask(row[i])) };
    if (FLAGS.has(header)) return { header, value: (row) => (row[i] === null ? null : row[i] === 'true') };
    return { header, value: (row) => row[i] };
  });
}

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
