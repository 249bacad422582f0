/**
 * The authorization matrix: every operation of openapi.json × every identity of a two-province world,
 * answered as the hand-written golden file (authorization-golden.ts) expects. Cells expected to succeed
 * send a valid body and must answer 2xx, so a validation error can never pass for a refusal; commands
 * that consume a ticket's state get a fresh ticket in that state for every allowed cell.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import request from 'supertest';
import {
  AuthorizationWorld,
  authHeaders,
  buildAuthorizationWorld,
  Resources,
  TicketRef,
  TicketStates,
} from '../support/authorization-world';
import { csvFile } from '../support/csv';
import { pool } from '../support/pool';
import { startTestApp, TestApp } from '../support/test-app';
import { TICKET_COMMAND_BODIES } from '../support/ticket-command-bodies';
import { intake } from '../support/tickets';
import { GOLDEN, GoldenCase, IDENTITIES, Identity, Target, TicketTarget } from './authorization-golden';

type Method = 'get' | 'post' | 'patch' | 'delete';
interface Operation {
  key: string;
  method: Method;
  path: string;
}

const openapi = JSON.parse(readFileSync(join(__dirname, '../../openapi.json'), 'utf8')) as {
  paths: Record<string, Record<string, unknown>>;
};
const OPERATIONS: Operation[] = Object.entries(openapi.paths).flatMap(([path, item]) =>
  (['get', 'post', 'patch', 'delete', 'put'] as const)
    .filter((m) => item[m])
    .map((m) => ({ key: `${m.toUpperCase()} ${path}`, method: m as Method, path })),
);

const TICKET_TARGETS: readonly TicketTarget[] = [
  'review',
  'sign_for',
  'handling',
  'cohandling',
  'extension',
  'feedback_review',
  'reply',
  'replied',
  'closed',
  'withdrawn',
  'city_dept_handling',
  'p2_review',
  'national_sign_for',
  'suggestion_handling',
];
const isTicketTarget = (target: Target): target is TicketTarget => (TICKET_TARGETS as readonly string[]).includes(target);

/**
 * Operations whose success uses up their target (a ticket's state, a revocable credential, a deletable
 * object): each allowed cell gets a fresh target, and refused cells share one that is replaced whenever a
 * refusal unexpectedly succeeds.
 */
const CONSUMING = new Set([
  'POST /api/v1/channel-systems/{id}/revoke',
  'POST /api/v1/staff/{id}/tokens/{tokenId}/revoke',
  'DELETE /api/v1/routing-rules/{id}',
  'DELETE /api/v1/sla-policies/{id}',
  'DELETE /api/v1/org-units/{id}/calendar-overrides/{overrideId}',
  'DELETE /api/v1/webhook-subscriptions/{id}',
  ...[
    'regrade',
    'resolve',
    'dispatch',
    'sign',
    'return',
    'transfer',
    'cohandling',
    'cohandling/{unitId}/cancel',
    'cohandling/opinion',
    'extensions',
    'extensions/approve',
    'extensions/reject',
    'feedback',
    'analysis-schedule',
    'analysis',
    'feedback/accept',
    'feedback/reject',
    'reply',
    'close',
    'revisit',
    'withdraw',
    'archive',
  ].map((c) => `POST /api/v1/tickets/{id}/${c}`),
]);

/** Lists whose items name tickets: none may be a ticket the caller cannot read. */
const TICKET_LISTS = new Set([
  'GET /api/v1/tickets',
  'GET /api/v1/tickets/search',
  'GET /api/v1/supervision/overdue',
  'GET /api/v1/supervision/at-risk',
  'GET /api/v1/supervision/due-soon',
  'GET /api/v1/supervision/orders',
  'GET /api/v1/kpis/tickets',
  ...['tickets', 'ticket-search', 'overdue', 'at-risk', 'due-soon', 'supervision-orders'].map((e) => `GET /api/v1/exports/${e}`),
]);

/** KPI operations whose answer counts tickets (the report's tickets filed, hot issues' counts, a drill-down's total). */
const KPI_COUNTS = new Set(['GET /api/v1/kpis', 'GET /api/v1/kpis/hot-issues', 'GET /api/v1/kpis/tickets']);

/**
 * Tickets each P2 identity may count in KPIs and hot issues: P2 holds exactly one ticket (the shared
 * p2_review, one nature), which the P2 department never touched. Any more is another province's data.
 */
const P2_COUNTABLE: Partial<Record<Identity, number>> = { p2Agent: 1, p2DeptHandler: 0 };

interface RequestContext {
  w: AuthorizationWorld;
  resources: Resources;
  ticket: TicketRef | null;
  variant: GoldenCase['variant'];
}
interface RequestSpec {
  body?: object;
  query?: Record<string, string | number>;
}

const inHours = (h: number) => new Date(Date.now() + h * 3_600_000).toISOString();

/** A valid request for each operation: what an allowed caller would send. */
const REQUESTS: Record<string, (c: RequestContext) => RequestSpec> = {
  'POST /api/v1/channel-systems': ({ w }) => ({ body: { name: 'matrix web', channel: 'web', orgUnitId: w.p1.province.id } }),
  'POST /api/v1/staff': ({ w }) => ({ body: { name: '李娜', orgUnitId: w.p1.dept.id, role: 'handler' } }),
  'POST /api/v1/staff/{id}/tokens': () => ({ body: { ttlHours: 1 } }),
  'POST /api/v1/org-units': ({ resources }) => ({ body: resources.orgUnitBody() }),
  'PATCH /api/v1/org-units/{id}': () => ({ body: { name: '网络部' } }),
  'POST /api/v1/routing-rules': ({ resources }) => ({ body: resources.routingRuleBody() }),
  'PATCH /api/v1/routing-rules/{id}': () => ({ body: { priority: 90_001 } }),
  'POST /api/v1/sla-policies': ({ resources }) => ({ body: resources.slaPolicyBody() }),
  'POST /api/v1/sla-policies/resolve': () => ({
    body: { kind: 'complaint', level: 'provincial', customerTier: 'normal', businessType: 'mobile' },
  }),
  'PATCH /api/v1/sla-policies/{id}': () => ({ body: { priority: 999_998 } }),
  'POST /api/v1/org-units/{id}/calendar-overrides': ({ resources }) => ({ body: resources.overrideBody() }),
  'GET /api/v1/org-units/{id}/working-days': () => ({ query: { from: '2026-12-01', to: '2026-12-07' } }),
  'POST /api/v1/sla/deadline-preview': ({ w }) => ({
    body: { unitId: w.p1.dept.id, start: '2026-12-01T10:00:00+08:00', limit: { unit: 'hours', value: 24 } },
  }),
  // A year of the window no deadline reaches, with only New Year's Day: importing it again changes nothing.
  'POST /api/v1/official-calendar': () => ({ body: { year: 2100, holidays: ['2100-01-01'], workdays: [] } }),
  'POST /api/v1/taxonomy': ({ resources }) => ({ body: resources.taxonomyBody() }),
  'PATCH /api/v1/taxonomy/{id}': () => ({ body: { label: '矩阵术语' } }),
  // `channel` and no `externalRef` make the body valid for staff too, so their refusal cannot come from validation.
  'POST /api/v1/tickets': ({ w, variant }) => {
    const { externalRef: _channelsOnly, ...body } = intake(w.p1.province.code, {
      channel: 'hotline',
      ...(variant === 'escalated_complaint' || variant === 'appeal' ? { kind: variant } : {}),
    });
    void _channelsOnly;
    return { body };
  },
  'GET /api/v1/tickets': () => ({ query: { limit: 500 } }),
  // Every ticket of the world is filed with this in its subject.
  'GET /api/v1/tickets/search': () => ({ query: { q: '信号', limit: 500 } }),
  ...TICKET_COMMAND_BODIES,
  'GET /api/v1/supervision/overdue': () => ({ query: { limit: 500 } }),
  'GET /api/v1/supervision/at-risk': () => ({ query: { limit: 500 } }),
  'GET /api/v1/supervision/due-soon': ({ w, variant }) => ({
    query: { limit: 500, withinMinutes: 10_080, ...(variant === 'p1_unit_filter' ? { unitId: w.p1.province.id } : {}) },
  }),
  'GET /api/v1/supervision/orders': () => ({ query: { limit: 500 } }),
  'GET /api/v1/kpis': () => ({ query: { from: inHours(-24 * 7), to: inHours(24) } }),
  'GET /api/v1/kpis/hot-issues': () => ({ query: { from: inHours(-24 * 7), to: inHours(24) } }),
  'GET /api/v1/kpis/tickets': () => ({ query: { from: inHours(-24 * 7), to: inHours(24), measure: 'ticketsFiled', limit: 500 } }),
  'GET /api/v1/exports/tickets': () => ({ query: { format: 'csv' } }),
  'GET /api/v1/exports/ticket-search': () => ({ query: { format: 'csv', q: '信号' } }),
  'GET /api/v1/exports/overdue': () => ({ query: { format: 'csv' } }),
  'GET /api/v1/exports/at-risk': () => ({ query: { format: 'csv' } }),
  'GET /api/v1/exports/due-soon': () => ({ query: { format: 'csv', withinMinutes: 10_080 } }),
  'GET /api/v1/exports/supervision-orders': () => ({ query: { format: 'csv' } }),
  'GET /api/v1/exports/kpis': () => ({ query: { format: 'csv', from: inHours(-24 * 7), to: inHours(24) } }),
  // A customer with no ticket in the world: the erasure has nothing open to refuse and nothing the other cells need.
  'POST /api/v1/personal-data/exports': () => ({ body: { customerPhone: '13700000001' } }),
  'POST /api/v1/personal-data/erasures': () => ({ body: { customerPhone: '13700000001' } }),
  'POST /api/v1/webhook-subscriptions': ({ resources }) => ({ body: resources.webhookBody() }),
  'PATCH /api/v1/webhook-subscriptions/{id}': () => ({ body: { eventTypes: ['ticket.filed', 'ticket.closed'] } }),
  'PATCH /api/v1/staff/{id}': () => ({ body: { name: '李娜' } }),
  'GET /api/v1/audit-events': () => ({ query: { limit: 500 } }),
};

/** A target's path parameters, and the ticket when it is one. */
interface Resolved {
  params: Record<string, string>;
  ticket?: TicketRef;
}

type Class = '2xx' | '401' | '403' | '404';
interface Cell {
  operation: string;
  caseIndex: number;
  target: Target;
  variant?: string;
  identity: Identity;
  expected: Class;
  status: number;
  code?: string;
  /** Set when the answer does not match (including a list that shows a ticket the caller may not read). */
  mismatch?: string;
}

function expectedClass(c: GoldenCase, identity: Identity): Class {
  if (identity === 'anonymous') return '401';
  if (c.ok.includes(identity)) return '2xx';
  if (c.forbidden.includes(identity)) return '403';
  return '404';
}

function classOf(status: number): string {
  return status >= 200 && status < 300 ? '2xx' : String(status);
}

describe('authorization matrix', () => {
  it('has a golden entry for every operation in openapi.json, and none for an operation that is gone', () => {
    const keys = new Set(OPERATIONS.map((o) => o.key));
    expect(OPERATIONS.filter((o) => !(o.key in GOLDEN)).map((o) => o.key)).toEqual([]);
    expect(Object.keys(GOLDEN).filter((k) => !keys.has(k))).toEqual([]);
  });

  it('puts every authenticated identity in exactly one class of every case', () => {
    const problems: string[] = [];
    for (const [key, entry] of Object.entries(GOLDEN)) {
      if (entry === 'public' || entry === 'credential') continue;
      entry.forEach((c, i) => {
        const listed = [...c.ok, ...c.forbidden, ...c.hidden];
        for (const identity of IDENTITIES.filter((x) => x !== 'anonymous')) {
          const n = listed.filter((x) => x === identity).length;
          if (n !== 1) problems.push(`${key} #${i}: ${identity} listed ${n} times`);
        }
        if (listed.includes('anonymous')) problems.push(`${key} #${i}: anonymous is always 401`);
        if (c.ok.length === 0) problems.push(`${key} #${i}: no identity succeeds, so nothing proves the body valid`);
      });
    }
    expect(problems).toEqual([]);
  });

  describe('against the running service', () => {
    let t: TestApp;
    let w: AuthorizationWorld;
    let states: TicketStates;
    let resources: Resources;
    const shared = new Map<Target, Promise<Resolved>>();
    const cells: Cell[] = [];
    let seconds = 0;

    /** A target's path parameters (and ticket), fresh or the shared instance. */
    const resolveTarget = async (target: Target, fresh: boolean): Promise<Resolved> => {
      if (!fresh && shared.has(target)) return shared.get(target)!;
      const made = (async (): Promise<Resolved> => {
        if (target === 'none') return { params: {} };
        if (isTicketTarget(target)) {
          const ticket = await states.build(target);
          return { params: { id: ticket.id, unitId: w.p1.dept2.id }, ticket };
        }
        return { params: await resources.build(target) };
      })();
      if (!fresh) shared.set(target, made);
      return made;
    };

    /** Ticket ids each identity must never see: the shared tickets the golden read cases hide from it. */
    const hiddenTickets = async (identity: Identity): Promise<Set<string>> => {
      const reads = GOLDEN['GET /api/v1/tickets/{id}'] as readonly GoldenCase[];
      const ids = await Promise.all(
        reads.filter((c) => c.hidden.includes(identity)).map(async (c) => (await resolveTarget(c.target, false)).params.id),
      );
      return new Set(ids);
    };

    const send = async (op: Operation, c: GoldenCase, identity: Identity, target: Resolved) => {
      const spec = (REQUESTS[op.key] ?? (() => ({})))({ w, resources, ticket: target.ticket ?? null, variant: c.variant });
      const path = op.path.replace(/\{(\w+)\}/g, (_, name: string) => {
        if (!target.params[name]) throw new Error(`${op.key}: target ${c.target} has no ${name}`);
        return target.params[name];
      });
      let req = request(t.http)[op.method](path).set(authHeaders(w.credentials[identity]));
      if (spec.query) req = req.query(spec.query);
      return op.method === 'get' ? req : req.send(spec.body ?? {});
    };

    const record = async (op: Operation, caseIndex: number, c: GoldenCase, identity: Identity, res: request.Response): Promise<Cell> => {
      const expected = expectedClass(c, identity);
      const cell: Cell = {
        operation: op.key,
        caseIndex,
        target: c.target,
        variant: c.variant,
        identity,
        expected,
        status: res.status,
        code: typeof res.body?.code === 'string' ? res.body.code : undefined,
      };
      let actual = classOf(res.status);
      const items: { id?: string; ticketId?: string }[] | undefined = Array.isArray(res.body?.items)
        ? res.body.items
        : /^text\/csv/.test(String(res.headers['content-type']))
          ? csvFile(res.text)
          : undefined;
      if (expected === '404' && c.hiddenMayBeEmpty && actual === '2xx' && items?.length === 0) actual = '404';
      if (actual !== expected) cell.mismatch = `expected ${expected}, got ${res.status}${cell.code ? ` ${cell.code}` : ''}`;
      else if (actual !== '2xx' && !/^application\/problem\+json/.test(String(res.headers['content-type']))) {
        cell.mismatch = `refused without application/problem+json (${String(res.headers['content-type'])})`;
      } else if (expected === '2xx' && c.hiddenMayBeEmpty && items?.length === 0) {
        // An empty page for the callers who may see the unit would make "empty for the others" prove nothing.
        cell.mismatch = 'empty page where the filtered unit has tickets';
      }
      const countable = P2_COUNTABLE[identity];
      if (actual === '2xx' && countable !== undefined && KPI_COUNTS.has(op.key)) {
        const body = res.body as { rows?: { ticketsFiled: number }[]; issues?: { count: number }[]; total?: number };
        const counted =
          op.key === 'GET /api/v1/kpis/tickets'
            ? body.total
            : op.key === 'GET /api/v1/kpis'
              ? (body.rows ?? []).reduce((n, r) => n + r.ticketsFiled, 0)
              : (body.issues ?? []).reduce((n, i) => n + i.count, 0);
        if (counted !== countable) cell.mismatch = `counts ${counted} ticket(s), may count ${countable}`;
      }
      if (actual === '2xx' && TICKET_LISTS.has(op.key) && items) {
        const hidden = await hiddenTickets(identity);
        const leaked = items.map((i) => i.ticketId ?? i.id).filter((id): id is string => !!id && hidden.has(id));
        if (leaked.length) cell.mismatch = `lists ${leaked.length} ticket(s) it may not read`;
      }
      return cell;
    };

    const runCase = async (op: Operation, caseIndex: number, c: GoldenCase): Promise<Cell[]> => {
      const identities = IDENTITIES;
      if (!CONSUMING.has(op.key)) {
        const params = await resolveTarget(c.target, false);
        return Promise.all(identities.map(async (identity) => record(op, caseIndex, c, identity, await send(op, c, identity, params))));
      }
      const allowed = identities.filter((i) => expectedClass(c, i) === '2xx');
      const refused = identities.filter((i) => expectedClass(c, i) !== '2xx');
      const okCells = Promise.all(
        allowed.map(async (identity) => {
          const params = await resolveTarget(c.target, true);
          return record(op, caseIndex, c, identity, await send(op, c, identity, params));
        }),
      );
      const refusedCells: Cell[] = [];
      let params = await resolveTarget(c.target, true);
      for (const identity of refused) {
        const res = await send(op, c, identity, params);
        refusedCells.push(await record(op, caseIndex, c, identity, res));
        // A refusal that went through used the target up; the next caller gets an intact one.
        if (classOf(res.status) === '2xx') params = await resolveTarget(c.target, true);
      }
      return [...(await okCells), ...refusedCells];
    };

    beforeAll(async () => {
      const started = Date.now();
      // Rate limits are not under test here and the whole matrix comes from one address.
      t = await startTestApp({ APP_ROLE: 'api', THROTTLE_LIMIT: '1000000', THROTTLE_ADDRESS_LIMIT: '1000000' });
      w = await buildAuthorizationWorld(t);
      states = new TicketStates(t, w);
      resources = new Resources(t, w);
      // Shared targets first, eight at a time, so the cases below only read them.
      const sharedTargets = new Set<Target>();
      for (const [key, entry] of Object.entries(GOLDEN)) {
        if (entry === 'public' || entry === 'credential' || CONSUMING.has(key)) continue;
        entry.forEach((c) => sharedTargets.add(c.target));
      }
      await pool(
        8,
        [...sharedTargets].map((target) => () => resolveTarget(target, false)),
      );
      const jobs: (() => Promise<Cell[]>)[] = [];
      for (const op of OPERATIONS) {
        const entry = GOLDEN[op.key];
        if (!entry || entry === 'credential') continue;
        if (entry === 'public') {
          jobs.push(async () =>
            Promise.all(
              IDENTITIES.map(async (identity) => {
                const res = await request(t.http)[op.method](op.path).set(authHeaders(w.credentials[identity]));
                const cell: Cell = { operation: op.key, caseIndex: 0, target: 'none', identity, expected: '2xx', status: res.status };
                if (classOf(res.status) !== '2xx') cell.mismatch = `expected 2xx, got ${res.status}`;
                return cell;
              }),
            ),
          );
          continue;
        }
        entry.forEach((c, i) => jobs.push(() => runCase(op, i, c)));
      }
      cells.push(...(await pool(8, jobs)).flat());
      seconds = (Date.now() - started) / 1000;

      const count = (p: (c: Cell) => boolean) => cells.filter(p).length;
      const summary = {
        operations: OPERATIONS.length,
        identities: IDENTITIES.length,
        cases: new Set(cells.map((c) => `${c.operation}#${c.caseIndex}`)).size,
        cells: cells.length,
        real2xx: count((c) => classOf(c.status) === '2xx' && c.expected === '2xx'),
        answered: {
          '2xx': count((c) => classOf(c.status) === '2xx'),
          '401': count((c) => c.status === 401),
          '403': count((c) => c.status === 403),
          '404': count((c) => c.status === 404),
          other: count((c) => ![401, 403, 404].includes(c.status) && classOf(c.status) !== '2xx'),
        },
        expected: {
          '2xx': count((c) => c.expected === '2xx'),
          '401': count((c) => c.expected === '401'),
          '403': count((c) => c.expected === '403'),
          '404': count((c) => c.expected === '404'),
        },
        mismatches: count((c) => !!c.mismatch),
        seconds,
      };
      writeFileSync(
        `/tmp/authorization-matrix-${process.pid}.json`,
        JSON.stringify({ summary, mismatches: cells.filter((c) => c.mismatch), cells }, null, 1),
      );
      console.log(`authorization matrix: ${JSON.stringify(summary)} (cells in /tmp/authorization-matrix-${process.pid}.json)`);
    }, 170_000);

    afterAll(async () => {
      await resources?.dropWebhookSubscriptions();
      await t?.close();
    });

    it('answers every operation × identity cell as the golden file expects', () => {
      const mismatches = cells
        .filter((c) => c.mismatch)
        .map((c) => `${c.operation}${c.caseIndex ? ` #${c.caseIndex}` : ''} [${c.target}] ${c.identity}: ${c.mismatch}`);
      expect(mismatches).toEqual([]);
      expect(cells.length).toBeGreaterThan(OPERATIONS.length * IDENTITIES.length);
    });

    it('refuses dispatch, transfer and co-handling to another province with nothing written, so no P2 unit gains a relation', async () => {
      const c = w.credentials;
      const p2Dept = w.p2.dept.id;
      const [review, signFor, handling] = await Promise.all([states.build('review'), states.build('sign_for'), states.build('handling')]);
      const attempts: [TicketRef, Identity, string, object][] = [
        [review, 'p1Supervisor', 'dispatch', { targetUnitId: p2Dept }],
        [signFor, 'p1DeptHandler', 'transfer', { targetUnitId: p2Dept, reason: '转外省' }],
        [handling, 'p1DeptHandler', 'cohandling', { unitId: p2Dept, task: '外省协办', dueAt: handling.handlingDueAt }],
      ];
      for (const [ticket, identity, command, body] of attempts) {
        const before = await request(t.http)
          .get(`/api/v1/tickets/${ticket.id}/events`)
          .set(authHeaders({ bearer: t.admin }));
        const res = await request(t.http).post(`/api/v1/tickets/${ticket.id}/${command}`).set(authHeaders(c[identity])).send(body);
        expect([command, res.status, res.body.code]).toEqual([command, 422, 'TARGET_OUT_OF_SCOPE']);
        const after = await request(t.http)
          .get(`/api/v1/tickets/${ticket.id}/events`)
          .set(authHeaders({ bearer: t.admin }));
        expect(after.body.events).toHaveLength(before.body.events.length);
        for (const p2 of ['p2Agent', 'p2DeptHandler'] as const) {
          const read = await request(t.http).get(`/api/v1/tickets/${ticket.id}`).set(authHeaders(c[p2]));
          expect([command, p2, read.status]).toEqual([command, p2, 404]);
        }
      }
    });

    it('answers 2xx on a ticket across provinces only to national staff and the channel that filed it', () => {
      const provinceOf: Partial<Record<Identity, 'P1' | 'P2'>> = {
        p1Channel: 'P1',
        p1Agent: 'P1',
        p1Handler: 'P1',
        p1Supervisor: 'P1',
        p1Admin: 'P1',
        p1DeptHandler: 'P1',
        p1DeptAdmin: 'P1',
        p1Dept2Handler: 'P1',
        p1CityAgent: 'P1',
        p2Agent: 'P2',
        p2DeptHandler: 'P2',
        p1SupervisorSession: 'P1',
        p1AdminSession: 'P1',
      };
      const filer = (target: TicketTarget) =>
        target === 'national_sign_for' ? 'nationalChannel' : target === 'p2_review' ? 'p2 channel' : 'p1Channel';
      const crossing = cells.filter((c) => {
        if (classOf(c.status) !== '2xx') return false;
        const channel = c.identity === 'p1Channel' || c.identity === 'nationalChannel';
        if (isTicketTarget(c.target)) {
          if (channel) return filer(c.target) !== c.identity;
          const home = provinceOf[c.identity];
          return home !== undefined && home !== (c.target === 'p2_review' ? 'P2' : 'P1');
        }
        // Everything else the matrix addresses by id lives in P1, except nationwide configuration.
        return !['none', 'sla_policy', 'taxonomy_term'].includes(c.target) && provinceOf[c.identity] === 'P2';
      });
      expect(crossing.map((c) => `${c.operation} [${c.target}] ${c.identity}: ${c.status}`)).toEqual([]);
    });
  });
});
