import { Readable } from 'node:stream';
import { BinaryValues, inlineParameters } from './copy-out';

/** COPY's binary format of a one-column result: header, each row as field count 1 and its length, trailer. */
function copyBinary(values: readonly string[], extension = Buffer.alloc(0)): Buffer {
  const header = Buffer.concat([Buffer.from('PGCOPY\n\xff\r\n\0', 'latin1'), Buffer.alloc(4), Buffer.alloc(4), extension]);
  header.writeUInt32BE(extension.length, 15);
  const rows = values.map((v) => {
    const bytes = Buffer.from(v, 'utf8');
    const frame = Buffer.alloc(6);
    frame.writeInt16BE(1, 0);
    frame.writeInt32BE(bytes.length, 2);
    return Buffer.concat([frame, bytes]);
  });
  return Buffer.concat([header, ...rows, Buffer.from([0xff, 0xff])]);
}

async function passThrough(chunks: readonly Buffer[]): Promise<{ out: string; rows: number }> {
  const values = new BinaryValues();
  const parts: Buffer[] = [];
  values.on('data', (c: Buffer) => parts.push(c));
  await new Promise<void>((resolve, reject) => {
    values.on('end', resolve).on('error', reject);
    Readable.from(chunks, { objectMode: false }).pipe(values);
  });
  return { out: Buffer.concat(parts).toString('utf8'), rows: values.rows };
}

describe('BinaryValues: the values of a one-column COPY in binary format, back to back', () => {
  const rows = ['a,b,"c"\r\n', '', '宽带断网，扣费不明\r\n', 'tab\there\\back\nslash\r\n', '<row r="5"><c/></row>'];
  const file = copyBinary(rows);

  it('passes every value on and counts the rows, however the data is cut into chunks (every cut point, and every two)', async () => {
    for (let cut = 0; cut <= file.length; cut++) {
      expect(await passThrough([file.subarray(0, cut), file.subarray(cut)])).toEqual({ out: rows.join(''), rows: rows.length });
    }
    for (let a = 0; a <= file.length; a += 7) {
      for (let b = a; b <= file.length; b += 5) {
        const chunks = [file.subarray(0, a), file.subarray(a, b), file.subarray(b)];
        expect(await passThrough(chunks)).toEqual({ out: rows.join(''), rows: rows.length });
      }
    }
    const bytes = [...file].map((x) => Buffer.from([x]));
    expect(await passThrough(bytes)).toEqual({ out: rows.join(''), rows: rows.length });
  });

  it('skips a header extension, and passes an empty result on as nothing', async () => {
    expect(await passThrough([copyBinary(rows, Buffer.from('ext'))])).toEqual({ out: rows.join(''), rows: rows.length });
    expect(await passThrough([copyBinary([])])).toEqual({ out: '', rows: 0 });
  });

  it('refuses what is not a one-column COPY in binary format, or ends before its trailer', async () => {
    await expect(passThrough([Buffer.from('a,b\r\n'.repeat(5))])).rejects.toThrow('not COPY binary data');
    const two = Buffer.from(file);
    two.writeInt16BE(2, 19);
    await expect(passThrough([two])).rejects.toThrow('COPY rows of 2 columns where one was expected');
    const nul = Buffer.from(file);
    nul.writeInt32BE(-1, 21);
    await expect(passThrough([nul])).rejects.toThrow('a NULL where a row text was expected');
    await expect(passThrough([file.subarray(0, file.length - 2)])).rejects.toThrow('COPY data ended before its trailer');
    await expect(passThrough([file, Buffer.from([0, 1])])).rejects.toThrow('COPY data after its trailer');
  });
});

describe('inlineParameters: bind parameters written into a statement as literals', () => {
  it('writes each kind of value as the literal of what pg would send', () => {
    const when = new Date('2026-12-01T02:03:04.567Z');
    expect(
      inlineParameters('SELECT $1, $2, $3, $4, $5, $6, $7, $8, $9, $10', [
        "it's",
        'back\\slash',
        42,
        true,
        null,
        when,
        ['a', 'b"c', null, 'd\\e', '{,}'],
        Buffer.from([0xde, 0xad]),
        undefined,
        1.5,
      ]),
    ).toBe(
      // pg's escapeLiteral: E'' with doubled backslashes where a value holds one (the array literal's own escapes among them).
      String.raw`SELECT 'it''s',  E'back\\slash', '42', 'true', NULL, '2026-12-01T02:03:04.567Z',  E'{"a","b\\"c",NULL,"d\\\\e","{,}"}', '\xdead'::bytea, NULL, '1.5'`,
    );
  });

  it('leaves placeholders inside quoted literals, identifiers, comments and dollar quotes alone, and tells $1 from $10', () => {
    const values = Array.from({ length: 10 }, (_, i) => `v${i + 1}`);
    expect(inlineParameters(`SELECT '$1', "$2", E'\\'$3', $$ $4 $$, $q$ $5 $q$, $10 -- $6\n, $1 /* $7 */`, values)).toBe(
      `SELECT '$1', "$2", E'\\'$3', $$ $4 $$, $q$ $5 $q$, 'v10' -- $6\n, 'v1' /* $7 */`,
    );
    expect(inlineParameters('SELECT a$1, $1', ['x'])).toBe(`SELECT a$1, 'x'`);
  });

  it('refuses a placeholder with no value, and values it writes no literal for', () => {
    expect(() => inlineParameters('SELECT $2', ['x'])).toThrow('the statement names $2, and 1 values were given');
    expect(() => inlineParameters('SELECT $1', [{ a: 1 }])).toThrow('$1 is a value no literal is written for');
    expect(() => inlineParameters('SELECT $1', [Number.NaN])).toThrow('$1 is not a finite number');
    expect(() => inlineParameters('SELECT $1', [[{ a: 1 }]])).toThrow('an array element no literal is written for');
  });
});
