import { PassThrough, Readable, Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { constants } from 'node:zlib';
import { ZipFile } from 'yazl';
import { drainedOrClosed } from './drained';

/**
 * An XLSX workbook of one sheet (Office Open XML, SpreadsheetML), written as its rows come: the
 * package's fixed parts, then the sheet's XML as a stream into the ZIP archive (yazl: deflate, with
 * ZIP64 where a member or the archive passes 4 GiB; its output is piped to `out`, so a reader that
 * does not read stops the sheet stream, and with it the rows). Strings are inline
 * (no shared-string table, which would grow with the rows) and keep their white space
 * (xml:space="preserve" on every one: readers drop it at the edges otherwise), no styles beyond the default one Excel
 * expects, every row and cell addressed (`r`), which every reader accepts.
 */

/** What a cell holds: text, a number or a flag; null leaves it empty. */
export type XlsxCell = string | number | boolean | null;

const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PKG_REL = 'http://schemas.openxmlformats.org/package/2006/relationships';
const XML_DECLARATION = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

const CONTENT_TYPES_XML =
  XML_DECLARATION +
  '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
  '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
  '<Default Extension="xml" ContentType="application/xml"/>' +
  '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>' +
  '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>' +
  '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>' +
  '</Types>';

const ROOT_RELS_XML =
  XML_DECLARATION +
  `<Relationships xmlns="${PKG_REL}">` +
  '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>' +
  '</Relationships>';

const WORKBOOK_RELS_XML =
  XML_DECLARATION +
  `<Relationships xmlns="${PKG_REL}">` +
  '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>' +
  '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>' +
  '</Relationships>';

/** The one default cell format (Excel repairs a workbook without a style sheet). */
const STYLES_XML =
  XML_DECLARATION +
  `<styleSheet xmlns="${MAIN}">` +
  '<fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts>' +
  '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>' +
  '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>' +
  '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
  '<cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs>' +
  '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>' +
  '</styleSheet>';

const workbookXml = (sheetName: string) =>
  XML_DECLARATION +
  `<workbook xmlns="${MAIN}" xmlns:r="${REL}"><sheets><sheet name="${xmlText(sheetName)}" sheetId="1" r:id="rId1"/></sheets></workbook>`;

const SHEET_START = XML_DECLARATION + `<worksheet xmlns="${MAIN}"><sheetData>`;
const SHEET_END = '</sheetData></worksheet>';

/* eslint-disable no-control-regex -- finding the control characters XML forbids is the point */
/** What XML text cannot hold as is: markup characters and the control characters XML 1.0 forbids. */
const NEEDS_ESCAPING = /[&<>"\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/;
const FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;
/* eslint-enable no-control-regex */

/** Text as XML character data (and attribute values): & < > " escaped, forbidden control characters dropped. */
export function xmlText(text: string): string {
  if (!NEEDS_ESCAPING.test(text)) return text;
  return text.replace(FORBIDDEN, '').replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** The column letters of the first `n` columns: A … Z, AA … */
export function columnLetters(n: number): string[] {
  return Array.from({ length: n }, (_, i) => {
    let name = '';
    for (let c = i + 1; c > 0; c = Math.floor((c - 1) / 26)) name = String.fromCharCode(65 + ((c - 1) % 26)) + name;
    return name;
  });
}

/** How a column fills a cell from a row. */
export interface XlsxColumn<T> {
  readonly value: (row: T) => XlsxCell;
}

/** One sheet row's XML; `r` is its 1-based number, `letters` the column letters. */
function rowXml<T>(r: number, row: T, columns: readonly XlsxColumn<T>[], letters: readonly string[]): string {
  let xml = `<row r="${r}">`;
  for (let i = 0; i < columns.length; i++) {
    const v = columns[i].value(row);
    if (v === null || v === undefined) continue;
    const ref = letters[i] + r;
    if (typeof v === 'string') {
      xml += `<c r="${ref}" t="inlineStr"><is><t xml:space="preserve">${xmlText(v)}</t></is></c>`;
    } else if (typeof v === 'boolean') {
      xml += `<c r="${ref}" t="b"><v>${v ? 1 : 0}</v></c>`;
    } else if (Number.isFinite(v)) {
      xml += `<c r="${ref}"><v>${v}</v></c>`;
    }
  }
  return xml + '</row>';
}

/** Rows of a sheet in an XLSX file, written to `out` as they are added. */
export class XlsxWriter {
  private readonly zip = new ZipFile();
  /** The sheet's XML on its way into the archive's deflate stream. */
  private readonly sheet = new PassThrough();
  /** Settles once `out` has taken the whole archive, or fails when it closes first. */
  private written: Promise<void> | null = null;
  private rows = 0;
  private readonly letters: string[];

  constructor(
    private readonly out: Writable,
    private readonly sheetName: string,
    width: number,
    private readonly level: number = constants.Z_DEFAULT_COMPRESSION,
  ) {
    this.letters = columnLetters(width);
  }

  /** Appends rows, each cell as its column gives it (the first call writes the package's fixed parts first); resolves once the sheet stream can take more. */
  async addRows<T>(rows: readonly T[], columns: readonly XlsxColumn<T>[]): Promise<void> {
    let xml = '';
    if (!this.written) {
      this.start();
      xml = SHEET_START;
    }
    for (const row of rows) xml += rowXml(++this.rows, row, columns, this.letters);
    await this.put([xml]);
  }

  /** The next sheet row number (1-based): rows streamed as XML (addStream) must be numbered from it. */
  get nextRow(): number {
    return this.rows + 1;
  }

  /**
   * Appends the rows `source` streams as sheet XML, numbered from nextRow on, as it streams them and no
   * faster than the archive takes them; `rows()` tells how many there were once it has ended.
   */
  async addStream(source: Readable, rows: () => number): Promise<void> {
    if (!this.written) {
      this.start();
      await this.put([SHEET_START]);
    }
    // A client that goes away destroys the sheet stream (start), which fails this pipeline.
    await pipeline(source, this.sheet, { end: false });
    this.rows += rows();
  }

  private async put(pieces: readonly string[]): Promise<void> {
    let more = true;
    for (const xml of pieces) more = this.sheet.write(xml);
    if (!more) await drainedOrClosed(this.sheet, this.out);
    if (this.out.destroyed) throw new Error('the output closed');
  }

  /** Ends the sheet and the archive; resolves once the output has taken all of it. */
  async end(): Promise<void> {
    if (!this.written) await this.addRows([], []);
    this.sheet.end(SHEET_END);
    this.zip.end();
    await this.written;
  }

  /** The package's fixed parts and the sheet as archive members, and the archive piped to the output. */
  private start(): void {
    const options = { compressionLevel: this.level, mtime: new Date() };
    const part = (name: string, xml: string) => this.zip.addBuffer(Buffer.from(xml, 'utf8'), name, options);
    part('[Content_Types].xml', CONTENT_TYPES_XML);
    part('_rels/.rels', ROOT_RELS_XML);
    part('xl/workbook.xml', workbookXml(this.sheetName));
    part('xl/_rels/workbook.xml.rels', WORKBOOK_RELS_XML);
    part('xl/styles.xml', STYLES_XML);
    this.zip.addReadStreamLazy('xl/worksheets/sheet1.xml', options, (take) => take(null, this.sheet));
    // A client that goes away ends the pipeline (the archive is destroyed); the sheet stream goes with it, freeing its buffers.
    const zipFailed = new Promise<never>((_, reject) => this.zip.once('error', reject));
    this.written = Promise.race([pipeline(this.zip.outputStream, this.out), zipFailed]);
    this.written.catch(() => this.sheet.destroy());
  }
}
