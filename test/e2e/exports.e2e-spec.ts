import { Workbook } from 'exceljs';
import { randomUUID } from 'node:crypto';
import { once } from 'node:events';
import { get, IncomingMessage, Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Pool } from 'pg';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { csvRecord, UTF8_BOM } from '../../src/exports/table-stream';
import { csvObjects as objects, parseCsv } from '../support/csv';
import { eventually } from '../support/processes';
import { file, op, world, World } from '../support/tickets';
import { bearer, startTestApp, TestApp } from '../support/test-app';

interface TicketItem {
  id: string;
  number: string;
  subject: string;
  description: string;
  customerName: string;
  customerPhone: string;
  filedAt: string;
  natures: string[];
  escalated: boolean;
}

/** What a CSV cell holds for text starting like a formula. */
const defused = (s: string) => (/^[=+\-@\t\r]/.test(s) ? `'${s}` : s);

/**
 * Exports: every row of the JSON list, as CSV (BOM, RFC 4180, formula text defused) and XLSX, masked
 * unless a centre reveals, audited, and within the caller's scope.
 */
describe('exports', () => {
  let t: TestApp;
  let w: World;
  let other: World;
  let db: DataSource;
  const filed: { id: string; number: string; phone: string }[] = [];
  let forDept: string;
  let forDept2: string;

  beforeAll(async () => {
    t = await startTestApp({ APP_ROLE: 'api' });
    w = await world(t);
    other = await world(t);
    db = t.app.get(DataSource);
    const subjects = ['宽带断网', '=HYPERLINK("http://x")', '+86 来电', '扣费不明, "两次"', '停机\r\n又复机', '@营业厅'];
    for (const subject of subjects) {
      const phone = `139${String(Math.floor(Math.random() * 1e8)).padStart(8, '0')}`;
      const ticket = await file(t, w, { subject, description: `关于${subject}的描述，含逗号,和"引号"`, customerPhone: phone });
      filed.push({ id: ticket.id, number: ticket.number, phone });
    }
    await file(t, other, { subject: '宽带断网' });
    forDept = filed[0].id;
    forDept2 = filed[1].id;
    await op(t, w.tokens.province, forDept, 'dispatch', { targetUnitId: w.dept.id });
    await op(t, w.tokens.province, forDept2, 'dispatch', { targetUnitId: w.dept2.id });
  });
  afterAll(() => t.close());

  const exportOf = (path: string, token: string, query: Record<string, string | number>, requestId = randomUUID()) =>
    request(t.http)
      .get(`/api/v1/exports/${path}`)
      .query(query)
      .set({ ...bearer(token), 'X-Request-Id': requestId })
      .buffer(true)
      .parse((res, done) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => done(null, Buffer.concat(chunks)));
      });

  const csvRows = async (path: string, token: string, query: Record<string, string | number>) => {
    const res = await exportOf(path, token, { format: 'csv', ...query }).expect(200);
    expect(res.headers['content-type']).toMatch(/^text\/csv; charset=utf-8/);
    expect(res.headers['content-disposition']).toMatch(/^attachment; filename="[a-z-]+-\d{8}T\d{6}Z\.csv"$/);
    const bytes = res.body as Buffer;
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    return objects(parseCsv(bytes.subarray(3).toString('utf8')));
  };

  /** Every page of a JSON list, walked with a small page size. */
  const allPages = async <T>(path: string, token: string, query: Record<string, string | number>): Promise<T[]> => {
    const items: T[] = [];
    let cursor: string | null = null;
    do {
      const res = await request(t.http)
        .get(path)
        .query({ ...query, limit: 2, ...(cursor ? { cursor } : {}) })
        .set(bearer(token))
        .expect(200);
      items.push(...(res.body.items as T[]));
      cursor = res.body.nextCursor as string | null;
    } while (cursor);
    return items;
  };

  const auditRows = (requestId: string) =>
    db.query<{ operation: string; category: string; outcome: string; actor_id: string; detail: Record<string, unknown> }[]>(
      `SELECT operation, category, outcome, actor_id, detail FROM audit_events WHERE request_id = $1`,
      [requestId],
    );

  it('writes the ticket list as CSV: BOM, every row of every page in order, RFC 4180 quoting, formulas defused, audited', async () => {
    // Stored instants with microseconds: the JSON writes them cut to the millisecond, so must the file.
    await db.query(
      `UPDATE tickets SET contacted_at = date_trunc('milliseconds', contacted_at) + interval '999 microseconds' WHERE id = ANY ($1::uuid[])`,
      [filed.map((f) => f.id)],
    );
    const requestId = randomUUID();
    const res = await exportOf('tickets', w.tokens.province, { format: 'csv', businessType: 'mobile' }, requestId).expect(200);
    const rows = objects(parseCsv((res.body as Buffer).subarray(3).toString('utf8')));
    const listed = await allPages<TicketItem>('/api/v1/tickets', w.tokens.province, { businessType: 'mobile' });
    expect(listed.length).toBe(filed.length);
    expect(rows.map((r) => r.id)).toEqual(listed.map((i) => i.id));
    // Every column as the JSON list writes the field: null empty, lists joined, instants to the millisecond (cut, not rounded).
    const asCsv = (v: unknown) =>
      v === null || v === undefined ? '' : Array.isArray(v) ? v.join('; ') : typeof v === 'string' ? defused(v) : String(v);
    rows.forEach((row, i) => {
      const item = listed[i] as unknown as Record<string, unknown>;
      expect(row).toEqual(Object.fromEntries(Object.keys(row).map((k) => [k, asCsv(item[k])])));
    });
    expect(rows[0].contactedAt).toMatch(/\.\d{3}Z$/);
    expect(rows.some((r) => r.closedAt === '')).toBe(true);
    rows.forEach((row, i) => {
      const item = listed[i];
      expect(row).toMatchObject({
        number: item.number,
        subject: defused(item.subject),
        description: item.description,
        customerName: item.customerName,
        customerPhone: defused(item.customerPhone),
        filedAt: item.filedAt,
        natures: item.natures.join('; '),
        escalated: String(item.escalated),
      });
    });
    expect(rows.map((r) => r.subject)).toEqual(
      expect.arrayContaining(['\'=HYPERLINK("http://x")', "'+86 来电", "'@营业厅", '扣费不明, "两次"']),
    );
    expect(rows.map((r) => r.subject)).toContain('停机\r\n又复机');
    // Masked as the JSON list masks: not the phone that was filed.
    for (const f of filed) expect(rows.find((r) => r.id === f.id)!.customerPhone).not.toBe(f.phone);

    const [audit] = await auditRows(requestId);
    expect(audit).toMatchObject({ operation: 'exports.tickets', category: 'exports', outcome: 'success' });
    expect(audit.detail).toMatchObject({ format: 'csv', rows: filed.length, complete: true, filters: { businessType: 'mobile' } });
  });

  it('reveals customer data to a centre that asks, and refuses a department with 403 problem+json', async () => {
    const rows = await csvRows('tickets', w.tokens.province, { reveal: 'true' });
    for (const f of filed) expect(rows.find((r) => r.id === f.id)).toMatchObject({ customerPhone: f.phone, customerName: '王芳' });
    const refused = await exportOf('tickets', w.tokens.dept, { format: 'csv', reveal: 'true' });
    expect(refused.status).toBe(403);
    expect(refused.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(JSON.parse((refused.body as Buffer).toString()).code).toBe('PII_FORBIDDEN');
  });

  it("keeps to the caller's scope: a department exports only what it can list, never another department's tickets", async () => {
    const dept = (await csvRows('tickets', w.tokens.dept, {})).map((r) => r.id);
    const dept2 = (await csvRows('tickets', w.tokens.dept2, {})).map((r) => r.id);
    expect(dept).toEqual((await allPages<TicketItem>('/api/v1/tickets', w.tokens.dept, {})).map((i) => i.id));
    expect(dept).toContain(forDept);
    expect(dept).not.toContain(forDept2);
    expect(dept2).toContain(forDept2);
    expect(dept2).not.toContain(forDept);
    const province = (await csvRows('ticket-search', w.tokens.province, { q: '宽带' })).map((r) => r.id);
    expect(province).toEqual([filed[0].id]);
    const national = (await csvRows('ticket-search', w.tokens.national, { q: '宽带', ownerUnitId: w.province.id })).map((r) => r.id);
    expect(national).toEqual([filed[0].id]);
  });

  it('writes XLSX that reads back to the same rows as the CSV', async () => {
    const csv = await csvRows('tickets', w.tokens.province, {});
    const res = await exportOf('tickets', w.tokens.province, { format: 'xlsx' }).expect(200);
    expect(res.headers['content-type']).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    const book = new Workbook();
    await book.xlsx.load(res.body as Parameters<Workbook['xlsx']['load']>[0]);
    const sheet = book.worksheets[0];
    const values: string[][] = [];
    sheet.eachRow({ includeEmpty: true }, (row) => {
      const cells = (row.values as unknown[]).slice(1);
      values.push(Object.keys(csv[0]).map((_, i) => (cells[i] === undefined || cells[i] === null ? '' : String(cells[i] as string))));
    });
    const rows = objects(values);
    expect(rows.length).toBe(csv.length);
    // XLSX cells are text, never formulas: no apostrophe there; XML reads a CRLF inside text back as LF.
    const asInXlsx = (v: string) => v.replace(/^'(?=[=+\-@\t\r])/, '').replace(/\r\n/g, '\n');
    expect(rows).toEqual(csv.map((r) => Object.fromEntries(Object.entries(r).map(([k, v]) => [k, asInXlsx(v)]))));
  });

  it('exports a supervisors’ queue with the rows of every page of the JSON queue, and the KPI table', async () => {
    await db.query(
      `UPDATE ticket_stages SET breached_at = now(), due_at = now() - interval '1 minute' WHERE ticket_id = ANY ($1::uuid[]) AND status = 'open'`,
      [filed.map((f) => f.id)],
    );
    const rows = await csvRows('overdue', w.tokens.province, {});
    const listed = await allPages<{ stageId: string; ticketId: string; dueAt: string }>(
      '/api/v1/supervision/overdue',
      w.tokens.province,
      {},
    );
    expect(listed.length).toBeGreaterThanOrEqual(filed.length);
    expect(rows.map((r) => [r.stageId, r.ticketId, r.dueAt])).toEqual(listed.map((i) => [i.stageId, i.ticketId, i.dueAt]));
    expect(await csvRows('overdue', other.tokens.province, {})).toEqual([]);

    const window = { from: new Date(Date.now() - 86_400_000).toISOString(), to: new Date(Date.now() + 3_600_000).toISOString() };
    const kpis = await csvRows('kpis', w.tokens.province, { ...window, groupBy: 'business_type' });
    const report = await request(t.http)
      .get('/api/v1/kpis')
      .query({ ...window, groupBy: 'business_type' })
      .set(bearer(w.tokens.province));
    const json = report.body.rows as { group: string; ticketsFiled: number; onTimeClosureRate: { denominator: number } }[];
    expect(kpis.map((r) => [r.group, Number(r.ticketsFiled), Number(r['onTimeClosureRate.denominator'])])).toEqual(
      json.map((r) => [r.group, r.ticketsFiled, r.onTimeClosureRate.denominator]),
    );
  });

  it('writes masked ticket exports from Postgres byte for byte as the row formatter does', async () => {
    // Texts the formats must escape, stored as they are (past the intake's own checks).
    const tricky = [
      '-5 元扣费',
      '\t制表开头',
      '\r回车开头',
      ' 前后空格 ',
      '<标签>&"实体"\'单引号',
      '控制\u0001字符\u001f和\uffff',
      'a,b',
      '',
      '　全角空格　',
    ];
    for (const subject of tricky) {
      const { id } = await file(t, w, { subject: '占位' });
      await db.query(`UPDATE tickets SET subject = $2, customer_request = NULL WHERE id = $1`, [id, subject]);
    }
    const listed = await allPages<Record<string, unknown>>('/api/v1/tickets', w.tokens.province, {});
    expect(listed.length).toBe(filed.length + tricky.length);
    const headers = parseCsv((await exportOf('tickets', w.tokens.province, { format: 'csv' })).body.toString('utf8').slice(1))[0];
    // The file as csvCell writes each field of the JSON list (lists joined, null empty).
    const cell = (v: unknown) => (v === null || v === undefined ? null : Array.isArray(v) ? v.join('; ') : (v as string | boolean));
    const expected = UTF8_BOM + csvRecord(headers) + listed.map((item) => csvRecord(headers.map((h) => cell(item[h])))).join('');
    expect(expected).toContain("'-5 元扣费");

    const requestId = randomUUID();
    const csv = await exportOf('tickets', w.tokens.province, { format: 'csv' }, requestId).expect(200);
    expect((csv.body as Buffer).toString('utf8')).toEqual(expected);
    expect((await auditRows(requestId))[0].detail).toMatchObject({ rows: listed.length, complete: true });

    const xlsx = await exportOf('tickets', w.tokens.province, { format: 'xlsx' }).expect(200);
    const book = new Workbook();
    await book.xlsx.load(xlsx.body as Parameters<Workbook['xlsx']['load']>[0]);
    const numbers: number[] = [];
    const subjects: unknown[] = [];
    const column = headers.indexOf('subject') + 1;
    book.worksheets[0].eachRow({ includeEmpty: true }, (row) => {
      numbers.push(row.number);
      subjects.push(row.getCell(column).value);
    });
    expect(numbers).toEqual(Array.from({ length: listed.length + 1 }, (_, i) => i + 1));
    // Control characters XML cannot hold are dropped; markup escaped and white space kept. XML reads line
    // breaks back as LF, and an empty text as no value.
    const inXlsx = (s: string) =>
      // eslint-disable-next-line no-control-regex -- the control characters XML forbids are what is dropped
      s === '' ? null : s.replace(/[\u0001-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, '').replace(/\r\n?/g, '\n');
    expect(subjects).toEqual(['subject', ...listed.map((i) => inXlsx(i.subject as string))]);
  });

  it('exports a keyword search with its filters: the rows of every page of the JSON search, in order, as CSV and XLSX', async () => {
    for (const query of [{ q: '宽带' }, { q: '扣费 两次' }, { q: '宽带', channel: 'hotline' }, { q: '来电' }] as Record<string, string>[]) {
      const listed = await allPages<TicketItem>('/api/v1/tickets/search', w.tokens.province, query);
      expect({ query, found: listed.length > 0 }).toEqual({ query, found: true });
      const rows = await csvRows('ticket-search', w.tokens.province, query);
      expect({ query, ids: rows.map((r) => r.id) }).toEqual({ query, ids: listed.map((i) => i.id) });
      expect(rows.map((r) => r.subject)).toEqual(listed.map((i) => defused(i.subject)));
      const xlsx = await exportOf('ticket-search', w.tokens.province, { format: 'xlsx', ...query }).expect(200);
      const book = new Workbook();
      await book.xlsx.load(xlsx.body as Parameters<Workbook['xlsx']['load']>[0]);
      const ids: unknown[] = [];
      book.worksheets[0].eachRow((row) => ids.push(row.getCell(1).value));
      expect(ids).toEqual(['id', ...listed.map((i) => i.id)]);
    }
    // Another centre's search finds none of these tickets.
    const theirs = await csvRows('ticket-search', other.tokens.province, { q: '扣费' });
    expect(theirs.filter((r) => filed.some((f) => f.id === r.id))).toEqual([]);
  });

  it('an export the client abandons leaves no statement running and no connection taken, and is audited as incomplete', async () => {
    // Enough rows (copies of one ticket) that the file outgrows what the sockets buffer while the client reads nothing.
    const [{ cols }] = await db.query<{ cols: string }[]>(
      `SELECT string_agg(quote_ident(column_name), ', ' ORDER BY ordinal_position) AS cols FROM information_schema.columns
        WHERE table_schema = current_schema() AND table_name = 'tickets' AND is_generated = 'NEVER'
          AND column_name NOT IN ('id', 'number', 'external_ref')`,
    );
    const copied = cols
      .split(', ')
      .map((c) => `t.${c}`)
      .join(', ');
    await db.query(
      `INSERT INTO tickets (id, number, ${cols}) SELECT gen_random_uuid(), t.number || '-' || g, ${copied}
         FROM tickets t, generate_series(1, 20000) g WHERE t.id = $1`,
      [filed[2].id],
    );
    {
      const server = t.http as Server;
      if (!server.listening) await new Promise<void>((listening) => server.listen(0, '127.0.0.1', listening));
      const { port } = server.address() as AddressInfo;
      const requestId = randomUUID();
      const req = get(`http://127.0.0.1:${port}/api/v1/exports/tickets?format=csv`, {
        headers: { ...bearer(w.tokens.province), 'X-Request-Id': requestId },
      });
      const [res] = (await once(req, 'response')) as [IncomingMessage];
      expect(res.statusCode).toBe(200);
      await once(res, 'data');
      res.pause();
      req.destroy();

      // The export notices at its next write, stops reading pages and records the failure.
      const [audit] = await eventually(async () => {
        const rows = await auditRows(requestId);
        return rows.length > 0 && rows;
      }, 10_000);
      expect(audit).toMatchObject({ operation: 'exports.tickets', outcome: 'failure' });
      expect(audit.detail).toMatchObject({ format: 'csv', complete: false });
      expect(audit.detail.rows as number).toBeLessThan(20_000);
      // The COPY's connection is closed (never handed back mid-statement), which ends the statement on the server.
      const running = async () =>
        (
          await db.query<{ n: number }[]>(
            `SELECT count(*)::int AS n FROM pg_stat_activity
              WHERE datname = current_database() AND pid <> pg_backend_pid() AND state <> 'idle' AND query LIKE 'COPY (%'`,
          )
        )[0].n;
      await eventually(async () => (await running()) === 0, 5_000);
      const pool = (db.driver as unknown as { master: Pool }).master;
      await eventually(async () => pool.idleCount === pool.totalCount, 5_000);
      expect(pool.totalCount - pool.idleCount).toBe(0);
    }
  });

  it('answers a missing or unknown format, and a channel system, with problem+json', async () => {
    for (const query of [{}, { format: 'pdf' }, { format: 'CSV' }] as Record<string, string>[]) {
      const res = await exportOf('overdue', w.tokens.province, query);
      expect({ status: res.status, type: res.type }).toEqual({ status: 400, type: 'application/problem+json' });
      expect(JSON.parse((res.body as Buffer).toString()).code).toBe('VALIDATION_FAILED');
    }
    const channel = await request(t.http).get('/api/v1/exports/tickets').query({ format: 'csv' }).set('X-Api-Key', w.apiKey);
    expect(channel.status).toBe(403);
  });
});
