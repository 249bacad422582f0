/**
 * Suggestions follow their own flow (DOMAIN §3): dispatched to the responsible department, analysed
 * within a month by their own policy (or by the schedule the department reports), decided adopted or
 * not with a reason and an effective date, and the proposer told the outcome through the channel it
 * used; counted apart from complaints in the KPIs.
 */
import request from 'supertest';
import { Webhook } from 'standardwebhooks';
import { TicketTransitionService } from '../../src/tickets/ticket-transition.service';
import { staffToken } from '../support/org-factory';
import { eventually } from '../support/processes';
import { bearer, ManualClock, startTestApp, TestApp } from '../support/test-app';
import { expectKpi, Kpi } from '../support/kpis';
import { events, file, fileAt as fileWithClock, op, world, World } from '../support/tickets';
import { settleEarlierWebhookTraffic } from '../support/webhook-backlog';
import { startWebhookReceiver, WebhookReceiver } from '../support/webhook-receiver';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

describe('a suggestion from filing to the proposer’s answer', () => {
  let t: TestApp;
  let w: World;
  let receiver: WebhookReceiver;
  let base: string;
  let deptAgent: string;

  beforeAll(async () => {
    await settleEarlierWebhookTraffic();
    receiver = await startWebhookReceiver();
    base = receiver.base;
    t = await startTestApp({ APP_ROLE: 'all', WEBHOOK_RELAY_INTERVAL_MS: '100', WEBHOOK_ALLOWED_HOSTS: '127.0.0.1' });
    w = await world(t);
    deptAgent = await staffToken(t, w.dept.id, 'agent');
  });
  afterAll(async () => {
    await t.close();
    await receiver.close();
  });

  const refusal = async (token: string, id: string, path: string, body: Record<string, unknown>, status: number) =>
    (await request(t.http).post(`/api/v1/tickets/${id}/${path}`).set(bearer(token)).send(body).expect(status)).body.code as string;

  it('is analysed by its own policy, decided with a reason, and the proposer hears the decision and nothing internal', async () => {
    const channelHook = await request(t.http)
      .post('/api/v1/webhook-subscriptions')
      .set('X-Api-Key', w.apiKey)
      .send({ url: `${base}/channel` })
      .expect(201);
    const filedAt = Date.now();
    const ticket = await file(t, w, { kind: 'suggestion', natures: ['service_efficiency'], subject: '建议推出家庭套餐' });
    expect(ticket.level).toBe('provincial');
    // The suggestion's own policy: the proposer is answered within the month and two days, not the 48 h of a provincial complaint.
    const commitment = ticket.openStages.find((s) => s.kind === 'commitment')!;
    expect(Date.parse(commitment.dueAt) - filedAt).toBeGreaterThan(32 * DAY - 5 * 60_000);
    expect(Date.parse(commitment.dueAt) - filedAt).toBeLessThanOrEqual(32 * DAY + 5 * 60_000);

    await op(t, w.tokens.province, ticket.id, 'dispatch', { targetUnitId: w.dept.id });
    const signed = await op(t, w.tokens.dept, ticket.id, 'sign');
    const signedAt = Date.now();
    // Analysis within one month (30 days) of the department's signing.
    expect(Math.abs(Date.parse(signed.handlingDueAt as string) - signedAt - 30 * DAY)).toBeLessThan(5 * 60_000);
    const handling = (await events(t, ticket.id)).stages.find((s) => s.kind === 'handling' && s.status === 'open')!;
    expect(handling).toMatchObject({ ownerUnitId: w.dept.id });

    // What differs from a complaint: plain feedback and an agent's decision are refused.
    expect(await refusal(w.tokens.dept, ticket.id, 'feedback', { result: '已阅' }, 422)).toBe('ANALYSIS_REQUIRED');
    const schedule = new Date(signedAt + 45 * DAY).toISOString();
    expect(await refusal(deptAgent, ticket.id, 'analysis-schedule', { dueAt: schedule, plan: '联合市场部评估' }, 403)).toBe(
      'FORBIDDEN_ROLE',
    );
    expect(await refusal(w.tokens.province, ticket.id, 'analysis-schedule', { dueAt: schedule, plan: '联合市场部评估' }, 403)).toBe(
      'NOT_OWNER',
    );

    // The department reports its schedule: it becomes the deadline, once; past the promise to the proposer, the promise is at risk.
    const scheduled = await op(t, w.tokens.dept, ticket.id, 'analysis-schedule', { dueAt: schedule, plan: '联合市场部评估资费方案' });
    expect(scheduled).toMatchObject({ handlingDueAt: schedule, analysisScheduleAt: schedule });
    expect(await refusal(w.tokens.dept, ticket.id, 'analysis-schedule', { dueAt: schedule, plan: '再延' }, 409)).toBe(
      'SCHEDULE_ALREADY_REPORTED',
    );
    const afterSchedule = await events(t, ticket.id);
    const moved = afterSchedule.stages.find((s) => s.kind === 'handling' && s.status === 'open')!;
    expect(moved.dueAt).toBe(schedule);
    expect(afterSchedule.events.map((e) => e.type)).toEqual(expect.arrayContaining(['suggestion.schedule_reported', 'commitment.at_risk']));
    expect(afterSchedule.events.find((e) => e.type === 'suggestion.schedule_reported')!.data).toMatchObject({
      dueAt: schedule,
      plan: '联合市场部评估资费方案',
    });

    // The analysis with its adoption decision: adopted needs an effective date.
    const decision = { analysis: '现有计费系统可支持家庭套餐', decision: 'adopted', reason: '惠及家庭用户，无需新建系统' };
    expect(await refusal(w.tokens.dept, ticket.id, 'analysis', decision, 422)).toBe('EFFECTIVE_DATE_REQUIRED');
    expect(await refusal(w.tokens.dept, ticket.id, 'analysis', { ...decision, effectiveFrom: '2027-02-30' }, 400)).toBe(
      'VALIDATION_FAILED',
    );
    const analysed = await op(t, w.tokens.dept, ticket.id, 'analysis', { ...decision, effectiveFrom: '2027-01-01' });
    expect(analysed).toMatchObject({
      status: 'feedback_review',
      ownerUnitId: w.province.id,
      resolution: decision.analysis,
      adoption: 'adopted',
      adoptionReason: decision.reason,
      adoptionEffectiveFrom: '2027-01-01',
    });
    expect(Date.parse(analysed.analysedAt as string)).toBeGreaterThanOrEqual(signedAt);

    // The centre reviews and answers the proposer as for a complaint.
    await op(t, w.tokens.province, ticket.id, 'feedback/accept');
    await op(t, w.tokens.province, ticket.id, 'reply', { text: '您的建议已被采纳，2027年1月1日起实施' });
    await op(t, w.tokens.province, ticket.id, 'close', { attitude: 'accepted' });

    const mine = () =>
      receiver.received
        .filter((r) => r.path === '/channel' && (JSON.parse(r.body) as { ticketId: string }).ticketId === ticket.id)
        .map(
          (r) =>
            new Webhook(channelHook.body.secret as string).verify(r.body, r.headers) as { type: string; data: Record<string, unknown> },
        );
    await eventually(async () => mine().some((e) => e.type === 'ticket.closed'), 20_000);
    const heard = mine();
    expect([...new Set(heard.map((e) => e.type))].sort()).toEqual(['ticket.closed', 'ticket.filed', 'ticket.replied', 'ticket.signed']);
    expect(heard.find((e) => e.type === 'ticket.replied')!.data).toEqual({
      text: '您的建议已被采纳，2027年1月1日起实施',
      adoption: { decision: 'adopted', reason: decision.reason, effectiveFrom: '2027-01-01' },
    });
  });

  it('a not-adopted suggestion is answered with the reason and no effective date', async () => {
    const ticket = await file(t, w, { kind: 'suggestion', natures: ['service_efficiency'] });
    await op(t, w.tokens.province, ticket.id, 'dispatch', { targetUnitId: w.dept.id });
    await op(t, w.tokens.dept, ticket.id, 'sign');
    const notAdopted = { analysis: '资费由监管部门核定', decision: 'not_adopted', reason: '不属于公司可调整范围' };
    expect(await refusal(w.tokens.dept, ticket.id, 'analysis', { ...notAdopted, effectiveFrom: '2027-01-01' }, 422)).toBe(
      'EFFECTIVE_DATE_NOT_ALLOWED',
    );
    await op(t, w.tokens.dept, ticket.id, 'analysis', notAdopted);
    // The centre sends the analysis back; the department decides again.
    await op(t, w.tokens.province, ticket.id, 'feedback/reject', { reason: '请说明依据' });
    await op(t, w.tokens.dept, ticket.id, 'analysis', { ...notAdopted, reason: '依据资费管理规定，不属于公司可调整范围' });
    await op(t, w.tokens.province, ticket.id, 'feedback/accept');
    const replied = await op(t, w.tokens.province, ticket.id, 'reply', { text: '感谢建议，暂不采纳' });
    expect(replied).toMatchObject({ adoption: 'not_adopted', adoptionEffectiveFrom: null });
    const reply = (await events(t, ticket.id)).events.find((e) => e.type === 'ticket.replied')!;
    expect(reply.data.adoption).toEqual({ decision: 'not_adopted', reason: '依据资费管理规定，不属于公司可调整范围', effectiveFrom: null });
  });

  it('a complaint has no analysis, and a suggestion is not resolved at the centre', async () => {
    const complaint = await file(t, w);
    await op(t, w.tokens.province, complaint.id, 'dispatch', { targetUnitId: w.dept.id });
    await op(t, w.tokens.dept, complaint.id, 'sign');
    const body = { analysis: '—', decision: 'not_adopted', reason: '—' };
    expect(await refusal(w.tokens.dept, complaint.id, 'analysis', body, 422)).toBe('SUGGESTION_ONLY');
    const later = new Date(Date.now() + 40 * DAY).toISOString();
    expect(await refusal(w.tokens.dept, complaint.id, 'analysis-schedule', { dueAt: later, plan: '—' }, 422)).toBe('SUGGESTION_ONLY');

    const suggestion = await file(t, w, { kind: 'suggestion', natures: ['service_efficiency'] });
    expect(await refusal(w.tokens.province, suggestion.id, 'resolve', { note: '已记录' }, 422)).toBe('ANALYSIS_REQUIRED');
  });

  it('an open suggestion is not auto-upgraded for its month of analysis; a complaint is', async () => {
    const suggestion = await file(t, w, { kind: 'suggestion', natures: ['service_efficiency'] });
    const complaint = await file(t, w);
    // Everything filed up to a minute from now counts as older than the policy age.
    await t.app.get(TicketTransitionService).upgradeAged(new Date(Date.now() + 60_000), t.config.AUTO_UPGRADE_AFTER_HOURS, 100_000);
    const upgraded = async (id: string) => (await events(t, id)).events.some((e) => e.type === 'ticket.upgraded');
    expect(await upgraded(complaint.id)).toBe(true);
    expect(await upgraded(suggestion.id)).toBe(false);
  });
});

/**
 * The suggestions section of the KPI report, counted by hand. Read at T0 + 1100 h over [T0 − 1 h, T0 + 1300 h):
 * - S1: signed T0 (analysis due T0+720 h), analysed and adopted at T0+100 h, answered, closed.
 * - S2: signed T0, schedule reported for T0+1000 h, analysed (not adopted) at T0+900 h: late for the month, on time for its schedule; answered.
 * - S3: signed T0, never analysed: its deadline (T0+720 h) passed.
 * - S4: signed T0, analysed (adopted) at T0+800 h, late; accepted but the proposer not yet answered.
 * - S5: signed T0, withdrawn at T0+10 h.
 * - S6: filed and signed at T0+500 h: analysis due T0+1220 h, not yet.
 * - C1: a complaint filed at T0, never dispatched: the only ticket of the complaint KPIs.
 */
describe('suggestions in the KPIs', () => {
  const T0 = new Date('2030-05-06T10:00:00+08:00');
  const at = (hours: number) => new Date(T0.getTime() + hours * HOUR);
  const clock = new ManualClock(T0);
  let t: TestApp;
  let w: World;
  const from = at(-1).toISOString();
  const to = at(1300).toISOString();

  const fileAt = (over: Record<string, unknown>) => fileWithClock(t, w, clock, over);

  beforeAll(async () => {
    t = await startTestApp({ APP_ROLE: 'api', SLA_TIME_SCALE: '1' }, clock);
    w = await world(t);
    const { province, dept } = w.tokens;
    const suggestion = { kind: 'suggestion', natures: ['service_efficiency'] };
    const signedSuggestion = async () => {
      const id = await fileAt(suggestion);
      await op(t, province, id, 'dispatch', { targetUnitId: w.dept.id });
      await op(t, dept, id, 'sign');
      return id;
    };
    const answer = async (id: string, analysis: Record<string, unknown>, reply: boolean) => {
      await op(t, dept, id, 'analysis', { analysis: '分析', ...analysis });
      await op(t, province, id, 'feedback/accept');
      if (!reply) return;
      await op(t, province, id, 'reply', { text: '答复' });
      await op(t, province, id, 'close', { attitude: 'accepted' });
    };
    const adopted = { decision: 'adopted', reason: '可行', effectiveFrom: '2030-09-01' };

    await fileAt({ natures: ['network_quality'] });
    const [s1, s2, s3, s4, s5] = [
      await signedSuggestion(),
      await signedSuggestion(),
      await signedSuggestion(),
      await signedSuggestion(),
      await signedSuggestion(),
    ];
    void s3;
    await op(t, dept, s2, 'analysis-schedule', { dueAt: at(1000).toISOString(), plan: '需联合评估' });
    clock.set(at(10));
    await request(t.http).post(`/api/v1/tickets/${s5}/withdraw`).set('X-Api-Key', w.apiKey).send({ reason: '不再需要' }).expect(200);
    clock.set(at(100));
    await answer(s1, adopted, true);
    clock.set(at(500));
    await signedSuggestion();
    clock.set(at(800));
    await answer(s4, adopted, false);
    clock.set(at(900));
    await answer(s2, { decision: 'not_adopted', reason: '不可行' }, true);
    clock.set(at(1100));
  });
  afterAll(() => t.close());

  it('reports received, analysed on time ÷ due and the adoption rate, each with its parts', async () => {
    const res = await request(t.http).get('/api/v1/kpis').query({ from, to }).set(bearer(w.tokens.province)).expect(200);
    const { suggestions } = res.body as { suggestions: { received: number; analysedOnTime: Kpi; adoptionRate: Kpi } };
    expect(suggestions.received).toBe(6);
    // Due by now: S1, S3, S4 (T0+720 h) and S2 (its schedule, T0+1000 h); S5 withdrawn, S6 not yet due. In time: S1, S2.
    expectKpi(suggestions.analysedOnTime, 2, 4);
    // Answered with a decision: S1 adopted, S2 not adopted; S4's proposer has not been told yet.
    expectKpi(suggestions.adoptionRate, 1, 2);
  });

  it('leaves suggestions out of every complaint KPI', async () => {
    const res = await request(t.http).get('/api/v1/kpis').query({ from, to }).set(bearer(w.tokens.province)).expect(200);
    const row = res.body.rows[0] as { ticketsFiled: number; onTimeClosureRate: Kpi; firstContactResolutionRate: Kpi; returnRate: Kpi };
    // C1 alone: filed, never answered, its 24 h commitment long passed.
    expect(row.ticketsFiled).toBe(1);
    expect([row.onTimeClosureRate.numerator, row.onTimeClosureRate.denominator]).toEqual([0, 1]);
    expect([row.returnRate.numerator, row.returnRate.denominator]).toEqual([0, 0]);
    const flow = Object.fromEntries((res.body.flowTimeliness as (Kpi & { stage: string })[]).map((f) => [f.stage, f]));
    // C1's review stage, open past its 4 h; none of the suggestions' review, sign-for or analysis stages.
    expect([flow.review.numerator, flow.review.denominator]).toEqual([0, 1]);
    expect(flow.handling.denominator).toBe(0);
    expect(flow.sign_for.denominator).toBe(0);
    const hot = await request(t.http).get('/api/v1/kpis/hot-issues').query({ from, to }).set(bearer(w.tokens.province)).expect(200);
    expect(hot.body.issues).toEqual([{ businessType: 'mobile', nature: 'network_quality', count: 1 }]);
  });

  it('counts only the suggestions the caller may see', async () => {
    const res = await request(t.http).get('/api/v1/kpis').query({ from, to }).set(bearer(w.tokens.dept2)).expect(200);
    expect(res.body.suggestions.received).toBe(0);
    expectKpi(res.body.suggestions.analysedOnTime, 0, 0);
  });
});
