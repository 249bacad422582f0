import { Controller, INestApplication, Module, Param, Post } from '@nestjs/common';
import { APP_FILTER, NestFactory } from '@nestjs/core';
import { createServer, Server, Socket } from 'node:net';
import { Client } from 'pg';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { ProblemDetailsFilter } from '../../src/common/problem-details.filter';
import { runInTransaction } from '../../src/common/transaction';
import { dataSourceOptions } from '../../src/database/data-source';
import { eventually, pause } from '../support/processes';
import { file, intake, op, world, World } from '../support/tickets';
import { bearer, startTestApp, TestApp } from '../support/test-app';

const PROBLEM = /^application\/problem\+json/;
const cursorOf = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');
const nested = (depth: number) => '['.repeat(depth) + ']'.repeat(depth);

/**
 * A TCP hop between the application and the shared Postgres that the test can cut, so an
 * outage is real (refused and reset connections) without touching the server others use.
 */
class PostgresProxy {
  private readonly sockets = new Set<Socket>();
  private server?: Server;
  private cutAtCommit: 'after-ack' | 'before-ack' | null = null;
  port = 0;

  /** `blackhole`: connections are accepted and never answered, as behind a network partition. */
  async start(port = 0, mode: 'forward' | 'blackhole' = 'forward'): Promise<void> {
    if (this.server?.listening) return;
    this.server = createServer((client) => {
      if (mode === 'blackhole') {
        this.sockets.add(client);
        client.on('error', () => undefined);
        return;
      }
      const upstream = new Socket();
      upstream.connect(5432, '127.0.0.1');
      this.sockets.add(client).add(upstream);
      // The common filing is one statement that commits alone (no BEGIN/COMMIT): its commit is the
      // ReadyForQuery (idle) that answers it.
      let filingSent = false;
      client.on('data', (chunk) => {
        if (chunk.includes(FILING_STATEMENT) || chunk.includes(FILING_NAME)) filingSent = true;
        upstream.write(chunk);
      });
      upstream.on('data', (chunk) => {
        // CommandComplete 'COMMIT', or the idle ReadyForQuery after the filing statement: the
        // transaction is durable; everything after it meets a dead server, and with 'before-ack'
        // the application never even learns that it committed.
        const filingCommitted = filingSent && chunk.includes(READY_IDLE);
        if (filingCommitted) filingSent = false;
        const commit = this.cutAtCommit !== null && (chunk.includes(COMMIT_COMPLETE) || filingCommitted);
        if (!commit || this.cutAtCommit === 'after-ack') client.write(chunk);
        if (commit) void this.stop();
      });
      for (const s of [client, upstream]) {
        s.on('error', () => undefined);
        s.on('close', () => {
          client.destroy();
          upstream.destroy();
          this.sockets.delete(s);
        });
      }
    });
    await new Promise<void>((resolve) => this.server!.listen(port, '127.0.0.1', resolve));
    this.port = (this.server.address() as { port: number }).port;
  }

  cutAtNextCommit(when: 'after-ack' | 'before-ack' = 'after-ack'): void {
    this.cutAtCommit = when;
  }

  async stop(): Promise<void> {
    this.cutAtCommit = null;
    const closed = new Promise<void>((resolve) => (this.server?.listening ? this.server.close(() => resolve()) : resolve()));
    for (const s of this.sockets) s.destroy();
    await closed;
  }
}
const COMMIT_COMPLETE = Buffer.concat([Buffer.from('C'), Buffer.from([0, 0, 0, 11]), Buffer.from('COMMIT\0')]);
const READY_IDLE = Buffer.concat([Buffer.from('Z'), Buffer.from([0, 0, 0, 5]), Buffer.from('I')]);
/** The filing statement's text (Parse of an unnamed or a new named statement) and its name's prefix (Bind of a named one). */
const FILING_STATEMENT = Buffer.from('WITH t AS (INSERT INTO "tickets"');
const FILING_NAME = Buffer.from('filing_');

describe('input boundary', () => {
  let t: TestApp;
  let w: World;
  beforeAll(async () => {
    t = await startTestApp();
    w = await world(t);
  });
  afterAll(() => t.close());

  const admin = () => bearer(t.admin);

  describe('JSON depth and size', () => {
    it('refuses a body nested 10,000 deep with 400, not a stack overflow', async () => {
      const body = `{"name":"x","deep":${nested(10_000)}}`;
      const res = await request(t.http)
        .patch(`/api/v1/org-units/${w.dept.id}`)
        .set(admin())
        .set('Content-Type', 'application/json')
        .send(body);
      expect(res.status).toBe(400);
      expect(res.headers['content-type']).toMatch(PROBLEM);
      expect(res.body.code).toBe('BODY_TOO_DEEP');
    });

    it('refuses a deep ticket filing and a deep object as well as a deep array', async () => {
      let deep = '1';
      for (let i = 0; i < 5_000; i++) deep = `{"a":${deep}}`;
      const res = await request(t.http)
        .post('/api/v1/tickets')
        .set('X-Api-Key', w.apiKey)
        .set('Content-Type', 'application/json')
        .send(JSON.stringify(intake(w.province.code)).replace(/}$/, `,"extra":${deep}}`));
      expect(res.status).toBe(400);
      expect(res.body.code).toBe('BODY_TOO_DEEP');
    });

    it('accepts the nesting real bodies use (SLA policy stage limits)', async () => {
      const res = await request(t.http)
        .post('/api/v1/sla-policies')
        .set(admin())
        .send({ name: `nested ${Date.now()}`, businessType: 'nested_depth', stageLimits: { handling: { unit: 'hours', value: 5 } } });
      expect(res.status).toBe(201);
    });

    it.each([
      ['an unsupported charset', { 'Content-Type': 'application/json; charset=koi8-r' }, '{"name":"x"}', 415],
      ['an unknown content encoding', { 'Content-Type': 'application/json', 'Content-Encoding': 'xyz' }, '{"name":"x"}', 415],
      ['a corrupt gzip body', { 'Content-Type': 'application/json', 'Content-Encoding': 'gzip' }, 'not gzip at all', 400],
      ['a body of another media type', { 'Content-Type': 'text/plain' }, 'name=x', 415],
      ['a form body with NUL', { 'Content-Type': 'application/x-www-form-urlencoded' }, 'name=a%00b', 400],
      ['a body without a media type', {}, Buffer.from('{"name":"x"}'), 415],
    ])('answers %s as problem+json, never 5xx', async (_what, headers, body, status) => {
      const res = await request(t.http).patch(`/api/v1/org-units/${w.dept.id}`).set(admin()).set(headers).send(body);
      expect(res.status).toBe(status);
      expect(res.headers['content-type']).toMatch(PROBLEM);
    });

    it('still answers an oversized body with 413 problem+json', async () => {
      const res = await request(t.http)
        .post(`/api/v1/tickets/${(await file(t, w)).id}/customer-updates`)
        .set('X-Api-Key', w.apiKey)
        .send({ text: 'x'.repeat(2 * 1024 * 1024) });
      expect(res.status).toBe(413);
      expect(res.headers['content-type']).toMatch(PROBLEM);
    });
  });

  describe('text that Postgres cannot store', () => {
    const raw = (obj: Record<string, unknown>, field: string, escaped: string) =>
      JSON.stringify({ ...obj, [field]: '@@' }).replace('"@@"', `"abc${escaped}def"`);

    it.each([
      ['subject', '\\u0000'],
      ['description', '\\u0000'],
      ['subject', '\\ud800'],
      ['description', '\\udfff'],
      ['customerName', '\\ud83d'],
    ])('refuses %s containing %s with 400 INVALID_TEXT naming the field', async (field, escaped) => {
      const res = await request(t.http)
        .post('/api/v1/tickets')
        .set('X-Api-Key', w.apiKey)
        .set('Content-Type', 'application/json')
        .send(raw(intake(w.province.code), field, escaped));
      expect(res.status).toBe(400);
      expect(res.headers['content-type']).toMatch(PROBLEM);
      expect(res.body.code).toBe('INVALID_TEXT');
      expect(res.body.errors.map((e: { field: string }) => e.field)).toEqual([field]);
      // Refused after the request logger: the refusal is logged under its request id.
      expect(res.headers['x-request-id']).toBeTruthy();
    });

    it('accepts a properly paired surrogate (an emoji)', async () => {
      const res = await request(t.http)
        .post('/api/v1/tickets')
        .set('X-Api-Key', w.apiKey)
        .set('Content-Type', 'application/json')
        .send(raw(intake(w.province.code), 'subject', '\\ud83d\\ude00'));
      expect(res.status).toBe(201);
      expect(res.body.subject).toBe('abc😀def');
    });

    it('refuses NUL in nested fields, reasons and notes, naming the path', async () => {
      const attachments = [{ name: 'a\u0000.mp3', contentType: 'audio/mpeg', size: 1, url: 's3://x' }];
      const filing = await request(t.http)
        .post('/api/v1/tickets')
        .set('X-Api-Key', w.apiKey)
        .send(intake(w.province.code, { attachments }));
      expect(filing.status).toBe(400);
      expect(filing.body.errors[0].field).toBe('attachments.0.name');

      const ticket = await file(t, w);
      const withdraw = await request(t.http)
        .post(`/api/v1/tickets/${ticket.id}/withdraw`)
        .set('X-Api-Key', w.apiKey)
        .send({ reason: 'no\u0000' });
      expect(withdraw.status).toBe(400);
      expect(withdraw.body.errors[0].field).toBe('reason');
      const urge = await request(t.http).post(`/api/v1/tickets/${ticket.id}/urge`).set(bearer(w.tokens.province)).send({ note: '\ud800' });
      expect(urge.status).toBe(400);
      expect(urge.body).toMatchObject({ code: 'INVALID_TEXT', errors: [{ field: 'note' }] });
      const key = await request(t.http).patch(`/api/v1/org-units/${w.dept.id}`).set(admin()).send({ 'na\u0000me': 'x' });
      expect(key.status).toBe(400);
      expect(key.body.code).toBe('INVALID_TEXT');
    });

    it('refuses NUL in query strings and path segments', async () => {
      const q = await request(t.http).get('/api/v1/tickets?businessType=mob%00ile').set(admin());
      expect(q.status).toBe(400);
      expect(q.body).toMatchObject({ code: 'INVALID_TEXT', errors: [{ field: 'businessType' }] });
      const phone = await request(t.http).get('/api/v1/tickets?customerPhone=138%00').set(bearer(w.tokens.province));
      expect(phone.status).toBe(400);
      expect(phone.body.errors[0].field).toBe('customerPhone');
      const path = await request(t.http).get('/api/v1/tickets/abc%00def').set(admin());
      expect(path.status).toBe(400);
      expect(path.body.code).toBe('INVALID_TEXT');
      const malformed = await request(t.http).get('/api/v1/tickets/%ED%A0%80').set(admin());
      expect(malformed.status).toBe(400);
      expect(malformed.headers['content-type']).toMatch(PROBLEM);
    });

    it('answers a request line too long for the HTTP parser with 431 problem+json', async () => {
      const res = await request(t.http)
        .get(`/api/v1/tickets?businessType=${'x'.repeat(40_000)}`)
        .set(admin());
      expect(res.status).toBe(431);
      expect(res.headers['content-type']).toMatch(PROBLEM);
      expect(res.body.code).toBe('HEADERS_TOO_LARGE');
    });

    it('answers repeated query parameters (an array where one value is expected) with 400', async () => {
      for (const q of [
        'status=review&status=closed',
        'limit=1&limit=2',
        'cursor=a&cursor=b',
        'createdFrom=2026-01-01&createdFrom=2026-01-02',
      ]) {
        const res = await request(t.http).get(`/api/v1/tickets?${q}`).set(admin());
        expect({ q, status: res.status }).toEqual({ q, status: 400 });
        expect(res.headers['content-type']).toMatch(PROBLEM);
      }
    });

    it('answers an invalid \\u escape as malformed JSON (400), not a server error', async () => {
      const res = await request(t.http)
        .patch(`/api/v1/org-units/${w.dept.id}`)
        .set(admin())
        .set('Content-Type', 'application/json')
        .send('{"name":"a\\u12"}');
      expect(res.status).toBe(400);
      expect(res.headers['content-type']).toMatch(PROBLEM);
    });
  });

  describe('pagination cursors', () => {
    const lists = [
      '/api/v1/tickets',
      '/api/v1/org-units',
      `/api/v1/org-units/{unit}/subtree`,
      '/api/v1/supervision/overdue',
      '/api/v1/supervision/at-risk',
      '/api/v1/supervision/due-soon',
      '/api/v1/supervision/orders',
      '/api/v1/webhook-subscriptions',
      '/api/v1/webhook-deliveries',
    ];
    const crafted: [string, unknown][] = [
      ['objects', [{}, {}]],
      ['an object', { a: 1 }],
      ['huge numbers', [1e308, 9e300]],
      ['a non-date', ['yesterday', '00000000-0000-0000-0000-000000000000']],
      ['a date of year 99999', ['+099999-01-01T00:00:00.000Z', '00000000-0000-0000-0000-000000000000']],
      ['a non-uuid id', ['2026-01-01T00:00:00.000000Z', 'x']],
      ['nulls', [null, null]],
      ['a single number', [42]],
      ['NUL text', ['\u0000']],
    ];
    it.each(lists)('%s refuses crafted cursors with 400 INVALID_CURSOR', async (path) => {
      const url = path.replace('{unit}', w.province.id);
      for (const [what, value] of crafted) {
        const res = await request(t.http)
          .get(url)
          .query({ cursor: cursorOf(value) })
          .set(admin());
        expect({ what, status: res.status, code: res.body.code }).toEqual({ what, status: 400, code: 'INVALID_CURSOR' });
      }
      const junk = await request(t.http)
        .get(url)
        .query({ cursor: 'x'.repeat(5000) })
        .set(admin());
      expect(junk.status).toBe(400);
    });

    it('still pages with the cursors it hands out', async () => {
      await file(t, w);
      await file(t, w);
      const first = await request(t.http).get('/api/v1/tickets?limit=1').set(admin()).expect(200);
      const second = await request(t.http).get(`/api/v1/tickets?limit=1&cursor=${first.body.nextCursor}`).set(admin()).expect(200);
      expect(second.body.items[0].id).not.toBe(first.body.items[0].id);
      const units = await request(t.http).get('/api/v1/org-units?limit=1').set(admin()).expect(200);
      await request(t.http).get(`/api/v1/org-units?limit=1&cursor=${units.body.nextCursor}`).set(admin()).expect(200);
    });
  });

  describe('null for fields that cannot be null', () => {
    let ruleId: string;
    let policyId: string;
    let termId: string;
    let subscriptionId: string;
    beforeAll(async () => {
      ruleId = (
        await request(t.http)
          .post('/api/v1/routing-rules')
          .set(admin())
          .send({ name: 'r', targetUnitId: w.dept.id, provinceUnitId: w.province.id })
          .expect(201)
      ).body.id;
      policyId = (
        await request(t.http)
          .post('/api/v1/sla-policies')
          .set(admin())
          .send({ name: `p ${Date.now()}`, businessType: 'nulls' })
          .expect(201)
      ).body.id;
      termId = (
        await request(t.http)
          .post('/api/v1/taxonomy')
          .set(admin())
          .send({ kind: 'business_type', code: `n${Date.now()}`, label: 'n' })
          .expect(201)
      ).body.id;
      subscriptionId = (
        await request(t.http)
          .post('/api/v1/webhook-subscriptions')
          .set(admin())
          .send({ orgUnitId: w.province.id, url: 'https://hooks.example.com/x' })
          .expect(201)
      ).body.id;
    });

    const cases: [string, () => string, Record<string, unknown>][] = [
      ['org unit name', () => `/api/v1/org-units/${w.dept.id}`, { name: null }],
      ['org unit parent', () => `/api/v1/org-units/${w.dept.id}`, { parentId: null }],
      ['org unit calendar', () => `/api/v1/org-units/${w.dept.id}`, { calendarId: null }],
      ['routing rule name', () => `/api/v1/routing-rules/${ruleId}`, { name: null }],
      ['routing rule target', () => `/api/v1/routing-rules/${ruleId}`, { targetUnitId: null }],
      ['routing rule mode', () => `/api/v1/routing-rules/${ruleId}`, { mode: null }],
      ['routing rule priority', () => `/api/v1/routing-rules/${ruleId}`, { priority: null }],
      ['routing rule enabled', () => `/api/v1/routing-rules/${ruleId}`, { enabled: null }],
      ['SLA policy name', () => `/api/v1/sla-policies/${policyId}`, { name: null }],
      ['SLA policy priority', () => `/api/v1/sla-policies/${policyId}`, { priority: null }],
      ['SLA policy stage limits', () => `/api/v1/sla-policies/${policyId}`, { stageLimits: null }],
      ['SLA policy one stage limit', () => `/api/v1/sla-policies/${policyId}`, { stageLimits: { handling: null } }],
      ['SLA policy commitment', () => `/api/v1/sla-policies/${policyId}`, { commitment: null }],
      ['SLA policy warn ratio', () => `/api/v1/sla-policies/${policyId}`, { warnRatio: null }],
      ['SLA policy enabled', () => `/api/v1/sla-policies/${policyId}`, { enabled: null }],
      ['taxonomy label', () => `/api/v1/taxonomy/${termId}`, { label: null }],
      ['taxonomy enabled', () => `/api/v1/taxonomy/${termId}`, { enabled: null }],
      ['webhook url', () => `/api/v1/webhook-subscriptions/${subscriptionId}`, { url: null }],
      ['webhook event types', () => `/api/v1/webhook-subscriptions/${subscriptionId}`, { eventTypes: null }],
      ['webhook enabled', () => `/api/v1/webhook-subscriptions/${subscriptionId}`, { enabled: null }],
    ];
    it.each(cases)('PATCH %s: null → 400', async (_what, path, body) => {
      const res = await request(t.http).patch(path()).set(admin()).send(body);
      expect(res.status).toBe(400);
      expect(res.headers['content-type']).toMatch(PROBLEM);
    });

    it('still clears an SLA policy criterion with null (null means "any" there)', async () => {
      const res = await request(t.http).patch(`/api/v1/sla-policies/${policyId}`).set(admin()).send({ level: null, kind: null });
      expect(res.status).toBe(200);
    });

    it('refuses null in POST bodies for routing rules', async () => {
      const res = await request(t.http).post('/api/v1/routing-rules').set(admin()).send({ name: 'r', targetUnitId: w.dept.id, mode: null });
      expect(res.status).toBe(400);
    });
  });

  describe('deadline preview and dates', () => {
    const preview = (body: unknown) =>
      request(t.http)
        .post('/api/v1/sla/deadline-preview')
        .set(admin())
        .send(body as object);
    const base = () => ({ unitId: w.dept.id, start: '2026-03-13T10:00:00+08:00', limit: { unit: 'working_days', value: 3 } });

    it.each([
      ['no limit', { limit: undefined }],
      ['a null limit', { limit: null }],
      ['an empty limit', { limit: {} }],
      ['a limit array', { limit: [] }],
      ['a string limit', { limit: 'x' }],
      ['a start in year 9999', { start: '9999-12-31T00:00:00Z' }],
      ['a start in year 1900', { start: '1900-01-01T00:00:00Z' }],
      ['a start in year 2101', { start: '2101-01-01T00:00:00Z' }],
      ['a start beyond JavaScript dates', { start: '+275761-01-01T00:00:00Z' }],
      ['an empty body', null],
    ])('refuses %s with 400', async (_what, over) => {
      const res = await preview(over === null ? {} : { ...base(), ...over });
      expect(res.status).toBe(400);
      expect(res.headers['content-type']).toMatch(PROBLEM);
    });

    it('answers the edges of the window', async () => {
      expect((await preview({ ...base(), start: '2000-01-01T00:00:00Z' })).status).toBe(200);
      expect((await preview({ ...base(), start: '2100-12-31T00:00:00Z', limit: { unit: 'working_days', value: 10_000 } })).status).toBe(
        200,
      );
    });

    it('refuses filing dates outside 2000 … 2100', async () => {
      for (const over of [
        { requestedDueAt: '9999-12-31T00:00:00Z' },
        { occurredAt: '1970-01-01T00:00:00Z' },
        { contactedAt: '1999-12-31T23:59:59Z' },
      ]) {
        const res = await request(t.http).post('/api/v1/tickets').set('X-Api-Key', w.apiKey).send(intake(w.province.code, over));
        expect(res.status).toBe(400);
        expect(res.body.errors[0].field).toBe(Object.keys(over)[0]);
      }
      const list = await request(t.http).get('/api/v1/tickets?createdFrom=0001-01-01T00:00:00Z').set(admin());
      expect(list.status).toBe(400);
      const kpi = await request(t.http).get('/api/v1/kpis?from=1000-01-01T00:00:00Z&to=9999-01-01T00:00:00Z').set(admin());
      expect(kpi.status).toBe(400);
      const days = await request(t.http).get(`/api/v1/org-units/${w.dept.id}/working-days?from=9999-01-01&to=9999-01-31`).set(admin());
      expect(days.status).toBe(400);
    });

    it('refuses an extension to year 9999 (requested or approved) without stalling the service', async () => {
      const { id } = await file(t, w);
      await op(t, w.tokens.province, id, 'dispatch', { targetUnitId: w.dept.id });
      await op(t, w.tokens.dept, id, 'sign');
      const started = Date.now();
      const requested = await request(t.http)
        .post(`/api/v1/tickets/${id}/extensions`)
        .set(bearer(w.tokens.dept))
        .send({ requestedDueAt: '9999-12-31T00:00:00Z', reason: 'x' });
      expect(requested.status).toBe(400);
      expect(requested.body.errors[0].field).toBe('requestedDueAt');
      const near = new Date(Date.now() + 20 * 86_400_000).toISOString();
      await op(t, w.tokens.dept, id, 'extensions', { requestedDueAt: near, reason: 'x' });
      const approved = await request(t.http)
        .post(`/api/v1/tickets/${id}/extensions/approve`)
        .set(bearer(w.tokens.province))
        .send({ dueAt: '9999-12-31T00:00:00Z' });
      expect(approved.status).toBe(400);
      expect(approved.body.errors[0].field).toBe('dueAt');
      // The far edge of the window is arithmetic the service finishes promptly.
      const edge = await request(t.http)
        .post(`/api/v1/tickets/${id}/extensions/approve`)
        .set(bearer(w.tokens.province))
        .send({ dueAt: '2100-12-31T00:00:00Z' });
      expect([200, 409, 422]).toContain(edge.status);
      expect(Date.now() - started).toBeLessThan(5_000);
    });
  });

  describe('database errors', () => {
    it('answers racing creations of one org unit code with one 201 and 409s', async () => {
      // Two units racing for one code: the loser's insert fails on the unique index.
      const code = `DUP${Date.now() % 100000}`;
      const results = await Promise.all(
        [1, 2, 3].map(() =>
          request(t.http).post('/api/v1/org-units').set(admin()).send({ code, name: 'x', tier: 'department', parentId: w.province.id }),
        ),
      );
      const statuses = results.map((r) => r.status).sort();
      expect(statuses[0]).toBe(201);
      for (const r of results.filter((x) => x.status !== 201)) {
        expect(r.status).toBe(409);
        expect(r.headers['content-type']).toMatch(PROBLEM);
      }
    });

    it('retries a deadlock in the transaction runner and reports the attempts', async () => {
      // A short deadlock_timeout so Postgres picks its victim quickly.
      const ds = new DataSource({ ...dataSourceOptions(t.config.DATABASE_URL), extra: { max: 4, options: '-c deadlock_timeout=100ms' } });
      await ds.initialize();
      try {
        await ds.query('CREATE TABLE IF NOT EXISTS boundary_deadlock (id int primary key, v int)');
        await ds.query('INSERT INTO boundary_deadlock VALUES (1, 0), (2, 0) ON CONFLICT DO NOTHING');
        let attempts = 0;
        let bothLocked!: () => void;
        const firstLocks = new Promise<void>((r) => (bothLocked = r));
        let ready = 0;
        const locker = (a: number, b: number) =>
          runInTransaction(
            ds,
            async (tx) => {
              attempts++;
              await tx.query('UPDATE boundary_deadlock SET v = v + 1 WHERE id = $1', [a]);
              if (++ready === 2) bothLocked();
              await firstLocks;
              await tx.query('UPDATE boundary_deadlock SET v = v + 1 WHERE id = $1', [b]);
            },
            { retries: 3 },
          );
        await Promise.all([locker(1, 2), locker(2, 1)]);
        expect(attempts).toBe(3);
        const rows = await ds.query('SELECT sum(v)::int AS total FROM boundary_deadlock');
        expect(rows[0].total).toBeGreaterThanOrEqual(4);
      } finally {
        await ds.destroy();
      }
    });

    describe('errors Postgres raises, through the problem filter', () => {
      let ds: DataSource;
      let app: INestApplication;
      let attempts = 0;
      const statements: Record<string, string[]> = {
        uuid: [`SELECT 'x'::uuid`],
        utf8: [`SELECT convert_from('\\xff'::bytea, 'UTF8')`],
        nul: [`SELECT $1::text`],
        datetime: [`SELECT '2026-02-30'::timestamptz`],
        overflow: [`SELECT 2147483648::int`],
        notNull: [`CREATE TEMP TABLE nn (v int NOT NULL)`, `INSERT INTO nn VALUES (NULL)`],
        unique: [`CREATE TEMP TABLE uq (v int UNIQUE)`, `INSERT INTO uq VALUES (1), (1)`],
        reference: [
          `CREATE TEMP TABLE parent (id int PRIMARY KEY)`,
          `CREATE TEMP TABLE child (p int REFERENCES parent)`,
          `INSERT INTO child VALUES (1)`,
        ],
        bug: [`SELECT 1/0`],
        terminated: [`SELECT pg_sleep(30) AS boundary_terminated`],
      };
      beforeAll(async () => {
        ds = new DataSource({ ...dataSourceOptions(t.config.DATABASE_URL), extra: { max: 2 } });
        await ds.initialize();
        @Controller()
        class Statements {
          @Post('sql/:name')
          run(@Param('name') name: string) {
            return ds.transaction(async (tx) => {
              for (const sql of statements[name]) await tx.query(sql, sql.includes('$1') ? ['a\u0000b'] : []);
            });
          }

          @Post('conflict')
          conflict() {
            return runInTransaction(
              ds,
              async (tx) => {
                attempts++;
                await tx.query(`DO $$ BEGIN RAISE EXCEPTION 'could not serialize' USING ERRCODE = '40001'; END $$`);
              },
              { retries: 3 },
            );
          }
        }
        @Module({ controllers: [Statements], providers: [{ provide: APP_FILTER, useClass: ProblemDetailsFilter }] })
        class StatementsModule {}
        app = await NestFactory.create(StatementsModule, { logger: false });
        await app.init();
      });
      afterAll(async () => {
        await app.close();
        await ds.destroy();
      });

      it.each([
        ['uuid', 400, 'INVALID_VALUE'],
        ['utf8', 400, 'INVALID_TEXT'],
        ['nul', 400, 'INVALID_TEXT'],
        ['datetime', 400, 'INVALID_VALUE'],
        ['overflow', 400, 'INVALID_VALUE'],
        ['notNull', 400, 'INVALID_VALUE'],
        ['unique', 409, 'DUPLICATE'],
        ['reference', 422, 'REFERENCE_VIOLATION'],
        ['bug', 500, 'INTERNAL'],
      ])('%s → %i %s', async (name, status, code) => {
        const res = await request(app.getHttpServer()).post(`/sql/${name}`);
        expect({ status: res.status, code: res.body.code }).toEqual({ status, code });
        expect(res.headers['content-type']).toMatch(PROBLEM);
      });

      it('answers a request whose connection an administrator terminates (57P01) with 503', async () => {
        const pending = request(app.getHttpServer()).post('/sql/terminated');
        const killer = new Client({ connectionString: t.config.DATABASE_URL });
        await killer.connect();
        try {
          const terminate = `SELECT pg_terminate_backend(pid) AS done FROM pg_stat_activity
            WHERE datname = current_database() AND query LIKE '%boundary_terminated%' AND pid <> pg_backend_pid()`;
          const [res] = await Promise.all([
            pending,
            (async () => {
              for (let i = 0; i < 100 && (await killer.query(terminate)).rowCount === 0; i++) await new Promise((r) => setTimeout(r, 20));
            })(),
          ]);
          expect(res.status).toBe(503);
          expect(res.body.code).toBe('DATABASE_UNAVAILABLE');
          expect(res.headers['retry-after']).toMatch(/^\d+$/);
        } finally {
          await killer.end();
        }
      });

      it('answers a serialization failure that outlasts the retries with 503 and Retry-After', async () => {
        const res = await request(app.getHttpServer()).post('/conflict');
        expect(res.status).toBe(503);
        expect(res.headers['retry-after']).toMatch(/^\d+$/);
        expect(res.headers['content-type']).toMatch(PROBLEM);
        expect(res.body.code).toBe('TRANSACTION_CONFLICT');
        expect(attempts).toBe(4);
      });
    });
  });

  describe('Postgres unavailable', () => {
    let proxy: PostgresProxy;
    let cut: TestApp;
    let direct: Client;
    beforeAll(async () => {
      proxy = new PostgresProxy();
      await proxy.start();
      const url = new URL(t.config.DATABASE_URL);
      url.port = String(proxy.port);
      cut = await startTestApp({ DATABASE_URL: url.toString() });
      direct = new Client({ connectionString: t.config.DATABASE_URL });
      await direct.connect();
    });
    afterAll(async () => {
      await proxy.stop();
      await cut.close();
      await direct.end();
    });

    it('answers 201 for a filing whose transaction committed even though the database vanished right after', async () => {
      const body = intake(w.province.code);
      proxy.cutAtNextCommit();
      const res = await request(cut.http).post('/api/v1/tickets').set('X-Api-Key', w.apiKey).send(body);
      expect(res.status).toBe(201);
      const rows = await direct.query('SELECT id FROM tickets WHERE external_ref = $1', [body.externalRef]);
      expect(rows.rows).toEqual([{ id: res.body.id }]);
    });

    it('answers 503 when the commit acknowledgement is lost, and the channel retry answers the committed ticket, never a second', async () => {
      await proxy.start(proxy.port);
      await eventually(async () => (await request(cut.http).get('/api/v1/tickets?limit=1').set(bearer(t.admin))).status === 200, 10_000);
      const body = intake(w.province.code);
      proxy.cutAtNextCommit('before-ack');
      const lost = await request(cut.http).post('/api/v1/tickets').set('X-Api-Key', w.apiKey).send(body);
      expect(lost.status).toBe(503);
      expect(lost.body.code).toBe('DATABASE_UNAVAILABLE');
      const stored = await direct.query('SELECT id FROM tickets WHERE external_ref = $1', [body.externalRef]);
      expect(stored.rows).toHaveLength(1);
      await proxy.start(proxy.port);
      const retried = await eventually(async () => {
        const res = await request(cut.http).post('/api/v1/tickets').set('X-Api-Key', w.apiKey).send(body);
        return res.status === 503 ? undefined : res;
      }, 10_000);
      expect(retried.status).toBe(200);
      expect(retried.body).toMatchObject({ id: stored.rows[0].id, created: false });
    });

    it('answers 503 problem+json with Retry-After while connections are refused, never 500', async () => {
      await proxy.stop();
      for (const [method, path, auth] of [
        ['get', '/api/v1/tickets', bearer(t.admin)],
        ['get', `/api/v1/org-units/${w.dept.id}`, bearer(t.admin)],
        ['get', '/api/v1/tickets', bearer(w.tokens.province)],
        ['post', '/api/v1/tickets', { 'X-Api-Key': w.apiKey }],
      ] as const) {
        const req = request(cut.http)[method](path).set(auth);
        const res = method === 'post' ? await req.send(intake(w.province.code)) : await req;
        expect({ path, status: res.status }).toEqual({ path, status: 503 });
        expect(res.headers['retry-after']).toMatch(/^\d+$/);
        expect(res.headers['content-type']).toMatch(PROBLEM);
        expect(res.body.code).toBe('DATABASE_UNAVAILABLE');
      }
    });
    it('sheds a database outage under filing load as 503s, never 500, and loses or doubles no filing', async () => {
      await proxy.start(proxy.port);
      await eventually(async () => (await request(cut.http).get('/api/v1/tickets?limit=1').set(bearer(t.admin))).status === 200, 10_000);
      const answers: { body: Record<string, unknown>; status: number; retryAfter?: string; id?: string; phase: string }[] = [];
      let phase = 'before';
      let filing = true;
      const filer = async () => {
        while (filing) {
          const body = intake(w.province.code);
          const res = await request(cut.http).post('/api/v1/tickets').set('X-Api-Key', w.apiKey).send(body);
          answers.push({ body, status: res.status, retryAfter: res.headers['retry-after'], id: res.body.id, phase });
          // A client backs off after a 503 (here briefly, to keep the test short).
          if (res.status === 503) await pause(200);
        }
      };
      const filers = Array.from({ length: 6 }, filer);
      await pause(1_000);
      phase = 'outage';
      await proxy.stop();
      await pause(2_000);
      await proxy.start(proxy.port);
      phase = 'after';
      await pause(1_500);
      filing = false;
      await Promise.all(filers);

      const count = (status: number) => answers.filter((a) => a.status === status).length;
      expect(answers.filter((a) => a.status >= 500 && a.status !== 503)).toEqual([]);
      expect(answers.some((a) => a.phase === 'before' && a.status === 201)).toBe(true);
      expect(answers.some((a) => a.phase === 'outage' && a.status === 503)).toBe(true);
      // The pool reconnects by itself once the database is back.
      expect(answers.some((a) => a.phase === 'after' && a.status === 201)).toBe(true);
      expect(answers.filter((a) => a.status === 503).every((a) => /^\d+$/.test(a.retryAfter ?? ''))).toBe(true);
      const stored = async (ref: unknown) => (await direct.query('SELECT id FROM tickets WHERE external_ref = $1', [ref])).rows;
      for (const a of answers.filter((x) => x.status === 201)) expect(await stored(a.body.externalRef)).toEqual([{ id: a.id }]);
      // A 503 may come after the commit (its acknowledgement lost with the connection): the
      // channel's retry with the same externalRef then answers the original ticket, never a second one.
      await eventually(async () => (await request(cut.http).get('/api/v1/tickets?limit=1').set(bearer(t.admin))).status === 200, 10_000);
      const shed = answers.filter((x) => x.status === 503);
      let committedBeforeShed = 0;
      for (let i = 0; i < shed.length; i += 8) {
        await Promise.all(
          shed.slice(i, i + 8).map(async (a) => {
            const retry = await request(cut.http).post('/api/v1/tickets').set('X-Api-Key', w.apiKey).send(a.body);
            expect([200, 201]).toContain(retry.status);
            if (retry.status === 200) committedBeforeShed++;
            expect(await stored(a.body.externalRef)).toEqual([{ id: retry.body.id }]);
          }),
        );
      }
      process.stdout.write(
        `outage under filing load: ${answers.length} filings, ${count(201)} × 201, ${count(503)} × 503, ` +
          `${answers.filter((a) => a.status >= 500 && a.status !== 503).length} × other 5xx; ` +
          `${committedBeforeShed} of the 503s had committed (their retry answered the original ticket)\n`,
      );
    });
    it('answers 503 when the database accepts connections but never answers them, instead of hanging', async () => {
      await proxy.stop();
      await proxy.start(proxy.port, 'blackhole');
      try {
        const started = Date.now();
        const res = await request(cut.http).get('/api/v1/tickets?limit=1').set(bearer(t.admin));
        expect(res.status).toBe(503);
        expect(res.body.code).toBe('DATABASE_UNAVAILABLE');
        expect(Date.now() - started).toBeLessThan(15_000);
      } finally {
        await proxy.stop();
      }
    });
  });
});
