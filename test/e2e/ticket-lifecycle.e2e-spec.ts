import request from 'supertest';
import { DataSource } from 'typeorm';
import { events, file, intake, op, world, World } from '../support/tickets';
import { staffToken } from '../support/org-factory';
import { bearer, startTestApp, TestApp } from '../support/test-app';

describe('ticket lifecycle', () => {
  let t: TestApp;
  let w: World;
  beforeAll(async () => {
    t = await startTestApp({ APP_ROLE: 'api' });
    w = await world(t);
  });
  afterAll(() => t.close());

  it('files a ticket with number, level, stage and deadlines', async () => {
    const ticket = await file(t, w);
    expect(ticket.number).toMatch(new RegExp(`^${w.province.code}-\\d{8}-\\d{6}$`));
    expect(ticket.status).toBe('review');
    expect(ticket.level).toBe('provincial');
    expect(ticket.openStages.map((s) => s.kind).sort()).toEqual(['commitment', 'review']);
    const cross = await file(t, w, { occurredProvince: 'GD' });
    expect(cross.level).toBe('national');
  });

  it('walks an ordinary complaint through co-handling, reply, close, unsatisfied revisit, re-handling, close and archive', async () => {
    const { id } = await file(t, w);
    const tk = w.tokens;
    await op(t, tk.province, id, 'dispatch', { targetUnitId: w.dept.id });
    await op(t, tk.dept, id, 'sign');
    const due = (await events(t, id)).stages.find((s) => s.kind === 'handling' && s.status === 'open')!.dueAt;
    await op(t, tk.dept, id, 'cohandling', { unitId: w.dept2.id, task: '核查计费记录', dueAt: due });
    // Feedback is refused while a co-handling task is open.
    const refused = await request(t.http).post(`/api/v1/tickets/${id}/feedback`).set(bearer(tk.dept)).send({ result: 'x' });
    expect(refused.status).toBe(409);
    expect(refused.body.code).toBe('COHANDLING_OPEN');
    // The co-handler sees the ticket it co-handles.
    await request(t.http).get(`/api/v1/tickets/${id}`).set(bearer(tk.dept2)).expect(200);
    await op(t, tk.dept2, id, 'cohandling/opinion', { opinion: '计费无误' });
    await op(t, tk.dept, id, 'feedback', { result: '已优化基站参数' });
    // Only the dispatcher accepts feedback.
    await op(t, tk.dept, id, 'feedback/accept', {}, 403);
    await op(t, tk.province, id, 'feedback/accept');
    await op(t, tk.province, id, 'reply', { text: '已处理' });
    await op(t, tk.province, id, 'close', { attitude: 'accepted' });
    const reopened = await op(t, tk.province, id, 'revisit', { result: 'unsatisfied', cause: 'poor_handling' });
    // The re-handling round opens its own sign-for stage for the lead and its own commitment to the customer.
    expect(reopened).toMatchObject({ status: 'sign_for', handlingRound: 2, ownerUnitId: w.dept.id });
    type Stage = { kind: string; status: string; round: number; ownerUnitId: string; startedAt: string; dueAt: string };
    const round2 = (await events(t, id)).stages as unknown as Stage[];
    const open = round2.filter((s) => s.status === 'open');
    expect(open.map((s) => [s.kind, s.round, s.ownerUnitId]).sort()).toEqual(
      [
        ['commitment', 2, w.province.id],
        ['sign_for', 2, w.dept.id],
      ].sort(),
    );
    const span = (s: Stage) => Date.parse(s.dueAt) - Date.parse(s.startedAt);
    const commitments = round2.filter((s) => s.kind === 'commitment');
    expect(commitments.map((s) => s.round)).toEqual([0, 2]);
    expect(span(commitments[1])).toBe(span(commitments[0]));
    await op(t, tk.dept, id, 'feedback', { result: 'x' }, 409);
    expect(await op(t, tk.dept, id, 'sign')).toMatchObject({ status: 'handling', handlingRound: 2, leadUnitId: w.dept.id });
    await op(t, tk.dept, id, 'feedback', { result: '更换设备' });
    await op(t, tk.province, id, 'feedback/accept');
    await op(t, tk.province, id, 'reply', { text: '已再次处理' });
    await op(t, tk.province, id, 'close', { attitude: 'accepted' });
    await op(t, tk.province, id, 'revisit', { result: 'satisfied' });
    const archived = await op(t, tk.province, id, 'archive');
    expect(archived.status).toBe('archived');
    await op(t, tk.province, id, 'urge', { note: 'x' }, 409);

    const h = await events(t, id);
    const types = h.events.map((e) => e.type);
    expect(types).toEqual(
      expect.arrayContaining([
        'ticket.filed',
        'ticket.dispatched',
        'ticket.signed',
        'cohandling.assigned',
        'cohandling.opinion_submitted',
        'feedback.submitted',
        'feedback.accepted',
        'ticket.replied',
        'ticket.closed',
        'ticket.revisited',
        'ticket.reopened',
        'ticket.archived',
      ]),
    );
    const handling = h.stages.filter((s) => s.kind === 'handling');
    expect(handling.map((s) => s.round)).toEqual([1, 2]);
    expect(h.stages.filter((s) => s.kind === 'sign_for').map((s) => s.round)).toEqual([0, 2]);
    expect(h.stages.every((s) => s.status !== 'open')).toBe(true);
  });

  it('returns to the dispatcher with a reason and is re-dispatched', async () => {
    const { id } = await file(t, w);
    await op(t, w.tokens.province, id, 'dispatch', { targetUnitId: w.dept.id });
    await op(t, w.tokens.dept, id, 'return', { reason: 'other' }, 422);
    const back = await op(t, w.tokens.dept, id, 'return', { reason: 'not_our_responsibility' });
    expect(back.status).toBe('review');
    expect(back.ownerUnitId).toBe(w.province.id);
    await op(t, w.tokens.province, id, 'dispatch', { targetUnitId: w.dept2.id });
    const signed = await op(t, w.tokens.dept2, id, 'sign');
    expect(signed.leadUnitId).toBe(w.dept2.id);
  });

  it('transfers without resetting the handling deadline', async () => {
    const { id } = await file(t, w);
    await op(t, w.tokens.province, id, 'dispatch', { targetUnitId: w.city.id });
    await op(t, w.tokens.city, id, 'sign');
    const before = await op(t, w.tokens.city, id, 'transfer', { targetUnitId: w.cityDept.id, reason: '属地处理' });
    await op(t, w.tokens.cityDept, id, 'sign');
    const h = await events(t, id);
    const handling = h.stages.filter((s) => s.kind === 'handling');
    expect(handling).toHaveLength(2);
    expect(handling[1].dueAt).toBe(handling[0].dueAt);
    expect(new Date(handling[1].dueAt).getTime()).toBe(new Date(before.handlingDueAt).getTime());
    // The department cannot transfer out of its province.
    const other = await world(t);
    await op(t, w.tokens.cityDept, id, 'transfer', { targetUnitId: other.dept.id, reason: 'x' }, 422);
  });

  it('approves one extension and rejects another', async () => {
    const { id } = await file(t, w);
    await op(t, w.tokens.province, id, 'dispatch', { targetUnitId: w.dept.id });
    const signed = await op(t, w.tokens.dept, id, 'sign');
    const due = new Date(signed.handlingDueAt);
    const later = new Date(due.getTime() + 24 * 3_600_000).toISOString();
    await op(t, w.tokens.dept, id, 'extensions', { requestedDueAt: later, reason: '需要厂家配合' });
    await op(t, w.tokens.dept, id, 'extensions/approve', {}, 403);
    const approved = await op(t, w.tokens.province, id, 'extensions/approve', {});
    expect(new Date(approved.handlingDueAt).toISOString()).toBe(later);
    const stage = (await events(t, id)).stages.find((s) => s.kind === 'handling' && s.status === 'open')!;
    expect(stage.dueAt).toBe(later);

    const again = new Date(new Date(later).getTime() + 3_600_000).toISOString();
    await op(t, w.tokens.dept, id, 'extensions', { requestedDueAt: again, reason: '再次延期' });
    const rejected = await op(t, w.tokens.province, id, 'extensions/reject', { reason: '不同意' });
    expect(new Date(rejected.handlingDueAt).toISOString()).toBe(later);
    // Only approvals use up the allowance: the rejected request leaves room for one more.
    expect(rejected.extensionsUsed).toBe(1);
    await op(t, w.tokens.dept, id, 'extensions', { requestedDueAt: again, reason: '第三次' });
    const second = await op(t, w.tokens.province, id, 'extensions/approve', {});
    expect(second.extensionsUsed).toBe(2);
    const last = new Date(new Date(again).getTime() + 3_600_000).toISOString();
    await op(t, w.tokens.dept, id, 'extensions', { requestedDueAt: last, reason: '第四次' }, 409);
    const types = (await events(t, id)).events.filter((e) => e.type === 'extension.decided').map((e) => e.data.approved);
    expect(types).toEqual([true, false, true]);
  });

  it('handles an escalated complaint: national files and dispatches, province replies, national audits and closes', async () => {
    const cs = await request(t.http)
      .post('/api/v1/channel-systems')
      .set(bearer(t.admin))
      .send({ name: 'national hotline', channel: 'gm_hotline', orgUnitId: w.national.id })
      .expect(201);
    await request(t.http)
      .post('/api/v1/tickets')
      .set('X-Api-Key', w.apiKey)
      .send(intake(w.province.code, { kind: 'escalated_complaint' }))
      .expect(403);
    const filed = await request(t.http)
      .post('/api/v1/tickets')
      .set('X-Api-Key', cs.body.apiKey)
      .send(intake(w.province.code, { kind: 'escalated_complaint' }))
      .expect(201);
    const id = filed.body.id;
    expect(filed.body.reviewUnitId).toBe(w.national.id);
    expect(filed.body.level).toBe('national');
    await op(t, w.tokens.province, id, 'dispatch', { targetUnitId: w.dept.id }, 403);
    await op(t, w.tokens.national, id, 'dispatch', { targetUnitId: w.province.id });
    await op(t, w.tokens.province, id, 'sign');
    await op(t, w.tokens.province, id, 'feedback', { result: '省公司已处理并回复' });
    await op(t, w.tokens.national, id, 'feedback/accept', { note: '审核通过' });
    await op(t, w.tokens.national, id, 'reply', { text: '已答复客户' });
    const closed = await op(t, w.tokens.national, id, 'close', { attitude: 'rejected', companyPosition: '按资费规则执行' });
    expect(closed.status).toBe('closed');
    await op(t, w.tokens.national, id, 'revisit', { result: 'unreachable' });
  });

  it('closes an appeal only with a conclusion, responsibility type and responsible unit', async () => {
    const cs = await request(t.http)
      .post('/api/v1/channel-systems')
      .set(bearer(t.admin))
      .send({ name: 'regulator feed', channel: 'regulator', orgUnitId: w.national.id })
      .expect(201);
    const filed = await request(t.http)
      .post('/api/v1/tickets')
      .set('X-Api-Key', cs.body.apiKey)
      .send(intake(w.province.code, { kind: 'appeal', businessType: 'broadband' }))
      .expect(201);
    const id = filed.body.id;
    await op(t, w.tokens.national, id, 'dispatch', { targetUnitId: w.province.id });
    await op(t, w.tokens.province, id, 'sign');
    await op(t, w.tokens.province, id, 'feedback', { result: '经核实，宽带故障' });
    await op(t, w.tokens.national, id, 'feedback/accept');
    await op(t, w.tokens.national, id, 'reply', { text: '向管局反馈' });
    const noConclusion = await request(t.http)
      .post(`/api/v1/tickets/${id}/close`)
      .set(bearer(w.tokens.national))
      .send({ attitude: 'accepted' });
    expect(noConclusion.status).toBe(422);
    expect(noConclusion.body.code).toBe('CONCLUSION_REQUIRED');
    await op(t, w.tokens.national, id, 'close', { attitude: 'accepted', conclusion: 'company_responsibility' }, 422);
    const closed = await op(t, w.tokens.national, id, 'close', {
      attitude: 'accepted',
      conclusion: 'company_responsibility',
      responsibilityType: 'network_fault',
      responsibleUnitId: w.dept.id,
    });
    expect(closed).toMatchObject({
      conclusion: 'company_responsibility',
      responsibilityType: 'network_fault',
      responsibleUnitId: w.dept.id,
    });
  });

  it('files exactly one ticket under 20 parallel identical requests', async () => {
    const body = intake(w.province.code);
    const responses = await Promise.all(
      Array.from({ length: 20 }, () =>
        request(t.http)
          .post('/api/v1/tickets')
          .set('X-Api-Key', w.apiKey)
          .set('Idempotency-Key', `k-${String(body.externalRef)}`)
          .send(body),
      ),
    );
    const statuses = responses.map((r) => r.status).sort();
    expect(statuses.filter((s) => s === 201)).toHaveLength(1);
    expect(statuses.filter((s) => s === 200)).toHaveLength(19);
    expect(new Set(responses.map((r) => r.body.id)).size).toBe(1);
    const list = await request(t.http).get('/api/v1/tickets?limit=500').set('X-Api-Key', w.apiKey).expect(200);
    expect(list.body.items.filter((i: { externalRef: string }) => i.externalRef === body.externalRef)).toHaveLength(1);
  });

  it('answers 422 when an Idempotency-Key or externalRef is replayed with another body', async () => {
    const body = intake(w.province.code);
    await request(t.http).post('/api/v1/tickets').set('X-Api-Key', w.apiKey).set('Idempotency-Key', 'same-key-1').send(body).expect(201);
    const again = await request(t.http)
      .post('/api/v1/tickets')
      .set('X-Api-Key', w.apiKey)
      .set('Idempotency-Key', 'same-key-1')
      .send({ ...body, subject: 'other' });
    expect(again.status).toBe(422);
    const byRef = await request(t.http)
      .post('/api/v1/tickets')
      .set('X-Api-Key', w.apiKey)
      .send({ ...body, subject: 'other' });
    expect(byRef.status).toBe(422);
    expect(byRef.body.code).toBe('EXTERNAL_REF_REUSED');
  });

  it('accepts only enabled dictionary terms as business type and natures', async () => {
    const unknown = await request(t.http)
      .post('/api/v1/tickets')
      .set('X-Api-Key', w.apiKey)
      .send(intake(w.province.code, { businessType: 'satellite', natures: ['network_quality', 'weather'] }));
    expect(unknown.status).toBe(422);
    expect(unknown.body.code).toBe('UNKNOWN_TAXONOMY_TERM');
    expect(unknown.body.errors.map((e: { field: string }) => e.field)).toEqual(['businessType', 'natures']);
    const provincialAdmin = await staffToken(t, w.province.id, 'admin');
    await request(t.http)
      .post('/api/v1/taxonomy')
      .set(bearer(provincialAdmin))
      .send({ kind: 'business_type', code: 'satellite', label: '卫星' })
      .expect(403);
    const term = await request(t.http)
      .post('/api/v1/taxonomy')
      .set(bearer(t.admin))
      .send({ kind: 'business_type', code: 'satellite', label: '卫星' })
      .expect(201);
    await request(t.http)
      .post('/api/v1/taxonomy')
      .set(bearer(t.admin))
      .send({ kind: 'business_type', code: 'satellite', label: 'again' })
      .expect(409);
    await request(t.http)
      .post('/api/v1/taxonomy')
      .set(bearer(t.admin))
      .send({ kind: 'nature', code: 'weather', label: '天气' })
      .expect(201);
    await file(t, w, { businessType: 'satellite', natures: ['network_quality', 'weather'] });
    await request(t.http).patch(`/api/v1/taxonomy/${term.body.id}`).set(bearer(t.admin)).send({ enabled: false }).expect(200);
    await request(t.http)
      .post('/api/v1/tickets')
      .set('X-Api-Key', w.apiKey)
      .send(intake(w.province.code, { businessType: 'satellite' }))
      .expect(422);
    const list = await request(t.http).get('/api/v1/taxonomy?kind=nature&limit=500').set('X-Api-Key', w.apiKey).expect(200);
    expect(list.body.items.map((x: { code: string }) => x.code)).toEqual(expect.arrayContaining(['network_quality', 'billing', 'weather']));
  });

  it('rejects bad intake with every bad field listed', async () => {
    const res = await request(t.http)
      .post('/api/v1/tickets')
      .set('X-Api-Key', w.apiKey)
      .send({ ...intake(w.province.code), customerTier: 'gold', natures: [], hacker: true });
    expect(res.status).toBe(400);
    expect(res.headers['content-type']).toMatch(/problem\+json/);
    expect(res.body.errors.map((e: { field: string }) => e.field).sort()).toEqual(['customerTier', 'hacker', 'natures']);
  });

  it('answers 400, not 500, when optional fields are sent as null', async () => {
    const { id } = await file(t, w);
    await op(t, w.tokens.province, id, 'dispatch', { targetUnitId: w.dept.id });
    const res = await request(t.http).post(`/api/v1/tickets/${id}/return`).set(bearer(w.tokens.dept)).send({ reason: 'other', text: null });
    expect(res.status).toBe(400);
    expect(res.body.errors[0].field).toBe('text');
    const org = await request(t.http).patch(`/api/v1/org-units/${w.dept.id}`).set(bearer(t.admin)).send({ name: null });
    expect(org.status).toBe(400);
  });

  it('lets exactly one of two concurrent conflicting operations win', async () => {
    const { id } = await file(t, w);
    await op(t, w.tokens.province, id, 'dispatch', { targetUnitId: w.dept.id });
    const [a, b] = await Promise.all([
      request(t.http).post(`/api/v1/tickets/${id}/sign`).set(bearer(w.tokens.dept)).send({}),
      request(t.http).post(`/api/v1/tickets/${id}/return`).set(bearer(w.tokens.dept)).send({ reason: 'duplicate' }),
    ]);
    expect([a.status, b.status].sort()).toEqual([200, 409]);
    const loser = a.status === 409 ? a : b;
    expect(loser.body.code).toBe('INVALID_TRANSITION');
  });

  it('keeps tickets out of other provinces and out of uninvolved departments (404)', async () => {
    const { id } = await file(t, w);
    const other = await world(t);
    await request(t.http).get(`/api/v1/tickets/${id}`).set(bearer(other.tokens.province)).expect(404);
    await op(t, other.tokens.province, id, 'dispatch', { targetUnitId: other.dept.id }, 404);
    await request(t.http).get(`/api/v1/tickets/${id}`).set(bearer(w.tokens.dept)).expect(404);
    await op(t, w.tokens.province, id, 'dispatch', { targetUnitId: w.dept.id });
    await request(t.http).get(`/api/v1/tickets/${id}`).set(bearer(w.tokens.dept)).expect(200);
    await op(t, w.tokens.dept, id, 'dispatch', { targetUnitId: w.dept2.id }, 409);
  });

  it('masks personal data in lists and reveals it to centre staff with an audit', async () => {
    const { id } = await file(t, w, { customerPhone: '13912345678' });
    const masked = await request(t.http).get(`/api/v1/tickets/${id}`).set(bearer(w.tokens.province)).expect(200);
    expect(masked.body.customerPhone).toBe('139****5678');
    const revealed = await request(t.http).get(`/api/v1/tickets/${id}?reveal=true`).set(bearer(w.tokens.province)).expect(200);
    expect(revealed.body.customerPhone).toBe('13912345678');
  });

  it('links repeat complainants and flags them', async () => {
    const phone = '13700001111';
    const first = await file(t, w, { customerPhone: phone });
    const second = await request(t.http)
      .post('/api/v1/tickets')
      .set('X-Api-Key', w.apiKey)
      .send(intake(w.province.code, { customerPhone: phone }))
      .expect(201);
    expect(second.body.linkedTicketIds).toContain(first.id);
    expect(second.body.riskFlags).toContain('repeat_complainant');
    // Both ways: the earlier ticket lists the later ones, also for a filing that takes the longer path (an idempotency key).
    const third = await request(t.http)
      .post('/api/v1/tickets')
      .set('X-Api-Key', w.apiKey)
      .set('Idempotency-Key', `repeat-${first.id}`)
      .send(intake(w.province.code, { customerPhone: phone }))
      .expect(201);
    expect(third.body.linkedTicketIds.sort()).toEqual([first.id, second.body.id].sort());
    const earlier = await request(t.http).get(`/api/v1/tickets/${first.id}`).set(bearer(w.tokens.province)).expect(200);
    expect(earlier.body.repeatedByTicketIds.sort()).toEqual([second.body.id, third.body.id].sort());
    expect(earlier.body.version).toBe(3);
    const middle = await request(t.http).get(`/api/v1/tickets/${second.body.id}`).set(bearer(w.tokens.province)).expect(200);
    expect(middle.body.repeatedByTicketIds).toEqual([third.body.id]);
    expect(third.body.repeatedByTicketIds).toEqual([]);
    const history = await request(t.http).get(`/api/v1/tickets?customerPhone=${phone}`).set(bearer(w.tokens.province)).expect(200);
    expect(history.body.items.map((i: { id: string }) => i.id).sort()).toEqual([first.id, second.body.id, third.body.id].sort());
    await request(t.http).get(`/api/v1/tickets?customerPhone=${phone}`).set(bearer(w.tokens.dept)).expect(403);
  });

  it('pages through tickets filed within the same millisecond without skipping any', async () => {
    const own = await world(t);
    const filed = await Promise.all(Array.from({ length: 12 }, () => file(t, own)));
    // Several rows in one millisecond: the cursor must still order them by (created_at, id) exactly.
    await t.app
      .get(DataSource)
      .query(
        `UPDATE tickets SET created_at = date_trunc('milliseconds', now()) + (random() * 900)::int * interval '1 microsecond' WHERE id = ANY($1)`,
        [filed.map((f) => f.id)],
      );
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const page: request.Response = await request(t.http)
        .get(`/api/v1/tickets?limit=5${cursor ? `&cursor=${cursor}` : ''}`)
        .set(bearer(own.tokens.province))
        .expect(200);
      seen.push(...page.body.items.map((i: { id: string }) => i.id));
      cursor = page.body.nextCursor;
    } while (cursor);
    expect(seen.sort()).toEqual(filed.map((f) => f.id).sort());
  });

  it('lists exactly the tickets a department or city took part in, paged without duplicates or gaps', async () => {
    const own = await world(t);
    const tk = own.tokens;
    const filed = await Promise.all(Array.from({ length: 8 }, () => file(t, own)));
    const [a, b, c, d, e, f, g] = filed.map((x) => x.id);
    // a, b, c: the city takes them and transfers them to its department (two participant units in the city's subtree).
    for (const id of [a, b, c]) {
      await op(t, tk.province, id, 'dispatch', { targetUnitId: own.city.id });
      await op(t, tk.city, id, 'sign');
      await op(t, tk.city, id, 'transfer', { targetUnitId: own.cityDept.id, reason: '属地处理' });
      await op(t, tk.cityDept, id, 'sign');
    }
    // d, e: straight to the city's department; f: the city only; g: a province-level department; the last stays with the province.
    for (const id of [d, e]) await op(t, tk.province, id, 'dispatch', { targetUnitId: own.cityDept.id });
    await op(t, tk.province, f, 'dispatch', { targetUnitId: own.city.id });
    await op(t, tk.province, g, 'dispatch', { targetUnitId: own.dept.id });
    // Ties within one millisecond, as in an intake peak (test-only: created_at never changes in the service).
    const db = t.app.get(DataSource);
    await db.query(
      `UPDATE tickets SET created_at = date_trunc('milliseconds', now()) + (random() * 900)::int * interval '1 microsecond' WHERE id = ANY($1)`,
      [filed.map((x) => x.id)],
    );
    await db.query(
      `UPDATE ticket_participants p SET ticket_created_at = t.created_at FROM tickets t WHERE t.id = p.ticket_id AND t.id = ANY($1)`,
      [filed.map((x) => x.id)],
    );
    const truth = async (ids: string[]) =>
      (await db.query(`SELECT id FROM tickets WHERE id = ANY($1) ORDER BY created_at DESC, id DESC`, [ids])).map(
        (r: { id: string }) => r.id,
      );
    const walk = async (token: string, query = '') => {
      const seen: string[] = [];
      let cursor: string | null = null;
      do {
        const page: request.Response = await request(t.http)
          .get(`/api/v1/tickets?limit=2${query}${cursor ? `&cursor=${cursor}` : ''}`)
          .set(bearer(token))
          .expect(200);
        if (page.body.nextCursor) expect(page.body.items).toHaveLength(2);
        seen.push(...page.body.items.map((i: { id: string }) => i.id));
        cursor = page.body.nextCursor;
      } while (cursor);
      return seen;
    };
    expect(await walk(tk.cityDept)).toEqual(await truth([a, b, c, d, e]));
    expect(await walk(tk.city)).toEqual(await truth([a, b, c, d, e, f]));
    expect(await walk(tk.city, '&status=sign_for')).toEqual(await truth([d, e, f]));
    expect(await walk(tk.dept)).toEqual([g]);
  });

  it('auto-dispatches by a routing rule and lists with filters and a cursor', async () => {
    const rule = await request(t.http)
      .post('/api/v1/routing-rules')
      .set(bearer(t.admin))
      .send({ name: 'broadband → dept2', provinceUnitId: w.province.id, businessType: 'broadband', targetUnitId: w.dept2.id, mode: 'auto' })
      .expect(201);
    const routed = await request(t.http)
      .post('/api/v1/tickets')
      .set('X-Api-Key', w.apiKey)
      .send(intake(w.province.code, { businessType: 'broadband' }))
      .expect(201);
    expect(routed.body.status).toBe('sign_for');
    expect(routed.body.ownerUnitId).toBe(w.dept2.id);
    const page1 = await request(t.http).get(`/api/v1/tickets?businessType=broadband&limit=1`).set(bearer(w.tokens.province)).expect(200);
    expect(page1.body.items).toHaveLength(1);
    const owned = await request(t.http)
      .get(`/api/v1/tickets?ownerUnitId=${w.dept2.id}&status=sign_for`)
      .set(bearer(w.tokens.province))
      .expect(200);
    expect(owned.body.items.map((i: { id: string }) => i.id)).toContain(routed.body.id);

    // The filing reads the province's rules with its other look-ups: a disabled rule no longer dispatches the next filing.
    await request(t.http).patch(`/api/v1/routing-rules/${rule.body.id}`).set(bearer(t.admin)).send({ enabled: false }).expect(200);
    const unrouted = await request(t.http)
      .post('/api/v1/tickets')
      .set('X-Api-Key', w.apiKey)
      .send(intake(w.province.code, { businessType: 'broadband' }))
      .expect(201);
    expect(unrouted.body.ownerUnitId).toBe(w.province.id);
    expect(unrouted.body.status).not.toBe('sign_for');
  });
});
