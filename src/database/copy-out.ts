import { once } from 'node:events';
import { Readable, Transform, TransformCallback } from 'node:stream';
import { escapeLiteral, PoolClient } from 'pg';
import { to as copyTo } from 'pg-copy-streams';
import { DataSource, QueryFailedError } from 'typeorm';

/**
 * A statement's bind parameters ($1, $2 …) written into its text as literals, for statements that take
 * none (COPY). Each value becomes what `pg` would have sent for it (its text, an array as an array
 * literal, a Buffer as bytea) as a quoted literal of unknown type, so Postgres infers its type from where it
 * stands, as it does for an untyped parameter. Placeholders inside quoted literals, quoted identifiers
 * and comments are left alone.
 */
export function inlineParameters(sql: string, values: readonly unknown[]): string {
  const literal = (n: number): string => {
    if (n < 1 || n > values.length) throw new Error(`the statement names $${n}, and ${values.length} values were given`);
    const value = values[n - 1];
    if (value === null || value === undefined) return 'NULL';
    if (Buffer.isBuffer(value)) return `'\\x${value.toString('hex')}'::bytea`;
    if (typeof value === 'number' || typeof value === 'bigint') {
      if (typeof value === 'number' && !Number.isFinite(value)) throw new Error(`$${n} is not a finite number`);
      return `'${String(value)}'`;
    }
    if (typeof value === 'boolean') return `'${String(value)}'`;
    if (typeof value === 'string') return escapeLiteral(value);
    if (value instanceof Date) return escapeLiteral(value.toISOString());
    if (Array.isArray(value)) return escapeLiteral(arrayLiteral(value));
    throw new Error(`$${n} is a value no literal is written for`);
  };
  let out = '';
  let i = 0;
  while (i < sql.length) {
    const c = sql[i];
    const end = skipQuoted(sql, i);
    if (end > i) {
      out += sql.slice(i, end);
      i = end;
    } else if (c === '$' && /\d/.test(sql[i + 1] ?? '') && !/[\w$]/.test(sql[i - 1] ?? '')) {
      let j = i + 1;
      while (/\d/.test(sql[j] ?? '')) j++;
      out += literal(Number(sql.slice(i + 1, j)));
      i = j;
    } else {
      out += c;
      i++;
    }
  }
  return out;
}

/** Where a quoted literal, quoted identifier or comment starting at `i` ends (`i` itself when none starts there). */
function skipQuoted(sql: string, i: number): number {
  const c = sql[i];
  if (c === "'" || c === '"') {
    // A doubled quote inside stays inside; E'' literals escape with a backslash too.
    const escapes = c === "'" && /[eE]/.test(sql[i - 1] ?? '') && !/\w/.test(sql[i - 2] ?? '');
    let j = i + 1;
    while (j < sql.length) {
      if (escapes && sql[j] === '\\') j += 2;
      else if (sql[j] === c && sql[j + 1] === c) j += 2;
      else if (sql[j] === c) return j + 1;
      else j++;
    }
    return sql.length;
  }
  if (c === '-' && sql[i + 1] === '-') {
    const nl = sql.indexOf('\n', i);
    return nl < 0 ? sql.length : nl + 1;
  }
  if (c === '/' && sql[i + 1] === '*') {
    const close = sql.indexOf('*/', i + 2);
    return close < 0 ? sql.length : close + 2;
  }
  if (c === '$' && !/[\w$]/.test(sql[i - 1] ?? '')) {
    // A dollar-quoted string: $$ … $$ or $tag$ … $tag$.
    const tag = /^\$([A-Za-z_][\w]*)?\$/.exec(sql.slice(i));
    if (tag) {
      const close = sql.indexOf(tag[0], i + tag[0].length);
      return close < 0 ? sql.length : close + tag[0].length;
    }
  }
  return i;
}

/** An array as Postgres's array literal (what `pg` sends for it): elements quoted, NULL for null, nested arrays nested. */
function arrayLiteral(values: readonly unknown[]): string {
  const element = (v: unknown): string => {
    if (v === null || v === undefined) return 'NULL';
    if (Array.isArray(v)) return arrayLiteral(v);
    let text: string;
    if (v instanceof Date) text = v.toISOString();
    else if (Buffer.isBuffer(v)) text = `\\x${v.toString('hex')}`;
    else if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean' || typeof v === 'bigint') text = String(v);
    else throw new Error('an array element no literal is written for');
    return `"${text.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
  };
  return `{${values.map(element).join(',')}}`;
}

/** The 11-byte signature, flags and extension length that open COPY's binary format (PGCOPY\n\377\r\n\0). */
const SIGNATURE = Buffer.from('PGCOPY\n\xff\r\n\0', 'latin1');
const HEADER_BYTES = SIGNATURE.length + 8;

/**
 * The values of a one-column result in COPY's binary format, each as its bytes, back to back: for a
 * statement whose one column is a row's finished text (a CSV record, a sheet row), this is the file's
 * body as Postgres wrote it, with no string made of it here. Counts the rows it has passed on.
 * (Binary format, because the text format would escape the line breaks and backslashes in the values.)
 */
export class BinaryValues extends Transform {
  /** Rows passed on so far. */
  rows = 0;
  /** Bytes of framing still to read before the next value (the header, a row's field count and length); they may span chunks. */
  private frame = Buffer.alloc(0);
  /** Bytes of the current value still to pass on. */
  private remaining = 0;
  private state: 'header' | 'extension' | 'row' | 'value' | 'trailer' = 'header';
  private extension = 0;

  override _transform(chunk: Buffer, _encoding: BufferEncoding, done: TransformCallback): void {
    const out: Buffer[] = [];
    let at = 0;
    try {
      while (at < chunk.length) {
        if (this.state === 'value') {
          const n = Math.min(this.remaining, chunk.length - at);
          out.push(chunk.subarray(at, at + n));
          at += n;
          this.remaining -= n;
          if (this.remaining === 0) {
            this.rows++;
            this.state = 'row';
          }
          continue;
        }
        if (this.state === 'extension') {
          const n = Math.min(this.extension, chunk.length - at);
          at += n;
          this.extension -= n;
          if (this.extension === 0) this.state = 'row';
          continue;
        }
        if (this.state === 'trailer') throw new Error('COPY data after its trailer');
        if (this.state === 'row' && this.frame.length === 0 && chunk.length - at >= 6 && chunk.readInt16BE(at) === 1) {
          // The common case: a row's field count and length whole in this chunk.
          this.startValue(chunk.readInt32BE(at + 2));
          at += 6;
          continue;
        }
        // Framing: gather the bytes the state needs, even across chunks.
        const need = this.state === 'header' ? HEADER_BYTES : this.frame.length < 2 ? 2 : 6;
        const take = Math.min(need - this.frame.length, chunk.length - at);
        this.frame = Buffer.concat([this.frame, chunk.subarray(at, at + take)]);
        at += take;
        if (this.frame.length < need) continue;
        if (this.state === 'header') {
          if (!this.frame.subarray(0, SIGNATURE.length).equals(SIGNATURE)) throw new Error('not COPY binary data');
          this.extension = this.frame.readUInt32BE(SIGNATURE.length + 4);
          this.state = this.extension > 0 ? 'extension' : 'row';
          this.frame = Buffer.alloc(0);
          continue;
        }
        const fields = this.frame.readInt16BE(0);
        if (fields === -1) {
          this.state = 'trailer';
          this.frame = Buffer.alloc(0);
          continue;
        }
        if (fields !== 1) throw new Error(`COPY rows of ${fields} columns where one was expected`);
        if (this.frame.length < 6) continue;
        const length = this.frame.readInt32BE(2);
        this.frame = Buffer.alloc(0);
        this.startValue(length);
      }
    } catch (err) {
      done(err as Error);
      return;
    }
    if (out.length > 0) this.push(out.length === 1 ? out[0] : Buffer.concat(out));
    done();
  }

  /** A row's value of `length` bytes follows. */
  private startValue(length: number): void {
    if (length < 0) throw new Error('a NULL where a row text was expected');
    this.remaining = length;
    if (length === 0) this.rows++;
    else this.state = 'value';
  }

  override _flush(done: TransformCallback): void {
    done(this.state === 'trailer' ? null : new Error('COPY data ended before its trailer'));
  }
}

/** A statement's rows streaming out of COPY, as BinaryValues passes them on. */
export interface CopiedRows {
  /** The rows' texts back to back, as they come; ends after the last row (its connection is then back in the pool). */
  readonly stream: Readable;
  /** Rows passed on so far (all of them once `stream` has ended). */
  readonly rows: () => number;
}

/**
 * The rows of `sql` (its bind parameters `values` written in, inlineParameters), whose one column is
 * each row's finished text, streamed out of `COPY (…) TO STDOUT (FORMAT binary)` on a connection of
 * the pool held for the stream's life. Resolves once the first bytes came (or the statement ended), so a
 * statement that fails fails here, before anything is answered. The stream moves no faster than it is
 * read (the connection's socket is paused while it is full). A stream destroyed before its end (its
 * reader went away) closes the connection, which ends the statement on the server at its next write;
 * a connection in the middle of COPY is never handed back to the pool.
 */
export async function copyRows(db: DataSource, sql: string, values: readonly unknown[]): Promise<CopiedRows> {
  const statement = `COPY (${inlineParameters(sql, values)}) TO STDOUT (FORMAT binary)`;
  const runner = db.createQueryRunner();
  const release = runner as unknown as { releasePostgresConnection(err?: Error): Promise<void> };
  const client = (await runner.connect()) as PoolClient;
  const values$ = new BinaryValues();
  let settled = false;
  const finish = (err?: Error) => {
    if (settled) return;
    settled = true;
    void release.releasePostgresConnection(err);
  };
  try {
    const copy = client.query(copyTo(statement));
    copy.on('error', (err: Error) => values$.destroy(new QueryFailedError(statement, [], err)));
    copy.on('end', () => finish());
    values$.on('close', () => {
      // Closed before COPY finished: the connection is dropped, not returned mid-statement.
      if (!copy.readableEnded) {
        copy.destroy();
        finish(new Error('COPY abandoned by its reader'));
      }
    });
    copy.pipe(values$);
    // The first bytes or the end ('readable' comes for either), or the failure (once rejects).
    await once(values$, 'readable');
    return { stream: values$, rows: () => values$.rows };
  } catch (err) {
    values$.destroy();
    finish(err as Error);
    throw err;
  }
}
