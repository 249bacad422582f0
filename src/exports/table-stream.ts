import { stream } from 'exceljs';
import { EventEmitter, once } from 'node:events';
import type { Writable } from 'node:stream';

export const EXPORT_FORMATS = ['csv', 'xlsx'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export const CSV_MEDIA_TYPE = 'text/csv';
export const XLSX_MEDIA_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
export const CONTENT_TYPES: Record<ExportFormat, string> = {
  csv: `${CSV_MEDIA_TYPE}; charset=utf-8; header=present`,
  xlsx: XLSX_MEDIA_TYPE,
};

/** What a cell holds: text, a number or a flag; dates are written as the JSON answers write them (ISO 8601, UTC). */
export type Cell = string | number | boolean | null;

/** One column of an export: its header (the JSON field name) and how a row fills it. */
export interface Column<T> {
  readonly header: string;
  readonly value: (row: T) => Cell;
}

/** The byte-order mark that makes spreadsheet programs read a CSV file as UTF-8 (Chinese text shows as written). */
export const UTF8_BOM = '\uFEFF';

/**
 * Text a spreadsheet program would run as a formula when it opens a CSV file (CSV injection): a cell
 * starting with = + - @ (or a tab or carriage return, which some programs strip first).
 */
const FORMULA_START = /^[=+\-@\t\r]/;

const NEEDS_QUOTES = /[",\r\n]/;

/** A cell as RFC 4180 writes it: quoted when it holds a quote, comma or line break; formula text defused with a leading apostrophe. */
export function csvCell(value: Cell): string {
  if (value === null) return '';
  if (typeof value !== 'string') return String(value);
  const text = FORMULA_START.test(value) ? `'${value}` : value;
  return NEEDS_QUOTES.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** One CSV record, CRLF-terminated (RFC 4180). */
export function csvRecord(cells: readonly Cell[]): string {
  return cells.map(csvCell).join(',') + '\r\n';
}

/** A row's CSV record, built cell by cell into one string (no array of cells per row). */
function csvRow<T>(columns: readonly Column<T>[], row: T): string {
  let line = csvCell(columns[0].value(row));
  for (let i = 1; i < columns.length; i++) line += ',' + csvCell(columns[i].value(row));
  return line + '\r\n';
}

/** A date as the JSON answers write it, or null. */
export function iso(value: Date | string | null | undefined): string | null {
  if (value === null || value === undefined) return null;
  return value instanceof Date ? value.toISOString() : new Date(value).toISOString();
}

/** Where rows go, in pages: each page is written before the next is read, and no faster than the client takes it. */
export interface TableSink<T> {
  write(rows: readonly T[]): Promise<void>;
  /** Finishes the file (the XLSX archive's directory) and waits until the output has taken it. */
  end(): Promise<void>;
}

/** Resolves when `out` can take more, or is gone (the caller's next write then fails). */
function drained(out: Writable): Promise<void> {
  return out.writableNeedDrain ? untilDrainOrClose(out, out) : Promise.resolve();
}

/** Resolves on the first of `stream`'s drain and `out`'s close (at once if `out` is gone); the other listener is removed. */
async function untilDrainOrClose(stream: EventEmitter, out: Writable): Promise<void> {
  if (out.destroyed) return;
  const done = new AbortController();
  await Promise.race([once(stream, 'drain', { signal: done.signal }), once(out, 'close', { signal: done.signal })]).finally(() =>
    done.abort(),
  );
}

function ensureOpen(out: Writable): void {
  if (out.destroyed || out.writableEnded) throw new Error('the client closed the connection');
}

/** CSV: BOM, a header record, then each page as one chunk. */
export function csvSink<T>(out: Writable, columns: readonly Column<T>[]): TableSink<T> {
  let started = false;
  return {
    async write(rows) {
      ensureOpen(out);
      let chunk = started ? '' : UTF8_BOM + csvRecord(columns.map((c) => c.header));
      started = true;
      for (const row of rows) chunk += csvRow(columns, row);
      out.write(chunk);
      await drained(out);
    },
    async end() {
      if (!started) await this.write([]);
      ensureOpen(out);
      out.end();
      await once(out, 'finish');
    },
  };
}

/**
 * Where the sheet's XML goes into the ZIP archive: ExcelJS's sheet stream writes into it (a PassThrough
 * of the archiver's own stream library, which pipes it into its deflate stream, attached when the
 * sheet is opened) without heeding its answer, so rows would pile up there whenever compression or
 * the client is slower than the rows come. The archiver's streams predate `writableNeedDrain`: their
 * state says whether a write was refused, and they emit 'drain' as Node's do.
 */
interface SheetIntake extends EventEmitter {
  _writableState: { needDrain: boolean };
}

function sheetIntake(sheet: object): SheetIntake {
  const intake = (sheet as { stream?: { pipes?: Partial<SheetIntake>[] } }).stream?.pipes?.[0];
  if (typeof intake?._writableState?.needDrain !== 'boolean') throw new Error("ExcelJS's sheet stream has no writable intake");
  return intake as SheetIntake;
}

/**
 * XLSX through ExcelJS's streaming writer: rows are committed as they come, so the sheet is never
 * held in memory; inline strings (no shared-string table, which would grow with the rows) and no styles.
 * After each page the writer waits until the archive's intake has taken the sheet's XML (which waits in
 * turn for the client), so no more than about a page is ever held however slow the reader.
 */
export function xlsxSink<T>(out: Writable, columns: readonly Column<T>[], sheetName: string): TableSink<T> {
  const workbook = new stream.xlsx.WorkbookWriter({ stream: out, useSharedStrings: false, useStyles: false });
  const sheet = workbook.addWorksheet(sheetName);
  sheet.addRow(columns.map((c) => c.header)).commit();
  const intake = sheetIntake(sheet);
  return {
    async write(rows) {
      ensureOpen(out);
      for (const row of rows) sheet.addRow(columns.map((c) => c.value(row))).commit();
      if (intake._writableState.needDrain) await untilDrainOrClose(intake, out);
      await drained(out);
    },
    async end() {
      ensureOpen(out);
      sheet.commit();
      // Resolves once the output has taken the finished archive.
      await workbook.commit();
    },
  };
}
