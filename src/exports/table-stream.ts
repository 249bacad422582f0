import { once } from 'node:events';
import type { Readable, Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { XlsxColumn, XlsxWriter } from './xlsx-writer';
import { drainedOrClosed } from './drained';

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

/** Deflate level of XLSX files: zlib's fastest, which keeps compression off a large export's critical path. */
const XLSX_DEFLATE_LEVEL = 1;

/** How an export's rows become a file: its columns (headers, cells), and a row's CSV record when it is not built from the cells. */
export interface TableLayout<T> {
  readonly columns: readonly Column<T>[];
  readonly csvRecord?: (row: T) => string;
}

/** Where rows go, in pages: each page is written before the next is read, and no faster than the client takes it. */
export interface TableSink<T> {
  write(rows: readonly T[]): Promise<void>;
  /**
   * Writes rows already in the file's format (CSV records; sheet rows numbered from `firstRow`, the
   * number the first of them must carry) as `source` streams them, no faster than the output takes
   * them; `rows()` tells how many it held once it has ended. A failure destroys `source`.
   */
  writeStream(source: Readable, rows: () => number, firstRow: number): Promise<void>;
  /** Finishes the file (the XLSX archive's directory) and waits until the output has taken it. */
  end(): Promise<void>;
}

/** Resolves when `out` can take more, or is gone (the caller's next write then fails). */
function drained(out: Writable): Promise<void> {
  return out.writableNeedDrain ? drainedOrClosed(out, out) : Promise.resolve();
}

function ensureOpen(out: Writable): void {
  if (out.destroyed || out.writableEnded) throw new Error('the client closed the connection');
}

/** CSV: BOM, a header record, then each page as one chunk. */
export function csvSink<T>(out: Writable, { columns, csvRecord: record = (row) => csvRow(columns, row) }: TableLayout<T>): TableSink<T> {
  let started = false;
  return {
    async write(rows) {
      ensureOpen(out);
      let chunk = started ? '' : UTF8_BOM + csvRecord(columns.map((c) => c.header));
      started = true;
      for (const row of rows) chunk += record(row);
      out.write(chunk);
      await drained(out);
    },
    async writeStream(source) {
      try {
        if (!started) await this.write([]);
        ensureOpen(out);
        await pipeline(source, out, { end: false });
      } catch (err) {
        source.destroy();
        throw err;
      }
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
 * XLSX: the sheet's XML written into the archive's deflate stream as each page comes (xlsx-writer.ts):
 * inline strings, no styles. A page waits only while the deflate stream is full, which it stays while
 * the client does not read, so about a page is held however slow the reader, and compression (on
 * zlib's thread pool) overlaps with making the next page.
 */
export function xlsxSink<T>(out: Writable, { columns }: TableLayout<T>, sheetName: string): TableSink<T> {
  const book = new XlsxWriter(out, sheetName, columns.length, XLSX_DEFLATE_LEVEL);
  const headers = columns.map((c): XlsxColumn<null> => ({ value: () => c.header }));
  let started = false;
  return {
    async write(rows) {
      ensureOpen(out);
      if (!started) await book.addRows([null], headers);
      started = true;
      await book.addRows(rows, columns);
    },
    async writeStream(source, rows, firstRow) {
      try {
        ensureOpen(out);
        if (!started) await book.addRows([null], headers);
        started = true;
        if (firstRow !== book.nextRow) throw new Error(`sheet rows numbered from ${firstRow} where ${book.nextRow} comes next`);
        await book.addStream(source, rows);
      } catch (err) {
        source.destroy();
        throw err;
      }
    },
    async end() {
      if (!started) await this.write([]);
      ensureOpen(out);
      // Resolves once the output has taken the finished archive.
      await book.end();
    },
  };
}
