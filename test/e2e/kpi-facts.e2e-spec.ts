/**
 * The per-ticket KPI facts (ticket_kpi_facts) against the base tables they summarise. Tickets of
 * every kind take random walks through the API (seeded, the seed in the test name): dispatches,
 * returns, extensions approved and rejected, co-handling, transfers, regrades, withdrawals, replies
 * before and after their deadlines, revisits satisfied and unsatisfied (which reopen a round), repeat
 * filings, and the timers' warnings and breaches with their escalations, recorded by the writer as the
 * timer records them, or by a late completion in its own transaction. After every step each ticket's
 * facts row must equal its facts recomputed here from its ticket, stage and event rows; at the end the
 * KPI report over the facts must be identical to the report the base-table SQL gives (test/support/
 * kpi-oracle.ts) for several scopes, windows, groupings, periods and instants.
 */
import request from 'supertest';
import { DataSource } from 'typeorm';
import type { RequestActor } from '../../src/auth/actor';
import { KpiQuery } from '../../src/supervision/dto/kpi.dto';
import { KpiService } from '../../src/supervision/kpi.service';
import { FLOW_KINDS } from '../../src/tickets/domain/ticket.types';
import { TicketAccessRepository } from '../../src/tickets/ticket-access.repository';
import { FLOW_LANE } from '../../src/tickets/ticket-state.repository';
import { TicketTransitionService } from '../../src/tickets/ticket-transition.service';
import { KpiOracleRepository } from '../support/kpi-oracle';
import { staffToken } from '../support/org-factory';
import { bearer, ManualClock, startTestApp, TestApp } from '../support/test-app';
import { intake, world, World } from '../support/tickets';

const HOUR = 3_600_000;
const T0 = new Date('2034-06-05T09:00:00+08:00');
const SEED = Number(process.env.KPI_FACTS_SEED ?? 20341);
const TICKETS = 20;
const STEPS = 70;

/** A small deterministic generator (mulberry32), so a failing walk can be replayed with its seed. */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A successful command as the walk's coverage counts it: a revisit by its result (and whether it reopened the ticket). */
const what = (path: string, body: Record<string, unknown>) =>
  path === 'revisit' ? `revisit ${body.result as string}${body.cause === 'poor_handling' ? ' (reopened)' : ''}` : path;

/** Escalated complaints and appeals come from the national centre's channel. */
const national = (kind: string) => kind === 'escalated_complaint' || kind === 'appeal';

interface Walked {
  id: string;
  status: string;
  ownerUnitId: string;
  kind: string;
}

describe(`KPI facts equal the base tables (seed ${SEED})`, () => {
  const clock = new ManualClock(T0);
  const random = rng(SEED);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(random() * xs.length)];
  let t: TestApp;
  let w: World;
  let db: DataSource;
  let nationalKey: string;
  let nationalAgent: string;
  const tickets: Walked[] = [];
  const phones: string[] = [];
  const mismatches: string[] = [];
  /** What the walk did that the facts count: commands that succeeded, and deadlines the timers recorded. */
  const done = new Map<string, number>();
  const count = (what: string) => done.set(what, (done.get(what) ?? 0) + 1);

  const tokenOf = (unitId: string): string | null =>
    ({ [w.province.id]: w.tokens.province, [w.dept.id]: w.tokens.dept, [w.dept2.id]: w.tokens.dept2, [w.national.id]: nationalAgent })[
      unitId
    ] ?? null;

  function post(path: string, token: string | null, body: Record<string, unknown> = {}, apiKey?: string) {
    const req = request(t.http).post(`/api/v1/${path}`);
    if (apiKey) req.set('X-Api-Key', apiKey);
    else if (token) req.set(bearer(token));
    return req.send(body);
  }

  async function fileOne(): Promise<void> {
    const kind = pick(['complaint', 'complaint', 'complaint', 'escalated_complaint', 'appeal', 'inquiry', 'suggestion']);
    // Every third filing repeats an earlier customer: the earlier ticket is linked (a new version of it).
    const phone = phones.length && random() < 0.33 ? pick(phones) : undefined;
    const body = intake(w.province.code, {
      kind,
      customerTier: random() < 0.25 ? 'vip' : 'normal',
      businessType: pick(['mobile', 'gsm', 'lte', 'broadband', 'fixed']),
      contactedAt: new Date(clock.now().getTime() - 10 * 60_000).toISOString(),
      ...(phone ? { customerPhone: phone } : {}),
    });
    const res = await post('tickets', null, body, national(kind) ? nationalKey : w.apiKey);
    if (res.status !== 201) throw new Error(`filing ${kind}: ${res.status} ${JSON.stringify(res.body)}`);
    phones.push(body.customerPhone as string);
    tickets.push({ id: res.body.id, status: res.body.status, ownerUnitId: res.body.ownerUnitId, kind });
  }

  /** One random command the ticket's status allows, by the unit that would give it (refusals are part of the walk). */
  async function commandOn(x: Walked): Promise<void> {
    const owner = tokenOf(x.ownerUnitId);
    const later = (hours: number) => new Date(clock.now().getTime() + hours * HOUR).toISOString();
    const choices: [string, string | null, Record<string, unknown>, string?][] = [];
    switch (x.status) {
      case 'review': {
        const target = x.ownerUnitId === w.national.id ? w.province.id : pick([w.dept.id, w.dept2.id]);
        choices.push(
          ['dispatch', owner, { targetUnitId: target }],
          ['dispatch', owner, { targetUnitId: target }],
          ['dispatch', owner, { targetUnitId: target }],
          ['resolve', owner, { note: '已解释' }],
          ['regrade', owner, { level: pick(['general', 'provincial', 'national']), reason: '重新定级' }],
        );
        if (random() < 0.3) choices.push(['withdraw', null, { reason: '客户撤诉' }, national(x.kind) ? nationalKey : w.apiKey]);
        break;
      }
      case 'sign_for':
        choices.push(
          ['sign', owner, {}],
          ['sign', owner, {}],
          ['return', owner, { reason: pick(['wrong_category', 'other']), text: '非本部门' }],
        );
        break;
      case 'handling': {
        const other = x.ownerUnitId === w.dept.id ? w.dept2.id : w.dept.id;
        choices.push(
          ['feedback', owner, { result: '已处理' }],
          ['feedback', owner, { result: '已处理' }],
          ['extensions', owner, { requestedDueAt: later(60), reason: '需要厂家配合' }],
          ['extensions', owner, { requestedDueAt: later(40), reason: '需要厂家配合' }],
          ['extensions/approve', w.tokens.province, {}],
          ['extensions/approve', w.tokens.province, {}],
          ['extensions/reject', w.tokens.province, { reason: '不同意' }],
          ['cohandling', owner, { unitId: other, task: '协查', dueAt: later(5) }],
          ['cohandling/opinion', tokenOf(other), { opinion: '已协查' }],
          ['transfer', owner, { targetUnitId: other, reason: '转办' }],
        );
        if (x.kind === 'suggestion') {
          choices.push([
            'analysis',
            owner,
            { analysis: '已分析', decision: pick(['adopted', 'not_adopted']), reason: '评估', effectiveFrom: '2034-09-01' },
          ]);
        }
        break;
      }
      case 'feedback_review':
        choices.push(['feedback/accept', owner, {}], ['feedback/accept', owner, {}], ['feedback/reject', owner, { reason: '不完整' }]);
        break;
      case 'reply':
        choices.push(['reply', owner, { text: '已答复' }]);
        break;
      case 'replied':
        choices.push(['close', owner, { attitude: pick(['accepted', 'partially_accepted']) }]);
        break;
      case 'closed':
        choices.push(
          ['revisit', owner, { result: 'satisfied' }],
          ['revisit', owner, { result: 'unsatisfied', cause: 'poor_handling' }],
          ['revisit', owner, { result: 'unsatisfied', cause: 'policy' }],
          ['revisit', owner, { result: 'unreachable' }],
        );
        break;
      default:
        choices.push(['archive', w.tokens.province, {}]);
    }
    const [path, token, body, apiKey] = pick(choices);
    const res = await post(`tickets/${x.id}/${path}`, token ?? w.tokens.province, body, apiKey);
    if (res.status === 200) {
      Object.assign(x, { status: res.body.status, ownerUnitId: res.body.ownerUnitId });
      count(what(path, body));
    } else if (![403, 404, 409, 422].includes(res.status))
      throw new Error(`${path} ${JSON.stringify(body)}: ${res.status} ${JSON.stringify(res.body)}`);
  }

  /** Time passes; the timers record what fell due (or, half the time, not yet: a late completion then records it). */
  async function timePasses(): Promise<void> {
    clock.advance(Math.ceil(random() * 10) * HOUR);
    if (random() < 0.5) return;
    const writer = t.app.get(TicketTransitionService);
    const due = await db.query<{ kind: 'warn' | 'breach'; id: string; gen: number }[]>(
      `SELECT CASE WHEN s.due_at <= $2 AND s.breached_at IS NULL THEN 'breach' ELSE 'warn' END AS kind, s.id, s.deadline_gen AS gen
         FROM ticket_stages s
        WHERE s.ticket_id = ANY ($1::uuid[]) AND s.status = 'open'
          AND ((s.due_at <= $2 AND s.breached_at IS NULL) OR (s.warn_at <= $2 AND s.warned_at IS NULL))`,
      [tickets.map((x) => x.id), clock.now()],
    );
    for (const d of due) {
      if (d.kind === 'breach') await writer.recordDeadline('warn', d.id, d.gen);
      const fired = await writer.recordDeadline(d.kind, d.id, d.gen);
      if (fired) count(fired.escalatedToTier ? `${d.kind} escalated` : d.kind);
    }
    // The owners after escalations.
    const rows = await db.query<{ id: string; status: string; ownerUnitId: string }[]>(
      `SELECT id, status, owner_unit_id AS "ownerUnitId" FROM tickets WHERE id = ANY ($1::uuid[])`,
      [tickets.map((x) => x.id)],
    );
    for (const r of rows)
      Object.assign(
        tickets.find((x) => x.id === r.id)!,
        r,
      );
  }

  /** Each ticket's stored facts against its facts recomputed from its rows, by the report's definitions. */
  async function checkFacts(step: string): Promise<void> {
    const ids = tickets.map((x) => x.id);
    const [stored, base, stages, events] = await Promise.all([
      db.query<Record<string, unknown>[]>(
        `SELECT *, filed_day::text AS filed_day, due_day::text AS due_day FROM ticket_kpi_facts WHERE ticket_id = ANY ($1::uuid[])`,
        [ids],
      ),
      db.query<Record<string, unknown>[]>(`SELECT * FROM tickets WHERE id = ANY ($1::uuid[])`, [ids]),
      db.query<Record<string, unknown>[]>(
        `SELECT ticket_id, kind, status, completed_at, due_at, breached_at, id FROM ticket_stages WHERE ticket_id = ANY ($1::uuid[]) ORDER BY id`,
        [ids],
      ),
      db.query<Record<string, unknown>[]>(`SELECT ticket_id, type, data FROM ticket_events WHERE ticket_id = ANY ($1::uuid[])`, [ids]),
    ]);
    const byTicket = new Map(stored.map((r) => [r.ticket_id as string, r]));
    for (const tk of base) {
      const expected = recompute(
        tk,
        stages.filter((s) => s.ticket_id === tk.id),
        events.filter((e) => e.ticket_id === tk.id),
      );
      const row = byTicket.get(tk.id as string);
      const actual = row ? normalise(row) : null;
      if (JSON.stringify(actual) !== JSON.stringify(expected)) {
        mismatches.push(`${step}: ${tk.id as string}\n  stored   ${JSON.stringify(actual)}\n  expected ${JSON.stringify(expected)}`);
      }
    }
  }

  beforeAll(async () => {
    t = await startTestApp({ APP_ROLE: 'api', SLA_TIME_SCALE: '1' }, clock);
    db = t.app.get(DataSource);
    w = await world(t);
    nationalAgent = await staffToken(t, w.national.id, 'agent');
    const cs = await request(t.http)
      .post('/api/v1/channel-systems')
      .set(bearer(t.admin))
      .send({ name: 'national hotline', channel: 'gm_hotline', orgUnitId: w.national.id })
      .expect(201);
    nationalKey = cs.body.apiKey as string;

    // Three scripted lives first, for what a random walk may miss: an approved extension, a reopening
    // revisit and its second round, a return, a rejected extension, co-handling, and a reply after the commitment.
    for (const kind of ['complaint', 'complaint', 'inquiry']) {
      const res = await post('tickets', null, intake(w.province.code, { kind, contactedAt: clock.now().toISOString() }), w.apiKey);
      tickets.push({ id: res.body.id, status: res.body.status, ownerUnitId: res.body.ownerUnitId, kind });
    }
    const [a, b, c] = tickets.map((x) => x.id);
    const { province: p, dept, dept2 } = w.tokens;
    const script: [string, string, string, Record<string, unknown>?][] = [
      [a, p, 'dispatch', { targetUnitId: w.dept.id }],
      [a, dept, 'sign'],
      [a, dept, 'extensions', { requestedDueAt: new Date(T0.getTime() + 40 * HOUR).toISOString(), reason: '需要厂家配合' }],
      [a, p, 'extensions/approve'],
      [a, dept, 'feedback', { result: '已处理' }],
      [a, p, 'feedback/accept'],
      [a, p, 'reply', { text: '已答复' }],
      [a, p, 'close', { attitude: 'accepted' }],
      [a, p, 'revisit', { result: 'unsatisfied', cause: 'poor_handling' }],
      [a, dept, 'sign'],
      [a, dept, 'feedback', { result: '已再次处理' }],
      [a, p, 'feedback/accept'],
      [a, p, 'reply', { text: '已再次答复' }],
      [a, p, 'close', { attitude: 'accepted' }],
      [a, p, 'revisit', { result: 'satisfied' }],
      [c, p, 'dispatch', { targetUnitId: w.dept.id }],
      [c, dept, 'return', { reason: 'wrong_category', text: '非本部门' }],
      [b, p, 'dispatch', { targetUnitId: w.dept.id }],
      [b, dept, 'sign'],
      [b, dept, 'extensions', { requestedDueAt: new Date(T0.getTime() + 40 * HOUR).toISOString(), reason: '需要厂家配合' }],
      [b, p, 'extensions/reject', { reason: '不同意' }],
      [b, dept, 'cohandling', { unitId: w.dept2.id, task: '协查', dueAt: new Date(T0.getTime() + 5 * HOUR).toISOString() }],
      [b, dept2, 'cohandling/opinion', { opinion: '已协查' }],
      [b, dept, 'feedback', { result: '已处理' }],
      [b, p, 'feedback/accept'],
    ];
    for (const [id, token, path, body] of script) {
      const res = await post(`tickets/${id}/${path}`, token, body ?? {});
      if (res.status !== 200) throw new Error(`${path}: ${res.status} ${JSON.stringify(res.body)}`);
      Object.assign(
        tickets.find((x) => x.id === id)!,
        { status: res.body.status, ownerUnitId: res.body.ownerUnitId },
      );
      count(what(path, body ?? {}));
      await checkFacts(`script ${path}`);
    }
    // B's reply comes after its commitment (provincial 24 h … 48 h): the reply records the breach in its own transaction.
    clock.advance(50 * HOUR);
    await post(`tickets/${b}/reply`, p, { text: '迟到的答复' }).expect(200);
    await post(`tickets/${b}/close`, p, { attitude: 'accepted' }).expect(200);
    await post(`tickets/${b}/revisit`, p, { result: 'unsatisfied', cause: 'policy' }).expect(200);
    await checkFacts('script late reply');

    for (let i = 0; i < TICKETS / 2; i++) await fileOne();
    await checkFacts('filing');
    for (let step = 0; step < STEPS; step++) {
      const r = random();
      if (r < 0.1) await fileOne();
      else if (r < 0.25) await timePasses();
      else {
        // Mostly a ticket still in the workflow: finished ones only archive.
        const open = tickets.filter((x) => !['archived', 'withdrawn', 'revisited'].includes(x.status));
        await commandOn(open.length && random() < 0.9 ? pick(open) : pick(tickets));
      }
      await checkFacts(`step ${step}`);
    }
    while (tickets.length < TICKETS) await fileOne();
    clock.advance(2 * HOUR);
    await checkFacts('end');
    const breaches = await db.query<{ by: string; n: number }[]>(
      `SELECT actor_kind AS by, count(*)::int AS n FROM ticket_events WHERE ticket_id = ANY ($1::uuid[]) AND type = 'stage.breached' GROUP BY 1`,
      [tickets.map((x) => x.id)],
    );
    for (const b of breaches) done.set(`breach recorded by ${b.by}`, b.n);
  }, 240_000);
  afterAll(() => t.close());

  it('keeps every ticket’s facts equal to their recomputation after every step of the walk', () => {
    expect(mismatches).toEqual([]);
    // The walk (scripted part included) went through what the facts count.
    const wanted = [
      'dispatch',
      'sign',
      'return',
      'extensions/approve',
      'extensions/reject',
      'cohandling',
      'transfer',
      'regrade',
      'withdraw',
      'reply',
      'revisit satisfied',
      'revisit unsatisfied (reopened)',
      'breach escalated',
      'breach recorded by staff',
      'breach recorded by system',
    ];
    expect(wanted.filter((what) => !(done.get(what)! > 0))).toEqual([]);
  });

  it('reports exactly what the base-table SQL reports, for each scope, window, grouping, period and instant', async () => {
    const access = t.app.get(TicketAccessRepository);
    const facts = t.app.get(KpiService);
    const oracle = new KpiService(new KpiOracleRepository(db, access), clock);
    const actor = (unitId: string, tier: string, path: string, role = 'supervisor'): RequestActor =>
      ({ kind: 'staff', id: `kpi-${unitId}`, role, unitId, tier, unitPath: path, provinceId: w.province.id }) as RequestActor;
    const unitPath = async (id: string) => (await db.query<{ path: string }[]>('SELECT path FROM org_units WHERE id = $1', [id]))[0].path;
    const actors = [
      actor(w.province.id, 'provincial', await unitPath(w.province.id)),
      { ...actor(w.national.id, 'national', await unitPath(w.national.id)), provinceId: null } as RequestActor,
      actor(w.dept.id, 'department', await unitPath(w.dept.id), 'handler'),
      actor(w.city.id, 'city', await unitPath(w.city.id), 'handler'),
    ];
    const end = clock.now();
    const windows = [
      { from: new Date(T0.getTime() - HOUR), to: new Date(end.getTime() + 10 * 24 * HOUR) },
      { from: new Date(T0.getTime() + 20 * HOUR), to: new Date(T0.getTime() + 60 * HOUR) },
    ];
    const groupings: Pick<KpiQuery, 'groupBy' | 'period'>[] = [
      { groupBy: 'none', period: 'none' },
      { groupBy: 'owner_unit', period: 'month' },
      { groupBy: 'business_type', period: 'day' },
      { groupBy: 'level', period: 'week' },
    ];
    let compared = 0;
    for (const instant of [end, new Date(end.getTime() + 72 * HOUR)]) {
      clock.set(instant);
      for (const a of actors) {
        for (const win of windows) {
          for (const g of groupings) {
            const q: KpiQuery = { from: win.from.toISOString(), to: win.to.toISOString(), ...g };
            expect(await facts.kpis(a, q)).toEqual(await oracle.kpis(a, q));
            compared++;
          }
        }
      }
    }
    expect(compared).toBe(64);
    // The walk's tickets are in the report, with breaches, returns and flow to compare.
    const all = await facts.kpis(actors[0], { from: windows[0].from.toISOString(), to: windows[0].to.toISOString() });
    expect(all.rows[0].ticketsFiled).toBeGreaterThan(TICKETS / 2);
    expect(all.rows[0].averageDelayHours.denominator).toBeGreaterThan(0);
    expect(all.flowTimeliness.find((f) => f.stage === 'handling')!.denominator).toBeGreaterThan(0);
    // And through the API, as the console asks for it.
    const api = await request(t.http)
      .get('/api/v1/kpis')
      .query({ from: windows[0].from.toISOString(), to: windows[0].to.toISOString(), groupBy: 'owner_unit', period: 'month' })
      .set(bearer(w.tokens.province))
      .expect(200);
    expect(api.body).toEqual(
      JSON.parse(
        JSON.stringify(
          await oracle.kpis(actors[0], {
            from: windows[0].from.toISOString(),
            to: windows[0].to.toISOString(),
            groupBy: 'owner_unit',
            period: 'month',
          }),
        ),
      ),
    );
  });
});

/** Postgres values as JSON compares them: instants as ISO strings, numerics as numbers. */
function normalise(row: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(row).sort(([a], [b]) => a.localeCompare(b))) {
    if (['handling_us', 'breach_us', 'breached_open_due_us'].includes(k) || k.endsWith('_flow')) out[k] = v === null ? null : Number(v);
    else if (v instanceof Date) out[k] = v.toISOString();
    else if (Array.isArray(v))
      out[k] = v.map((x: unknown) => (x instanceof Date ? x.toISOString() : typeof x === 'string' && /^\d+$/.test(x) ? Number(x) : x));
    else out[k] = v;
  }
  return out;
}

const time = (v: unknown) => (v === null ? null : (v as Date).getTime());
const micros = (ms: number) => Math.round(ms) * 1000;
/** The local (China Standard Time, no daylight saving) day of an instant. */
const chinaDay = (v: unknown) => (v === null ? null : new Date((v as Date).getTime() + 8 * 3_600_000).toISOString().slice(0, 10));

/** The facts of one ticket by the report's definitions (DOMAIN §9, docs/domain.md §11), from its rows. */
function recompute(
  t: Record<string, unknown>,
  stages: Record<string, unknown>[],
  events: Record<string, unknown>[],
): Record<string, unknown> {
  const commitmentDue = time(t.commitment_due_at);
  const breached = stages.filter((s) => s.breached_at !== null);
  const closedBreached = breached.filter((s) => s.completed_at !== null);
  const openBreached = breached.filter((s) => s.completed_at === null);
  const open = stages.filter((s) => s.status === 'open' && s.kind !== 'commitment');
  const completed = (kind: string) => stages.filter((s) => s.kind === kind && s.status === 'completed');
  const approved = (e: Record<string, unknown>) => e.type === 'extension.decided' && (e.data as { approved?: unknown }).approved === true;
  return normalise({
    ticket_id: t.id,
    province_id: t.province_id,
    channel_system_id: t.channel_system_id,
    owner_unit_id: t.owner_unit_id,
    kind: t.kind,
    level: t.level,
    channel: t.channel,
    customer_tier: t.customer_tier,
    business_type: t.business_type,
    filed_at: t.filed_at,
    filed_day: chinaDay(t.filed_at),
    commitment_due_at: t.commitment_due_at,
    due_day: chinaDay(t.commitment_due_at),
    handling_due_at: t.handling_due_at,
    closed_at: t.closed_at,
    handling_us: t.closed_at === null ? null : micros(time(t.closed_at)! - time(t.filed_at)!),
    withdrawn: t.withdrawn_at !== null,
    ever_dispatched: t.ever_dispatched,
    replied_in_time: stages.some(
      (s) => s.kind === 'commitment' && s.status === 'completed' && commitmentDue !== null && time(s.completed_at)! <= commitmentDue,
    ),
    returned: events.some((e) => e.type === 'ticket.returned'),
    extended: events.some(approved),
    re_handled: (t.handling_round as number) > 1,
    escalated: t.escalated,
    revisit_result: t.revisit_result,
    breached_stages: breached.length,
    breach_us: micros(closedBreached.reduce((sum, s) => sum + time(s.completed_at)! - time(s.due_at)!, 0)),
    breached_open: openBreached.length,
    breached_open_due_us: micros(openBreached.reduce((sum, s) => sum + time(s.due_at)!, 0)),
    ...Object.fromEntries(
      FLOW_KINDS.map((k) => [
        `${k}_flow`,
        completed(k).length * FLOW_LANE + completed(k).filter((s) => time(s.completed_at)! <= time(s.due_at)!).length,
      ]),
    ),
    open_kinds: open.length ? open.map((s) => s.kind) : null,
    open_due: open.length ? open.map((s) => s.due_at) : null,
    adopted: t.replied_at !== null && t.adoption === 'adopted',
    answered: t.replied_at !== null && t.adoption !== null,
    analysed_in_time:
      t.analysed_at !== null &&
      t.handling_due_at !== null &&
      time(t.analysed_at)! <= time(t.handling_due_at)! &&
      !['review', 'sign_for', 'handling'].includes(t.status as string),
  });
}
