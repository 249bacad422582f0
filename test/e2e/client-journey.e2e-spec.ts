import type { AddressInfo } from 'node:net';
import { createClient, Schemas, WorkOrderClient } from '../../clients/typescript';
import { staffToken } from '../support/org-factory';
import { intake, world, World } from '../support/tickets';
import { startTestApp, TestApp } from '../support/test-app';

/**
 * The contract proven by use: the typed client generated from openapi.json drives a complaint
 * from filing to closing against a listening service, each step by the identity the policy gives
 * it — the channel files, a provincial centre agent dispatches, accepts, replies and closes, a
 * department handler signs and feeds back.
 */
describe('typed client journey', () => {
  let t: TestApp;
  let w: World;
  let channel: WorkOrderClient;
  let centre: WorkOrderClient;
  let department: WorkOrderClient;

  beforeAll(async () => {
    t = await startTestApp({ APP_ROLE: 'api' });
    await t.app.listen(0, '127.0.0.1');
    const baseUrl = `http://127.0.0.1:${(t.app.getHttpServer().address() as AddressInfo).port}`;
    w = await world(t);
    channel = createClient({ baseUrl, apiKey: w.apiKey });
    centre = createClient({ baseUrl, token: await staffToken(t, w.province.id, 'agent') });
    department = createClient({ baseUrl, token: await staffToken(t, w.dept.id, 'handler') });
  });
  afterAll(() => t.close());

  it('files, dispatches, signs, feeds back, accepts, replies and closes through the client', async () => {
    const body = intake(w.province.code) as unknown as Schemas['FileTicketDto'];
    const filed = await channel.POST('/api/v1/tickets', { body });
    expect(filed.response.status).toBe(201);
    const ticket = filed.data!;
    expect(filed.response.headers.get('Location')).toBe(`/api/v1/tickets/${ticket.id}`);
    expect(ticket.status).toBe('review');

    const path = { params: { path: { id: ticket.id } } };
    const steps: [string, () => Promise<{ data?: Schemas['TicketView']; error?: unknown; response: Response }>][] = [
      ['dispatch', () => centre.POST('/api/v1/tickets/{id}/dispatch', { ...path, body: { targetUnitId: w.dept.id } })],
      ['sign', () => department.POST('/api/v1/tickets/{id}/sign', path)],
      ['feedback', () => department.POST('/api/v1/tickets/{id}/feedback', { ...path, body: { result: '已优化基站参数，信号恢复' } })],
      ['accept', () => centre.POST('/api/v1/tickets/{id}/feedback/accept', { ...path, body: { note: '核实无误' } })],
      ['reply', () => centre.POST('/api/v1/tickets/{id}/reply', { ...path, body: { text: '您反映的信号问题已处理完毕' } })],
      ['close', () => centre.POST('/api/v1/tickets/{id}/close', { ...path, body: { attitude: 'accepted' } })],
    ];
    const statuses: string[] = [];
    for (const [name, step] of steps) {
      const { data, error, response } = await step();
      expect({ name, status: response.status, error }).toEqual({ name, status: 200, error: undefined });
      statuses.push(data!.status);
    }
    expect(statuses).toEqual(['sign_for', 'handling', 'feedback_review', 'reply', 'replied', 'closed']);

    const seen = await channel.GET('/api/v1/tickets/{id}', path);
    expect(seen.data).toMatchObject({ status: 'closed', replyText: '您反映的信号问题已处理完毕' });
    const mine = await channel.GET('/api/v1/tickets', { params: { query: { externalRef: body.externalRef! } } });
    expect(mine.data!.items.map((x) => x.id)).toEqual([ticket.id]);
  });

  it('gives a refusal as the typed problem, with its code', async () => {
    const filed = await channel.POST('/api/v1/tickets', { body: intake(w.province.code) as unknown as Schemas['FileTicketDto'] });
    // The centre owns the review stage, but a ticket under review is not there to sign for.
    const refused = await centre.POST('/api/v1/tickets/{id}/sign', { params: { path: { id: filed.data!.id } } });
    expect(refused.response.status).toBe(409);
    expect(refused.error).toMatchObject({ status: 409, code: 'INVALID_TRANSITION' });
  });
});
