/**
 * Personal data over time (PIPL; src/privacy): archived tickets are anonymised once
 * PII_RETENTION_DAYS_AFTER_ARCHIVE days have passed (not before), with the KPI report and the
 * repeat-complaint links unchanged; a customer's data is exported and erased on request by a centre's
 * administrator, over that administrator's scope, refused while one of their tickets is open, and
 * audited without the identifiers. After anonymisation or erasure no column of any table holds the
 * customer's phone, ID number or name (the scan is shown to find them where they remain).
 */
import { randomUUID } from 'node:crypto';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { ANONYMISED } from '../../src/privacy/domain/personal-data';
import { PersonalDataRetentionService } from '../../src/privacy/personal-data-retention.service';
import { Clock } from '../../src/common/clock';
import { APP_CONFIG } from '../../src/config/app-config';
import { PeriodicWork } from '../../src/database/periodic-work';
import { TicketTransitionService } from '../../src/tickets/ticket-transition.service';
import { staffToken } from '../support/org-factory';
import { bearer, ManualClock, startTestApp, TestApp } from '../support/test-app';
import { fileAt, op, world, World } from '../support/tickets';

const DAY = 86_400_000;
const RETENTION_DAYS = 30;
/** Far enough back that every instant of the test is in the past, and no other suite archives tickets this early. */
const T0 = new Date(Date.now() - 90 * DAY);

let customers = 0;
/** A customer of their own: phone, ID number and a name no other ticket carries. */
function customer() {
  const n = `${process.pid % 10_000}${String(++customers).padStart(2, '0')}${Date.now() % 10_000}`.padStart(10, '0').slice(-8);
  return { phone: `139${n}`, idNumber: `4101051990${n}`, name: `客户${n}` };
}
type Customer = ReturnType<typeof customer>;

describe('personal data over time', () => {
  const clock = new ManualClock(T0);
  let t: TestApp;
  let w: World;
  let w2: World;
  let db: DataSource;
  let retention: PersonalDataRetentionService;
  let provinceAdmin: string;
  let nationalAdmin: string;

  beforeAll(async () => {
    t = await startTestApp({ PII_RETENTION_DAYS_AFTER_ARCHIVE: String(RETENTION_DAYS) }, clock);
    db = t.app.get(DataSource);
    w = await world(t);
    w2 = await world(t);
    provinceAdmin = await staffToken(t, w.province.id, 'admin');
    nationalAdmin = await staffToken(t, w.national.id, 'admin');
    // The retention pass as the leader runs it (the API role registers none).
    retention = new PersonalDataRetentionService(
      t.app.get(TicketTransitionService),
      t.app.get(Clock),
      t.app.get(APP_CONFIG),
      t.app.get(PeriodicWork),
    );
  }, 120_000);

  const subscriptions: string[] = [];

  afterAll(async () => {
    for (const id of subscriptions) await request(t.http).delete(`/api/v1/webhook-subscriptions/${id}`).set(bearer(t.admin));
    await t?.close();
  });

  /** Files a ticket of `c` in world `x` whose texts repeat the customer's phone and ID number, with an update and an attachment. */
  async function fileOf(x: World, c: Customer): Promise<string> {
    const id = await fileAt(t, x, clock, {
      customerName: c.name,
      customerPhone: c.phone,
      customerIdNumber: c.idNumber,
      description: `用户${c.name}反映家中无信号，回电 ${c.phone}`,
      customerRequest: `请联系 ${c.phone}`,
      occurredPlace: `${c.name}家 身份证${c.idNumber}`,
    });
    await request(t.http)
      .post(`/api/v1/tickets/${id}/customer-updates`)
      .set('X-Api-Key', x.apiKey)
      .send({ text: `客户补充：备用号码 ${c.phone}` })
      .expect(200);
    await request(t.http)
      .post(`/api/v1/tickets/${id}/attachments`)
      .set('X-Api-Key', x.apiKey)
      .send({ name: `${c.phone}-录音.mp3`, contentType: 'audio/mpeg', size: 1000, url: `s3://recordings/${c.phone}.mp3` })
      .expect(201);
    return id;
  }

  /** Resolved at the centre, answered (the answer repeats the phone), closed, revisited and archived at the clock's instant. */
  async function archive(x: World, id: string, c: Customer): Promise<void> {
    const tk = x.tokens.province;
    await op(t, tk, id, 'resolve', { note: `已致电 ${c.phone} 解释` });
    await op(t, tk, id, 'reply', { text: `${c.name}您好，已回电 ${c.phone}` });
    await op(t, tk, id, 'close', { attitude: 'rejected', companyPosition: `已向 ${c.phone} 说明公司立场` });
    await op(t, tk, id, 'revisit', { result: 'satisfied' });
    await op(t, tk, id, 'archive');
  }

  /** Tables and rows (as text: every column, JSON and arrays included) that contain `needle`. */
  async function tablesHolding(needle: string): Promise<string[]> {
    const tables = await db.query<{ name: string }[]>(
      `SELECT table_name AS name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE' ORDER BY 1`,
    );
    const found: string[] = [];
    for (const { name } of tables) {
      const [row] = await db.query<{ n: number }[]>(`SELECT count(*)::int AS n FROM "${name}" x WHERE x::text LIKE $1`, [`%${needle}%`]);
      if (row.n > 0) found.push(`${name} (${row.n})`);
    }
    return found;
  }

  const noTraceOf = async (c: Customer) => ({
    phone: await tablesHolding(c.phone),
    idNumber: await tablesHolding(c.idNumber),
    name: await tablesHolding(c.name),
  });

  const anonymisedAt = async (ids: string[]) =>
    Object.fromEntries(
      (await db.query<{ id: string; at: Date | null }[]>(`SELECT id, anonymised_at AS at FROM tickets WHERE id = ANY ($1)`, [ids])).map(
        (r) => [r.id, r.at],
      ),
    );

  const repeatStats = (ids: string[]) =>
    db.query(`SELECT id, linked_ticket_ids, repeated_by_ticket_ids, risk_flags FROM tickets WHERE id = ANY ($1) ORDER BY id`, [ids]);

  async function kpis(): Promise<unknown> {
    const window = { from: new Date(T0.getTime() - DAY).toISOString(), to: new Date(T0.getTime() + 40 * DAY).toISOString() };
    const report = await request(t.http)
      .get('/api/v1/kpis')
      .set(bearer(w.tokens.province))
      .query({ ...window, groupBy: 'business_type', period: 'day' })
      .expect(200);
    const hot = await request(t.http).get('/api/v1/kpis/hot-issues').set(bearer(w.tokens.province)).query(window).expect(200);
    return { report: report.body as unknown, hot: hot.body as unknown };
  }

  /** Every notice of these tickets delivered to one subscription, as the relay makes them, so the delivery log holds copies. */
  async function deliverNotices(ids: string[]): Promise<void> {
    const sub = await request(t.http)
      .post('/api/v1/webhook-subscriptions')
      .set(bearer(t.admin))
      .send({
        orgUnitId: w.province.id,
        url: `https://hooks.privacy.invalid/${randomUUID()}`,
        eventTypes: ['ticket.replied', 'ticket.closed'],
      })
      .expect(201);
    await db.query(
      `INSERT INTO webhook_deliveries (subscription_id, outbox_id, event_type, payload, status, next_attempt_at)
       SELECT $1, o.id, o.event_type, o.payload, 'delivered', now() FROM outbox o WHERE o.ticket_id = ANY ($2)`,
      [sub.body.id, ids],
    );
    subscriptions.push(sub.body.id as string);
  }

  it('anonymises archived tickets once the period has passed, not before, with KPIs and repeat-complaint links unchanged', async () => {
    const a = customer();
    const b = customer();
    clock.set(T0);
    const a1 = await fileOf(w, a);
    // A repeat complaint: the same customer again within 30 days, linked to the first.
    clock.advance(DAY);
    const a2 = await fileOf(w, a);
    await archive(w, a1, a);
    await archive(w, a2, a);
    await deliverNotices([a1, a2]);
    clock.set(new Date(T0.getTime() + 20 * DAY));
    const b1 = await fileOf(w, b);
    await archive(w, b1, b);
    const [linked] = (await repeatStats([a2])) as { linked_ticket_ids: string[]; risk_flags: string[] }[];
    expect(linked.linked_ticket_ids).toEqual([a1]);
    expect(linked.risk_flags).toContain('repeat_complainant');
    // The copies the anonymisation must reach are there to begin with.
    expect(await tablesHolding(a.phone)).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^tickets /),
        expect.stringMatching(/^ticket_events /),
        expect.stringMatching(/^ticket_search /),
        expect.stringMatching(/^ticket_attachments /),
        expect.stringMatching(/^outbox /),
        expect.stringMatching(/^webhook_deliveries /),
      ]),
    );

    // A day short of the period for a1 and a2: nothing of theirs is touched.
    clock.set(new Date(T0.getTime() + (RETENTION_DAYS + 0.5) * DAY));
    await retention.anonymiseExpired();
    expect(Object.values(await anonymisedAt([a1, a2, b1]))).toEqual([null, null, null]);

    // Past it for a1 and a2 (archived on days 1 and 2), not for b1 (archived on day 20).
    clock.set(new Date(T0.getTime() + (RETENTION_DAYS + 2) * DAY));
    const kpisBefore = await kpis();
    const repeatsBefore = await repeatStats([a1, a2, b1]);
    expect(await retention.anonymiseExpired()).toBeGreaterThanOrEqual(2);
    const at = await anonymisedAt([a1, a2, b1]);
    expect(at[a1]).toEqual(clock.now());
    expect(at[a2]).toEqual(clock.now());
    expect(at[b1]).toBeNull();
    expect(await kpis()).toEqual(kpisBefore);
    expect(await repeatStats([a1, a2, b1])).toEqual(repeatsBefore);
    // Nothing links them to the customer any more: not the blind indexes either (src/pii).
    expect(await db.query(`SELECT customer_phone_index, customer_id_number_index FROM tickets WHERE id = ANY ($1)`, [[a1, a2]])).toEqual([
      { customer_phone_index: null, customer_id_number_index: null },
      { customer_phone_index: null, customer_id_number_index: null },
    ]);

    // Nothing of a is left anywhere; b, still within its period, is found by the same scan.
    expect(await noTraceOf(a)).toEqual({ phone: [], idNumber: [], name: [] });
    expect(await tablesHolding(b.phone)).toEqual(expect.arrayContaining([expect.stringMatching(/^tickets /)]));

    const view = await request(t.http).get(`/api/v1/tickets/${a1}`).set(bearer(w.tokens.province)).expect(200);
    expect(view.body).toMatchObject({
      customerName: ANONYMISED,
      customerPhone: ANONYMISED,
      customerIdNumber: null,
      subject: ANONYMISED,
      description: ANONYMISED,
      customerRequest: null,
      replyText: null,
      status: 'archived',
      anonymisedAt: clock.now().toISOString(),
    });
    const history = await request(t.http).get(`/api/v1/tickets/${a1}/events`).set(bearer(w.tokens.province)).expect(200);
    const events = history.body.events as { type: string; actorKind: string; actorId: string; data: Record<string, unknown> }[];
    expect(events.filter((e) => e.type === 'ticket.anonymised')).toEqual([
      expect.objectContaining({ actorKind: 'system', actorId: 'personal-data-retention', data: { reason: 'retention' } }),
    ]);
    expect(events.find((e) => e.type === 'customer.updated')?.data.text).toBe(ANONYMISED);
    // The search no longer finds it by the texts it had.
    const search = await request(t.http).get('/api/v1/tickets/search').set(bearer(w.tokens.province)).query({ q: a.name }).expect(200);
    expect(search.body.items).toEqual([]);

    // A second pass has nothing left to do for them: each ticket is anonymised once.
    await retention.anonymiseExpired();
    expect((await anonymisedAt([a1]))[a1]).toEqual(at[a1]);
    const [{ n }] = await db.query<{ n: number }[]>(
      `SELECT count(*)::int AS n FROM ticket_events WHERE ticket_id = $1 AND type = 'ticket.anonymised'`,
      [a1],
    );
    expect(n).toBe(1);
  });

  describe('on request', () => {
    const c = customer();
    let own: string[];
    let open: string;
    let other: string;

    const exportAs = (token: string, body: object) => request(t.http).post('/api/v1/personal-data/exports').set(bearer(token)).send(body);
    const eraseAs = (token: string, body: object) => request(t.http).post('/api/v1/personal-data/erasures').set(bearer(token)).send(body);
    const auditRows = (requestId: string) =>
      db.query<{ operation: string; outcome: string; actor_id: string; detail: Record<string, unknown> }[]>(
        `SELECT * FROM audit_events WHERE request_id = $1 ORDER BY id`,
        [requestId],
      );

    beforeAll(async () => {
      clock.set(new Date(T0.getTime() + 50 * DAY));
      const archived = await fileOf(w, c);
      await archive(w, archived, c);
      open = await fileOf(w, c);
      own = [archived, open].sort();
      // The same customer in another province: outside the provincial administrator's scope.
      other = await fileOf(w2, c);
      await archive(w2, other, c);
    });

    it('exports every ticket of the customer in the caller scope, unmasked, page by page, audited without the identifiers', async () => {
      const requestId = `export-${randomUUID()}`;
      const res = await exportAs(provinceAdmin, { customerPhone: c.phone }).set('X-Request-Id', requestId).expect(200);
      const items = res.body.items as Record<string, unknown>[];
      expect(items.map((i) => i.id)).toEqual(own);
      expect(items[0]).toMatchObject({
        customerName: c.name,
        customerPhone: c.phone,
        customerIdNumber: c.idNumber,
        occurredPlace: `${c.name}家 身份证${c.idNumber}`,
        customerRequest: `请联系 ${c.phone}`,
      });
      const archivedItem = items.find((i) => i.status === 'archived')!;
      expect(archivedItem.replyText).toBe(`${c.name}您好，已回电 ${c.phone}`);
      expect(archivedItem.correspondence).toEqual([
        expect.objectContaining({ type: 'customer.updated', text: `客户补充：备用号码 ${c.phone}` }),
        expect.objectContaining({ type: 'ticket.replied', text: `${c.name}您好，已回电 ${c.phone}` }),
      ]);
      expect(archivedItem.attachments).toEqual([expect.objectContaining({ name: `${c.phone}-录音.mp3` })]);

      // By ID number alone, the same tickets; the national administrator sees the other province's too.
      const byId = await exportAs(provinceAdmin, { customerIdNumber: c.idNumber }).expect(200);
      expect((byId.body.items as { id: string }[]).map((i) => i.id)).toEqual(own);
      const national = await exportAs(nationalAdmin, { customerPhone: c.phone, limit: 500 }).expect(200);
      expect((national.body.items as { id: string }[]).map((i) => i.id).sort()).toEqual([...own, other].sort());

      // Pages of one walk to the same tickets.
      const walked: string[] = [];
      let cursor: string | null = null;
      do {
        const page = await exportAs(nationalAdmin, { customerPhone: c.phone, limit: 1, ...(cursor ? { cursor } : {}) }).expect(200);
        walked.push(...(page.body.items as { id: string }[]).map((i) => i.id));
        cursor = page.body.nextCursor as string | null;
      } while (cursor && walked.length < 10);
      expect(walked).toEqual((national.body.items as { id: string }[]).map((i) => i.id));

      const [row] = await auditRows(requestId);
      expect(row).toMatchObject({
        operation: 'personalData.export',
        outcome: 'success',
        detail: { by: ['customerPhone'], ticketIds: own },
      });
      expect(JSON.stringify(row)).not.toContain(c.phone.slice(3));
      expect(JSON.stringify(row)).not.toContain(c.name);
    });

    it('refuses a request that names no customer, and callers who are not a centre administrator', async () => {
      const bad = await exportAs(provinceAdmin, {}).expect(400);
      expect(bad.headers['content-type']).toMatch(/application\/problem\+json/);
      expect(bad.body.code).toBe('CUSTOMER_IDENTIFIER_REQUIRED');
      expect((await eraseAs(provinceAdmin, { customerPhone: 'not a phone' }).expect(400)).body.code).toBe('VALIDATION_FAILED');
      expect((await exportAs(provinceAdmin, { customerPhone: c.phone, cursor: 'x' }).expect(400)).body.code).toBe('INVALID_CURSOR');
      for (const token of [w.tokens.province, w.tokens.dept, await staffToken(t, w.dept.id, 'admin')]) {
        expect((await exportAs(token, { customerPhone: c.phone })).status).toBe(403);
        expect((await eraseAs(token, { customerPhone: c.phone })).status).toBe(403);
      }
      expect(
        (await request(t.http).post('/api/v1/personal-data/exports').set('X-Api-Key', w.apiKey).send({ customerPhone: c.phone })).status,
      ).toBe(403);
    });

    it('refuses to erase while a ticket of the customer is open (409, nothing erased), then erases within the scope, audited', async () => {
      const refusedId = `erase-${randomUUID()}`;
      const refused = await eraseAs(provinceAdmin, { customerPhone: c.phone }).set('X-Request-Id', refusedId).expect(409);
      expect(refused.headers['content-type']).toMatch(/application\/problem\+json/);
      expect(refused.body).toMatchObject({ code: 'CUSTOMER_TICKETS_OPEN', openTicketIds: [open] });
      expect(Object.values(await anonymisedAt(own))).toEqual([null, null]);
      expect(await auditRows(refusedId)).toEqual([
        expect.objectContaining({
          operation: 'personalData.erase',
          outcome: 'failure',
          detail: expect.objectContaining({ refused: 'CUSTOMER_TICKETS_OPEN' }),
        }),
      ]);

      await op(t, w.tokens.province, open, 'withdraw', { reason: '客户撤诉' });
      const requestId = `erase-${randomUUID()}`;
      const erased = await eraseAs(provinceAdmin, { customerPhone: c.phone, customerIdNumber: c.idNumber })
        .set('X-Request-Id', requestId)
        .expect(200);
      expect([...(erased.body.erasedTicketIds as string[])].sort()).toEqual(own);
      const [row] = await auditRows(requestId);
      expect(row).toMatchObject({
        operation: 'personalData.erase',
        outcome: 'success',
        detail: { by: ['customerPhone', 'customerIdNumber'] },
      });
      expect(JSON.stringify(row)).not.toContain(c.phone.slice(3));
      const [event] = await db.query<{ actor_kind: string; data: unknown; request_id: string }[]>(
        `SELECT actor_kind, data, request_id FROM ticket_events WHERE ticket_id = $1 AND type = 'ticket.anonymised'`,
        [own[0]],
      );
      expect(event).toEqual({ actor_kind: 'staff', data: { reason: 'erasure' }, request_id: requestId });

      // The other province's ticket is out of this administrator's scope: still there, until the national centre erases it.
      expect((await anonymisedAt([other]))[other]).toBeNull();
      expect((await exportAs(provinceAdmin, { customerPhone: c.phone }).expect(200)).body.items).toEqual([]);
      expect((await eraseAs(nationalAdmin, { customerPhone: c.phone }).expect(200)).body.erasedTicketIds).toEqual([other]);
      expect(await noTraceOf(c)).toEqual({ phone: [], idNumber: [], name: [] });

      // Erasing again finds nothing; a new filing of the customer is no repeat of the erased tickets.
      expect((await eraseAs(nationalAdmin, { customerPhone: c.phone }).expect(200)).body.erasedTicketIds).toEqual([]);
      const again = await fileAt(t, w, clock, { customerPhone: c.phone });
      const [fresh] = (await repeatStats([again])) as { linked_ticket_ids: string[] }[];
      expect(fresh.linked_ticket_ids).toEqual([]);
    });
  });
});
