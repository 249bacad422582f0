import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { RequestActor } from '../../src/auth/actor';
import { dataSourceOptions } from '../../src/database/data-source';
import { OrgRepository } from '../../src/org/org.repository';
import { OrgService } from '../../src/org/org.service';
import { SupervisionService } from '../../src/supervision/supervision.service';
import { SupervisionRepository } from '../../src/supervision/supervision.repository';
import { OrgTier } from '../../src/common/vocabulary';
import { ManualClock } from '../support/test-app';
import { testKeyring } from '../support/pii';

/**
 * The queues read index ranges per subtree unit (or over all owners for a national root) and the page's
 * rows afterwards. Walking every page with a small limit must return exactly what the plain predicate
 * over the subtree returns, in (due_at, id) order, each row once, at every scope and with filters.
 */
describe('supervision queues against the plain predicate', () => {
  let ds: DataSource;
  let service: SupervisionService;
  const clock = new ManualClock(new Date('2031-03-02T08:00:00Z'));
  const units: { id: string; tier: OrgTier; path: string; provinceId: string | null }[] = [];

  const addUnit = async (tier: OrgTier, parent: (typeof units)[number] | null) => {
    const id = randomUUID();
    const unit = {
      id,
      tier,
      path: `${parent?.path ?? '/'}${id}/`,
      provinceId: tier === 'provincial' ? id : (parent?.provinceId ?? null),
    };
    await ds.query(
      `INSERT INTO org_units (id, code, name, tier, parent_id, path, depth, province_id) VALUES ($1, $2, $2, $3, $4, $5, $6, $7)`,
      [id, `Q-${id.slice(0, 8)}`, tier, parent?.id ?? null, unit.path, unit.path.split('/').length - 3, unit.provinceId],
    );
    units.push(unit);
    return unit;
  };

  const actorOf = (u: (typeof units)[number]): RequestActor => ({
    kind: 'staff',
    id: `queue-test-${u.id}`,
    role: 'supervisor',
    unitId: u.id,
    tier: u.tier,
    unitPath: u.path,
    provinceId: u.provinceId,
  });

  beforeAll(async () => {
    ds = new DataSource({ ...dataSourceOptions(process.env.DATABASE_URL!), extra: { max: 2 } });
    await ds.initialize();
    service = new SupervisionService(new SupervisionRepository(ds), new OrgService(new OrgRepository(ds)), clock);
    const national = await addUnit('national', null);
    for (let p = 0; p < 2; p++) {
      const province = await addUnit('provincial', national);
      for (let c = 0; c < 2; c++) {
        const city = await addUnit('city', province);
        await addUnit('department', city);
      }
    }
    const owned = units.filter((u) => u.tier !== 'national');
    const keyring = await testKeyring(ds);
    // 400 open stages spread over every unit of the tree, deadlines within ±2 days of now, some sharing one instant.
    await ds.query(
      `INSERT INTO tickets (id, number, kind, level, customer_tier, status, channel, intake_hash, province_id, review_unit_id, owner_unit_id,
         customer_name_enc, customer_phone_enc, customer_name_masked, customer_phone_masked, customer_phone_index, home_province, business_type, natures,
         subject, description, contacted_at, filed_at, version)
       SELECT gen_random_uuid(), 'QT-' || g || '-' || $3, 'complaint', (ARRAY['general','provincial','national'])[1 + g % 3],
              CASE WHEN g % 4 = 0 THEN 'vip' ELSE 'normal' END, 'handling', (ARRAY['hotline','web'])[1 + (g / 3) % 2], md5(g::text) || md5($3 || g), $1, $1, $1,
              $4, $5, 'c**', '138****0000', $6, 'QT', (ARRAY['mobile','broadband'])[1 + g % 2], ARRAY['network_quality'], 's', 'd', $2, $2, 1
         FROM generate_series(1, 400) g`,
      [
        units[1].id,
        clock.now(),
        randomUUID().slice(0, 8),
        keyring.encrypt('customer_name', 'c'),
        keyring.encrypt('customer_phone', '13800000000'),
        keyring.blindIndex('customer_phone', '13800000000'),
      ],
    );
    await ds.query(
      `INSERT INTO ticket_stages (ticket_id, kind, owner_unit_id, status, started_at, warn_at, due_at, basis, warned_at, breached_at)
       SELECT t.id, (ARRAY['handling','review','commitment'])[1 + n % 3], ($2::uuid[])[1 + n % array_length($2::uuid[], 1)], 'open',
              $1::timestamptz - interval '3 days', d - interval '24 hours', d,
              'test', CASE WHEN d - interval '24 hours' <= $1 THEN d - interval '24 hours' END, CASE WHEN d <= $1 THEN d END
         FROM (SELECT id, row_number() OVER (ORDER BY number) AS n FROM tickets WHERE number LIKE 'QT-%') t
        CROSS JOIN LATERAL (SELECT $1::timestamptz + CASE WHEN t.n % 10 = 0 THEN interval '0' ELSE ((t.n * 7919) % 5760 - 2880) * interval '1 minute' END AS d) x`,
      [clock.now(), owned.map((u) => u.id)],
    );
    // Orders between units of both provinces, some from a unit to itself; open and resolved.
    await ds.query(
      `INSERT INTO supervision_orders (ticket_id, issuer_unit_id, target_unit_id, note, warn_at, due_at, basis, status)
       SELECT s.ticket_id, ($2::uuid[])[1 + (n * 3) % array_length($2::uuid[], 1)], s.owner_unit_id, 'test',
              $1::timestamptz + (n % 50) * interval '54 minutes', $1::timestamptz + (n % 50) * interval '1 hour', 'test',
              CASE WHEN n % 5 = 0 THEN 'resolved' ELSE 'open' END
         FROM (SELECT ticket_id, owner_unit_id, row_number() OVER (ORDER BY id) AS n FROM ticket_stages s
                WHERE EXISTS (SELECT 1 FROM tickets t WHERE t.id = s.ticket_id AND t.number LIKE 'QT-%')) s`,
      [clock.now(), owned.map((u) => u.id)],
    );
  });

  afterAll(async () => {
    await ds.query(`DELETE FROM supervision_orders WHERE note = 'test' AND ticket_id IN (SELECT id FROM tickets WHERE number LIKE 'QT-%')`);
    await ds.query(`DELETE FROM ticket_stages WHERE basis = 'test'`);
    await ds.query(`DELETE FROM tickets WHERE number LIKE 'QT-%'`);
    await ds.query(`DELETE FROM org_units WHERE id = ANY($1::uuid[])`, [units.map((u) => u.id).reverse()]);
    await ds.destroy();
  });

  const CONDITION = {
    overdue: 's.breached_at IS NOT NULL',
    at_risk: 's.warned_at IS NOT NULL AND s.breached_at IS NULL',
    due_soon: `s.breached_at IS NULL AND s.due_at > $2 AND s.due_at <= $2::timestamptz + interval '24 hours'`,
  } as const;

  async function expected(
    kind: keyof typeof CONDITION,
    root: (typeof units)[number],
    ticket: { level?: string; channel?: string } = {},
  ): Promise<string[]> {
    const rows = await ds.query<{ id: string }[]>(
      `SELECT s.id FROM ticket_stages s JOIN tickets t ON t.id = s.ticket_id JOIN org_units u ON u.id = s.owner_unit_id
        WHERE s.status = 'open' AND ${CONDITION[kind]} AND u.path LIKE $1 AND ($3::text IS NULL OR t.level = $3)
          AND ($4::text IS NULL OR t.channel = $4) AND $2::timestamptz IS NOT NULL
        ORDER BY s.due_at, s.id`,
      [root.path + '%', clock.now(), ticket.level ?? null, ticket.channel ?? null],
    );
    return rows.map((r) => r.id);
  }

  async function walk<T>(
    page: (cursor?: string) => Promise<{ items: T[]; nextCursor: string | null }>,
    id: (t: T) => string,
  ): Promise<string[]> {
    const seen: string[] = [];
    let cursor: string | undefined;
    for (let i = 0; i < 500; i++) {
      const p = await page(cursor);
      seen.push(...p.items.map(id));
      if (!p.nextCursor) return seen;
      cursor = p.nextCursor;
    }
    throw new Error('no last page');
  }

  it.each(['overdue', 'at_risk', 'due_soon'] as const)('%s: every scope, paged by 7, equals the predicate in order', async (kind) => {
    for (const root of [units[0], units[1], units[2], units[3]]) {
      const want = await expected(kind, root);
      const got = await walk(
        (cursor) => service.queue(actorOf(root), kind, { limit: 7, cursor, withinMinutes: 1440 }),
        (i) => i.stageId,
      );
      expect(got).toEqual(want);
      // Several pages where the subtree is large; at least one row everywhere, so an empty answer cannot pass.
      expect(want.length).toBeGreaterThan(root.tier === 'national' || root.tier === 'provincial' ? 7 : 0);
    }
  });

  it.each([{ level: 'national' }, { channel: 'web' }, { level: 'general', channel: 'web' }] as const)(
    'a ticket filter (%o) is applied before the page is cut',
    async (ticket) => {
      for (const root of [units[0], units[1]]) {
        const want = await expected('overdue', root, ticket);
        const got = await walk(
          (cursor) => service.queue(actorOf(root), 'overdue', { limit: 5, cursor, ...ticket }),
          (i) => i.stageId,
        );
        expect(got).toEqual(want);
        expect(want.length).toBeGreaterThan(5);
      }
    },
  );

  it.each(['open', 'resolved'] as const)('orders (%s): issued by or to the subtree, each once, in (due_at, id) order', async (status) => {
    for (const root of [units[0], units[1], units[2]]) {
      const rows = await ds.query<{ id: string }[]>(
        `SELECT o.id FROM supervision_orders o
          WHERE o.status = $2 AND EXISTS (SELECT 1 FROM org_units ou WHERE ou.id IN (o.target_unit_id, o.issuer_unit_id) AND ou.path LIKE $1)
          ORDER BY o.due_at, o.id`,
        [root.path + '%', status],
      );
      const got = await walk(
        (cursor) => service.orders(actorOf(root), { limit: 6, cursor, status }),
        (o) => o.id,
      );
      expect(got).toEqual(rows.map((r) => r.id));
      expect(rows.length).toBeGreaterThan(6);
    }
  });

  it('due times with microseconds (set in SQL, not from a JS Date): every page moves on, each row once', async () => {
    // A cursor cut to milliseconds sorts before its own row, so the row came again on the next page and a page of one never ended.
    await ds.query(
      `UPDATE ticket_stages SET due_at = due_at + (1 + abs(hashtext(id::text)) % 999) * interval '1 microsecond' WHERE basis = 'test'`,
    );
    await ds.query(
      `UPDATE supervision_orders SET due_at = due_at + (1 + abs(hashtext(id::text)) % 999) * interval '1 microsecond' WHERE note = 'test'`,
    );
    for (const limit of [1, 7]) {
      for (const kind of ['overdue', 'at_risk'] as const) {
        const want = await expected(kind, units[3]);
        const got = await walk(
          (cursor) => service.queue(actorOf(units[3]), kind, { limit, cursor }),
          (i) => i.stageId,
        );
        expect(got).toEqual(want);
        expect(want.length).toBeGreaterThan(1);
      }
      const want = await expected('overdue', units[0]);
      expect(
        await walk(
          (cursor) => service.queue(actorOf(units[0]), 'overdue', { limit: limit * 20, cursor }),
          (i) => i.stageId,
        ),
      ).toEqual(want);
      for (const root of [units[0], units[3]]) {
        const orders = await ds.query<{ id: string }[]>(
          `SELECT o.id FROM supervision_orders o
            WHERE o.status = 'open' AND EXISTS (SELECT 1 FROM org_units ou WHERE ou.id IN (o.target_unit_id, o.issuer_unit_id) AND ou.path LIKE $1)
            ORDER BY o.due_at, o.id`,
          [root.path + '%'],
        );
        const size = root === units[0] ? limit * 20 : limit;
        const got = await walk(
          (cursor) => service.orders(actorOf(root), { limit: size, cursor, status: 'open' }),
          (o) => o.id,
        );
        expect(got).toEqual(orders.map((r) => r.id));
      }
    }
  });
});
