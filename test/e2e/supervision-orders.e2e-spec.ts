/**
 * Supervision orders are timed like stages (DOMAIN §6): their deadline comes from the ticket's SLA
 * policy, their warning and breach are recorded exactly once by the stage timers' machinery, and a
 * breached order escalates one tier above its issuer. A hand-driven clock chooses every instant;
 * the app runs as `api`, so no worker fires behind the test's back and each firing path (the armed
 * job, the reconciler's pass from Postgres, a late resolution) is driven by the test.
 */
import { getDataSourceToken } from '@nestjs/typeorm';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { SlaFiringService } from '../../src/sla/timers/sla-firing.service';
import { bearer, ManualClock, startTestApp, TestApp } from '../support/test-app';
import { events, intake, op, world, World } from '../support/tickets';

const HOUR = 3_600_000;
const LONG = { unit: 'hours', value: 10_000 };
/** The probe policy: 10 h handling, 5 h to answer a supervision order, everything else far away. */
const HANDLING_H = 10;
const SUPERVISION_H = 5;

interface Order {
  id: string;
  stageId: string | null;
  issuerUnitId: string;
  targetUnitId: string;
  warnAt: string;
  dueAt: string;
  deadlineGen: number;
  basis: string;
  automatic: boolean;
  status: string;
  warnedAt: string | null;
  breachedAt: string | null;
  escalatedFromId: string | null;
}

describe('supervision orders are timed (manual clock)', () => {
  let t: TestApp;
  let w: World;
  let db: DataSource;
  let firing: SlaFiringService;
  const clock = new ManualClock();

  beforeAll(async () => {
    t = await startTestApp({ APP_ROLE: 'api', SLA_TIME_SCALE: '1' }, clock);
    w = await world(t);
    db = t.app.get<DataSource>(getDataSourceToken());
    const { TicketTransitionService } = await import('../../src/tickets/ticket-transition.service');
    const { MetricsService } = await import('../../src/metrics/metrics.service');
    const { Clock } = await import('../../src/common/clock');
    firing = new SlaFiringService(t.app.get(TicketTransitionService), t.app.get(MetricsService), t.app.get(Clock));
    await request(t.http)
      .post('/api/v1/taxonomy')
      .set(bearer(t.admin))
      .send({ kind: 'business_type', code: 'sup_probe', label: 'sup_probe' })
      .expect(201);
    const stageLimits = Object.fromEntries(
      ['intake', 'review', 'sign_for', 'handling', 'cohandling', 'feedback_review', 'reply', 'revisit'].map((k) => [
        k,
        k === 'handling' ? { unit: 'hours', value: HANDLING_H } : LONG,
      ]),
    );
    await request(t.http)
      .post('/api/v1/sla-policies')
      .set(bearer(t.admin))
      .send({
        name: 'supervision probe',
        kind: 'complaint',
        level: 'provincial',
        customerTier: 'normal',
        businessType: 'sup_probe',
        stageLimits,
        commitment: LONG,
        supervisionLimit: { unit: 'hours', value: SUPERVISION_H },
        warnRatio: 0.9,
      })
      .expect(201);
  });
  afterAll(() => t.close());

  /** A ticket handled by the province's department, its handling stage open. */
  async function handling(): Promise<{ ticketId: string; stage: { id: string; dueAt: string } }> {
    const res = await request(t.http)
      .post('/api/v1/tickets')
      .set('X-Api-Key', w.apiKey)
      .send(intake(w.province.code, { businessType: 'sup_probe' }))
      .expect(201);
    await op(t, w.tokens.province, res.body.id, 'dispatch', { targetUnitId: w.dept.id });
    await op(t, w.tokens.dept, res.body.id, 'sign');
    const stage = (await events(t, res.body.id)).stages.find((s) => s.kind === 'handling' && s.status === 'open')! as unknown as {
      id: string;
      dueAt: string;
    };
    return { ticketId: res.body.id, stage };
  }

  /** Every page of a national-scope list: the database holds other suites' tickets too. */
  async function walk<T>(path: string, token: string, query: Record<string, string> = {}): Promise<T[]> {
    const items: T[] = [];
    let cursor: string | undefined;
    for (;;) {
      const res = await request(t.http)
        .get(path)
        .query({ ...query, limit: 200, ...(cursor ? { cursor } : {}) })
        .set(bearer(token))
        .expect(200);
      items.push(...(res.body.items as T[]));
      if (!res.body.nextCursor) return items;
      cursor = res.body.nextCursor as string;
    }
  }

  async function ordersOf(ticketId: string): Promise<Order[]> {
    type Listed = Order & { ticketId: string };
    const open = await walk<Listed>('/api/v1/supervision/orders', w.tokens.national);
    const resolved = await walk<Listed>('/api/v1/supervision/orders', w.tokens.national, { status: 'resolved' });
    return [...open, ...resolved].filter((o) => o.ticketId === ticketId);
  }

  /** The handling stage breached at its deadline: the province's automatic order to the department. */
  async function breachedWithOrder(): Promise<{ ticketId: string; stageId: string; order: Order; breachedAt: Date }> {
    const { ticketId, stage } = await handling();
    const breachedAt = new Date(new Date(stage.dueAt).getTime() + 1000);
    clock.set(breachedAt);
    expect(await firing.fire('breach', stage.id, 1)).toBe('fired');
    const [order] = await ordersOf(ticketId);
    return { ticketId, stageId: stage.id, order, breachedAt };
  }

  const count = async (ticketId: string, type: string) => (await events(t, ticketId)).events.filter((e) => e.type === type).length;

  it("an automatic order takes its deadline from the ticket's policy, warning at its ratio", async () => {
    clock.set(new Date());
    const { stageId, order, breachedAt } = await breachedWithOrder();
    expect(order).toMatchObject({ stageId, issuerUnitId: w.province.id, targetUnitId: w.dept.id, automatic: true, deadlineGen: 1 });
    expect(new Date(order.dueAt).getTime() - breachedAt.getTime()).toBe(SUPERVISION_H * HOUR);
    expect(new Date(order.warnAt).getTime() - breachedAt.getTime()).toBe(0.9 * SUPERVISION_H * HOUR);
    expect(order.basis).toBe(`policy 'supervision probe' supervision order ${SUPERVISION_H} hours`);
  });

  it('an order warns at 90 % and breaches once; the breach escalates one tier above its issuer, and the national order only records', async () => {
    clock.set(new Date());
    const { ticketId, order } = await breachedWithOrder();
    const warnAt = new Date(order.warnAt).getTime();
    const dueAt = new Date(order.dueAt).getTime();

    clock.set(new Date(warnAt - 1));
    expect(await firing.fire('warn', order.id, 1, 'order')).toBe('skipped');
    clock.set(new Date(warnAt));
    expect(await firing.fire('warn', order.id, 1, 'order')).toBe('fired');
    expect(await firing.fire('warn', order.id, 1, 'order')).toBe('skipped');
    expect(await firing.fire('breach', order.id, 1, 'order')).toBe('skipped');
    clock.set(new Date(dueAt));
    expect(await firing.fire('breach', order.id, 2, 'order')).toBe('skipped');
    expect(await firing.fire('breach', order.id, 1, 'order')).toBe('fired');
    expect(await firing.fire('breach', order.id, 1, 'order')).toBe('skipped');
    // The reconciler's pass finds it recorded (it may record other tests' deadlines now due).
    await firing.fireDue('warn', 200);
    await firing.fireDue('breach', 200);

    const history = (await events(t, ticketId)).events;
    expect(history.filter((e) => e.type === 'supervision.warning')).toHaveLength(1);
    expect(history.filter((e) => e.type === 'supervision.breached')).toHaveLength(1);
    const escalations = history.filter((e) => e.type === 'ticket.escalated');
    expect(escalations.map((e) => e.data.toUnitId)).toEqual([w.province.id, w.national.id]);
    expect(escalations[1].data).toMatchObject({ supervisionOrderId: order.id, fromUnitId: w.province.id, toTier: 'national' });

    const orders = await ordersOf(ticketId);
    const first = orders.find((o) => o.id === order.id)!;
    expect(first.warnedAt).not.toBeNull();
    expect(first.breachedAt).not.toBeNull();
    const national = orders.find((o) => o.escalatedFromId === order.id)!;
    expect(national).toMatchObject({ issuerUnitId: w.national.id, targetUnitId: w.dept.id, automatic: true, status: 'open' });
    expect(new Date(national.dueAt).getTime() - dueAt).toBe(SUPERVISION_H * HOUR);

    // Notified to the unit that must answer and the issuing centre, never to the channel system.
    const outbox = await db.query<{ type: string; unitIds: string[]; channels: string[] }[]>(
      `SELECT event_type AS type, unit_ids AS "unitIds", channel_system_ids AS "channels" FROM outbox
        WHERE ticket_id = $1 AND event_type IN ('supervision.warning', 'supervision.breached')`,
      [ticketId],
    );
    expect(outbox.map((o) => o.type).sort()).toEqual(['supervision.breached', 'supervision.warning']);
    for (const row of outbox) {
      expect(row.unitIds).toEqual(expect.arrayContaining([w.dept.id, w.province.id]));
      expect(row.channels).toEqual([]);
    }

    // The national centre's own order has nothing above it: its breach is recorded and notified, once.
    clock.set(new Date(national.dueAt));
    expect(await firing.fire('breach', national.id, 1, 'order')).toBe('fired');
    expect(await firing.fire('breach', national.id, 1, 'order')).toBe('skipped');
    expect(await count(ticketId, 'supervision.breached')).toBe(2);
    expect(await count(ticketId, 'ticket.escalated')).toBe(2);
    expect((await ordersOf(ticketId)).filter((o) => o.status === 'open')).toHaveLength(2);
  });

  it("the reconciler's pass records an order's warning and breach from Postgres when no job ran, once", async () => {
    clock.set(new Date());
    const { ticketId, order } = await breachedWithOrder();
    clock.set(new Date(new Date(order.dueAt).getTime() + 1));
    expect(await firing.fireDue('warn', 200)).toBeGreaterThanOrEqual(1);
    expect(await firing.fireDue('breach', 200)).toBeGreaterThanOrEqual(1);
    expect(await firing.fireDue('warn', 200)).toBe(0);
    expect(await firing.fireDue('breach', 200)).toBe(0);
    expect(await firing.fire('breach', order.id, 1, 'order')).toBe('skipped');
    expect(await count(ticketId, 'supervision.warning')).toBe(1);
    expect(await count(ticketId, 'supervision.breached')).toBe(1);
    expect(await count(ticketId, 'ticket.escalated')).toBe(2);
  });

  it('an order answered before its deadline fires nothing; one answered late records its breach on resolution and never escalates', async () => {
    clock.set(new Date());
    const early = await breachedWithOrder();
    clock.set(new Date(new Date(early.order.warnAt).getTime() - 60_000));
    await op(t, w.tokens.dept, early.ticketId, 'feedback', { result: '已处理' });
    clock.set(new Date(new Date(early.order.dueAt).getTime() + 60_000));
    expect(await firing.fire('warn', early.order.id, 1, 'order')).toBe('skipped');
    expect(await firing.fire('breach', early.order.id, 1, 'order')).toBe('skipped');
    expect(await count(early.ticketId, 'supervision.warning')).toBe(0);
    expect((await ordersOf(early.ticketId))[0].status).toBe('resolved');

    clock.set(new Date());
    const late = await breachedWithOrder();
    clock.set(new Date(new Date(late.order.dueAt).getTime() + 60_000));
    await op(t, w.tokens.dept, late.ticketId, 'feedback', { result: '已处理' });
    expect(await firing.fire('warn', late.order.id, 1, 'order')).toBe('skipped');
    expect(await firing.fire('breach', late.order.id, 1, 'order')).toBe('skipped');
    const history = (await events(t, late.ticketId)).events;
    const breached = history.filter((e) => e.type === 'supervision.breached');
    expect(breached).toHaveLength(1);
    expect(breached[0].data).toMatchObject({ supervisionOrderId: late.order.id, recordedOnResolve: true });
    expect(history.filter((e) => e.type === 'supervision.warning')).toHaveLength(1);
    expect(history.filter((e) => e.type === 'ticket.escalated')).toHaveLength(1);
  });

  it("a supervisor's order without a deadline gets the policy's; one with a deadline keeps it", async () => {
    const now = new Date();
    clock.set(now);
    const { ticketId } = await handling();
    await op(t, w.tokens.province, ticketId, 'supervision-orders', { note: '请加快处理' });
    const set = new Date(now.getTime() + 2 * HOUR);
    await op(t, w.tokens.national, ticketId, 'supervision-orders', { note: '限时办结', dueAt: set.toISOString() });
    const orders = await ordersOf(ticketId);
    const byPolicy = orders.find((o) => o.issuerUnitId === w.province.id)!;
    expect(byPolicy).toMatchObject({ automatic: false, targetUnitId: w.dept.id });
    expect(new Date(byPolicy.dueAt).getTime() - now.getTime()).toBe(SUPERVISION_H * HOUR);
    expect(byPolicy.basis).toContain('supervision probe');
    const bySupervisor = orders.find((o) => o.issuerUnitId === w.national.id)!;
    expect(new Date(bySupervisor.dueAt).getTime()).toBe(set.getTime());
    expect(new Date(bySupervisor.warnAt).getTime() - now.getTime()).toBe(0.9 * 2 * HOUR);
    const issued = (await events(t, ticketId)).events.filter((e) => e.type === 'supervision.issued');
    expect(issued.map((e) => e.data.supervisionOrderId).sort()).toEqual([byPolicy.id, bySupervisor.id].sort());

    // Timed like the automatic ones: the province's order warns once at its 90 %.
    clock.set(new Date(byPolicy.warnAt));
    expect(await firing.fire('warn', byPolicy.id, 1, 'order')).toBe('fired');
    expect(await firing.fire('warn', byPolicy.id, 1, 'order')).toBe('skipped');
  });

  describe("national supervisors' overdue queue", () => {
    async function overdue(token: string): Promise<{ stageId: string; ticketId: string; escalated: boolean }[]> {
      return walk('/api/v1/supervision/overdue', token);
    }

    it('a breach of a stage the national centre owns is recorded, notified to it and listed in its overdue queue', async () => {
      clock.set(new Date());
      const cs = await request(t.http)
        .post('/api/v1/channel-systems')
        .set(bearer(t.admin))
        .send({ name: 'national hotline', channel: 'gm_hotline', orgUnitId: w.national.id })
        .expect(201);
      const filed = await request(t.http)
        .post('/api/v1/tickets')
        .set('X-Api-Key', cs.body.apiKey as string)
        .send(intake(w.province.code, { kind: 'escalated_complaint' }))
        .expect(201);
      const review = (await events(t, filed.body.id)).stages.find((s) => s.kind === 'review')! as unknown as { id: string; dueAt: string };
      expect(review).toMatchObject({ ownerUnitId: w.national.id });
      clock.set(new Date(new Date(review.dueAt).getTime() + 1000));
      expect(await firing.fire('breach', review.id, 1)).toBe('fired');

      const history = (await events(t, filed.body.id)).events;
      expect(history.filter((e) => e.type === 'stage.breached')).toHaveLength(1);
      expect(history.filter((e) => e.type === 'ticket.escalated')).toHaveLength(0);
      const [notice] = await db.query<{ unitIds: string[] }[]>(
        `SELECT unit_ids AS "unitIds" FROM outbox WHERE ticket_id = $1 AND event_type = 'stage.breached'`,
        [filed.body.id],
      );
      expect(notice.unitIds).toContain(w.national.id);
      expect((await overdue(w.tokens.national)).map((i) => i.stageId)).toContain(review.id);
      expect((await overdue(w.tokens.province)).map((i) => i.stageId)).not.toContain(review.id);
    });

    it('a ticket escalated to the national centre is listed in its overdue queue', async () => {
      clock.set(new Date());
      const { ticketId, stageId, order } = await breachedWithOrder();
      clock.set(new Date(order.dueAt));
      expect(await firing.fire('breach', order.id, 1, 'order')).toBe('fired');
      const item = (await overdue(w.tokens.national)).find((i) => i.stageId === stageId);
      expect(item).toMatchObject({ ticketId, escalated: true });
    });
  });
});
