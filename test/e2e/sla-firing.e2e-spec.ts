/**
 * The firing guard with a hand-driven clock: no waiting, every instant chosen by the test.
 * The app runs as `api` so no worker or reconciler fires behind the test's back.
 */
import { getQueueToken } from '@nestjs/bullmq';
import { Queue } from 'bullmq';
import { randomUUID } from 'node:crypto';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { SLA_QUEUE, instantJobId, timerJobId } from '../../src/sla/timers/sla-queue';
import { SlaFiringService } from '../../src/sla/timers/sla-firing.service';
import { TicketAgingService } from '../../src/sla/timers/ticket-aging.service';
import { SlaTimerService } from '../../src/sla/timers/sla-timer.service';
import { eventually } from '../support/processes';
import { bearer, ManualClock, startTestApp, TestApp } from '../support/test-app';
import { events, file, intake, op, world, World } from '../support/tickets';

describe('SLA firing guard (manual clock)', () => {
  let t: TestApp;
  let w: World;
  let firing: SlaFiringService;
  const clock = new ManualClock();

  beforeAll(async () => {
    // A week's horizon, so that a deadline counted again days ahead is armed at once and can be looked up.
    t = await startTestApp({ APP_ROLE: 'api', SLA_ARM_HORIZON_SECONDS: String(7 * 24 * 3600) }, clock);
    w = await world(t);
    firing = await firingService(t);
  });
  afterAll(() => t.close());

  async function handlingStage() {
    const ticket = await file(t, w);
    await op(t, w.tokens.province, ticket.id, 'dispatch', { targetUnitId: w.dept.id });
    await op(t, w.tokens.dept, ticket.id, 'sign');
    const stage = (await events(t, ticket.id)).stages.find((s) => s.kind === 'handling')! as unknown as {
      id: string;
      warnAt: string;
      dueAt: string;
    };
    return { ticketId: ticket.id, stage };
  }

  async function warnedAt(stageId: string): Promise<Date | null> {
    const db = t.app.get(DataSource);
    return (await db.query<{ warned_at: Date | null }[]>('SELECT warned_at FROM ticket_stages WHERE id = $1', [stageId]))[0].warned_at;
  }

  /** Runs `body` while a user's transaction holds the ticket's row lock; `release` commits that transaction. */
  async function whileHeld(ticketId: string, body: (release: () => Promise<void>) => Promise<void>): Promise<void> {
    const user = t.app.get(DataSource).createQueryRunner();
    await user.connect();
    await user.startTransaction();
    try {
      await user.query('SELECT id FROM tickets WHERE id = $1 FOR UPDATE', [ticketId]);
      await body(() => user.commitTransaction());
    } finally {
      if (user.isTransactionActive) await user.rollbackTransaction();
      await user.release();
    }
  }

  it('fires nothing early, fires once when due, and ignores a stale generation', async () => {
    const f = firing;
    clock.set(new Date());
    const { ticketId, stage } = await handlingStage();
    const warnAt = new Date(stage.warnAt).getTime();
    const dueAt = new Date(stage.dueAt).getTime();
    expect(warnAt).toBeLessThan(dueAt);

    clock.set(new Date(warnAt - 1));
    expect(await f.fire('warn', stage.id, 1)).toBe('skipped');
    clock.set(new Date(warnAt));
    expect(await f.fire('warn', stage.id, 1)).toBe('fired');
    expect(await f.fire('warn', stage.id, 1)).toBe('skipped');
    expect(await f.fire('breach', stage.id, 1)).toBe('skipped');
    clock.set(new Date(dueAt + 1));
    expect(await f.fire('breach', stage.id, 2)).toBe('skipped');
    expect(await f.fire('breach', stage.id, 1)).toBe('fired');
    expect(await f.fire('breach', stage.id, 1)).toBe('skipped');

    const h = await events(t, ticketId);
    expect(h.events.filter((e) => e.type === 'stage.warning')).toHaveLength(1);
    expect(h.events.filter((e) => e.type === 'stage.breached')).toHaveLength(1);
    const escalated = h.events.find((e) => e.type === 'ticket.escalated')!;
    expect(escalated.data).toMatchObject({ toUnitId: w.province.id });
    const view = await request(t.http).get(`/api/v1/tickets/${ticketId}`).set(bearer(w.tokens.province)).expect(200);
    expect(view.body.escalated).toBe(true);
  });

  it('fires nothing for a stage completed before its deadline', async () => {
    const f = firing;
    clock.set(new Date());
    const { ticketId, stage } = await handlingStage();
    await op(t, w.tokens.dept, ticketId, 'feedback', { result: 'done' });
    clock.set(new Date(new Date(stage.dueAt).getTime() + 60_000));
    expect(await f.fire('warn', stage.id, 1)).toBe('skipped');
    expect(await f.fire('breach', stage.id, 1)).toBe('skipped');
  });

  it('a commitment flagged at risk by an extension still warns and breaches at its own instants', async () => {
    const f = firing;
    clock.set(new Date());
    const { ticketId } = await handlingStage();
    const view = await request(t.http).get(`/api/v1/tickets/${ticketId}`).set(bearer(w.tokens.province)).expect(200);
    const past = new Date(new Date(view.body.commitmentDueAt).getTime() + 3_600_000).toISOString();
    await op(t, w.tokens.dept, ticketId, 'extensions', { requestedDueAt: past, reason: '需要现场测试' });
    await op(t, w.tokens.province, ticketId, 'extensions/approve', {});
    const stages = (await events(t, ticketId)).stages as unknown as {
      id: string;
      kind: string;
      warnAt: string;
      dueAt: string;
      warnedAt: string | null;
      atRiskAt: string | null;
    }[];
    const commitment = stages.find((s) => s.kind === 'commitment')!;
    expect(commitment.atRiskAt).not.toBeNull();
    expect(commitment.warnedAt).toBeNull();
    const atRisk = await request(t.http)
      .get('/api/v1/supervision/at-risk')
      .query({ stage: 'commitment', limit: 100 })
      .set(bearer(w.tokens.province))
      .expect(200);
    expect(atRisk.body.items.map((i: { ticketId: string }) => i.ticketId)).toContain(ticketId);

    clock.set(new Date(commitment.warnAt));
    expect(await f.fire('warn', commitment.id, 1)).toBe('fired');
    expect(await f.fire('warn', commitment.id, 1)).toBe('skipped');
    clock.set(new Date(new Date(commitment.dueAt).getTime() + 1));
    expect(await f.fire('breach', commitment.id, 1)).toBe('fired');
    const fired = (await events(t, ticketId)).events.filter(
      (e) => (e.type === 'stage.warning' || e.type === 'stage.breached') && e.data.stageId === commitment.id,
    );
    expect(fired.map((e) => e.type)).toEqual(['stage.warning', 'stage.breached']);
  });

  type StageRow = {
    id: string;
    kind: string;
    round: number;
    status: string;
    startedAt: string;
    warnAt: string;
    dueAt: string;
    basis: string;
  };
  const stagesOf = async (id: string) => (await events(t, id)).stages as unknown as StageRow[];
  const HOUR = 3_600_000;

  it('a regrade counts the commitment again for the new level: a new generation, an event saying why, re-armed once', async () => {
    const f = firing;
    const filedAt = new Date(Math.floor(Date.now() / 1000) * 1000);
    clock.set(filedAt);
    const ticket = await file(t, w, { contactedAt: new Date(filedAt.getTime() - 60_000).toISOString() });
    expect(ticket.level).toBe('provincial');
    const before = (await stagesOf(ticket.id)).find((s) => s.kind === 'commitment')!;
    expect(Date.parse(before.dueAt)).toBe(filedAt.getTime() + 48 * HOUR);

    clock.set(new Date(filedAt.getTime() + HOUR));
    const regraded = await op(t, w.tokens.province, ticket.id, 'regrade', { level: 'national', reason: '跨省漫游' });
    expect(Date.parse(regraded.commitmentDueAt)).toBe(filedAt.getTime() + 72 * HOUR);
    const after = (await stagesOf(ticket.id)).find((s) => s.kind === 'commitment')!;
    expect(after.id).toBe(before.id);
    expect(Date.parse(after.dueAt)).toBe(filedAt.getTime() + 72 * HOUR);
    expect(after.basis).toContain("policy 'national' commitment 72 hours");
    expect(after.basis).toContain('regraded to national');
    const recounted = (await events(t, ticket.id)).events.filter((e) => e.type === 'stage.deadline_recomputed');
    expect(recounted).toHaveLength(1);
    expect(recounted[0].data).toMatchObject({ stageId: before.id, reason: 'regraded', deadlineGen: 2, previousDueAt: before.dueAt });

    // Re-armed for the new instants; the old generation's jobs find nothing to do.
    const queue = t.app.get<Queue>(getQueueToken(SLA_QUEUE));
    expect(await queue.getJob(instantJobId('warn', new Date(after.warnAt)))).toBeDefined();
    expect(await queue.getJob(instantJobId('breach', new Date(after.dueAt)))).toBeDefined();
    clock.set(new Date(before.warnAt));
    expect(await f.fire('warn', before.id, 1)).toBe('skipped');
    clock.set(new Date(before.dueAt));
    expect(await f.fire('breach', before.id, 1)).toBe('skipped');
    clock.set(new Date(after.warnAt));
    expect(await f.fire('warn', before.id, 2)).toBe('fired');
    expect(await f.fire('warn', before.id, 2)).toBe('skipped');
  });

  it('an escalated complaint’s working days run from the national centre’s dispatch, not from its filing', async () => {
    const cs = await request(t.http)
      .post('/api/v1/channel-systems')
      .set(bearer(t.admin))
      .send({ name: 'national hotline', channel: 'gm_hotline', orgUnitId: w.national.id })
      .expect(201);
    // A week of ordinary working days: filed Monday 10:00, dispatched Tuesday 10:00, signed Tuesday 11:00.
    const monday = new Date('2026-03-09T10:00:00+08:00');
    clock.set(monday);
    const filed = await request(t.http)
      .post('/api/v1/tickets')
      .set('X-Api-Key', cs.body.apiKey)
      .send(
        intake(w.province.code, {
          kind: 'escalated_complaint',
          businessType: 'mobile',
          contactedAt: new Date(monday.getTime() - 60_000).toISOString(),
        }),
      )
      .expect(201);
    const id = filed.body.id as string;
    // Until the dispatch, the filing could only count from itself: Thursday 10:00.
    expect(filed.body.commitmentDueAt).toBe(new Date('2026-03-12T10:00:00+08:00').toISOString());

    clock.set(new Date('2026-03-10T10:00:00+08:00'));
    const dispatched = await op(t, w.tokens.national, id, 'dispatch', { targetUnitId: w.province.id });
    const friday = new Date('2026-03-13T10:00:00+08:00').toISOString();
    expect(dispatched.commitmentDueAt).toBe(friday);
    const commitment = (await stagesOf(id)).find((s) => s.kind === 'commitment')!;
    expect(commitment).toMatchObject({ startedAt: new Date('2026-03-10T10:00:00+08:00').toISOString(), dueAt: friday });
    expect(commitment.basis).toContain('counted from the national dispatch');
    const recounted = (await events(t, id)).events.filter((e) => e.type === 'stage.deadline_recomputed');
    expect(recounted.map((e) => e.data.reason)).toEqual(['national_dispatch']);

    clock.set(new Date('2026-03-10T11:00:00+08:00'));
    const signed = await op(t, w.tokens.province, id, 'sign');
    // Three working days from the dispatch, not from the sign (which would be Friday 11:00).
    expect(signed.handlingDueAt).toBe(friday);
    const handling = (await stagesOf(id)).find((s) => s.kind === 'handling')!;
    expect(handling.dueAt).toBe(friday);
    expect(handling.basis).toContain("policy 'escalated complaint mobile' handling 3 working days");
    expect(handling.basis).toContain('counted from the national dispatch');
  });

  it('upgrades an open ticket once when it stays unresolved past the policy age', async () => {
    const aging = await agingService(t);
    const filedAt = new Date();
    clock.set(filedAt);
    const ticket = await file(t, w);
    const ageMs = t.config.AUTO_UPGRADE_AFTER_HOURS * 3_600_000;
    clock.set(new Date(filedAt.getTime() + ageMs - 60_000));
    await aging.upgradeOverdue();
    expect((await request(t.http).get(`/api/v1/tickets/${ticket.id}`).set(bearer(w.tokens.province))).body.severityUpgradedAt).toBeNull();
    clock.set(new Date(filedAt.getTime() + ageMs + 60_000));
    await aging.upgradeOverdue();
    await aging.upgradeOverdue();
    const view = await request(t.http).get(`/api/v1/tickets/${ticket.id}`).set(bearer(w.tokens.province)).expect(200);
    expect(view.body.severityUpgradedAt).not.toBeNull();
    expect((await events(t, ticket.id)).events.filter((e) => e.type === 'ticket.upgraded')).toHaveLength(1);
  });

  it('two instants’ drains side by side record each due warning once, and wait for a ticket a user’s transaction holds', async () => {
    clock.set(new Date());
    const free = await handlingStage();
    const held = await handlingStage();
    clock.set(new Date(Math.max(Date.parse(free.stage.warnAt), Date.parse(held.stage.warnAt))));
    await whileHeld(held.ticketId, async (release) => {
      // Two jobs of instants arriving together, side by side.
      const drains = Promise.all([firing.fireInstant('warn'), firing.fireInstant('warn')]);
      await eventually(() => warnedAt(free.stage.id), 10_000, 20);
      expect(await warnedAt(held.stage.id)).toBeNull();
      await release();
      await drains;
    });
    expect(await warnedAt(held.stage.id)).not.toBeNull();
    for (const { ticketId } of [free, held]) {
      expect((await events(t, ticketId)).events.filter((e) => e.type === 'stage.warning')).toHaveLength(1);
    }
    expect(await firing.fireInstant('warn')).toBe(0);
  });

  it('an instant’s drain waits only for its own instant’s held tickets, not for a later instant’s', async () => {
    clock.set(new Date());
    const first = await handlingStage();
    const second = await handlingStage();
    // The second stage's warning falls an hour after the first's: two instants, each with its own job.
    const db = t.app.get(DataSource);
    const laterWarnAt = new Date(Date.parse(first.stage.warnAt) + 3_600_000);
    await db.query('UPDATE ticket_stages SET warn_at = $2 WHERE id = $1', [second.stage.id, laterWarnAt]);
    second.stage.warnAt = laterWarnAt.toISOString();
    // Both instants have passed; the later one's ticket is held by a user's transaction.
    clock.set(new Date(laterWarnAt.getTime() + 1000));
    await whileHeld(second.ticketId, async (release) => {
      // The first instant's job records its deadline and returns while the later ticket is still held:
      // that one is its own instant's job's to wait for (under steady load, jobs that waited for every
      // ticket due by now queued behind each other's locks).
      const outcome = await Promise.race([
        firing.fireInstant('warn', new Date(first.stage.warnAt)).then((n) => ({ returned: n })),
        new Promise<'still waiting'>((resolve) => setTimeout(() => resolve('still waiting'), 5_000)),
      ]);
      expect(outcome).not.toBe('still waiting');
      expect(await warnedAt(first.stage.id)).not.toBeNull();
      expect(await warnedAt(second.stage.id)).toBeNull();
      const own = firing.fireInstant('warn', new Date(second.stage.warnAt));
      await release();
      expect(await own).toBeGreaterThanOrEqual(1);
    });
    expect(await warnedAt(second.stage.id)).not.toBeNull();
  });

  it('an instant’s job covered by a finished drain ends without a statement, unless it was armed after that drain started', async () => {
    const { TicketTransitionService } = await import('../../src/tickets/ticket-transition.service');
    const transitions = t.app.get(TicketTransitionService);
    const fresh = await firingService(t);
    clock.set(new Date());
    const early = await handlingStage();
    const instant = new Date(early.stage.warnAt);
    // A job armed well before its instant, as an instant's job is (at least a second ahead).
    const armedEarly = Date.now() - 5_000;
    clock.set(new Date(instant.getTime() + 1000));
    expect(await fresh.fireInstant('warn', instant, armedEarly)).toBeGreaterThanOrEqual(1);
    expect(await warnedAt(early.stage.id)).not.toBeNull();

    // That drain started after the instant and after the job was armed, and left nothing due.
    const reads = jest.spyOn(transitions, 'dueTickets');
    const claims = jest.spyOn(transitions, 'recordDue');
    try {
      expect(await fresh.fireInstant('warn', instant, armedEarly)).toBe(0);
      expect(reads).not.toHaveBeenCalled();
      expect(claims).not.toHaveBeenCalled();
    } finally {
      reads.mockRestore();
      claims.mockRestore();
    }

    // A deadline of the same instant whose job was armed after that drain started (the clock set back
    // here; another machine's clock in production) is not covered by it: its job drains again.
    const late = await handlingStage();
    await t.app.get(DataSource).query('UPDATE ticket_stages SET warn_at = $2 WHERE id = $1', [late.stage.id, instant]);
    expect(await fresh.fireInstant('warn', instant, Date.now())).toBe(1);
    expect(await warnedAt(late.stage.id)).not.toBeNull();
    expect((await events(t, late.ticketId)).events.filter((e) => e.type === 'stage.warning')).toHaveLength(1);
  });

  it('jobs arriving while drains run share the next drain', async () => {
    const { TicketTransitionService } = await import('../../src/tickets/ticket-transition.service');
    const transitions = t.app.get(TicketTransitionService);
    const fresh = await firingService(t);
    clock.set(new Date());
    const stages = [await handlingStage(), await handlingStage(), await handlingStage()];
    clock.set(new Date(Math.max(...stages.map((s) => Date.parse(s.stage.warnAt))) + 1000));
    const claims = jest.spyOn(transitions, 'recordDue');
    try {
      // Eight jobs arriving together: two drains start, the other six share the one that starts next.
      const fired = await Promise.all(Array.from({ length: 8 }, () => fresh.fireInstant('warn')));
      expect(fired.reduce((a, b) => Math.max(a, b), 0)).toBeGreaterThanOrEqual(1);
      // Drains' claims (a job may still wait for a ticket another drain held when its own one ended).
      expect(claims.mock.calls.filter(([, , opts]) => !opts?.wait)).toHaveLength(3);
    } finally {
      claims.mockRestore();
    }
    for (const { ticketId, stage } of stages) {
      expect(await warnedAt(stage.id)).not.toBeNull();
      expect((await events(t, ticketId)).events.filter((e) => e.type === 'stage.warning')).toHaveLength(1);
    }
  });

  it('an instant’s job that a running drain covers waits for that drain instead of starting one', async () => {
    const { TicketTransitionService } = await import('../../src/tickets/ticket-transition.service');
    const transitions = t.app.get(TicketTransitionService);
    const fresh = await firingService(t);
    clock.set(new Date());
    const { ticketId, stage } = await handlingStage();
    const instant = new Date(stage.warnAt);
    const armedEarly = Date.now() - 5_000;
    clock.set(new Date(instant.getTime() + 1000));
    // The first drain's claim is held back until the second job has arrived.
    let open!: () => void;
    const gate = new Promise<void>((resolve) => (open = resolve));
    const record = transitions.recordDue.bind(transitions);
    const claims = jest.spyOn(transitions, 'recordDue').mockImplementation(async (...args) => {
      await gate;
      return record(...args);
    });
    try {
      const first = fresh.fireInstant('warn', instant, armedEarly);
      await eventually(async () => claims.mock.calls.length > 0, 5_000, 5);
      const second = fresh.fireInstant('warn', instant, armedEarly);
      open();
      expect(await first).toBeGreaterThanOrEqual(1);
      expect(await second).toBeGreaterThanOrEqual(1);
      expect(claims.mock.calls.filter(([, , opts]) => !opts?.wait)).toHaveLength(1);
    } finally {
      claims.mockRestore();
    }
    expect(await warnedAt(stage.id)).not.toBeNull();
    expect((await events(t, ticketId)).events.filter((e) => e.type === 'stage.warning')).toHaveLength(1);
  });

  it('a worker’s drain starts the next drain at the next unrecorded instant itself, without that instant’s job', async () => {
    const fresh = await firingService(t);
    fresh.followInstants();
    try {
      clock.set(new Date());
      const { ticketId, stage } = await handlingStage();
      const instant = Date.parse(stage.warnAt);
      // A drain 300 ms before the instant records what is due by then and reads the next instant (this
      // one, or an earlier one another test left unrecorded, whose drain then covers this one too).
      clock.set(new Date(instant - 300));
      await fresh.fireInstant('warn');
      expect(await warnedAt(stage.id)).toBeNull();
      // The instant passes; no job of it runs.
      clock.set(new Date(instant + 1));
      await eventually(() => warnedAt(stage.id), 10_000, 20);
      expect((await events(t, ticketId)).events.filter((e) => e.type === 'stage.warning')).toHaveLength(1);
    } finally {
      await fresh.onModuleDestroy();
    }
  });

  it('arms only deadlines inside the horizon, one job per instant; a passed instant gets a job of its own deadline', async () => {
    const timers = t.app.get(SlaTimerService);
    const queue = t.app.get<Queue>(getQueueToken(SLA_QUEUE));
    const now = Date.now();
    clock.set(new Date(now));
    const near = { id: randomUUID(), warnAt: new Date(now + 60_000), dueAt: new Date(now + timers.horizonMs + 60_000), deadlineGen: 1 };
    const sameInstant = { ...near, id: randomUUID() };
    const passed = { id: randomUUID(), warnAt: new Date(now - 1000), dueAt: new Date(now + timers.horizonMs + 60_000), deadlineGen: 3 };
    const counts = await queue.getJobCounts('delayed', 'wait');
    await timers.armAfterCommit([near, sameInstant]);
    await timers.armAfterCommit([near]);
    expect(await queue.getJob(instantJobId('warn', near.warnAt))).toBeDefined();
    expect(await queue.getJob(instantJobId('breach', near.dueAt))).toBeUndefined();
    expect(await queue.getJob(timerJobId('warn', near.id, 1))).toBeUndefined();
    expect((await queue.getJobCounts('delayed')).delayed).toBe(counts.delayed + 1);
    await timers.armAfterCommit([passed]);
    const own = await queue.getJob(timerJobId('warn', passed.id, 3));
    expect(own?.data).toEqual({ stageId: passed.id, gen: 3 });
    await queue.remove(instantJobId('warn', near.warnAt));
    await queue.remove(timerJobId('warn', passed.id, 3));
  });
});

/** The API role runs no worker; build the worker's firing service from the app's own providers. */
async function firingService(t: TestApp): Promise<SlaFiringService> {
  const { TicketTransitionService } = await import('../../src/tickets/ticket-transition.service');
  const { MetricsService } = await import('../../src/metrics/metrics.service');
  const { Clock } = await import('../../src/common/clock');
  return new SlaFiringService(t.app.get(TicketTransitionService), t.app.get(MetricsService), t.app.get(Clock));
}

async function agingService(t: TestApp): Promise<TicketAgingService> {
  const { TicketTransitionService } = await import('../../src/tickets/ticket-transition.service');
  const { Clock } = await import('../../src/common/clock');
  const { APP_CONFIG } = await import('../../src/config/app-config');
  const { PeriodicWork } = await import('../../src/database/periodic-work');
  return new TicketAgingService(t.app.get(TicketTransitionService), t.app.get(Clock), t.app.get(APP_CONFIG), t.app.get(PeriodicWork));
}
