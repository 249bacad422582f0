/**
 * The bodies real deliveries carry, over a lifecycle that raises every notified event type: each
 * conforms to its `webhooks` entry in openapi.json, names the ticket (number, subject,
 * classification, API path) and the stage concerned with its deadlines, so a receiver can act
 * without reading the ticket; the co-handler hears its own deadline; the filing channel system
 * gets its own body for milestones only.
 */
import { createServer, Server } from 'node:http';
import { AddressInfo } from 'node:net';
import request from 'supertest';
import { NOTIFIED_EVENT_TYPES, NotifiedEventType } from '../../src/tickets/domain/ticket-events';
import { NOTICE_RULES } from '../../src/tickets/domain/ticket-notice';
import { TicketTransitionService } from '../../src/tickets/ticket-transition.service';
import { webhookBodyProblems } from '../support/contract';
import { eventually } from '../support/processes';
import { bearer, ManualClock, startTestApp, TestApp } from '../support/test-app';
import { file, op, world, World } from '../support/tickets';
import { suiteDatabase } from '../support/worker-database';

type Body = Record<string, unknown> & {
  eventId: string;
  type: string;
  ticketId: string;
  stage?: { kind: string; unitId: string; warnAt: string; dueAt: string } | null;
  data: Record<string, unknown>;
};

/** What the two tickets below go through: every notified type of a complaint's course (the unit test covers each type's body). */
const LIFECYCLE: readonly NotifiedEventType[] = [
  'ticket.filed',
  'ticket.dispatched',
  'ticket.signed',
  'ticket.returned',
  'ticket.transferred',
  'cohandling.assigned',
  'cohandling.cancelled',
  'extension.requested',
  'extension.decided',
  'ticket.help_requested',
  'feedback.submitted',
  'feedback.rejected',
  'ticket.replied',
  'ticket.closed',
  'ticket.reopened',
  'stage.warning',
  'stage.breached',
  'ticket.escalated',
  'supervision.issued',
  'ticket.urged',
  'ticket.upgraded',
  'commitment.at_risk',
  'ticket.revisited',
  'ticket.withdrawn',
  'ticket.archived',
];

describe('webhook payloads on real deliveries', () => {
  let t: TestApp;
  let w: World;
  let server: Server;
  let base: string;
  const clock = new ManualClock();
  const received: { path: string; body: Body }[] = [];

  let own: { url: string; drop: () => Promise<void> };
  beforeAll(async () => {
    // A database of its own: every message and delivery in it is this suite's, and no process an earlier
    // suite left running on the worker's database can claim them.
    own = await suiteDatabase('webhook_payloads');
    server = createServer((req, res) => {
      let raw = '';
      req.on('data', (c: Buffer) => (raw += c.toString()));
      req.on('end', () => {
        received.push({ path: req.url ?? '/', body: JSON.parse(raw) as Body });
        res.writeHead(204).end();
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    t = await startTestApp(
      {
        APP_ROLE: 'all',
        WEBHOOK_RELAY_INTERVAL_MS: '100',
        WEBHOOK_ALLOWED_HOSTS: '127.0.0.1',
        // Its own queues too: no process of an earlier suite takes its delivery jobs.
        DATABASE_URL: own.url,
        REDIS_PREFIX: `${process.env.REDIS_PREFIX}_payloads`,
      },
      clock,
    );
    w = await world(t);
  });
  afterAll(async () => {
    await t.close();
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
    await own.drop();
  });

  const to = (path: string, ticketId: string) => received.filter((r) => r.path === path && r.body.ticketId === ticketId).map((r) => r.body);
  const ticketOf = async (id: string) =>
    (await request(t.http).get(`/api/v1/tickets/${id}`).set(bearer(w.tokens.province)).expect(200)).body as {
      number: string;
      handlingDueAt: string | null;
      commitmentDueAt: string;
      openStages: { id: string; kind: string; ownerUnitId: string; warnAt: string; dueAt: string }[];
    };

  it('carries everything a receiver acts on, for every notified type', async () => {
    clock.set(new Date());
    for (const unit of [w.province, w.dept, w.dept2]) {
      await request(t.http)
        .post('/api/v1/webhook-subscriptions')
        .set(bearer(t.admin))
        .send({ orgUnitId: unit.id, url: `${base}/unit/${unit.id}` })
        .expect(201);
    }
    await request(t.http)
      .post('/api/v1/webhook-subscriptions')
      .set('X-Api-Key', w.apiKey)
      .send({ url: `${base}/channel` })
      .expect(201);
    const transitions = t.app.get(TicketTransitionService);

    // A: the full course, with a co-handler warned and breached on its own deadline, and a re-handling round.
    const a = await file(t, w, { customerTier: 'vip', subject: '账单重复扣费' });
    await op(t, w.tokens.province, a.id, 'dispatch', { targetUnitId: w.dept.id });
    await op(t, w.tokens.dept, a.id, 'sign');
    const hour = (n: number) => new Date(clock.now().getTime() + n * 3_600_000).toISOString();
    await op(t, w.tokens.dept, a.id, 'cohandling', { unitId: w.dept2.id, task: '核查计费', dueAt: hour(1) });
    await op(t, w.tokens.dept, a.id, `cohandling/${w.dept2.id}/cancel`, { reason: '无需协办' });
    await op(t, w.tokens.dept, a.id, 'cohandling', { unitId: w.dept2.id, task: '核查计费记录', dueAt: hour(2) });
    const cohandling = (await ticketOf(a.id)).openStages.find((s) => s.kind === 'cohandling')!;
    clock.set(new Date(new Date(cohandling.dueAt).getTime() + 1_000));
    await transitions.recordDue('warn', 100);
    await transitions.recordDue('breach', 100);
    await op(t, w.tokens.dept2, a.id, 'cohandling/opinion', { opinion: '计费无误' });
    const before = await ticketOf(a.id);
    const later = Math.max(new Date(before.handlingDueAt!).getTime(), new Date(before.commitmentDueAt).getTime()) + 5 * 86_400_000;
    await op(t, w.tokens.dept, a.id, 'extensions', { requestedDueAt: new Date(later).toISOString(), reason: '等待厂家' });
    await op(t, w.tokens.province, a.id, 'extensions/approve', {});
    await op(t, w.tokens.dept, a.id, 'escalate', { reason: '需要省中心协调' });
    await op(t, w.tokens.province, a.id, 'urge', { note: '请尽快处理' });
    await op(t, w.tokens.province, a.id, 'supervision-orders', { note: '督办', dueAt: hour(1) });
    // The order goes unanswered: its own warning and breach.
    clock.advance(3_600_000 + 1_000);
    await transitions.recordDue('warn', 100);
    await transitions.recordDue('breach', 100);
    await op(t, w.tokens.dept, a.id, 'feedback', { result: '已处理' });
    await op(t, w.tokens.province, a.id, 'feedback/reject', { reason: '未说明原因' });
    await op(t, w.tokens.dept, a.id, 'feedback', { result: '已退费并说明原因' });
    await op(t, w.tokens.province, a.id, 'feedback/accept', {});
    await op(t, w.tokens.province, a.id, 'reply', { text: '已为您退还重复扣费' });
    await op(t, w.tokens.province, a.id, 'close', { attitude: 'accepted' });
    await op(t, w.tokens.province, a.id, 'revisit', { result: 'unsatisfied', cause: 'poor_handling', note: '内部备注' });
    const ageMs = t.config.AUTO_UPGRADE_AFTER_HOURS * 3_600_000;
    clock.advance(ageMs + 60_000);
    await transitions.upgradeAged(new Date(clock.now().getTime() - ageMs), t.config.AUTO_UPGRADE_AFTER_HOURS, 10_000);
    // The re-handling round starts with its own sign-for stage.
    await op(t, w.tokens.dept, a.id, 'sign');
    await op(t, w.tokens.dept, a.id, 'feedback', { result: '已重新处理' });
    await op(t, w.tokens.province, a.id, 'feedback/accept', {});
    await op(t, w.tokens.province, a.id, 'reply', { text: '已重新处理' });
    await op(t, w.tokens.province, a.id, 'close', { attitude: 'accepted' });
    await op(t, w.tokens.province, a.id, 'revisit', { result: 'satisfied' });
    await op(t, w.tokens.province, a.id, 'archive');

    // B: returned, re-dispatched, transferred, then withdrawn by the customer.
    const b = await file(t, w);
    await op(t, w.tokens.province, b.id, 'dispatch', { targetUnitId: w.dept.id });
    await op(t, w.tokens.dept, b.id, 'return', { reason: 'wrong_category' });
    await op(t, w.tokens.province, b.id, 'dispatch', { targetUnitId: w.dept.id });
    await op(t, w.tokens.dept, b.id, 'transfer', { targetUnitId: w.dept2.id, reason: '属协办部门' });
    const withdrawn = await request(t.http)
      .post(`/api/v1/tickets/${b.id}/withdraw`)
      .set('X-Api-Key', w.apiKey)
      .send({ reason: '用户撤诉' });
    expect(withdrawn.status).toBe(200);

    const province = `/unit/${w.province.id}`;
    const unitTypes = () => new Set([...to(province, a.id), ...to(province, b.id)].map((d) => d.type));
    await eventually(async () => LIFECYCLE.every((type) => unitTypes().has(type)), 30_000);
    await eventually(async () => to('/channel', a.id).some((d) => d.type === 'ticket.archived'), 15_000);
    await eventually(async () => to('/channel', b.id).some((d) => d.type === 'ticket.withdrawn'), 15_000);

    // Every body, to a unit or to the channel, is what the document says.
    const problems = received.flatMap((r) => webhookBodyProblems(r.body.type, r.body).map((p) => `${r.path} ${r.body.type}: ${p}`));
    expect(problems).toEqual([]);

    const tickets = {
      [a.id]: { ...(await ticketOf(a.id)), tier: 'vip', subject: '账单重复扣费' },
      [b.id]: { ...(await ticketOf(b.id)), tier: 'normal', subject: '家中信号差' },
    };
    for (const body of [...to(province, a.id), ...to(province, b.id)]) {
      const ticket = tickets[body.ticketId];
      expect(body).toMatchObject({
        type: body.type,
        ticketNumber: ticket.number,
        ticketPath: `/api/v1/tickets/${body.ticketId}`,
        subject: ticket.subject,
        businessType: 'mobile',
        customerTier: ticket.tier,
        commitmentDueAt: expect.any(String),
      });
      // A stage is named wherever one runs after the event; only these leave none running.
      const stageless = ['ticket.replied', 'ticket.revisited', 'ticket.withdrawn', 'ticket.archived'];
      if (!stageless.includes(body.type))
        expect({ type: body.type, stage: body.stage }).toEqual({ type: body.type, stage: expect.any(Object) });
    }
    // The path is the ticket: reading it gives the same number.
    const path = to(province, a.id)[0].ticketPath as string;
    expect((await request(t.http).get(path).set(bearer(w.tokens.province)).expect(200)).body.number).toBe(tickets[a.id].number);

    const first = (path: string, id: string, type: string) => to(path, id).find((d) => d.type === type)!;
    expect(first(province, a.id, 'ticket.dispatched').stage).toMatchObject({ kind: 'sign_for', unitId: w.dept.id });
    const signed = first(province, a.id, 'ticket.signed');
    expect(signed.stage).toMatchObject({ kind: 'handling', unitId: w.dept.id, warnAt: expect.any(String), dueAt: expect.any(String) });
    expect(first(province, b.id, 'ticket.transferred').stage).toMatchObject({ kind: 'sign_for', unitId: w.dept2.id });
    expect(first(province, a.id, 'commitment.at_risk').stage).toMatchObject({ kind: 'commitment' });
    const approved = first(province, a.id, 'extension.decided');
    expect(approved.stage).toMatchObject({ kind: 'handling', dueAt: new Date(later).toISOString() });

    // The co-handler hears its assignment, its cancellation, and its own deadline's warning and breach.
    const co = to(`/unit/${w.dept2.id}`, a.id);
    for (const type of ['cohandling.assigned', 'cohandling.cancelled', 'stage.warning', 'stage.breached']) {
      expect({ type, stage: co.find((d) => d.type === type && d.stage?.kind === 'cohandling')?.stage }).toEqual({
        type,
        stage: expect.objectContaining({ kind: 'cohandling', unitId: w.dept2.id }),
      });
    }
    expect(co.find((d) => d.type === 'stage.warning' && d.stage?.kind === 'cohandling')!.stage!.dueAt).toBe(cohandling.dueAt);

    // The channel: milestones only, its own body, the same event ids as the units' copies.
    const channel = [...to('/channel', a.id), ...to('/channel', b.id)];
    const milestones = new Set(NOTIFIED_EVENT_TYPES.filter((type) => NOTICE_RULES[type].channelData !== null));
    expect(channel.filter((d) => !milestones.has(d.type as never))).toEqual([]);
    expect([...new Set(channel.map((d) => d.type))].sort()).toEqual(LIFECYCLE.filter((type) => milestones.has(type)).sort());
    const unitEventIds = new Set([...to(province, a.id), ...to(province, b.id)].map((d) => d.eventId));
    for (const body of channel) {
      expect(body).not.toHaveProperty('stage');
      expect(unitEventIds.has(body.eventId)).toBe(true);
    }
    expect(JSON.stringify(channel)).not.toContain('内部备注');
    expect(JSON.stringify(channel)).not.toContain(w.dept.id);
    expect(first('/channel', a.id, 'ticket.replied').data).toEqual({ text: '已为您退还重复扣费' });

    // One id per event: the copies to different units share it, different events never do.
    const byId = new Map<string, Set<string>>();
    for (const r of received) byId.set(r.body.eventId, (byId.get(r.body.eventId) ?? new Set()).add(`${r.body.ticketId} ${r.body.type}`));
    expect([...byId.values()].filter((kinds) => kinds.size > 1)).toEqual([]);
    const toDept = new Set(to(`/unit/${w.dept.id}`, a.id).map((d) => d.eventId));
    expect(
      to(province, a.id)
        .filter((d) => d.type === 'ticket.signed')
        .every((d) => toDept.has(d.eventId)),
    ).toBe(true);
  });
});
