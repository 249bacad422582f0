import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { MAX_ROUTING_SUGGESTIONS } from '../../src/routing/domain/routing-rules';
import { createAccount, signIn } from '../support/sessions';
import { file, op, world, World } from '../support/tickets';
import { bearer, startTestApp, TestApp } from '../support/test-app';

/**
 * One paging convention (README, API: lists): every list answers `{items, nextCursor}` with an integer
 * `limit`, and walking it page by page past `limit` yields the same items, in the same order, as
 * one page large enough for all. Only collections bounded by construction answer otherwise, each
 * named here with its bound.
 */
const EXEMPT: Record<string, string> = {
  'orgUnits.escalationChain': 'at most one unit per tier above the unit: the depth of the org tree (four tiers)',
  'tickets.routingSuggestions': `at most ${MAX_ROUTING_SUGGESTIONS} ranked rules`,
  'kpis.report': 'one row per group and period of a window whose length the query bounds',
  'kpis.hotIssues': 'a top-N ranking whose N (at most 200) is its own `limit`',
  'tickets.events': "one ticket's history document (events and stage instances), not a list of resources",
  'tickets.deadlines': "one ticket's stages, as its history holds them",
  'tickets.actions': "one ticket's commands: at most one per command of the state machine and per open co-handling task",
};

type Json = Record<string, unknown>;
const document = JSON.parse(readFileSync(join(__dirname, '..', '..', 'openapi.json'), 'utf8')) as {
  paths: Record<string, Record<string, Json>>;
  components: { schemas: Record<string, Json> };
};

interface ListOp {
  operationId: string;
  path: string;
  paged: boolean;
  limit?: Json;
}

function listOperations(): ListOp[] {
  const ops: ListOp[] = [];
  for (const [path, item] of Object.entries(document.paths)) {
    const get = item.get;
    if (!get) continue;
    const schema = ((get.responses as Record<string, Json>)['200']?.content as Record<string, Json> | undefined)?.['application/json']
      ?.schema as Json | undefined;
    if (!schema) continue;
    const ref = typeof schema.$ref === 'string' ? document.components.schemas[schema.$ref.split('/').pop()!] : undefined;
    const properties = (ref?.properties ?? {}) as Record<string, unknown>;
    const paged = 'items' in properties && 'nextCursor' in properties;
    const limit = ((get.parameters ?? []) as Json[]).find((p) => p.name === 'limit')?.schema as Json | undefined;
    // A collection: a page, an array, or (off a single resource's path) an object carrying an array.
    const single = /\}$/.test(path);
    const isList = paged || schema.type === 'array' || (!single && Object.values(properties).some((p) => (p as Json).type === 'array'));
    if (isList || (get.operationId as string) in EXEMPT) ops.push({ operationId: get.operationId as string, path, paged, limit });
  }
  return ops;
}

/** Enough pages of 2 to pass any default limit's worth of small lists, few enough to keep the suite quick. */
const MAX_PAGES = 40;

interface Walker {
  path: string;
  query?: Record<string, string | number>;
  headers: Record<string, string>;
  /** What identifies an item (its id, or its date for calendars). */
  key: (item: Json) => string;
}

describe('one paging convention', () => {
  let t: TestApp;
  let w: World;
  let walkers: Record<string, Walker>;

  beforeAll(async () => {
    t = await startTestApp({ APP_ROLE: 'api', WEBHOOK_ALLOWED_HOSTS: '127.0.0.1' });
    w = await world(t);
    const admin = bearer(t.admin);
    const db = t.app.get(DataSource);
    const post = async (path: string, body: Json, headers: Record<string, string> = admin) => {
      const res = await request(t.http).post(path).set(headers).send(body);
      if (res.status !== 201 && res.status !== 200) throw new Error(`${path} ${res.status}: ${JSON.stringify(res.body)}`);
      return res.body as Json;
    };
    for (let i = 0; i < 3; i++) {
      await post('/api/v1/channel-systems', { name: `channel ${i}`, channel: 'web', orgUnitId: w.province.id });
      await post('/api/v1/routing-rules', { name: `rule ${i}`, provinceUnitId: w.province.id, targetUnitId: w.dept.id, priority: 10 + i });
      await post(`/api/v1/org-units/${w.dept.id}/calendar-overrides`, { date: `2026-08-0${i + 3}`, kind: 'holiday' });
      await post('/api/v1/webhook-subscriptions', { orgUnitId: w.province.id, url: `http://127.0.0.1:9/hook-${i}` });
    }
    const tickets = [];
    for (let i = 0; i < 6; i++) tickets.push(await file(t, w));
    for (let i = 0; i < 3; i++) {
      await post(
        `/api/v1/tickets/${tickets[0].id}/attachments`,
        { name: `photo-${i}.jpg`, contentType: 'image/jpeg', size: 1000 + i, url: `https://files.example.org/${i}.jpg` },
        { 'X-Api-Key': w.apiKey },
      );
      await op(t, w.tokens.province, tickets[i].id, 'dispatch', { targetUnitId: w.dept.id });
      await op(t, w.tokens.province, tickets[i].id, 'supervision-orders', {
        note: '请尽快处理',
        dueAt: new Date(Date.now() + 86_400_000).toISOString(),
      });
    }
    // Stages warned and breached as the timers would have recorded them (no worker runs in this suite).
    const undispatched = tickets.slice(3).map((x) => x.id);
    await db.query(`UPDATE ticket_stages SET warned_at = now(), breached_at = now() WHERE ticket_id = ANY($1) AND kind = 'review'`, [
      undispatched,
    ]);
    await db.query(`UPDATE ticket_stages SET warned_at = now() WHERE ticket_id = ANY($1) AND status = 'open'`, [
      tickets.slice(0, 3).map((x) => x.id),
    ]);
    const [subscription] = await db.query<
      {
        id: string;
      }[]
    >(`SELECT id FROM webhook_subscriptions WHERE org_unit_id = $1 LIMIT 1`, [w.province.id]);
    await db.query(
      // Stamped at millisecond precision, as the relay writes them from the clock.
      `INSERT INTO webhook_deliveries (subscription_id, outbox_id, event_type, payload, next_attempt_at, created_at)
       SELECT $1, o.id, o.event_type, o.payload, now(), date_trunc('milliseconds', now()) FROM outbox o WHERE o.ticket_id = ANY($2)`,
      [subscription.id, tickets.map((x) => x.id)],
    );
    const account = await createAccount(t, w.dept.id, 'handler');
    for (let i = 0; i < 3; i++) await signIn(t, account.username, account.temporaryPassword);

    const id = (item: Json) => String(item.id);
    const province = bearer(w.tokens.province);
    walkers = {
      'auditEvents.list': { path: '/api/v1/audit-events', headers: admin, key: id },
      'channelSystems.list': { path: '/api/v1/channel-systems', headers: admin, key: id },
      'staff.list': { path: '/api/v1/staff', headers: admin, key: id },
      'staffSessions.list': { path: `/api/v1/staff/${account.staffId}/sessions`, headers: admin, key: id },
      'orgUnits.list': { path: '/api/v1/org-units', headers: admin, key: id },
      'orgUnits.subtree': { path: `/api/v1/org-units/${w.province.id}/subtree`, headers: admin, key: id },
      'routingRules.list': { path: '/api/v1/routing-rules', headers: admin, key: id },
      'slaPolicies.list': { path: '/api/v1/sla-policies', headers: admin, key: id },
      'calendarOverrides.list': { path: `/api/v1/org-units/${w.dept.id}/calendar-overrides`, headers: admin, key: id },
      'workingDays.list': {
        path: `/api/v1/org-units/${w.dept.id}/working-days`,
        query: { from: '2026-08-01', to: '2026-08-10' },
        headers: admin,
        key: (item) => String(item.date),
      },
      'officialCalendar.list': { path: '/api/v1/official-calendar', headers: admin, key: (item) => String(item.year) },
      'taxonomy.list': { path: '/api/v1/taxonomy', headers: { 'X-Api-Key': w.apiKey }, key: id },
      'tickets.list': { path: '/api/v1/tickets', headers: { 'X-Api-Key': w.apiKey }, key: id },
      'tickets.search': { path: '/api/v1/tickets/search', query: { q: '信号' }, headers: province, key: id },
      'tickets.attachments': { path: `/api/v1/tickets/${tickets[0].id}/attachments`, headers: { 'X-Api-Key': w.apiKey }, key: id },
      'supervision.overdue': { path: '/api/v1/supervision/overdue', headers: province, key: (item) => String(item.stageId) },
      'supervision.atRisk': { path: '/api/v1/supervision/at-risk', headers: province, key: (item) => String(item.stageId) },
      'supervision.dueSoon': {
        path: '/api/v1/supervision/due-soon',
        query: { withinMinutes: 10080 },
        headers: province,
        key: (item) => String(item.stageId),
      },
      'supervision.orders': { path: '/api/v1/supervision/orders', headers: province, key: id },
      'kpis.tickets': {
        path: '/api/v1/kpis/tickets',
        query: {
          from: new Date(Date.now() - 86_400_000).toISOString(),
          to: new Date(Date.now() + 86_400_000).toISOString(),
          measure: 'ticketsFiled',
        },
        headers: province,
        key: id,
      },
      'webhookSubscriptions.list': { path: '/api/v1/webhook-subscriptions', headers: admin, key: id },
      'webhookDeliveries.list': { path: '/api/v1/webhook-deliveries', headers: admin, key: id },
    };
  });
  afterAll(() => t.close());

  it('answers every list of the document with {items, nextCursor}, or names why it need not', () => {
    const ops = listOperations();
    const unpaged = ops.filter((o) => !o.paged && !(o.operationId in EXEMPT)).map((o) => o.operationId);
    expect(unpaged).toEqual([]);
    expect(Object.keys(EXEMPT).filter((key) => !ops.some((o) => o.operationId === key))).toEqual([]);
    const paged = ops.filter((o) => o.paged);
    expect(
      paged
        .map((o) => o.operationId)
        .filter((key) => !(key in walkers))
        .sort(),
    ).toEqual([]);
    for (const o of paged) {
      expect({
        op: o.operationId,
        type: o.limit?.type,
        hasDefault: o.limit?.default !== undefined,
        hasMax: o.limit?.maximum !== undefined,
      }).toEqual({
        op: o.operationId,
        type: 'integer',
        hasDefault: true,
        hasMax: true,
      });
    }
  });

  it('walks each list past its limit: the pages hold every item once, in the order of one large page', async () => {
    const report: string[] = [];
    for (const [operationId, walker] of Object.entries(walkers)) {
      const get = (query: Record<string, string | number>) =>
        request(t.http)
          .get(walker.path)
          .query({ ...walker.query, ...query })
          .set(walker.headers);
      const all = await get({ limit: 500 });
      expect({ operationId, status: all.status }).toEqual({ operationId, status: 200 });
      const expected = (all.body.items as Json[]).map(walker.key);
      expect({ operationId, enough: expected.length > 2 }).toEqual({ operationId, enough: true });
      const walked: string[] = [];
      let cursor: string | null = null;
      let pages = 0;
      do {
        const res = await get({ limit: 2, ...(cursor ? { cursor } : {}) });
        expect({ operationId, status: res.status }).toEqual({ operationId, status: 200 });
        expect((res.body.items as Json[]).length).toBeLessThanOrEqual(2);
        walked.push(...(res.body.items as Json[]).map(walker.key));
        cursor = res.body.nextCursor as string | null;
        pages += 1;
      } while (cursor && pages < MAX_PAGES);
      // A list longer than one large page (the suites share a database) is compared as far as the walk went.
      expect({ operationId, walked: walked.slice(0, expected.length) }).toEqual({ operationId, walked: expected.slice(0, walked.length) });
      if (!cursor) expect({ operationId, count: walked.length }).toEqual({ operationId, count: expected.length });
      report.push(`${operationId}: ${expected.length} items in ${pages} pages`);
      const refused = await get({ limit: 2, cursor: 'not-a-cursor' });
      expect({ operationId, status: refused.status, code: refused.body.code }).toEqual({
        operationId,
        status: 400,
        code: 'INVALID_CURSOR',
      });
    }
    process.stdout.write(`paging walk:\n  ${report.join('\n  ')}\nexempt: ${Object.keys(EXEMPT).join(', ')}\n`);
  });
});
