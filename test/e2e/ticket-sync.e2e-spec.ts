import { Client } from 'pg';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { file, intake, op, world, World } from '../support/tickets';
import { startTestApp, TestApp } from '../support/test-app';

/**
 * The sync feed a channel system keeps its copy with (README, API: keeping a copy in step): changes in commit order over
 * the change log, never skipping or repeating one made while the walk pages, including a long
 * transaction that started first and commits last.
 */
describe('ticket sync for channel systems', () => {
  let t: TestApp;
  let w: World;
  let db: DataSource;
  beforeAll(async () => {
    t = await startTestApp({ APP_ROLE: 'api' });
    w = await world(t);
    db = t.app.get(DataSource);
  });
  afterAll(() => t.close());

  const page = (query: Record<string, string | number>) => request(t.http).get('/api/v1/tickets').query(query).set('X-Api-Key', w.apiKey);

  it('finds a ticket by the channel’s own reference, and answers 201 with Location', async () => {
    const externalRef = `CRM-${Date.now()}`;
    const res = await request(t.http)
      .post('/api/v1/tickets')
      .set('X-Api-Key', w.apiKey)
      .send(intake(w.province.code, { externalRef }))
      .expect(201);
    expect(res.headers.location).toBe(`/api/v1/tickets/${res.body.id}`);
    await request(t.http).get(res.headers.location).set('X-Api-Key', w.apiKey).expect(200);
    const found = await page({ externalRef }).expect(200);
    expect(found.body.items.map((i: { id: string }) => i.id)).toEqual([res.body.id]);
    expect((await page({ externalRef: `${externalRef}-other` }).expect(200)).body.items).toEqual([]);
  });

  it('refuses a list cursor in sync mode and the other way round', async () => {
    const since = new Date(Date.now() - 3_600_000).toISOString();
    const sync = await page({ updatedSince: since, limit: 1 }).expect(200);
    await page({ cursor: sync.body.nextCursor }).expect(400);
    await file(t, w);
    await file(t, w);
    const list = await page({ limit: 1 }).expect(200);
    expect(list.body.nextCursor).toEqual(expect.any(String));
    const refused = await page({ updatedSince: since, cursor: list.body.nextCursor }).expect(400);
    expect(refused.body.code).toBe('INVALID_CURSOR');
  });

  it('walks every change exactly once under concurrent updates and a long transaction that commits last', async () => {
    const start = new Date(Date.now() - 1000).toISOString();
    // A distinct customer each: a repeat complainant's filing gives the earlier tickets a new version,
    // which would change the long transaction's ticket outside it.
    const tickets = await Promise.all(
      Array.from({ length: 12 }, (_, i) => file(t, w, { customerPhone: `139${String((Date.now() + i) % 100000000).padStart(8, '0')}` })),
    );
    const ids = tickets.map((x) => x.id);
    const bump = (id: string) => db.query(`UPDATE tickets SET version = version + 1, updated_at = now() WHERE id = $1`, [id]);

    // Starts first, so its change carries the oldest stamp and the lowest transaction id; commits last.
    const long = new Client({ connectionString: t.config.DATABASE_URL });
    await long.connect();
    await long.query('BEGIN');
    await long.query(`UPDATE tickets SET version = version + 1, updated_at = now() WHERE id = $1`, [ids[0]]);

    const seen: { id: string; version: number }[] = [];
    let cursor: string | undefined;
    let pages = 0;
    const walk = async () => {
      const res = await page({ updatedSince: start, limit: 5, ...(cursor ? { cursor } : {}) }).expect(200);
      pages += 1;
      for (const item of res.body.items as { id: string; version: number }[]) {
        if (ids.includes(item.id)) seen.push({ id: item.id, version: item.version });
      }
      expect(res.body.nextCursor).toEqual(expect.any(String));
      cursor = res.body.nextCursor;
      return res.body.items.length as number;
    };

    // Page while other transactions change tickets between (and during) pages; none touches the long transaction's row.
    for (let round = 0; round < 6; round++) {
      await Promise.all([walk(), bump(ids[1 + (round % 11)]), bump(ids[1 + ((round * 5) % 11)])]);
      await op(t, w.tokens.province, ids[11 - round], 'dispatch', { targetUnitId: w.dept.id });
    }
    // Caught up as far as the horizon allows: the open long transaction holds everything after it back.
    while ((await walk()) > 0);
    const beforeCommit = seen.length;
    expect(seen.some((s) => s.id === ids[0] && s.version > 1)).toBe(false);
    await long.query('COMMIT');
    await long.end();
    while ((await walk()) > 0);
    expect(seen.length).toBeGreaterThan(beforeCommit);

    const final = await db.query<{ id: string; version: number }[]>(`SELECT id, version FROM tickets WHERE id = ANY($1)`, [ids]);
    const changes = await db.query<
      {
        ticket_id: string;
        version: number;
      }[]
    >(`SELECT ticket_id, version FROM ticket_changes WHERE ticket_id = ANY($1)`, [ids]);
    const pairs = seen.map((s) => `${s.id}@${s.version}`);
    // Never the same version twice.
    expect(new Set(pairs).size).toBe(pairs.length);
    // Each ticket's current version exactly once, and the versions of one ticket in rising order.
    for (const { id, version } of final) {
      expect(pairs.filter((p) => p === `${id}@${version}`)).toHaveLength(1);
      const versions = seen.filter((s) => s.id === id).map((s) => s.version);
      expect(versions).toEqual([...versions].sort((a, b) => a - b));
    }
    // No change skipped: every committed change is covered by a delivery at its version or a later one.
    for (const change of changes) {
      expect(seen.some((s) => s.id === change.ticket_id && s.version >= change.version)).toBe(true);
    }
    // The long transaction's change is there although its stamp is older than changes seen before it.
    expect(seen.filter((s) => s.id === ids[0]).map((s) => s.version)).toContain(final.find((f) => f.id === ids[0])!.version);
    process.stdout.write(
      `sync walk: ${ids.length} tickets, ${changes.length} changes committed, ${seen.length} deliveries over ${pages} pages; ` +
        `${beforeCommit} before the long transaction committed\n`,
    );
  });
});
