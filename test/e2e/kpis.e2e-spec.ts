import request from 'supertest';
import { file, op, world, World } from '../support/tickets';
import { bearer, startTestApp, TestApp } from '../support/test-app';

describe('KPIs and hot issues', () => {
  let t: TestApp;
  let w: World;
  let from: string;
  let to: string;

  beforeAll(async () => {
    t = await startTestApp({ APP_ROLE: 'api' });
    w = await world(t);
    from = new Date(Date.now() - 60_000).toISOString();
    const tk = w.tokens;

    // A: resolved at the centre, replied, closed, revisited satisfied.
    const a = await file(t, w, { natures: ['network_quality'] });
    await op(t, tk.province, a.id, 'resolve', { note: '已解释' });
    await op(t, tk.province, a.id, 'reply', { text: '已答复' });
    await op(t, tk.province, a.id, 'close', { attitude: 'accepted' });
    await op(t, tk.province, a.id, 'revisit', { result: 'satisfied' });

    // B: dispatched, returned, re-dispatched, handled, replied, closed, revisited unsatisfied (policy: no new round).
    const b = await file(t, w, { natures: ['network_quality', 'billing'] });
    await op(t, tk.province, b.id, 'dispatch', { targetUnitId: w.dept.id });
    await op(t, tk.dept, b.id, 'return', { reason: 'not_our_responsibility' });
    await op(t, tk.province, b.id, 'dispatch', { targetUnitId: w.dept2.id });
    await op(t, tk.dept2, b.id, 'sign');
    await op(t, tk.dept2, b.id, 'feedback', { result: '已处理' });
    await op(t, tk.province, b.id, 'feedback/accept');
    await op(t, tk.province, b.id, 'reply', { text: '已处理' });
    await op(t, tk.province, b.id, 'close', { attitude: 'accepted' });
    await op(t, tk.province, b.id, 'revisit', { result: 'unsatisfied', cause: 'policy' });

    // C: dispatched, signed, extension requested.
    const c = await file(t, w, { businessType: 'broadband', natures: ['network_quality'] });
    await op(t, tk.province, c.id, 'dispatch', { targetUnitId: w.dept.id });
    const signed = await op(t, tk.dept, c.id, 'sign');
    const later = new Date(new Date(signed.handlingDueAt).getTime() + 24 * 3_600_000).toISOString();
    await op(t, tk.dept, c.id, 'extensions', { requestedDueAt: later, reason: '需要厂家配合' });

    // D: left in review.
    await file(t, w, { businessType: 'broadband', natures: ['billing'] });

    // Wide enough for every commitment deadline to fall inside.
    to = new Date(Date.now() + 90 * 86_400_000).toISOString();
  });
  afterAll(() => t.close());

  const kpis = (query: Record<string, string>, token = w.tokens.province) =>
    request(t.http).get('/api/v1/kpis').query(query).set(bearer(token));

  it('computes every KPI over the province of a provincial supervisor', async () => {
    const res = await kpis({ from, to }).expect(200);
    expect(res.body).toMatchObject({ groupBy: 'none', period: 'none' });
    expect(res.body.rows).toHaveLength(1);
    const row = res.body.rows[0];
    expect(row).toMatchObject({
      period: null,
      group: null,
      ticketsFiled: 4,
      onTimeClosureRate: 0.5, // A and B replied before their commitment deadline, C and D not yet
      firstContactResolutionRate: 0.25, // A only
      satisfactionRate: 0.5, // A satisfied, B unsatisfied
      averageDelayHours: null, // nothing breached
      returnRate: 0.5, // B of the dispatched B, C
      extensionRate: 0.5, // C of B, C
      reHandlingRate: 0, // neither revisited ticket reopened
      escalationRate: 0,
      escalatedResolutionRate: null, // no escalated complaint due
    });
    expect(row.averageHandlingHours).toBeGreaterThan(0);
    expect(row.averageHandlingHours).toBeLessThan(1);

    const flow = Object.fromEntries(
      (res.body.flowTimeliness as { stage: string; completed: number; inTime: number; rate: number | null }[]).map((f) => [f.stage, f]),
    );
    expect(flow.commitment).toBeUndefined();
    // Review: A (resolved), B twice (dispatched, returned, re-dispatched), C. D's is still open.
    expect(flow.review).toEqual({ stage: 'review', completed: 4, inTime: 4, rate: 1 });
    // Sign-for: B's two dispatches and C's.
    expect(flow.sign_for).toEqual({ stage: 'sign_for', completed: 3, inTime: 3, rate: 1 });
    expect(flow.handling).toEqual({ stage: 'handling', completed: 1, inTime: 1, rate: 1 });
    expect(flow.reply).toEqual({ stage: 'reply', completed: 2, inTime: 2, rate: 1 });
    expect(flow.revisit).toEqual({ stage: 'revisit', completed: 2, inTime: 2, rate: 1 });
    expect(flow.cohandling).toEqual({ stage: 'cohandling', completed: 0, inTime: 0, rate: null });
  });

  it('splits by business type', async () => {
    const res = await kpis({ from, to, groupBy: 'business_type' }).expect(200);
    const rows = res.body.rows as { group: string; ticketsFiled: number; firstContactResolutionRate: number; onTimeClosureRate: number }[];
    expect(rows.map((r) => r.group)).toEqual(['broadband', 'mobile']);
    expect(rows[0]).toMatchObject({ ticketsFiled: 2, firstContactResolutionRate: 0, onTimeClosureRate: 0, satisfactionRate: null });
    expect(rows[1]).toMatchObject({ ticketsFiled: 2, firstContactResolutionRate: 0.5, onTimeClosureRate: 1, satisfactionRate: 0.5 });
  });

  it('buckets by day in Shanghai time', async () => {
    // A window holding the filings but none of the commitment deadlines: one bucket.
    const res = await kpis({ from, to: new Date(Date.now() + 60_000).toISOString(), period: 'day' }).expect(200);
    // Filings normally share one Shanghai day; if the run straddles midnight there (16:00 UTC) they span two.
    const rows = res.body.rows as { period: string; ticketsFiled: number; onTimeClosureRate: number | null }[];
    expect(rows.length).toBeGreaterThanOrEqual(1);
    expect(rows.length).toBeLessThanOrEqual(2);
    for (const row of rows) {
      expect(row.period).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(row.onTimeClosureRate).toBeNull();
    }
    expect(rows.reduce((n, r) => n + r.ticketsFiled, 0)).toBe(4);
  });

  it('only aggregates what the caller may see', async () => {
    // The second department took part in B only.
    const res = await kpis({ from, to }, w.tokens.dept2).expect(200);
    expect(res.body.rows[0]).toMatchObject({ ticketsFiled: 1, returnRate: 1, firstContactResolutionRate: 0 });
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

  it('counts hot issues by business type × nature, most frequent first', async () => {
    const res = await request(t.http).get('/api/v1/kpis/hot-issues').query({ from, to }).set(bearer(w.tokens.province)).expect(200);
    expect(res.body.issues).toEqual([
      { businessType: 'mobile', nature: 'network_quality', count: 2 },
      { businessType: 'broadband', nature: 'billing', count: 1 },
      { businessType: 'broadband', nature: 'network_quality', count: 1 },
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

  it('flags a spike of similar tickets in a province', async () => {
    const spikeFrom = new Date(Date.now() - 6 * 86_400_000).toISOString();
    for (let i = 0; i < 10; i++) await file(t, w, { businessType: 'fixed', natures: ['service_attitude'] });
    const res = await request(t.http)
      .get('/api/v1/kpis/hot-issues')
      .query({ from: spikeFrom, to: new Date(Date.now() + 60_000).toISOString() })
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
});
