/**
 * KPIs as the standard defines them (DOMAIN §9), on a dataset whose expected values are counted by
 * hand below: a late first-contact reply, a withdrawn ticket, one not yet due, a multi-round ticket
 * with its only extension in the first round (its second round signed for and promised anew), and an open ticket past its deadline. An injected clock
 * places every step; provincial complaints promise a reply within 48 h.
 */
import request from 'supertest';
import { DataSource } from 'typeorm';
import type { RequestActor } from '../../src/auth/actor';
import { KpiService } from '../../src/supervision/kpi.service';
import { TicketAccessRepository } from '../../src/tickets/ticket-access.repository';
import { KPI_TICKET_MEASURES } from '../../src/supervision/dto/kpi.dto';
import { uniqueCode } from '../support/org-factory';
import { bearer, ManualClock, startTestApp, TestApp } from '../support/test-app';
import { KpiOracleRepository } from '../support/kpi-oracle';
import { expectKpi, Kpi } from '../support/kpis';
import { fileAt as fileWithClock, op, world, World } from '../support/tickets';

const HOUR = 3_600_000;
const T0 = new Date('2030-03-04T10:00:00+08:00');
const at = (hours: number) => new Date(T0.getTime() + hours * HOUR);

describe('KPIs and hot issues', () => {
  const clock = new ManualClock(T0);
  let t: TestApp;
  let w: World;
  const from = at(-1).toISOString();
  const to = at(100).toISOString();

  const fileAt = (over: Record<string, unknown>) => fileWithClock(t, w, clock, over);
  /** The tickets by their letter below. */
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    t = await startTestApp({ APP_ROLE: 'api', SLA_TIME_SCALE: '1' }, clock);
    w = await world(t);
    const tk = w.tokens;

    // T0: A, B, C, D, F are filed.
    const a = await fileAt({ businessType: 'mobile', natures: ['network_quality'] });
    const b = await fileAt({ businessType: 'gsm', natures: ['network_quality'] });
    const c = await fileAt({ businessType: 'lte', natures: ['billing'] });
    const d = await fileAt({ businessType: 'broadband', natures: ['billing'] });
    const f = await fileAt({ businessType: 'wcdma', natures: ['network_quality'] });
    Object.assign(ids, { a, b, c, d, f });
    // A and B: resolved at the centre, without dispatch.
    await op(t, tk.province, a, 'resolve', { note: '已解释' });
    await op(t, tk.province, b, 'resolve', { note: '已解释' });
    // C, round 1: dispatched, an extension approved, handled and accepted.
    await op(t, tk.province, c, 'dispatch', { targetUnitId: w.dept.id });
    await op(t, tk.dept, c, 'sign');
    await op(t, tk.dept, c, 'extensions', { requestedDueAt: at(30).toISOString(), reason: '需要厂家配合' });
    await op(t, tk.province, c, 'extensions/approve', {});
    await op(t, tk.dept, c, 'feedback', { result: '已处理' });
    await op(t, tk.province, c, 'feedback/accept');
    // F: dispatched and signed, then nothing: its handling (24 h) and its commitment (48 h) pass.
    await op(t, tk.province, f, 'dispatch', { targetUnitId: w.dept.id });
    await op(t, tk.dept, f, 'sign');

    // T0+1h: A replied in time and closed satisfied; D withdrawn; C replied, closed, then reopened for poor handling.
    clock.set(at(1));
    await op(t, tk.province, a, 'reply', { text: '已答复' });
    await op(t, tk.province, a, 'close', { attitude: 'accepted' });
    await op(t, tk.province, a, 'revisit', { result: 'satisfied' });
    await request(t.http).post(`/api/v1/tickets/${d}/withdraw`).set('X-Api-Key', w.apiKey).send({ reason: '客户撤诉' }).expect(200);
    await op(t, tk.province, c, 'reply', { text: '已处理' });
    await op(t, tk.province, c, 'close', { attitude: 'accepted' });
    await op(t, tk.province, c, 'revisit', { result: 'unsatisfied', cause: 'poor_handling' });
    // C, round 2: the department signs for the new round at once.
    await op(t, tk.dept, c, 'sign');

    // T0+3h: C, round 2, without an extension: handled, replied, closed satisfied.
    clock.set(at(3));
    await op(t, tk.dept, c, 'feedback', { result: '已再次处理' });
    await op(t, tk.province, c, 'feedback/accept');
    await op(t, tk.province, c, 'reply', { text: '已再次处理' });
    await op(t, tk.province, c, 'close', { attitude: 'accepted' });
    await op(t, tk.province, c, 'revisit', { result: 'satisfied' });

    // T0+40h: E is filed; its commitment (T0+88h) is not yet due when the KPIs are read.
    clock.set(at(40));
    ids.e = await fileAt({ businessType: 'mobile', natures: ['network_quality'] });

    // T0+50h: B's first-contact reply comes two hours after its commitment deadline.
    clock.set(at(50));
    await op(t, tk.province, b, 'reply', { text: '已答复' });
    await op(t, tk.province, b, 'close', { attitude: 'accepted' });
    await op(t, tk.province, b, 'revisit', { result: 'unsatisfied', cause: 'policy' });

    clock.set(at(60));
  });
  afterAll(() => t.close());

  const kpis = (query: Record<string, string>, token = w.tokens.province) =>
    request(t.http).get('/api/v1/kpis').query(query).set(bearer(token));

  it('computes every KPI by its definition, with its numerator, denominator and target', async () => {
    const res = await kpis({ from, to }).expect(200);
    expect(res.body.rows).toHaveLength(1);
    const row = res.body.rows[0];
    expect(row).toMatchObject({ period: null, group: null, ticketsFiled: 6 });

    // Due in [from, now): A, B, C, F (48 h after T0). D is withdrawn, E not yet due. In time: A (1 h) and C (first reply at 1 h).
    expectKpi(row.onTimeClosureRate, 2, 4, 0.95);
    // Never dispatched and replied within the limit: A. B's reply was late; D withdrew; E is unanswered. Over all six.
    expectKpi(row.firstContactResolutionRate, 1, 6, null);
    // Revisited with an answer: A satisfied, B unsatisfied, C satisfied at its last revisit.
    expectKpi(row.satisfactionRate, 2, 3, 0.95);
    // An approved extension in any round: C (round 1 only). Ever dispatched: C, F.
    expectKpi(row.extensionRate, 1, 2, null);
    expectKpi(row.returnRate, 0, 2, null);
    // A second handling round: C, among the revisited A, B, C.
    expectKpi(row.reHandlingRate, 1, 3, null);
    expectKpi(row.escalationRate, 0, 6, null);
    expectKpi(row.escalatedResolutionRate, 0, 0, 0.95);
    // Closed: A after 1 h, B after 50 h, C (last closed) after 3 h.
    expectKpi(row.averageHandlingHours, 54, 3, null);

    const flow = Object.fromEntries((res.body.flowTimeliness as (Kpi & { stage: string })[]).map((f) => [f.stage, f]));
    expect(flow.commitment).toBeUndefined();
    // Sign-for (1 h): C's first round and its re-handling round each signed at once, and F.
    expectKpi(flow.sign_for, 3, 3, 0.99);
    // Handling: C's two rounds in time; F's still open past its 24 h.
    expectKpi(flow.handling, 2, 3, 0.99);
    // Reply (2 h): A and C's two replies in time; B's answered 50 h after the centre resolved it.
    expectKpi(flow.reply, 3, 4, 0.99);
    expectKpi(flow.cohandling, 0, 0, 0.99);
  });

  it('lists exactly the tickets behind each part of a KPI, as many as the report counts', async () => {
    const drill = (query: Record<string, string>, token = w.tokens.province) =>
      request(t.http)
        .get('/api/v1/kpis/tickets')
        .query({ from, to, ...query })
        .set(bearer(token));
    const listed = async (measure: string, part: string, token = w.tokens.province) => {
      const body = (await drill({ measure, part }, token).expect(200)).body as { total: number; items: { id: string }[] };
      expect(body.items).toHaveLength(body.total);
      return body.items.map((i) => i.id).sort();
    };
    const tickets = (...letters: string[]) => letters.map((l) => ids[l]).sort();
    // As counted above: due A, B, C, F, of which A and C in time; all six filed; revisited A, B, C; dispatched C, F.
    expect(await listed('onTimeClosureRate', 'denominator')).toEqual(tickets('a', 'b', 'c', 'f'));
    expect(await listed('onTimeClosureRate', 'numerator')).toEqual(tickets('a', 'c'));
    expect(await listed('ticketsFiled', 'denominator')).toEqual(tickets('a', 'b', 'c', 'd', 'e', 'f'));
    expect(await listed('firstContactResolutionRate', 'numerator')).toEqual(tickets('a'));
    expect(await listed('satisfactionRate', 'denominator')).toEqual(tickets('a', 'b', 'c'));
    expect(await listed('satisfactionRate', 'numerator')).toEqual(tickets('a', 'c'));
    expect(await listed('extensionRate', 'denominator')).toEqual(tickets('c', 'f'));
    expect(await listed('extensionRate', 'numerator')).toEqual(tickets('c'));
    expect(await listed('reHandlingRate', 'numerator')).toEqual(tickets('c'));
    expect(await listed('escalatedResolutionRate', 'denominator')).toEqual([]);
    // The department sees the tickets it handled only, here as in the report.
    expect(await listed('ticketsFiled', 'denominator', w.tokens.dept)).toEqual(tickets('c', 'f'));

    // Every part of every counted KPI of every (day, owner unit) row: the drill-down's total is the report's figure.
    const report = (await kpis({ from, to, period: 'day', groupBy: 'owner_unit' }).expect(200)).body as {
      rows: (Record<string, Kpi> & { period: string; group: string; ticketsFiled: number })[];
    };
    expect(report.rows.length).toBeGreaterThan(2);
    const measures = KPI_TICKET_MEASURES.filter((m) => m !== 'ticketsFiled');
    for (const row of report.rows) {
      const start = Date.parse(`${row.period}T00:00:00+08:00`);
      const day = {
        from: new Date(Math.max(start, Date.parse(from))).toISOString(),
        to: new Date(Math.min(start + 24 * HOUR, Date.parse(to))).toISOString(),
      };
      const total = async (measure: string, part: string) =>
        (await drill({ ...day, measure, part, groupBy: 'owner_unit', group: row.group }).expect(200)).body.total as number;
      expect([row.period, row.group, await total('ticketsFiled', 'denominator')]).toEqual([row.period, row.group, row.ticketsFiled]);
      for (const measure of measures)
        for (const part of ['numerator', 'denominator'] as const)
          expect([row.period, row.group, measure, part, await total(measure, part)]).toEqual([
            row.period,
            row.group,
            measure,
            part,
            row[measure][part],
          ]);
    }

    // An average is no count of tickets; a group needs its groupBy.
    await drill({ measure: 'averageHandlingHours' }).expect(400);
    const noGroup = await drill({ measure: 'ticketsFiled', groupBy: 'owner_unit' }).expect(400);
    expect(noGroup.body.code).toBe('GROUP_REQUIRED');
  });

  it('counts an extension of an earlier round after the ticket is reopened', async () => {
    // C's extension counter restarted with round 2; the rate still sees round 1's approved extension.
    const res = await kpis({ from, to, groupBy: 'business_type' }).expect(200);
    const lte = (res.body.rows as { group: string; extensionRate: Kpi }[]).find((r) => r.group === 'lte')!;
    expectKpi(lte.extensionRate, 1, 1, null);
  });

  it('moves a ticket into the on-time denominator only once its deadline has passed', async () => {
    clock.set(at(90));
    const res = await kpis({ from, to }).expect(200);
    // E fell due at T0+88h, unanswered.
    expectKpi(res.body.rows[0].onTimeClosureRate, 2, 5, 0.95);
    clock.set(at(60));
  });

  it('only aggregates what the caller may see', async () => {
    // The department handled C and F only.
    const res = await kpis({ from, to }, w.tokens.dept).expect(200);
    const row = res.body.rows[0];
    expect(row.ticketsFiled).toBe(2);
    expectKpi(row.firstContactResolutionRate, 0, 2, null);
    expectKpi(row.onTimeClosureRate, 1, 2, 0.95);
  });

  it('refuses a bad range and non-staff callers', async () => {
    const bad = await kpis({ from: to, to: from }).expect(400);
    expect(bad.body.code).toBe('INVALID_RANGE');
    await kpis({ from, to: new Date(Date.parse(from) + 367 * 86_400_000).toISOString() }).expect(400);
    await kpis({ from: 'yesterday', to }).expect(400);
    await kpis({ from, to, groupBy: 'colour' }).expect(400);
    await request(t.http).get('/api/v1/kpis').query({ from, to }).set('X-Api-Key', w.apiKey).expect(403);
    await request(t.http).get('/api/v1/kpis/hot-issues').query({ from, to }).set('X-Api-Key', w.apiKey).expect(403);
  });

  it('rolls sub-types up to their parent business type in hot issues', async () => {
    const res = await request(t.http).get('/api/v1/kpis/hot-issues').query({ from, to }).set(bearer(w.tokens.province)).expect(200);
    // mobile: A, E (mobile), B (gsm), F (wcdma) with network quality; C (lte) with billing.
    expect(res.body.issues).toEqual([
      { businessType: 'mobile', nature: 'network_quality', count: 4 },
      { businessType: 'broadband', nature: 'billing', count: 1 },
      { businessType: 'mobile', nature: 'billing', count: 1 },
    ]);
    expect(res.body.spikes).toEqual([]);
    const top = await request(t.http)
      .get('/api/v1/kpis/hot-issues')
      .query({ from, to, limit: 1 })
      .set(bearer(w.tokens.province))
      .expect(200);
    expect(top.body.issues).toHaveLength(1);
  });

  it('counts the listed hot issues by period in Beijing time, each summing to its count', async () => {
    const hot = (query: Record<string, unknown>) =>
      request(t.http)
        .get('/api/v1/kpis/hot-issues')
        .query({ from, to, ...query })
        .set(bearer(w.tokens.province));
    const byDay = (await hot({ period: 'day' }).expect(200)).body;
    // A, B, F (mobile, network quality), C and D on 2030-03-04; E on 2030-03-06 (T0 + 40 h is 02:00 Beijing time).
    expect(byDay.series).toEqual([
      { period: '2030-03-04', businessType: 'mobile', nature: 'network_quality', count: 3 },
      { period: '2030-03-04', businessType: 'broadband', nature: 'billing', count: 1 },
      { period: '2030-03-04', businessType: 'mobile', nature: 'billing', count: 1 },
      { period: '2030-03-06', businessType: 'mobile', nature: 'network_quality', count: 1 },
    ]);
    expect(byDay.issues).toEqual((await hot({}).expect(200)).body.issues);
    expect((await hot({ period: 'month', limit: 1 }).expect(200)).body.series).toEqual([
      { period: '2030-03-01', businessType: 'mobile', nature: 'network_quality', count: 4 },
    ]);
    expect((await hot({}).expect(200)).body.series).toEqual([]);
    expect((await hot({ period: 'year' }).expect(400)).headers['content-type']).toMatch(/application\/problem\+json/);
  });

  it('flags a spike of similar tickets in a province, sub-types included', async () => {
    const voip = `voip_${uniqueCode('x').toLowerCase()}`;
    await request(t.http)
      .post('/api/v1/taxonomy')
      .set(bearer(t.admin))
      .send({ kind: 'business_type', code: voip, label: 'VoIP', parentCode: 'fixed' })
      .expect(201);
    for (let i = 0; i < 10; i++) await fileAt({ businessType: i % 2 ? voip : 'fixed', natures: ['service_attitude'] });
    const res = await request(t.http)
      .get('/api/v1/kpis/hot-issues')
      .query({ from: at(-6 * 24).toISOString(), to: at(61).toISOString() })
      .set(bearer(w.tokens.province))
      .expect(200);
    expect(res.body.issues[0]).toEqual({ businessType: 'fixed', nature: 'service_attitude', count: 10 });
    expect(res.body.spikes).toEqual([
      expect.objectContaining({
        provinceId: w.province.id,
        provinceCode: w.province.code,
        businessType: 'fixed',
        nature: 'service_attitude',
        last24h: 10,
        suggestedFlag: 'mass_incident',
      }),
    ]);
  });

  it('counts a ticket of several natures under each, in every period, as counting each (ticket, nature) does', async () => {
    await fileAt({ businessType: 'lte', natures: ['billing', 'network_quality', 'service_attitude'] });
    const db = t.app.get(DataSource);
    const service = t.app.get(KpiService);
    const oracle = new KpiService(new KpiOracleRepository(db, t.app.get(TicketAccessRepository)), clock);
    const unitPath = async (id: string) => (await db.query<{ path: string }[]>('SELECT path FROM org_units WHERE id = $1', [id]))[0].path;
    const actors = [
      { kind: 'staff', id: 'hot-province', role: 'supervisor', unitId: w.province.id, tier: 'provincial', provinceId: w.province.id },
      { kind: 'staff', id: 'hot-national', role: 'supervisor', unitId: w.national.id, tier: 'national', provinceId: null },
    ];
    const window = { from: at(-6 * 24).toISOString(), to: at(61).toISOString() };
    let compared = 0;
    for (const a of actors) {
      const actor = { ...a, unitPath: await unitPath(a.unitId) } as RequestActor;
      for (const period of ['none', 'day', 'week', 'month'] as const) {
        const q = { ...window, limit: 20, period };
        expect(await service.hotIssues(actor, q)).toEqual(await oracle.hotIssues(actor, q));
        compared++;
      }
    }
    expect(compared).toBe(8);
    const res = await request(t.http).get('/api/v1/kpis/hot-issues').query(window).set(bearer(w.tokens.province)).expect(200);
    // The new ticket counts once under each of its three natures (mobile: lte rolls up).
    expect(res.body.issues).toEqual(
      expect.arrayContaining([
        { businessType: 'mobile', nature: 'network_quality', count: 5 },
        { businessType: 'mobile', nature: 'billing', count: 2 },
        { businessType: 'mobile', nature: 'service_attitude', count: 1 },
        { businessType: 'fixed', nature: 'service_attitude', count: 10 },
      ]),
    );
    expect(res.body.spikes).toHaveLength(1);
  });
});
