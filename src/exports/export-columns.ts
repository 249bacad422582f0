import type { KpiRow } from '../supervision/dto/kpi.dto';
import type { QueueItem, SupervisionOrderView } from '../supervision/dto/queue.dto';
import type { TextRow } from '../database/text-rows';
import type { TicketView } from '../tickets/dto/ticket-view.dto';
import { csvCellSql, TicketColumn, TicketRowText, TicketSelection } from '../tickets/ticket-read.repository';
import { Cell, Column, csvCell, ExportFormat, iso, TableLayout } from './table-stream';
import { columnLetters } from './xlsx-writer';

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
const TICKET_FIELDS: readonly (StoredHeader & TicketColumn)[] = TICKET_HEADERS.filter((h): h is StoredHeader => h !== 'piiMasked');

/** Where the masked customer data is stored: read in place of the (encrypted) values, so nothing is decrypted to be masked. */
const MASKED: Partial<Record<TicketColumn, TicketColumn>> = {
  customerName: 'customerNameMasked',
  customerPhone: 'customerPhoneMasked',
  customerIdNumber: 'customerIdNumberMasked',
};

/** The stored columns a ticket export reads for TICKET_FIELDS: the masked renderings of the customer's data unless revealed. */
function ticketFields(reveal: boolean): readonly TicketColumn[] {
  return reveal ? TICKET_FIELDS : TICKET_FIELDS.map((f) => MASKED[f] ?? f);
}

/** Flags: true/false in CSV (as the JSON writes them), booleans in XLSX. */
const FLAGS: ReadonlySet<TicketColumn> = new Set<TicketColumn>(['escalated', 'lateIntake']);

/**
 * A ticket export's columns over rows of texts (ticketFields(reveal), in order, as the ticket
 * repositories read them for exports): values as the JSON list writes them, the customer's name,
 * phone and ID number as stored masked unless revealed.
 */
function ticketColumns(reveal: boolean): readonly Column<TextRow>[] {
  return TICKET_HEADERS.map((header): Column<TextRow> => {
    if (header === 'piiMasked') return { header, value: () => !reveal };
    const i = TICKET_FIELDS.indexOf(header);
    if (FLAGS.has(header)) return { header, value: (row) => (row[i] === null ? null : row[i] === 'true') };
    return { header, value: (row) => row[i] };
  });
}

/**
 * A ticket export's CSV records, written mostly by Postgres: each run of stored columns comes as one
 * text of CSV cells (TicketSelection's `csv`), so a row is a few texts rather than one per field. Only
 * what Postgres cannot write is a cell of its own, written here: the revealed customer data (decrypted
 * here) and piiMasked. Masked, a record is two texts and a constant.
 */
function ticketCsv(reveal: boolean): { selection: readonly TicketSelection[]; record: (row: TextRow) => string } {
  const selection: TicketSelection[] = [];
  const parts: ((row: TextRow) => string)[] = [];
  let run: TicketColumn[] | null = null;
  for (const header of TICKET_HEADERS) {
    if (header === 'piiMasked') {
      const text = String(!reveal);
      parts.push(() => text);
      run = null;
    } else if (reveal && MASKED[header]) {
      const i = selection.push(header) - 1;
      parts.push((row) => csvCell(row[i]));
      run = null;
    } else {
      if (!run) {
        const i = selection.push({ csv: (run = []) }) - 1;
        parts.push((row) => row[i] ?? '');
      }
      run.push(MASKED[header] ?? header);
    }
  }
  const record = (row: TextRow) => {
    let line = parts[0](row);
    for (let p = 1; p < parts.length; p++) line += ',' + parts[p](row);
    return line + '\r\n';
  };
  return { selection, record };
}

/**
 * A masked ticket export's CSV record written whole by Postgres: every cell as csvCell writes it
 * (csvCellSql), piiMasked true, CRLF-terminated; concat_ws builds the record at once (a chain of ||
 * would copy it once per cell), and no cell is NULL (csvCellSql writes NULL as an empty text).
 */
function ticketCsvText(): TicketRowText {
  return {
    columns: ticketFields(false),
    sql: (cells) => {
      const record = TICKET_HEADERS.map((header) => {
        if (header === 'piiMasked') return `'true'`;
        const cell = cells[TICKET_FIELDS.indexOf(header)];
        return csvCellSql(cell.sql, cell.plain);
      });
      return `concat_ws(',', ${record.join(', ')}) || E'\\r\\n'`;
    },
  };
}

/** A string of characters as an SQL literal (E'' with \u escapes), for character sets written in the statement. */
const sqlChars = (chars: string): string => `E'${[...chars].map((c) => `\\u${c.codePointAt(0)!.toString(16).padStart(4, '0')}`).join('')}'`;

/** The control characters XML 1.0 forbids (FORBIDDEN in xlsx-writer.ts; Postgres text holds no NUL). */
const XML_FORBIDDEN = sqlChars(
  '\u0001\u0002\u0003\u0004\u0005\u0006\u0007\u0008\u000b\u000c\u000e\u000f\u0010\u0011\u0012\u0013\u0014\u0015\u0016\u0017\u0018\u0019\u001a\u001b\u001c\u001d\u001e\u001f\ufffe\uffff',
);

/**
 * A text as XML character data, in SQL, as xmlText writes it: forbidden control characters dropped,
 * & < > " escaped. One regular expression finds whether any of that is needed (seldom); only then
 * are the characters dropped and replaced.
 */
function xmlTextSql(text: string): string {
  const escaped = `replace(replace(replace(replace(translate(${text}, ${XML_FORBIDDEN}, ''), '&', '&amp;'), '<', '&lt;'), '>', '&gt;'), '"', '&quot;')`;
  return `CASE WHEN ${text} ~ '[&<>"\\x01-\\x08\\x0B\\x0C\\x0E-\\x1F\\uFFFE\\uFFFF]' THEN ${escaped} ELSE ${text} END`;
}

/**
 * A masked ticket export's sheet row written whole by Postgres, as rowXml (xlsx-writer.ts) writes the
 * row of ticketColumns(false): every cell addressed, texts inline (their white space kept), flags and
 * piiMasked as booleans, NULL no cell.
 */
function ticketSheetText(): TicketRowText {
  const letters = columnLetters(TICKET_HEADERS.length);
  return {
    columns: ticketFields(false),
    sql: (cells, r) => {
      const xml = TICKET_HEADERS.map((header, i) => {
        const ref = `'<c r="${letters[i]}' || ${r} || '"`;
        if (header === 'piiMasked') return `${ref} t="b"><v>1</v></c>'`;
        const { sql: v, plain } = cells[TICKET_FIELDS.indexOf(header)];
        if (FLAGS.has(header))
          return `CASE WHEN ${v} IS NULL THEN '' WHEN ${v} = 'true' THEN ${ref} t="b"><v>1</v></c>' ELSE ${ref} t="b"><v>0</v></c>' END`;
        const text = plain ? v : xmlTextSql(v);
        return `CASE WHEN ${v} IS NULL THEN '' ELSE ${ref} t="inlineStr"><is><t xml:space="preserve">' || ${text} || '</t></is></c>' END`;
      });
      return `'<row r="' || ${r} || '">' || ${xml.join(' || ')} || '</row>'`;
    },
  };
}

/**
 * What a ticket export reads (the selection of each page) and how it writes the rows, in a format;
 * masked, also its rows as Postgres writes them whole (rowText: streamed out of one COPY, see copyRowTexts).
 */
export function ticketExport(
  reveal: boolean,
  format: ExportFormat,
): { selection: readonly TicketSelection[]; layout: TableLayout<TextRow>; rowText?: TicketRowText } {
  const columns = ticketColumns(reveal);
  const rowText = reveal ? undefined : format === 'xlsx' ? ticketSheetText() : ticketCsvText();
  if (format === 'xlsx') return { selection: ticketFields(reveal), layout: { columns }, rowText };
  const csv = ticketCsv(reveal);
  return { selection: csv.selection, layout: { columns, csvRecord: csv.record }, rowText };
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
