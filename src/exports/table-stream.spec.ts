import { Workbook } from 'exceljs';
import { Readable, Writable } from 'node:stream';
import { Column, csvSink, TableSink, xlsxSink } from './table-stream';

/** An output that takes nothing until `resume()`: its writes complete only then, as a socket to a client that stopped reading. */
function stalledOutput() {
  const chunks: Buffer[] = [];
  let held: (() => void)[] | null = [];
  const out = new Writable({
    write(chunk: Buffer, _encoding, done) {
      chunks.push(chunk);
      if (held) held.push(done);
      else done();
    },
  });
  const resume = () => {
    const waiting = held ?? [];
    held = null;
    waiting.forEach((done) => done());
  };
  return { out, chunks, resume };
}

const COLUMNS: Column<number>[] = [
  { header: 'n', value: (n) => n },
  { header: 'text', value: (n) => `第${n}行，宽带断网，扣费不明`.repeat(4) },
  { header: 'flag', value: (n) => n % 2 === 0 },
];

/** Polls (every 20 ms, for at most 10 s) until `count()` has not moved for 300 ms; returns it. */
async function settled(count: () => number): Promise<number> {
  let last = -1;
  let still = 0;
  for (let waited = 0; waited < 10_000; waited += 20) {
    const now = count();
    still = now === last ? still + 20 : 0;
    last = now;
    if (still >= 300) return now;
    await new Promise((r) => setTimeout(r, 20));
  }
  return count();
}

describe('table sinks wait for the reader', () => {
  const PAGES = 100;
  const PAGE = Array.from({ length: 500 }, (_, i) => i);

  const numbered = Array.from({ length: PAGES }, (_, p) => PAGE.map((i) => p * PAGE.length + i));

  /** A header row and every numbered row, the last one as COLUMNS write it. */
  function expectEveryRow(sheet: Workbook['worksheets'][number]) {
    const last = PAGES * PAGE.length - 1;
    expect(sheet.rowCount).toBe(1 + PAGES * PAGE.length);
    expect(sheet.getRow(sheet.rowCount).values).toEqual([undefined, last, COLUMNS[1].value(last), false]);
  }

  async function stalledThenRead<T>(make: (out: Writable) => TableSink<T>, pages: T[][]) {
    const { out, chunks, resume } = stalledOutput();
    const sink = make(out);
    let rows = 0;
    const producing = (async () => {
      for (const page of pages) {
        await sink.write(page);
        rows += page.length;
      }
      await sink.end();
    })();
    const whileStalled = await settled(() => rows);
    resume();
    await producing;
    return { whileStalled, file: Buffer.concat(chunks) };
  }

  it('XLSX: with nobody reading, the writer stops taking rows after a few pages; read, the file holds every row', async () => {
    const { whileStalled, file } = await stalledThenRead((out) => xlsxSink(out, { columns: COLUMNS }, 'rows'), numbered);
    // Without waiting on the sheet stream all 50,000 rows would be taken (and held in memory) at once. What is
    // taken is what fills the archive's stream buffers (a few of 16 KiB each, most of them deflated data, which
    // this repetitive text packs about tenfold): a bound that does not grow with the export.
    expect(whileStalled).toBeLessThanOrEqual(20 * PAGE.length);
    const book = new Workbook();
    await book.xlsx.load(file as unknown as Parameters<Workbook['xlsx']['load']>[0]);
    const sheet = book.worksheets[0];
    expect(sheet.getRow(2).values).toEqual([undefined, 0, COLUMNS[1].value(0), true]);
    expectEveryRow(sheet);
  }, 60_000);

  it('XLSX: text reads back as written (markup, quotes, edge spaces, line breaks), control characters XML forbids dropped, empty cells empty', async () => {
    const texts = ['<a href="x">&amp;</a>', '  leading and trailing  ', '第一行\n第二行', 'bell\u0007 and nul\u0000 gone', '=1+1', ''];
    const columns: Column<string>[] = [
      { header: 'text', value: (t) => t },
      { header: 'none', value: () => null },
      { header: 'number', value: (t) => t.length },
    ];
    const { file } = await stalledThenRead((out) => xlsxSink(out, { columns }, 'rows & <more>'), [texts]);
    const book = new Workbook();
    await book.xlsx.load(file as unknown as Parameters<Workbook['xlsx']['load']>[0]);
    const sheet = book.worksheets[0];
    expect(sheet.name).toBe('rows & <more>');
    expect(sheet.getRow(1).values).toEqual([undefined, 'text', 'none', 'number']);
    const read = texts.map((_, i) => sheet.getRow(i + 2).values as unknown[]);
    expect(read.map((v) => v[1] ?? '')).toEqual([
      '<a href="x">&amp;</a>',
      '  leading and trailing  ',
      '第一行\n第二行',
      'bell and nul gone',
      '=1+1',
      '',
    ]);
    expect(read.map((v) => v[2])).toEqual(texts.map(() => undefined));
    expect(read.map((v) => v[3])).toEqual(texts.map((t) => t.length));
  });

  /**
   * Rows already in the file's format streamed as COPY brings them (copyRows: Buffers of a few rows each),
   * CSV records or sheet rows numbered from `firstRow`, produced only as the sink reads them.
   */
  async function stalledThenReadStream(
    sink: TableSink<never>,
    out: ReturnType<typeof stalledOutput>,
    page: (p: number, firstRow: number) => string[],
  ) {
    let rows = 0;
    const source = Readable.from(
      (function* () {
        for (let p = 0; p < PAGES; p++) {
          for (const piece of page(p, p * PAGE.length + 2)) {
            rows += 25;
            yield Buffer.from(piece, 'utf8');
          }
        }
      })(),
      { objectMode: false, highWaterMark: 64 * 1024 },
    );
    const producing = (async () => {
      await sink.writeStream(source, () => rows, 2);
      await sink.end();
    })();
    const whileStalled = await settled(() => rows);
    out.resume();
    await producing;
    return { whileStalled, file: Buffer.concat(out.chunks) };
  }

  const pieces = (p: number, record: (n: number, i: number) => string) =>
    Array.from({ length: PAGE.length / 25 }, (_, t) =>
      PAGE.slice(t * 25, t * 25 + 25)
        .map((i) => record(p * PAGE.length + i, i))
        .join(''),
    );

  it('CSV streamed: the BOM and header first, then the records as streamed; with nobody reading, the source is read no further than its buffers', async () => {
    const out = stalledOutput();
    const { whileStalled, file } = await stalledThenReadStream(csvSink(out.out, { columns: COLUMNS }), out, (p) =>
      pieces(p, (n) => `${n},${COLUMNS[1].value(n) as string},${n % 2 === 0}\r\n`),
    );
    // What the source's and the output's buffers hold (64 KB and 16 KB: about a page of these rows), of 100 pages.
    expect(whileStalled).toBeLessThanOrEqual(2 * PAGE.length);
    expect([...file.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = file.subarray(3).toString('utf8').split('\r\n');
    expect(lines.length).toBe(1 + PAGES * PAGE.length + 1);
    expect(lines[0]).toBe('n,text,flag');
    expect(lines[PAGES * PAGE.length]).toBe(`${PAGES * PAGE.length - 1},${COLUMNS[1].value(PAGES * PAGE.length - 1) as string},false`);
  });

  it('XLSX streamed: sheet rows as streamed after the header row, the source held back by a reader that does not read', async () => {
    const out = stalledOutput();
    const row = (n: number, r: number) =>
      `<row r="${r}"><c r="A${r}"><v>${n}</v></c><c r="B${r}" t="inlineStr"><is><t xml:space="preserve">${COLUMNS[1].value(n) as string}</t></is></c><c r="C${r}" t="b"><v>${n % 2 === 0 ? 1 : 0}</v></c></row>`;
    const { whileStalled, file } = await stalledThenReadStream(xlsxSink(out.out, { columns: COLUMNS }, 'rows'), out, (p, firstRow) =>
      pieces(p, (n, i) => row(n, firstRow + i)),
    );
    expect(whileStalled).toBeLessThanOrEqual(20 * PAGE.length);
    const book = new Workbook();
    await book.xlsx.load(file as unknown as Parameters<Workbook['xlsx']['load']>[0]);
    const sheet = book.worksheets[0];
    expect(sheet.getRow(1).values).toEqual([undefined, 'n', 'text', 'flag']);
    expectEveryRow(sheet);
  }, 60_000);

  it('XLSX streamed: rows numbered from anywhere but the next row are refused (a sheet would read them at the wrong place)', async () => {
    const out = stalledOutput();
    out.resume();
    const sink = xlsxSink(out.out, { columns: COLUMNS }, 'rows');
    const source = Readable.from([Buffer.from('<row r="3"></row>')]);
    await expect(sink.writeStream(source, () => 1, 3)).rejects.toThrow('sheet rows numbered from 3 where 2 comes next');
    expect(source.destroyed).toBe(true);
  });

  it('CSV: with nobody reading, the writer stops after the first page; read, every record is there', async () => {
    const { whileStalled, file } = await stalledThenRead((out) => csvSink(out, { columns: COLUMNS }), numbered);
    expect(whileStalled).toBeLessThanOrEqual(PAGE.length);
    const lines = file.toString('utf8').split('\r\n');
    expect(lines.length).toBe(1 + PAGES * PAGE.length + 1);
    expect(lines[1]).toBe(`0,${COLUMNS[1].value(0)},true`);
  });
});
