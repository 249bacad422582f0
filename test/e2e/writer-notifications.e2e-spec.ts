/**
 * Notifications written by the one writer: every notified event's outbox row is addressed by the
 * recipients rule, including the events that used to be recorded but never notified (requests for
 * help, co-handling assignments to the co-handler, auto-upgrades), and the filing channel system
 * on customer-facing milestones only.
 */
import { getDataSourceToken } from '@nestjs/typeorm';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { TicketTransitionService } from '../../src/tickets/ticket-transition.service';
import { bearer, ManualClock, startTestApp, TestApp } from '../support/test-app';
import { file, op, world, World } from '../support/tickets';
import { suiteDatabase } from '../support/worker-database';

describe('outbox rows go to the computed recipients', () => {
  let t: TestApp;
  let w: World;
  let db: DataSource;
  const clock = new ManualClock();
  let own: { url: string; drop: () => Promise<void> };

  beforeAll(async () => {
    // A database of its own: the upgrade pass takes every aged open ticket in the database (up to its
    // limit, in id order, skipping locked ones), so other suites' tickets in the worker's database
    // could crowd this suite's ticket out of the pass.
    own = await suiteDatabase('writer_notifications');
    t = await startTestApp({ APP_ROLE: 'api', DATABASE_URL: own.url }, clock);
    w = await world(t);
    db = t.app.get<DataSource>(getDataSourceToken());
  });
  afterAll(async () => {
    await t?.close();
    await own?.drop();
  });

  async function outbox(ticketId: string) {
    return await db.query<{ type: string; unitIds: string[]; channelSystemIds: string[] }[]>(
      `SELECT event_type AS type, unit_ids AS "unitIds", channel_system_ids AS "channelSystemIds" FROM outbox WHERE ticket_id = $1 ORDER BY id`,
      [ticketId],
    );
  }

  it('subscriptions accept the newly notified event types', async () => {
    await request(t.http)
      .post('/api/v1/webhook-subscriptions')
      .set(bearer(t.admin))
      .send({
        orgUnitId: w.city.id,
        url: 'https://hooks.example.com/wo',
        eventTypes: ['ticket.help_requested', 'ticket.upgraded', 'cohandling.cancelled'],
      })
      .expect(201);
  });

  it('notifies the centre asked for help, the co-handler, every party of an upgrade, and the channel of milestones only', async () => {
    clock.set(new Date());
    const ticket = await file(t, w);
    const [{ channelSystemId }] = await db.query<{ channelSystemId: string }[]>(
      `SELECT channel_system_id AS "channelSystemId" FROM tickets WHERE id = $1`,
      [ticket.id],
    );
    expect(channelSystemId).toBeTruthy();

    await op(t, w.tokens.province, ticket.id, 'dispatch', { targetUnitId: w.cityDept.id });
    await op(t, w.tokens.cityDept, ticket.id, 'sign');
    await op(t, w.tokens.cityDept, ticket.id, 'escalate', { reason: 'needs the city' });
    const due = new Date(clock.now().getTime() + 3_600_000).toISOString();
    await op(t, w.tokens.cityDept, ticket.id, 'cohandling', { unitId: w.dept2.id, task: 'check billing', dueAt: due });

    const ageMs = t.config.AUTO_UPGRADE_AFTER_HOURS * 3_600_000;
    clock.set(new Date(clock.now().getTime() + ageMs + 60_000));
    const transitions = t.app.get(TicketTransitionService);
    expect(await transitions.upgradeAged(new Date(clock.now().getTime() - ageMs), t.config.AUTO_UPGRADE_AFTER_HOURS, 10_000)).toBe(1);

    const rows = await outbox(ticket.id);
    const row = (type: string) => rows.find((r) => r.type === type)!;
    expect(rows.map((r) => r.type)).toEqual([
      'ticket.filed',
      'ticket.dispatched',
      'ticket.signed',
      'ticket.help_requested',
      'cohandling.assigned',
      'ticket.upgraded',
    ]);
    // Help is asked of the nearest centre above the owner (OrgService.ancestors): the province.
    expect(row('ticket.help_requested').unitIds.sort()).toEqual([w.province.id, w.cityDept.id].sort());
    expect(row('cohandling.assigned').unitIds.sort()).toEqual([w.province.id, w.cityDept.id, w.dept2.id].sort());
    expect(row('ticket.upgraded').unitIds.sort()).toEqual([w.province.id, w.cityDept.id, w.dept2.id].sort());
    expect(row('ticket.filed').channelSystemIds).toEqual([channelSystemId]);
    expect(row('ticket.signed').channelSystemIds).toEqual([channelSystemId]);
    for (const type of ['ticket.dispatched', 'ticket.help_requested', 'cohandling.assigned', 'ticket.upgraded']) {
      expect({ type, channels: row(type).channelSystemIds }).toEqual({ type, channels: [] });
    }
    const version = (await request(t.http).get(`/api/v1/tickets/${ticket.id}`).set(bearer(w.tokens.province)).expect(200)).body.version;
    // Filing, dispatch, sign, help, co-handling and the upgrade: the upgrade bumps the version like any change.
    expect(version).toBe(6);
  });
});
