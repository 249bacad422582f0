/**
 * Real deliveries as a receiver sees them: each one verifies with the `standardwebhooks` package
 * (what the README tells integrators to use), and its body matches the event's schema in the
 * `webhooks` section of openapi.json.
 */
import Ajv2020 from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import { createServer, IncomingHttpHeaders, Server } from 'node:http';
import { AddressInfo } from 'node:net';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Webhook, WebhookVerificationError } from 'standardwebhooks';
import request from 'supertest';
import { staffToken } from '../support/org-factory';
import { eventually } from '../support/processes';
import { bearer, startTestApp, TestApp } from '../support/test-app';
import { file, op, world, World } from '../support/tickets';
import { settleEarlierWebhookTraffic } from '../support/webhook-backlog';

interface Received {
  headers: IncomingHttpHeaders;
  body: string;
}

type Json = Record<string, unknown>;
const document = JSON.parse(readFileSync(join(__dirname, '..', '..', 'openapi.json'), 'utf8')) as {
  webhooks: Record<string, { post: { requestBody: { content: { 'application/json': { schema: Json } } } } }>;
  components: Json;
};

describe('webhook deliveries verify with standardwebhooks', () => {
  let t: TestApp;
  let w: World;
  let admin: string;
  let server: Server;
  let base: string;
  const received: Received[] = [];

  beforeAll(async () => {
    await settleEarlierWebhookTraffic();
    server = createServer((req, res) => {
      let body = '';
      req.on('data', (c: Buffer) => (body += c.toString()));
      req.on('end', () => {
        received.push({ headers: req.headers, body });
        res.writeHead(204).end();
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    t = await startTestApp({ APP_ROLE: 'all', WEBHOOK_RELAY_INTERVAL_MS: '100', WEBHOOK_ALLOWED_HOSTS: '127.0.0.1' });
    w = await world(t);
    admin = await staffToken(t, w.province.id, 'admin');
  });
  afterAll(async () => {
    await t.close();
    await new Promise((resolve) => server.close(resolve));
  });

  const headersOf = (r: Received) => ({
    'webhook-id': String(r.headers['webhook-id']),
    'webhook-timestamp': String(r.headers['webhook-timestamp']),
    'webhook-signature': String(r.headers['webhook-signature']),
  });

  it('signs every delivery so the package verifies it, refuses a tampered one, and follows a rotated secret', async () => {
    const sub = await request(t.http)
      .post('/api/v1/webhook-subscriptions')
      .set(bearer(admin))
      .send({ orgUnitId: w.province.id, url: `${base}/hooks` })
      .expect(201);
    const ticket = await file(t, w);
    await op(t, w.tokens.province, ticket.id, 'dispatch', { targetUnitId: w.dept.id });
    const forTicket = () => received.filter((r) => (JSON.parse(r.body) as { ticketId: string }).ticketId === ticket.id);
    await eventually(async () => forTicket().length >= 2, 15_000);

    const hook = new Webhook(sub.body.secret as string);
    const ajv = new Ajv2020({ strict: false });
    addFormats(ajv);
    ajv.addSchema({ $id: 'openapi', components: document.components });
    const types: string[] = [];
    for (const r of forTicket()) {
      const event = hook.verify(r.body, headersOf(r)) as { type: string };
      types.push(event.type);
      const schema = document.webhooks[event.type].post.requestBody.content['application/json'].schema;
      const validate = ajv.compile(JSON.parse(JSON.stringify(schema).replace(/"#\/components\//g, '"openapi#/components/')));
      expect({ type: event.type, valid: validate(event), errors: validate.errors ?? null }).toEqual({
        type: event.type,
        valid: true,
        errors: null,
      });
      expect(() => hook.verify(r.body.replace(ticket.id, '00000000-0000-4000-8000-000000000000'), headersOf(r))).toThrow(
        WebhookVerificationError,
      );
    }
    expect(types).toEqual(expect.arrayContaining(['ticket.filed', 'ticket.dispatched']));

    const rotated = await request(t.http).post(`/api/v1/webhook-subscriptions/${sub.body.id}/rotate-secret`).set(bearer(admin)).expect(200);
    const before = forTicket().length;
    await op(t, w.tokens.dept, ticket.id, 'sign');
    await eventually(async () => forTicket().length > before, 15_000);
    const latest = forTicket().slice(before);
    for (const r of latest)
      expect(new Webhook(rotated.body.secret as string).verify(r.body, headersOf(r))).toMatchObject({ ticketId: ticket.id });
  });
});
