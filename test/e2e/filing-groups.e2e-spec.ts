import request from 'supertest';
import { DataSource } from 'typeorm';
import { intake, world, World } from '../support/tickets';
import { bearer, startTestApp, TestApp } from '../support/test-app';

/**
 * Filings that arrive together are written together (src/common/group-commit.ts): one statement and
 * one commit for a group. Each filing must still come out as if it had been written alone.
 */
describe('filings written in groups', () => {
  let t: TestApp;
  let w: World;
  let db: DataSource;
  beforeAll(async () => {
    t = await startTestApp();
    w = await world(t);
    db = t.app.get(DataSource);
  });
  afterAll(() => t.close());

  const fileAll = (bodies: Record<string, unknown>[]) =>
    Promise.all(bodies.map((b) => request(t.http).post('/api/v1/tickets').set('X-Api-Key', w.apiKey).send(b)));

  it('writes 48 concurrent filings in fewer statements than filings, each complete on its own', async () => {
    const bodies = Array.from({ length: 48 }, (_, i) => intake(w.province.code, { customerTier: i % 3 ? 'normal' : 'vip' }));
    const answers = await fileAll(bodies);
    expect(answers.map((a) => a.status)).toEqual(bodies.map(() => 201));
    const ids = answers.map((a) => a.body.id as string);
    expect(new Set(ids).size).toBe(48);
    expect(new Set(answers.map((a) => a.body.number)).size).toBe(48);

    const rows = await db.query<{ id: string; created_at: Date; version: number; external_ref: string; customer_tier: string }[]>(
      `SELECT id, created_at, version, external_ref, customer_tier FROM tickets WHERE id = ANY ($1::uuid[])`,
      [ids],
    );
    // A statement's rows share its transaction's start time: fewer distinct times than filings means groups.
    expect(new Set(rows.map((r) => r.created_at.getTime())).size).toBeLessThan(48);
    const byId = new Map(rows.map((r) => [r.id, r]));
    answers.forEach((a, i) => {
      expect(byId.get(a.body.id)).toMatchObject({ version: 1, external_ref: bodies[i].externalRef, customer_tier: bodies[i].customerTier });
      expect(a.body.createdAt).toBe(byId.get(a.body.id)!.created_at.toISOString());
    });

    const perTicket = await db.query<
      { id: string; events: number[]; stages: number; open: number; facts: number; outbox: number; participants: number }[]
    >(
      `SELECT t.id,
              ARRAY(SELECT seq FROM ticket_events e WHERE e.ticket_id = t.id ORDER BY seq) AS events,
              (SELECT count(*) FROM ticket_stages s WHERE s.ticket_id = t.id)::int AS stages,
              (SELECT count(*) FROM ticket_stages s WHERE s.ticket_id = t.id AND s.status = 'open')::int AS open,
              (SELECT count(*) FROM ticket_kpi_facts f WHERE f.ticket_id = t.id)::int AS facts,
              (SELECT count(*) FROM outbox o WHERE o.ticket_id = t.id)::int AS outbox,
              (SELECT count(*) FROM ticket_participants p WHERE p.ticket_id = t.id)::int AS participants
         FROM tickets t WHERE t.id = ANY ($1::uuid[])`,
      [ids],
    );
    const alone = perTicket[0];
    expect(alone.events[0]).toBe(1);
    for (const r of perTicket) {
      // The same rows for every filing, whatever group it was written in; events numbered from 1 per ticket.
      expect({ ...r, id: alone.id }).toEqual(alone);
      expect(r.events).toEqual(r.events.map((_, i) => i + 1));
      expect(r.facts).toBe(1);
    }

    const filed = await db.query<{ ticket_id: string; actor_id: string; request_id: string | null }[]>(
      `SELECT ticket_id, actor_id, request_id FROM ticket_events WHERE ticket_id = ANY ($1::uuid[]) AND seq = 1`,
      [ids],
    );
    expect(filed).toHaveLength(48);
    // Each filing's own request, not its group's first.
    expect(new Set(filed.map((e) => e.request_id)).size).toBe(48);
  });

  it('answers a duplicate filed in the same group as a replay of the one that was stored, the others unharmed', async () => {
    const bodies = Array.from({ length: 24 }, () => intake(w.province.code));
    const twice = bodies[5];
    const answers = await fileAll([...bodies, twice]);
    const statuses = answers.map((a) => a.status);
    expect(statuses.filter((s) => s === 201)).toHaveLength(24);
    expect(statuses.filter((s) => s === 200)).toHaveLength(1);
    const mine = answers.filter((a) => a.body.externalRef === twice.externalRef);
    expect(mine).toHaveLength(2);
    expect(mine[0].body.id).toBe(mine[1].body.id);
    const stored = await db.query(`SELECT id FROM tickets WHERE external_ref = $1`, [twice.externalRef]);
    expect(stored).toHaveLength(1);
  });

  it('links every repeat filed in one group to the customer’s earlier ticket', async () => {
    const phone = `139${String(Date.now()).slice(-8)}`;
    const first = await request(t.http)
      .post('/api/v1/tickets')
      .set('X-Api-Key', w.apiKey)
      .send(intake(w.province.code, { customerPhone: phone }));
    expect(first.status).toBe(201);
    const answers = await fileAll(Array.from({ length: 12 }, () => intake(w.province.code, { customerPhone: phone })));
    expect(answers.map((a) => a.status)).toEqual(answers.map(() => 201));
    for (const a of answers) expect(a.body.linkedTicketIds).toContain(first.body.id);
    const earlier = await request(t.http).get(`/api/v1/tickets/${first.body.id}`).set(bearer(t.admin));
    expect(earlier.status).toBe(200);
    expect([...earlier.body.repeatedByTicketIds].sort()).toEqual(answers.map((a) => a.body.id).sort());
    // Every version the earlier ticket went through is in the change log, once.
    const changes = await db.query<{ version: number }[]>(`SELECT version FROM ticket_changes WHERE ticket_id = $1 ORDER BY id`, [
      first.body.id,
    ]);
    expect(changes.map((c) => c.version)).toEqual(changes.map((_, i) => i + 1));
    expect(changes[changes.length - 1].version).toBe(earlier.body.version);
  });
});
