/**
 * COPY streams (src/database/copy-out.ts) against the real Postgres: a statement's bind parameters
 * written in as literals mean to Postgres what the parameters meant (generated hostile values of every
 * kind an export's filters bind), and copyRows streams exactly the rows the statement selects, fails
 * before streaming when the statement fails, and never hands a connection back in the middle of COPY.
 */
import fc from 'fast-check';
import type { Pool } from 'pg';
import { DataSource } from 'typeorm';
import { copyRows, inlineParameters } from '../../src/database/copy-out';
import { dataSourceOptions } from '../../src/database/data-source';
import { eventually } from '../support/processes';

describe('COPY streams on the real Postgres', () => {
  let db: DataSource;
  beforeAll(async () => {
    db = await new DataSource({ ...dataSourceOptions(process.env.DATABASE_URL!), entities: [], migrations: [] }).initialize();
  });
  afterAll(() => db.destroy());

  const pool = () => (db.driver as unknown as { master: Pool }).master;
  const drain = async (stream: NodeJS.ReadableStream) => {
    const chunks: Buffer[] = [];
    for await (const c of stream) chunks.push(c as Buffer);
    return Buffer.concat(chunks).toString('utf8');
  };

  /** Text Postgres can store (no NUL), anything else: quotes, backslashes, braces, commas, $1, line breaks, any plane. */
  const text = fc.string({ unit: 'binary', maxLength: 30 }).map((s) => s.replace(/\0/g, ''));
  const cases: fc.Arbitrary<[string, unknown]>[] = [
    text.map((v): [string, unknown] => ['text', v]),
    fc.array(fc.option(text, { nil: null }), { maxLength: 5 }).map((v): [string, unknown] => ['text[]', v]),
    fc.integer().map((v): [string, unknown] => ['int', v]),
    fc.double({ noNaN: true, noDefaultInfinity: true }).map((v): [string, unknown] => ['float8', v]),
    fc.boolean().map((v): [string, unknown] => ['boolean', v]),
    fc
      .date({ min: new Date('1970-01-01T00:00:00Z'), max: new Date('2200-01-01T00:00:00Z'), noInvalidDate: true })
      .map((v): [string, unknown] => ['timestamptz', v]),
    fc.uint8Array({ maxLength: 20 }).map((v): [string, unknown] => ['bytea', Buffer.from(v)]),
    fc.constant<[string, unknown]>(['text', null]),
  ];

  it('a value written in as a literal means what the bound parameter means, for every kind bound (generated)', async () => {
    await fc.assert(
      fc.asyncProperty(fc.oneof(...cases), fc.oneof(...cases), async ([t1, v1], [t2, v2]) => {
        // Compared as Postgres's own text of each value, typed by where the value stands (a cast, an equality).
        const sql = `SELECT ($1)::${t1}::text AS a, ($2)::${t2}::text AS b, $1 IS NOT DISTINCT FROM ($1)::${t1} AS same`;
        const bound = await db.query<Record<string, unknown>[]>(sql, [v1, v2]);
        const inlined = await db.query<Record<string, unknown>[]>(inlineParameters(sql, [v1, v2]));
        expect(inlined).toEqual(bound);
      }),
      { numRuns: 300 },
    );
  });

  it('streams every row of a statement with parameters, in order, and hands its connection back once ended', async () => {
    const sql = `SELECT g::text || ',' || $1 || E'\\r\\n' FROM generate_series(1, $2::int) g WHERE g % $3::int <> 0 ORDER BY g`;
    const copied = await copyRows(db, sql, ['宽带 "扣费", \\n', 30_000, 7]);
    const out = await drain(copied.stream);
    const expected = (await db.query<{ line: string }[]>(sql, ['宽带 "扣费", \\n', 30_000, 7])).map((r) => Object.values(r)[0]).join('');
    expect(out).toBe(expected);
    expect(copied.rows()).toBe(30_000 - Math.floor(30_000 / 7));
    await eventually(async () => pool().idleCount === pool().totalCount, 5_000);

    const none = await copyRows(db, `SELECT 'x' WHERE false`, []);
    expect(await drain(none.stream)).toBe('');
    expect(none.rows()).toBe(0);
  });

  it('fails before streaming when the statement fails, and drops a connection whose COPY its reader abandoned', async () => {
    await expect(copyRows(db, `SELECT 1 / 0`, [])).rejects.toThrow('division by zero');
    await expect(copyRows(db, `SELECT 'a', 'b'`, [])).rejects.toThrow('COPY rows of 2 columns where one was expected');
    const copied = await copyRows(db, `SELECT repeat('宽带', 500) FROM generate_series(1, 1000000)`, []);
    copied.stream.destroy();
    await eventually(async () => {
      const [{ n }] = await db.query<{ n: number }[]>(
        `SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = current_database() AND query LIKE 'COPY (%' AND pid <> pg_backend_pid()`,
      );
      return n === 0;
    }, 10_000);
    await eventually(async () => pool().idleCount === pool().totalCount, 5_000);
    expect(copied.rows()).toBeLessThan(1_000_000);
    // The pool still serves.
    expect(await db.query(`SELECT 1 AS one`)).toEqual([{ one: 1 }]);
  });
});
