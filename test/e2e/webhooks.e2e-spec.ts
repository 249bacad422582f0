/**
 * Webhooks end to end: the real outbox relay and BullMQ processor (role `all`) deliver to a local
 * receiver, with a short relay period and retry base so backoff plays out in seconds.
 */
import { getDataSourceToken } from '@nestjs/typeorm';
import { createServer, IncomingHttpHeaders, Server } from 'node:http';
import { AddressInfo } from 'node:net';
import { randomUUID } from 'node:crypto';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { verify } from '../../src/notifications/domain/webhook-signature';
import { noticeOf } from '../../src/tickets/domain/ticket-notice';
import { Ticket } from '../../src/tickets/ticket.entity';
import { noChanges, TicketStateRepository } from '../../src/tickets/ticket-state.repository';
import { staffToken } from '../support/org-factory';
import { eventually, pause } from '../support/processes';
import { bearer, startTestApp, TestApp } from '../support/test-app';
import { file, op, world, World } from '../support/tickets';
import { settleEarlierWebhookTraffic } from '../support/webhook-backlog';

interface Received {
  path: string;
  headers: IncomingHttpHeaders;
  body: string;
  json: { type: string; ticketId: string; data: Record<string, unknown> };
  answered: number;
}

/** Records every POST; a path told to fail answers 503 that many times first. */
class Receiver {
  readonly requests: Received[] = [];
  private readonly failures = new Map<string, number>();
  private server!: Server;
  base = '';

  async start(): Promise<void> {
    this.server = createServer((req, res) => {
      let body = '';
      req.on('data', (c: Buffer) => (body += c.toString()));
      req.on('end', () => {
        const path = req.url ?? '/';
        const left = this.failures.get(path) ?? 0;
        const answered = left > 0 ? 503 : 204;
        if (left > 0) this.failures.set(path, left - 1);
        this.requests.push({ path, headers: req.headers, body, json: JSON.parse(body), answered });
        res.writeHead(answered).end(answered === 503 ? 'try later' : undefined);
      });
    });
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    this.base = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  failFirst(path: string, n: number): void {
    this.failures.set(path, n);
  }

  to(path: string, ticketId: string, type?: string): Received[] {
    return this.requests.filter((r) => r.path === path && r.json.ticketId === ticketId && (!type || r.json.type === type));
  }

  stop(): Promise<void> {
    return new Promise((resolve) => this.server.close(() => resolve()));
  }
}

interface Subscription {
  id: string;
  secret: string;
}

interface Delivery {
  id: string;
  subscriptionId: string;
  eventType: string;
  status: string;
  attempts: number;
  lastStatusCode: number | null;
  lastError: string | null;
  payload: { ticketId: string };
}

describe('webhooks', () => {
  let t: TestApp;
  let w: World;
  let admin: string;
  const rx = new Receiver();

  beforeAll(async () => {
    await settleEarlierWebhookTraffic();
    await rx.start();
    // The receiver listens on loopback, which only an operator's allow-list opens to webhooks.
    t = await startTestApp({
      APP_ROLE: 'all',
      WEBHOOK_RELAY_INTERVAL_MS: '100',
      WEBHOOK_RETRY_BASE_MS: '300',
      WEBHOOK_ALLOWED_HOSTS: '127.0.0.1',
    });
    w = await world(t);
    admin = await staffToken(t, w.province.id, 'admin');
  });
  afterAll(async () => {
    await t.close();
    await rx.stop();
  });

  async function subscribe(unitId: string, path: string, eventTypes?: string[]): Promise<Subscription> {
    const res = await request(t.http)
      .post('/api/v1/webhook-subscriptions')
      .set(bearer(admin))
      .send({ orgUnitId: unitId, url: `${rx.base}${path}`, ...(eventTypes ? { eventTypes } : {}) })
      .expect(201);
    return res.body as Subscription;
  }

  async function deliveries(subscriptionId: string, query = ''): Promise<Delivery[]> {
    const res = await request(t.http)
      .get(`/api/v1/webhook-deliveries?subscriptionId=${subscriptionId}${query}`)
      .set(bearer(admin))
      .expect(200);
    return res.body.items as Delivery[];
  }

  const received = (path: string, ticketId: string, type: string, count = 1) =>
    eventually(async () => rx.to(path, ticketId, type).length >= count && rx.to(path, ticketId, type), 15_000);

  it('manages subscriptions in scope, validates input and shows the secret only on creation and rotation', async () => {
    const created = await subscribe(w.dept2.id, '/manage', ['ticket.closed']);
    expect(created.secret).toMatch(/^whsec_[A-Za-z0-9+/]{43}=$/);
    const read = await request(t.http).get(`/api/v1/webhook-subscriptions/${created.id}`).set(bearer(w.tokens.dept2)).expect(200);
    expect(read.body).toMatchObject({ orgUnitId: w.dept2.id, eventTypes: ['ticket.closed'], enabled: true });
    expect(read.body.secret).toBeUndefined();
    const listed = await request(t.http)
      .get(`/api/v1/webhook-subscriptions?orgUnitId=${w.dept2.id}`)
      .set(bearer(w.tokens.province))
      .expect(200);
    expect(listed.body.items.map((s: Subscription) => s.id)).toContain(created.id);
    // A sibling department's staff do not see it.
    await request(t.http).get(`/api/v1/webhook-subscriptions/${created.id}`).set(bearer(w.tokens.dept)).expect(404);

    const patched = await request(t.http)
      .patch(`/api/v1/webhook-subscriptions/${created.id}`)
      .set(bearer(admin))
      .send({ enabled: false, eventTypes: [] })
      .expect(200);
    expect(patched.body).toMatchObject({ enabled: false, eventTypes: [] });
    const rotated = await request(t.http).post(`/api/v1/webhook-subscriptions/${created.id}/rotate-secret`).set(bearer(admin)).expect(200);
    expect(rotated.body.secret).toMatch(/^whsec_/);
    expect(rotated.body.secret).not.toBe(created.secret);

    const bad = [
      { orgUnitId: w.dept2.id, url: 'ftp://example.com/hook' },
      { orgUnitId: w.dept2.id, url: 'not a url' },
      { orgUnitId: w.dept2.id, url: `${rx.base}/x`, eventTypes: ['ticket.exploded'] },
      { orgUnitId: w.dept2.id, url: `${rx.base}/x`, eventTypes: null },
      { orgUnitId: w.dept2.id, url: `${rx.base}/x`, secret: 'mine' },
    ];
    for (const body of bad) {
      const res = await request(t.http).post('/api/v1/webhook-subscriptions').set(bearer(admin)).send(body);
      expect([res.status, res.body.code]).toEqual([400, 'VALIDATION_FAILED']);
    }
    await request(t.http)
      .patch(`/api/v1/webhook-subscriptions/${created.id}`)
      .set(bearer(admin))
      .send({ url: 'javascript:alert(1)' })
      .expect(400);
    // Handlers may read but not manage.
    await request(t.http)
      .post('/api/v1/webhook-subscriptions')
      .set(bearer(w.tokens.dept2))
      .send({ orgUnitId: w.dept2.id, url: `${rx.base}/x` })
      .expect(403);

    // Another province is out of scope: 404 for its units, its subscriptions and its delivery log.
    const other = await world(t);
    const otherAdmin = await staffToken(t, other.province.id, 'admin');
    const outside = await request(t.http)
      .post('/api/v1/webhook-subscriptions')
      .set(bearer(otherAdmin))
      .send({ orgUnitId: w.dept2.id, url: `${rx.base}/x` });
    expect(outside.status).toBe(404);
    await request(t.http).get(`/api/v1/webhook-subscriptions/${created.id}`).set(bearer(otherAdmin)).expect(404);
    await request(t.http).get(`/api/v1/webhook-deliveries?subscriptionId=${created.id}`).set(bearer(otherAdmin)).expect(404);
    await request(t.http).delete(`/api/v1/webhook-subscriptions/${created.id}`).set(bearer(otherAdmin)).expect(404);

    await request(t.http).delete(`/api/v1/webhook-subscriptions/${created.id}`).set(bearer(admin)).expect(204);
    await request(t.http).get(`/api/v1/webhook-subscriptions/${created.id}`).set(bearer(admin)).expect(404);
  });

  it('delivers signed events to the subscribed units, retries a failing receiver, logs and replays', async () => {
    const dept = await subscribe(w.dept.id, '/dept');
    const province = await subscribe(w.province.id, '/province', ['ticket.filed', 'ticket.signed']);
    const flaky = await subscribe(w.dept.id, '/flaky', ['ticket.signed']);
    rx.failFirst('/flaky', 2);

    const ticket = await file(t, w);
    await op(t, w.tokens.province, ticket.id, 'dispatch', { targetUnitId: w.dept.id });
    await op(t, w.tokens.dept, ticket.id, 'sign');

    const [dispatched] = await received('/dept', ticket.id, 'ticket.dispatched');
    expect(dispatched.headers['content-type']).toBe('application/json');
    expect(verify(dept.secret, dispatched.headers as Record<string, string>, dispatched.body)).toBe(true);
    expect(verify(province.secret, dispatched.headers as Record<string, string>, dispatched.body)).toBe(false);
    expect(verify(dept.secret, dispatched.headers as Record<string, string>, dispatched.body.replace(ticket.id, w.dept.id))).toBe(false);
    expect(dispatched.json.data).toMatchObject({ toUnitId: w.dept.id });

    // The province subscribed to two event types and gets exactly those.
    const [filed] = await received('/province', ticket.id, 'ticket.filed');
    await received('/province', ticket.id, 'ticket.signed');
    expect(verify(province.secret, filed.headers as Record<string, string>, filed.body)).toBe(true);
    await pause(500);
    expect(
      rx
        .to('/province', ticket.id)
        .map((r) => r.json.type)
        .sort(),
    ).toEqual(['ticket.filed', 'ticket.signed']);

    // Two 503s, then success: three attempts of the same message, the log says so.
    const attempts = await received('/flaky', ticket.id, 'ticket.signed', 3);
    expect(attempts.map((r) => r.answered)).toEqual([503, 503, 204]);
    expect(new Set(attempts.map((r) => r.headers['webhook-id'])).size).toBe(1);
    expect(attempts.every((r) => verify(flaky.secret, r.headers as Record<string, string>, r.body))).toBe(true);
    const [logged] = await eventually(async () => {
      const items = await deliveries(flaky.id, '&status=delivered');
      return items.length > 0 && items;
    }, 5_000);
    expect(logged).toMatchObject({
      id: attempts[0].headers['webhook-id'],
      eventType: 'ticket.signed',
      attempts: 3,
      lastStatusCode: 204,
      lastError: null,
    });

    // The delivery log pages with a cursor.
    const page1 = await request(t.http)
      .get(`/api/v1/webhook-deliveries?subscriptionId=${dept.id}&limit=1`)
      .set(bearer(w.tokens.dept))
      .expect(200);
    expect(page1.body.items).toHaveLength(1);
    const page2 = await request(t.http)
      .get(`/api/v1/webhook-deliveries?subscriptionId=${dept.id}&limit=1&cursor=${page1.body.nextCursor}`)
      .set(bearer(w.tokens.dept))
      .expect(200);
    expect(page2.body.items[0].id).not.toBe(page1.body.items[0].id);
    await request(t.http).get('/api/v1/webhook-deliveries?status=lost').set(bearer(admin)).expect(400);

    // Replay sends the same message again, under the same webhook-id, with a fresh count.
    const replayed = await request(t.http).post(`/api/v1/webhook-deliveries/${logged.id}/replay`).set(bearer(admin)).expect(200);
    expect(replayed.body).toMatchObject({ status: 'pending', attempts: 0 });
    const again = await received('/flaky', ticket.id, 'ticket.signed', 4);
    expect(again[3].headers['webhook-id']).toBe(logged.id);
    await eventually(
      async () => (await deliveries(flaky.id)).find((d) => d.id === logged.id && d.status === 'delivered' && d.attempts === 1),
      5_000,
    );
    await request(t.http).post(`/api/v1/webhook-deliveries/${logged.id}/replay`).set(bearer(w.tokens.dept)).expect(403);
  });

  it('sends a due delivery whose queue job was lost (Redis flushed or failed over)', async () => {
    const sub = await subscribe(w.dept.id, '/lost');
    const ticket = await file(t, w);
    const db = t.app.get<DataSource>(getDataSourceToken());
    // A committed delivery row with no job behind it is what Redis losing its data leaves.
    const [{ id }] = await db.query<{ id: string }[]>(
      `INSERT INTO webhook_deliveries (subscription_id, outbox_id, event_type, payload, status, attempts, next_attempt_at, created_at)
       VALUES ($1, 0, 'ticket.filed', $2, 'failed', 2, now(), now()) RETURNING id`,
      [sub.id, JSON.stringify({ type: 'ticket.filed', ticketId: ticket.id, data: {} })],
    );
    const [sent] = await received('/lost', ticket.id, 'ticket.filed');
    expect(sent.headers['webhook-id']).toBe(id);
    await eventually(
      async () => (await deliveries(sub.id)).find((d) => d.id === id && d.status === 'delivered' && d.attempts === 3),
      5_000,
    );
  });

  it('delivers nothing for a change that rolled back', async () => {
    const sub = await subscribe(w.dept.id, '/rollback');
    const ticket = await file(t, w);
    await op(t, w.tokens.province, ticket.id, 'dispatch', { targetUnitId: w.dept.id });
    await op(t, w.tokens.dept, ticket.id, 'sign');
    await received('/rollback', ticket.id, 'ticket.signed');

    // A refused transition writes nothing.
    await op(t, w.tokens.dept, ticket.id, 'sign', {}, 409);
    // An outbox row written inside a transaction that then fails is rolled back with it.
    const db = t.app.get<DataSource>(getDataSourceToken());
    await expect(
      db.transaction(async (tx) => {
        const row = await tx.findOneByOrFail(Ticket, { id: ticket.id });
        await TicketStateRepository.write(
          tx,
          {
            ...noChanges(),
            outbox: [
              {
                ticketId: row.id,
                type: 'ticket.urged',
                recipients: { unitIds: [w.dept2.id, w.dept.id, w.province.id], channelSystemIds: [] },
                payload: noticeOf(
                  { type: 'ticket.urged', data: { note: 'rolled back' } },
                  { eventId: randomUUID(), occurredAt: new Date(), ticket: row, stages: [] },
                ),
                channelPayload: null,
              },
            ],
          },
          { kind: 'system', id: 'test', unitId: null },
          new Date(),
        );
        throw new Error('abort');
      }),
    ).rejects.toThrow('abort');
    // A committed change made afterwards arrives, so the relay has passed over the rolled-back one.
    await op(t, w.tokens.province, ticket.id, 'urge', { note: 'committed' });
    const [urged] = await received('/rollback', ticket.id, 'ticket.urged');
    expect(urged.json.data).toMatchObject({ note: 'committed' });
    await pause(500);
    expect(
      rx
        .to('/rollback', ticket.id)
        .map((r) => r.json.type)
        .sort(),
    ).toEqual(['ticket.dispatched', 'ticket.signed', 'ticket.urged']);
    expect((await deliveries(sub.id)).map((d) => d.eventType).sort()).toEqual(['ticket.dispatched', 'ticket.signed', 'ticket.urged']);
  });
});
