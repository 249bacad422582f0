import request from 'supertest';
import { DataSource } from 'typeorm';
import { events, file, intake, op, world, World } from '../support/tickets';
import { bearer, startTestApp, TestApp } from '../support/test-app';

/** Domain rules a provincial complaint centre relies on, walked through the API. */
describe('domain rules', () => {
  let t: TestApp;
  let w: World;
  let nationalChannelKey: string;
  beforeAll(async () => {
    t = await startTestApp({ APP_ROLE: 'api' });
    w = await world(t);
    const cs = await request(t.http)
      .post('/api/v1/channel-systems')
      .set(bearer(t.admin))
      .send({ name: 'national hotline', channel: 'gm_hotline', orgUnitId: w.national.id })
      .expect(201);
    nationalChannelKey = cs.body.apiKey;
  });
  afterAll(() => t.close());

  async function fileNational(kind: 'escalated_complaint' | 'appeal'): Promise<string> {
    const res = await request(t.http)
      .post('/api/v1/tickets')
      .set('X-Api-Key', nationalChannelKey)
      .send(intake(w.province.code, { kind }))
      .expect(201);
    return res.body.id as string;
  }

  async function unitsNotified(ticketId: string, eventType: string): Promise<string[][]> {
    const rows: { unitIds: string[] }[] = await t.app
      .get(DataSource)
      .query(`SELECT unit_ids AS "unitIds" FROM outbox WHERE ticket_id = $1 AND event_type = $2 ORDER BY id`, [ticketId, eventType]);
    return rows.map((r) => r.unitIds);
  }

  describe('the province in the middle of an escalated complaint', () => {
    it('dispatches to its own department, reviews its feedback, and feeds back to the national centre, which closes', async () => {
      const id = await fileNational('escalated_complaint');
      await op(t, w.tokens.national, id, 'dispatch', { targetUnitId: w.province.id });
      await op(t, w.tokens.province, id, 'sign');
      const dispatched = await op(t, w.tokens.province, id, 'dispatch', { targetUnitId: w.dept.id });
      expect(dispatched).toMatchObject({ status: 'sign_for', ownerUnitId: w.dept.id, dispatcherUnitId: w.province.id });

      await op(t, w.tokens.dept, id, 'sign');
      const atProvince = await op(t, w.tokens.dept, id, 'feedback', { result: '已退费' });
      expect(atProvince).toMatchObject({ status: 'feedback_review', ownerUnitId: w.province.id });
      // The department's feedback is the province's to decide, and the province hears of it.
      expect((await unitsNotified(id, 'feedback.submitted'))[0]).toContain(w.province.id);

      await op(t, w.tokens.province, id, 'feedback/reject', { reason: '缺少退费凭证' });
      await op(t, w.tokens.dept, id, 'feedback', { result: '已退费，附凭证' });
      const resumed = await op(t, w.tokens.province, id, 'feedback/accept', { note: '省公司审核通过' });
      expect(resumed).toMatchObject({ status: 'handling', ownerUnitId: w.province.id, dispatcherUnitId: w.national.id });

      await op(t, w.tokens.national, id, 'feedback/accept', {}, 409);
      const atNational = await op(t, w.tokens.province, id, 'feedback', { result: '省公司处理完毕' });
      expect(atNational).toMatchObject({ status: 'feedback_review', ownerUnitId: w.national.id });
      await op(t, w.tokens.national, id, 'feedback/accept', { note: '审核通过' });
      await op(t, w.tokens.national, id, 'reply', { text: '已答复客户' });
      await op(t, w.tokens.national, id, 'close', { attitude: 'accepted' });
      await op(t, w.tokens.national, id, 'revisit', { result: 'satisfied' });

      // Having fed back, the province is still a party: it hears the national centre's reply, close and revisit.
      for (const type of ['ticket.replied', 'ticket.closed', 'ticket.revisited']) {
        const notified = await unitsNotified(id, type);
        expect(notified).toHaveLength(1);
        expect(notified[0]).toContain(w.province.id);
      }

      const history = await events(t, id);
      expect(history.stages.filter((s) => s.kind === 'feedback_review').map((s) => s.ownerUnitId)).toEqual([
        w.province.id,
        w.province.id,
        w.national.id,
      ]);
    });

    it('a transfer by the province to its department makes the province that level’s dispatcher', async () => {
      const id = await fileNational('appeal');
      await op(t, w.tokens.national, id, 'dispatch', { targetUnitId: w.province.id });
      const moved = await op(t, w.tokens.province, id, 'transfer', { targetUnitId: w.dept.id, reason: '计费问题' });
      expect(moved).toMatchObject({ ownerUnitId: w.dept.id, dispatcherUnitId: w.province.id });
      await op(t, w.tokens.dept, id, 'sign');
      await op(t, w.tokens.dept, id, 'feedback', { result: '已核实' });
      // The national centre's decision comes after the province's, never instead of it.
      await op(t, w.tokens.province, id, 'feedback/accept');
      expect((await unitsNotified(id, 'ticket.signed')).every((units) => units.includes(w.province.id))).toBe(true);
    });

    it('a department cannot dispatch during handling, and a province cannot on its own tickets', async () => {
      const id = await fileNational('escalated_complaint');
      await op(t, w.tokens.national, id, 'dispatch', { targetUnitId: w.province.id });
      await op(t, w.tokens.province, id, 'sign');
      await op(t, w.tokens.province, id, 'dispatch', { targetUnitId: w.dept.id });
      await op(t, w.tokens.dept, id, 'sign');
      await op(t, w.tokens.dept, id, 'dispatch', { targetUnitId: w.dept2.id }, 409);

      const own = await file(t, w);
      await op(t, w.tokens.province, own.id, 'dispatch', { targetUnitId: w.dept.id });
      await op(t, w.tokens.dept, own.id, 'sign');
      await op(t, w.tokens.province, own.id, 'dispatch', { targetUnitId: w.dept2.id }, 409);
    });
  });

  describe('extensions', () => {
    it('an approval past the customer’s commitment is flagged at risk, told to the reviewing centre and queued as at risk', async () => {
      const ticket = await file(t, w);
      const id = ticket.id;
      await op(t, w.tokens.province, id, 'dispatch', { targetUnitId: w.dept.id });
      const signed = await op(t, w.tokens.dept, id, 'sign');
      const within = new Date(new Date(signed.handlingDueAt).getTime() + 60_000).toISOString();
      expect(new Date(within).getTime()).toBeLessThan(new Date(signed.commitmentDueAt).getTime());
      await op(t, w.tokens.dept, id, 'extensions', { requestedDueAt: within, reason: '等待厂家' });
      await op(t, w.tokens.province, id, 'extensions/approve', {});
      expect(await unitsNotified(id, 'commitment.at_risk')).toEqual([]);

      const past = new Date(new Date(signed.commitmentDueAt).getTime() + 24 * 3_600_000).toISOString();
      await op(t, w.tokens.dept, id, 'extensions', { requestedDueAt: past, reason: '需要现场测试' });
      const atRisk = async () => {
        const queue = await request(t.http)
          .get('/api/v1/supervision/at-risk')
          .query({ stage: 'commitment', limit: 100 })
          .set(bearer(w.tokens.province))
          .expect(200);
        return queue.body.items.filter((i: { ticketId: string }) => i.ticketId === id).length;
      };
      expect(await atRisk()).toBe(0);
      await op(t, w.tokens.province, id, 'extensions/approve', {});

      const flagged = (await events(t, id)).events.filter((e) => e.type === 'commitment.at_risk');
      expect(flagged).toHaveLength(1);
      expect(flagged[0].data).toEqual({
        handlingDueAt: past,
        commitmentDueAt: new Date(signed.commitmentDueAt).toISOString(),
      });
      const notified = await unitsNotified(id, 'commitment.at_risk');
      expect(notified).toHaveLength(1);
      expect(notified[0]).toContain(w.province.id);

      expect(await atRisk()).toBe(1);
    });
  });

  describe('appeals', () => {
    async function repliedAppeal(): Promise<string> {
      const id = await fileNational('appeal');
      await op(t, w.tokens.national, id, 'dispatch', { targetUnitId: w.province.id });
      await op(t, w.tokens.province, id, 'sign');
      await op(t, w.tokens.province, id, 'feedback', { result: '已核实' });
      await op(t, w.tokens.national, id, 'feedback/accept');
      await op(t, w.tokens.national, id, 'reply', { text: '向管局反馈' });
      return id;
    }

    it('a withdrawn appeal records the withdrawn conclusion', async () => {
      const id = await fileNational('appeal');
      await op(t, w.tokens.national, id, 'dispatch', { targetUnitId: w.province.id });
      const withdrawn = await op(t, w.tokens.national, id, 'withdraw', { reason: '用户撤诉' });
      expect(withdrawn).toMatchObject({ status: 'withdrawn', conclusion: 'withdrawn' });
    });

    it('a conclusion is refused on a complaint', async () => {
      const { id } = await file(t, w);
      await op(t, w.tokens.province, id, 'resolve', { note: '当场解释' });
      await op(t, w.tokens.province, id, 'reply', { text: '已解释' });
      const res = await request(t.http)
        .post(`/api/v1/tickets/${id}/close`)
        .set(bearer(w.tokens.province))
        .send({ attitude: 'accepted', conclusion: 'customer_cause' });
      expect(res.status).toBe(422);
      expect(res.body.code).toBe('CONCLUSION_NOT_ALLOWED');
      expect((await op(t, w.tokens.province, id, 'close', { attitude: 'accepted' })).conclusion).toBeNull();
    });

    it('the responsible unit must exist', async () => {
      const id = await repliedAppeal();
      const body = { attitude: 'accepted', conclusion: 'company_responsibility', responsibilityType: 'network_fault' };
      const res = await request(t.http)
        .post(`/api/v1/tickets/${id}/close`)
        .set(bearer(w.tokens.national))
        .send({ ...body, responsibleUnitId: '00000000-0000-4000-8000-000000000000' });
      expect(res.status).toBe(422);
      expect(res.body.code).toBe('UNKNOWN_UNIT');
      const closed = await op(t, w.tokens.national, id, 'close', { ...body, responsibleUnitId: w.dept.id });
      expect(closed).toMatchObject({ status: 'closed', responsibleUnitId: w.dept.id });
    });
  });
});
