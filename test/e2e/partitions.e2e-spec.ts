/**
 * Monthly partitions of the append-only tables (ticket_events, outbox, webhook_deliveries,
 * audit_events, pii_access_log) and their upkeep by the leader: rows across three months, upkeep with
 * a retention of one month detaches the oldest, reads still work, the audit chain still verifies,
 * months ahead exist, a month holding an unpublished outbox message stays attached until it is
 * published, and a month-bounded query reads only that month's partition.
 *
 * The clock stands in 2021, months that no partition covers when the suite starts (the migration
 * creates the current months): the rows land in the default partitions, and upkeep moves them into
 * their months' partitions before it detaches the oldest.
 */
import request from 'supertest';
import { DataSource } from 'typeorm';
import { verifyAuditChain } from '../../src/audit/audit.repository';
import { PartitionUpkeepService } from '../../src/database/partitions/partition-upkeep.service';
import { PARTITIONED_TABLE_NAMES } from '../../src/database/partitions/partitioned-tables';
import { OutboxRelayService } from '../../src/notifications/outbox-relay.service';
import { staffToken } from '../support/org-factory';
import { eventually } from '../support/processes';
import { bearer, ManualClock, startTestApp, TestApp } from '../support/test-app';
import { file, world, World } from '../support/tickets';
import { startWebhookReceiver, WebhookReceiver } from '../support/webhook-receiver';
import { suiteDatabase } from '../support/worker-database';

const MONTHS = ['2021-01-10T08:00:00.000Z', '2021-02-10T08:00:00.000Z', '2021-03-10T08:00:00.000Z'];
/** Periodic tasks of the application under test; the suite runs their passes itself. */
const TASKS = ['partition-upkeep', 'webhook-outbox-relay', 'sla-reconciler', 'ticket-aging'];

describe('partitions', () => {
  let t: TestApp;
  let w: World;
  let admin: string;
  let rx: WebhookReceiver;
  let db: DataSource;
  const clock = new ManualClock(new Date(MONTHS[0]));
  const tickets: string[] = [];
  let subscriptionId: string;

  const sql = <T = Record<string, unknown>>(text: string, params: unknown[] = []): Promise<T[]> => db.query(text, params);
  const partitionsOf = async (table: string) =>
    (
      await sql<{ name: string }>(
        `SELECT c.relname AS name FROM pg_inherits i JOIN pg_class c ON c.oid = i.inhrelid
          WHERE i.inhparent = $1::regclass ORDER BY 1`,
        [table],
      )
    ).map((r) => r.name);
  const upkeep = () => t.app.get(PartitionUpkeepService).upkeep();
  const relay = () => t.app.get(OutboxRelayService).tick();

  let own: { url: string; drop: () => Promise<void> };
  beforeAll(async () => {
    // A database and queues of its own: no process an earlier suite left on the worker's database or
    // Redis prefix can take this suite's deliveries, and its partitions are its own.
    own = await suiteDatabase('partitions');
    rx = await startWebhookReceiver();
    db = new DataSource({ type: 'postgres', url: own.url });
    await db.initialize();
    // The schedule says every periodic task has just run, and the intervals are an hour, so none runs
    // behind the suite's back.
    for (const task of TASKS) {
      await sql(
        `INSERT INTO periodic_tasks (name, runs, last_started_at) VALUES ($1, 1, now())
         ON CONFLICT (name) DO UPDATE SET last_started_at = now()`,
        [task],
      );
    }
    t = await startTestApp(
      {
        APP_ROLE: 'all',
        WEBHOOK_ALLOWED_HOSTS: '127.0.0.1',
        WEBHOOK_RELAY_INTERVAL_MS: '3600000',
        SLA_RECONCILE_INTERVAL_SECONDS: '3600',
        PARTITION_UPKEEP_INTERVAL_SECONDS: '3600',
        PARTITION_MONTHS_AHEAD: '3',
        PARTITION_RETENTION_MONTHS: PARTITIONED_TABLE_NAMES.map((table) => `${table}=1`).join(','),
        DATABASE_URL: own.url,
        REDIS_PREFIX: `${process.env.REDIS_PREFIX}_partitions`,
      },
      clock,
    );
    w = await world(t);
    admin = await staffToken(t, w.province.id, 'admin');
    const sub = await request(t.http)
      .post('/api/v1/webhook-subscriptions')
      .set(bearer(admin))
      .send({ orgUnitId: w.province.id, url: `${rx.base}/hooks` })
      .expect(201);
    subscriptionId = sub.body.id as string;

    // One ticket per month: its events and audit rows carry the clock's time; its outbox messages and
    // the record of a reveal of its personal data carry the database's, so they are moved to the month.
    for (const at of MONTHS) {
      clock.set(new Date(at));
      const ticket = await file(t, w, { contactedAt: new Date(Date.parse(at) - 600_000).toISOString() });
      tickets.push(ticket.id);
      await request(t.http).get(`/api/v1/tickets/${ticket.id}?reveal=true`).set(bearer(w.tokens.province)).expect(200);
      await sql(`UPDATE outbox SET created_at = $2 WHERE ticket_id = $1`, [ticket.id, at]);
      await sql(`UPDATE pii_access_log SET at = $2 WHERE ticket_id = $1`, [ticket.id, at]);
      expect((await relay()).relayed).toBeGreaterThan(0);
    }
    // Every delivery reaches the receiver, so no webhook month is held for a pending one.
    await eventually(
      // Only this suite's subscription: the test database is shared with the other suites, whose failed deliveries stay failed.
      async () =>
        (
          await sql<{ n: number }>(
            `SELECT count(*)::int AS n FROM webhook_deliveries WHERE subscription_id = $1 AND status <> 'delivered'`,
            [subscriptionId],
          )
        )[0].n === 0,
      20_000,
    );
    // And one message the relay has not seen yet, in the oldest month.
    await sql(`INSERT INTO outbox (event_type, ticket_id, payload, created_at) VALUES ('ticket.filed', $1, '{}', $2)`, [
      tickets[0],
      '2021-01-20T00:00:00Z',
    ]);
  });

  afterAll(async () => {
    await t?.close();
    await db?.destroy();
    await rx?.close();
    await own?.drop();
  });

  it('keeps rows of months without a partition in the default partition until upkeep', async () => {
    for (const table of PARTITIONED_TABLE_NAMES) {
      const [{ n }] = await sql<{ n: number }>(`SELECT count(*)::int AS n FROM "${table}_default"`);
      expect({ table, inDefault: n > 0 }).toEqual({ table, inDefault: true });
    }
  });

  it('creates the months of those rows and months ahead, detaches the oldest, and holds a month with an unpublished message', async () => {
    const report = await upkeep();
    for (const table of PARTITIONED_TABLE_NAMES) {
      for (const month of ['2021-01', '2021-02', '2021-03', '2021-04', '2021-05', '2021-06'])
        expect(report.created).toContain(`${table}:${month}`);
      expect(report.created).not.toContain(`${table}:2021-07`);
      const [{ n }] = await sql<{ n: number }>(`SELECT count(*)::int AS n FROM "${table}_default"`);
      expect({ table, leftInDefault: n }).toEqual({ table, leftInDefault: 0 });
      const attached = await partitionsOf(table);
      expect(attached).toEqual(expect.arrayContaining([`${table}_p202102`, `${table}_p202103`, `${table}_p202106`]));
      if (table === 'outbox') continue;
      expect(attached).not.toContain(`${table}_p202101`);
      // Detached, not dropped: a table of its own, with the month's rows, to archive.
      const [kept] = await sql<{ partition: boolean; n: number }>(
        `SELECT c.relispartition AS partition, (SELECT count(*)::int FROM "${table}_p202101") AS n FROM pg_class c WHERE c.relname = $1`,
        [`${table}_p202101`],
      );
      expect({ table, ...kept, rows: kept.n > 0 }).toEqual({ table, partition: false, n: kept.n, rows: true });
    }
    expect(report.detached.sort()).toEqual(
      ['audit_events_p202101', 'pii_access_log_p202101', 'ticket_events_p202101', 'webhook_deliveries_p202101'].sort(),
    );
    expect(report.held).toEqual(['outbox_p202101']);
    expect(await partitionsOf('outbox')).toContain('outbox_p202101');

    const metrics = (await request(t.http).get('/metrics').expect(200)).text;
    expect(metrics).toMatch(/workorders_partitions_detached_total\{table="ticket_events"\} 1\b/);
    expect(metrics).toMatch(/workorders_partitions_created_total\{table="outbox"\} 6\b/);
    expect(metrics).toMatch(/workorders_partitions_held\{table="outbox"\} 1\b/);

    // A second pass has nothing to create; the held month stays until its message is published.
    const again = await upkeep();
    expect(again).toEqual({ created: [], detached: [], held: ['outbox_p202101'] });
  });

  it('still reads ticket history, the audit trail and the delivery log, and the audit chain verifies from its anchor', async () => {
    const events = async (id: string) =>
      (await request(t.http).get(`/api/v1/tickets/${id}/events`).set(bearer(w.tokens.province)).expect(200)).body.events as {
        at: string;
      }[];
    expect((await events(tickets[1])).length).toBeGreaterThan(0);
    expect((await events(tickets[2])).every((e) => e.at.startsWith('2021-03'))).toBe(true);
    // The oldest month's history went with its partition. (Once the clock stood in February, the
    // timers may have fired the oldest ticket's overdue stages: those events are February's, and stay.)
    const oldest = await events(tickets[0]);
    expect(oldest.filter((e) => e.at.startsWith('2021-01'))).toEqual([]);
    expect(oldest.every((e) => e.at >= '2021-02')).toBe(true);

    const audit = await request(t.http).get('/api/v1/audit-events?limit=200').set(bearer(admin)).expect(200);
    const times = (audit.body.items as { occurredAt: string }[]).map((e) => e.occurredAt);
    expect(times.some((at) => at.startsWith('2021-03'))).toBe(true);
    expect(times.some((at) => at.startsWith('2021-01'))).toBe(false);
    const [anchor] = await sql<{ partition_name: string }>('SELECT partition_name FROM audit_chain_anchors');
    expect(anchor.partition_name).toBe('audit_events_p202101');
    const verdict = await verifyAuditChain(db);
    expect(verdict).toMatchObject({ ok: true });
    expect(verdict.rows).toBeGreaterThan(0);

    const log = await request(t.http)
      .get(`/api/v1/webhook-deliveries?subscriptionId=${subscriptionId}&limit=100`)
      .set(bearer(admin))
      .expect(200);
    const created = (log.body.items as { createdAt: string }[]).map((d) => d.createdAt.slice(0, 7));
    // January's deliveries went with their month; February's and March's are still listed (a timer that
    // fired the oldest ticket's stages may have added deliveries of a later month).
    expect(created).not.toContain('2021-01');
    expect(created).toEqual(expect.arrayContaining(['2021-02', '2021-03']));
  });

  it('relays the held message, and the next pass detaches its month', async () => {
    clock.set(new Date('2021-03-12T08:00:00.000Z'));
    const ticket = await file(t, w, { contactedAt: '2021-03-12T07:50:00.000Z' });
    const relayed = await relay();
    // The held January message and the new ticket's messages, in one pass across the months.
    expect(relayed.relayed).toBeGreaterThanOrEqual(2);
    const [{ n }] = await sql<{ n: number }>(
      `SELECT count(*)::int AS n FROM outbox WHERE published_at IS NULL AND created_at < '2022-01-01'`,
    );
    expect(n).toBe(0);
    await eventually(
      async () =>
        (
          await sql<{ n: number }>(
            `SELECT count(*)::int AS n FROM webhook_deliveries d JOIN outbox o ON o.id = d.outbox_id WHERE o.ticket_id = $1`,
            [ticket.id],
          )
        )[0].n > 0,
      5_000,
    );
    const report = await upkeep();
    expect(report).toEqual({ created: [], detached: ['outbox_p202101'], held: [] });
    expect(await partitionsOf('outbox')).not.toContain('outbox_p202101');
  });

  it('reads only the partitions of the months a query is bounded to', async () => {
    const plan = async (text: string, params: unknown[] = []) => {
      const [row] = await sql<{ 'QUERY PLAN': unknown }>(`EXPLAIN (FORMAT JSON) ${text}`, params);
      return [...new Set([...JSON.stringify(row['QUERY PLAN']).matchAll(/"Relation Name":"([a-z_0-9]+)"/g)].map((m) => m[1]))].sort();
    };
    expect(await plan(`SELECT * FROM ticket_events WHERE at >= '2021-02-01' AND at < '2021-03-01'`)).toEqual(['ticket_events_p202102']);
    expect(await plan(`SELECT count(*) FROM audit_events WHERE occurred_at >= '2021-02-15' AND occurred_at < '2021-03-15'`)).toEqual([
      'audit_events_p202102',
      'audit_events_p202103',
    ]);
    // The relay's mark of delivered messages carries their times, so it reads only their months.
    expect(
      await plan(`UPDATE outbox SET published_at = now() WHERE id = ANY ($1::bigint[]) AND created_at >= $2 AND created_at < $3`, [
        ['1', '2'],
        '2021-03-01T00:00:00Z',
        '2021-03-02T00:00:00Z',
      ]),
    ).toEqual(['outbox', 'outbox_p202103']);
    // Unbounded, every attached month is read.
    expect((await plan(`SELECT * FROM pii_access_log WHERE ticket_id = $1`, [tickets[1]])).length).toBeGreaterThan(3);
  });
});
