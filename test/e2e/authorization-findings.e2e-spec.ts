/**
 * Regression tests for the trust-boundary findings of the authorization review (docs/security.md):
 * a national channel system acting with national staff scope, administrators acting in the workflow,
 * and co-handling or transfers pulling in units of another province.
 */
import request from 'supertest';
import { staffToken } from '../support/org-factory';
import { events, file, intake, op, world, World } from '../support/tickets';
import { bearer, startTestApp, TestApp } from '../support/test-app';

describe('authorization findings', () => {
  let t: TestApp;
  let w: World;
  let other: World;
  beforeAll(async () => {
    t = await startTestApp({ APP_ROLE: 'api' });
    w = await world(t);
    other = await world(t);
  });
  afterAll(() => t.close());

  async function expectRefused(token: string, id: string, path: string, body: Record<string, unknown>, status: number, code: string) {
    const res = await request(t.http).post(`/api/v1/tickets/${id}/${path}`).set(bearer(token)).send(body);
    expect({ path, status: res.status, code: res.body.code }).toEqual({ path, status, code });
    expect(res.headers['content-type']).toMatch(/problem\+json/);
  }

  describe('a channel system attached to the national centre', () => {
    let nationalKey: string;
    beforeAll(async () => {
      const cs = await request(t.http)
        .post('/api/v1/channel-systems')
        .set(bearer(t.admin))
        .send({ name: 'national hotline', channel: 'gm_hotline', orgUnitId: w.national.id })
        .expect(201);
      nationalKey = cs.body.apiKey as string;
    });

    it('sees and touches only the tickets it filed', async () => {
      const foreign = await file(t, w);
      const own = await request(t.http)
        .post('/api/v1/tickets')
        .set('X-Api-Key', nationalKey)
        .send(intake(w.province.code, { kind: 'escalated_complaint' }))
        .expect(201);
      const key = { 'X-Api-Key': nationalKey };

      const list = await request(t.http).get('/api/v1/tickets?limit=200').set(key).expect(200);
      const listed = list.body.items.map((i: { id: string }) => i.id);
      expect(listed).toContain(own.body.id);
      expect(listed).not.toContain(foreign.id);

      for (const path of ['', '/events', '/attachments']) {
        await request(t.http).get(`/api/v1/tickets/${foreign.id}${path}`).set(key).expect(404);
      }
      const attachment = { name: 'a.png', contentType: 'image/png', size: 10, url: 'https://files.example/a.png' };
      await request(t.http).post(`/api/v1/tickets/${foreign.id}/attachments`).set(key).send(attachment).expect(404);
      await request(t.http).post(`/api/v1/tickets/${foreign.id}/customer-updates`).set(key).send({ text: 'x' }).expect(404);
      await request(t.http).post(`/api/v1/tickets/${foreign.id}/withdraw`).set(key).send({ reason: 'x' }).expect(404);
      const untouched = await request(t.http).get(`/api/v1/tickets/${foreign.id}`).set(bearer(w.tokens.province)).expect(200);
      expect(untouched.body.status).toBe('review');
      expect((await events(t, foreign.id)).events.map((e) => e.type)).toEqual(['ticket.filed']);

      // Its own ticket it reads, annotates and withdraws.
      await request(t.http).get(`/api/v1/tickets/${own.body.id}/events`).set(key).expect(200);
      await request(t.http).post(`/api/v1/tickets/${own.body.id}/attachments`).set(key).send(attachment).expect(201);
      await request(t.http).post(`/api/v1/tickets/${own.body.id}/withdraw`).set(key).send({ reason: 'solved' }).expect(200);
    });

    it('gets no supervision queue or KPI of any province', async () => {
      const key = { 'X-Api-Key': nationalKey };
      await request(t.http).get('/api/v1/supervision/overdue').set(key).expect(403);
      await request(t.http).get('/api/v1/kpis?period=day').set(key).expect(403);
    });
  });

  describe('administrators', () => {
    it('a department admin cannot sign, request or approve an extension, submit or accept feedback', async () => {
      const deptAdmin = await staffToken(t, w.dept.id, 'admin');
      const { id } = await file(t, w);
      await op(t, w.tokens.province, id, 'dispatch', { targetUnitId: w.dept.id });
      await expectRefused(deptAdmin, id, 'sign', {}, 403, 'FORBIDDEN_ROLE');
      const signed = await op(t, w.tokens.dept, id, 'sign');
      const later = new Date(new Date(signed.handlingDueAt).getTime() + 3_600_000).toISOString();
      await expectRefused(deptAdmin, id, 'extensions', { requestedDueAt: later, reason: 'r' }, 403, 'FORBIDDEN_ROLE');
      await op(t, w.tokens.dept, id, 'extensions', { requestedDueAt: later, reason: 'r' });
      await expectRefused(deptAdmin, id, 'extensions/approve', {}, 403, 'FORBIDDEN_ROLE');
      await op(t, w.tokens.province, id, 'extensions/reject', { reason: 'no' });
      await expectRefused(deptAdmin, id, 'feedback', { result: 'done' }, 403, 'FORBIDDEN_ROLE');
      await op(t, w.tokens.dept, id, 'feedback', { result: 'done' });
      await expectRefused(deptAdmin, id, 'feedback/accept', {}, 403, 'FORBIDDEN_ROLE');
      const types = (await events(t, id)).events.map((e) => e.type);
      expect(types.filter((type) => type === 'ticket.signed' || type === 'feedback.accepted')).toEqual(['ticket.signed']);
    });

    it('neither a centre admin nor the bootstrap admin acts as the dispatching centre', async () => {
      const centreAdmin = await staffToken(t, w.province.id, 'admin');
      const { id } = await file(t, w);
      for (const token of [centreAdmin, t.admin]) {
        await expectRefused(token, id, 'dispatch', { targetUnitId: w.dept.id }, 403, 'FORBIDDEN_ROLE');
        await expectRefused(token, id, 'withdraw', { reason: 'x' }, 403, 'FORBIDDEN_ROLE');
      }
      // Reading stays open to them.
      await request(t.http).get(`/api/v1/tickets/${id}`).set(bearer(centreAdmin)).expect(200);
      await request(t.http).get(`/api/v1/tickets/${id}`).set(bearer(t.admin)).expect(200);
    });

    it('national staff stand in for the centre, never for the owning department', async () => {
      const { id } = await file(t, w);
      await op(t, w.tokens.national, id, 'dispatch', { targetUnitId: w.dept.id });
      await expectRefused(w.tokens.national, id, 'sign', {}, 403, 'NOT_OWNER');
      await op(t, w.tokens.dept, id, 'sign');
      await expectRefused(w.tokens.national, id, 'feedback', { result: 'x' }, 403, 'NOT_OWNER');
      await op(t, w.tokens.dept, id, 'feedback', { result: 'done' });
      await op(t, w.tokens.national, id, 'feedback/accept');
    });
  });

  describe('targets across provinces', () => {
    it('refuses co-handling and transfers into another province, which then cannot read the ticket', async () => {
      const { id } = await file(t, w);
      await op(t, w.tokens.province, id, 'dispatch', { targetUnitId: w.dept.id });
      const signed = await op(t, w.tokens.dept, id, 'sign');
      await expectRefused(
        w.tokens.dept,
        id,
        'cohandling',
        { unitId: other.dept.id, task: 't', dueAt: signed.handlingDueAt },
        422,
        'TARGET_OUT_OF_SCOPE',
      );
      await expectRefused(w.tokens.dept, id, 'transfer', { targetUnitId: other.dept.id, reason: 'r' }, 422, 'TARGET_OUT_OF_SCOPE');
      for (const token of [other.tokens.dept, other.tokens.province]) {
        await request(t.http).get(`/api/v1/tickets/${id}`).set(bearer(token)).expect(404);
      }
      const h = await events(t, id);
      expect(h.events.map((e) => e.type)).not.toContain('cohandling.assigned');
      expect(h.stages.filter((s) => s.kind === 'cohandling')).toEqual([]);
      // Within the province, co-handling still works.
      await op(t, w.tokens.dept, id, 'cohandling', { unitId: w.dept2.id, task: 't', dueAt: signed.handlingDueAt });
    });

    it('keeps a province holding an escalated complaint inside its own province', async () => {
      const cs = await request(t.http)
        .post('/api/v1/channel-systems')
        .set(bearer(t.admin))
        .send({ name: 'regulator feed', channel: 'regulator', orgUnitId: w.national.id })
        .expect(201);
      const filed = await request(t.http)
        .post('/api/v1/tickets')
        .set('X-Api-Key', cs.body.apiKey)
        .send(intake(w.province.code, { kind: 'escalated_complaint' }))
        .expect(201);
      const id = filed.body.id as string;
      await op(t, w.tokens.national, id, 'dispatch', { targetUnitId: w.province.id });
      const signed = await op(t, w.tokens.province, id, 'sign');
      await expectRefused(
        w.tokens.province,
        id,
        'cohandling',
        { unitId: other.dept.id, task: 't', dueAt: signed.handlingDueAt },
        422,
        'TARGET_OUT_OF_SCOPE',
      );
      await request(t.http).get(`/api/v1/tickets/${id}`).set(bearer(other.tokens.dept)).expect(404);
    });
  });
});
