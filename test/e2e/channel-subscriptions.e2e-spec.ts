/**
 * A channel system subscribes to its own tickets' events with its API key: same subscriptions,
 * delivery log and replay as a unit's, kept to its own, and only the customer-facing milestones
 * (DOMAIN §7).
 */
import request from 'supertest';
import { Webhook } from 'standardwebhooks';
import { staffToken } from '../support/org-factory';
import { eventually } from '../support/processes';
import { bearer, startTestApp, TestApp } from '../support/test-app';
import { file, op, world, World } from '../support/tickets';
import { settleEarlierWebhookTraffic } from '../support/webhook-backlog';
import { startWebhookReceiver, WebhookReceiver } from '../support/webhook-receiver';

describe('channel subscriptions', () => {
  let t: TestApp;
  let w: World;
  let admin: string;
  let receiver: WebhookReceiver;
  let base: string;

  beforeAll(async () => {
    await settleEarlierWebhookTraffic();
    receiver = await startWebhookReceiver();
    base = receiver.base;
    t = await startTestApp({ APP_ROLE: 'all', WEBHOOK_RELAY_INTERVAL_MS: '100', WEBHOOK_ALLOWED_HOSTS: '127.0.0.1' });
    w = await world(t);
    admin = await staffToken(t, w.province.id, 'admin');
  });
  afterAll(async () => {
    await t.close();
    await receiver.close();
  });

  const asChannel = (key: string) => ({ 'X-Api-Key': key });

  it('lets a channel system subscribe for itself, and keeps it to its own', async () => {
    const created = await request(t.http)
      .post('/api/v1/webhook-subscriptions')
      .set(asChannel(w.apiKey))
      .send({ url: `${base}/own`, eventTypes: ['ticket.replied', 'ticket.closed'] })
      .expect(201);
    expect(created.body).toMatchObject({
      orgUnitId: null,
      channelSystemId: expect.any(String),
      eventTypes: ['ticket.replied', 'ticket.closed'],
    });
    expect(created.body.secret).toMatch(/^whsec_/);

    const namedUnit = await request(t.http)
      .post('/api/v1/webhook-subscriptions')
      .set(asChannel(w.apiKey))
      .send({ orgUnitId: w.province.id, url: `${base}/unit` })
      .expect(403);
    expect(namedUnit.body.code).toBe('FORBIDDEN_SCOPE');
    const internal = await request(t.http)
      .post('/api/v1/webhook-subscriptions')
      .set(asChannel(w.apiKey))
      .send({ url: `${base}/x`, eventTypes: ['stage.warning', 'ticket.closed'] })
      .expect(422);
    expect(internal.body.code).toBe('EVENT_TYPE_NOT_FOR_CHANNELS');
    const unitless = await request(t.http)
      .post('/api/v1/webhook-subscriptions')
      .set(bearer(admin))
      .send({ url: `${base}/y` })
      .expect(403);
    expect(unitless.body.code).toBe('FORBIDDEN_SCOPE');

    const unitSub = await request(t.http)
      .post('/api/v1/webhook-subscriptions')
      .set(bearer(admin))
      .send({ orgUnitId: w.province.id, url: `${base}/unit` })
      .expect(201);
    const own = await request(t.http).get('/api/v1/webhook-subscriptions').set(asChannel(w.apiKey)).expect(200);
    expect(own.body.items.map((s: { id: string }) => s.id)).toEqual([created.body.id]);
    const staffView = await request(t.http).get('/api/v1/webhook-subscriptions?limit=500').set(bearer(admin)).expect(200);
    expect(staffView.body.items.map((s: { id: string }) => s.id)).toContain(unitSub.body.id);
    expect(staffView.body.items.map((s: { id: string }) => s.id)).not.toContain(created.body.id);
    await request(t.http).get(`/api/v1/webhook-subscriptions/${unitSub.body.id}`).set(asChannel(w.apiKey)).expect(404);
    await request(t.http).get(`/api/v1/webhook-subscriptions/${created.body.id}`).set(bearer(admin)).expect(404);

    const other = await request(t.http)
      .post('/api/v1/channel-systems')
      .set(bearer(t.admin))
      .send({ name: 'app', channel: 'app', orgUnitId: w.province.id })
      .expect(201);
    await request(t.http).get(`/api/v1/webhook-subscriptions/${created.body.id}`).set(asChannel(other.body.apiKey)).expect(404);
    await request(t.http)
      .patch(`/api/v1/webhook-subscriptions/${created.body.id}`)
      .set(asChannel(w.apiKey))
      .send({ eventTypes: ['ticket.escalated'] })
      .expect(422);
    await request(t.http)
      .patch(`/api/v1/webhook-subscriptions/${created.body.id}`)
      .set(asChannel(w.apiKey))
      .send({ eventTypes: [] })
      .expect(200);
    await request(t.http).delete(`/api/v1/webhook-subscriptions/${unitSub.body.id}`).set(bearer(admin)).expect(204);
  });

  it('delivers the milestones of the tickets it filed, signed, with its delivery log and replay', async () => {
    const sub = await request(t.http)
      .post('/api/v1/webhook-subscriptions')
      .set(asChannel(w.apiKey))
      .send({ url: `${base}/milestones` })
      .expect(201);
    const ticket = await file(t, w);
    await op(t, w.tokens.province, ticket.id, 'dispatch', { targetUnitId: w.dept.id });
    await op(t, w.tokens.dept, ticket.id, 'sign');
    await op(t, w.tokens.dept, ticket.id, 'feedback', { result: '已处理' });
    await op(t, w.tokens.province, ticket.id, 'feedback/accept', {});
    await op(t, w.tokens.province, ticket.id, 'reply', { text: '已为您处理完毕' });
    const mine = () =>
      receiver.received.filter((r) => r.path === '/milestones' && (JSON.parse(r.body) as { ticketId: string }).ticketId === ticket.id);
    await eventually(async () => mine().some((r) => JSON.parse(r.body).type === 'ticket.replied'), 15_000);

    const hook = new Webhook(sub.body.secret as string);
    const types = mine().map((r) => (hook.verify(r.body, r.headers) as { type: string }).type);
    // Filed, in handling and replied reach the channel; dispatch, feedback and acceptance are the centres' own work.
    expect([...new Set(types)].sort()).toEqual(['ticket.filed', 'ticket.replied', 'ticket.signed']);
    const replied = mine()
      .map((r) => JSON.parse(r.body) as { type: string; data: Record<string, unknown> })
      .find((e) => e.type === 'ticket.replied')!;
    expect(JSON.stringify(replied.data)).toContain('已为您处理完毕');

    const log = await request(t.http).get(`/api/v1/webhook-deliveries?subscriptionId=${sub.body.id}`).set(asChannel(w.apiKey)).expect(200);
    expect(log.body.items.length).toBe(types.length);
    const staffLog = await request(t.http).get('/api/v1/webhook-deliveries?limit=500').set(bearer(admin)).expect(200);
    expect(staffLog.body.items.map((d: { id: string }) => d.id)).not.toContain(log.body.items[0].id);
    const before = mine().length;
    await request(t.http).post(`/api/v1/webhook-deliveries/${log.body.items[0].id}/replay`).set(asChannel(w.apiKey)).expect(200);
    await eventually(async () => mine().length > before, 15_000);
    await request(t.http).post(`/api/v1/webhook-deliveries/${log.body.items[0].id}/replay`).set(bearer(admin)).expect(404);
  });
});
