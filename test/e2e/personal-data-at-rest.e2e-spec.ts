/**
 * Customers' phones and ID numbers at rest (src/pii): after filings through the API (an idempotent
 * retry, repeat complaints found by phone and by ID number), a reveal, a look-up by phone, an export,
 * a subject-access export, a lifecycle with its events and webhook deliveries, no column of any table
 * holds one of the numbers in plaintext, while the API answers as it always did. Then, on a database
 * of its own: a master-key rotation (old rows still read, data keys rewrapped, the old master key
 * removable), and the migration that encrypted the rows a database already had.
 */
import { randomBytes } from 'node:crypto';
import { createServer, Server } from 'node:http';
import { AddressInfo } from 'node:net';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { PersonalDataEncryption1796800000050 } from '../../migrations/1796800000050-PersonalDataEncryption';
import { dataSourceOptions } from '../../src/database/data-source';
import { dropDatabase } from '../../src/database/ensure-database';
import { prepareDatabase } from '../../src/database/migrate';
import { rotateMasterKey } from '../../src/pii/pii-key.repository';
import { parseCsv } from '../support/csv';
import { eventually } from '../support/processes';
import { bearer, startTestApp, TestApp } from '../support/test-app';
import { staffToken } from '../support/org-factory';
import { intake, op, world, World } from '../support/tickets';
import { settleEarlierWebhookTraffic } from '../support/webhook-backlog';

const digits = (n: number) => Array.from(randomBytes(n), (b) => String(b % 10)).join('');
const phone = () => `139${digits(8)}`;
const idNumber = () => `110105${digits(11)}X`;

/**
 * Every column of every table (and view) of the public schema, as text (jsonb, arrays and all), that
 * contains one of `needles`; bytea columns are also searched for the needle's bytes.
 */
async function plaintextFindings(db: DataSource, needles: string[]): Promise<string[]> {
  const columns = await db.query<{ table: string; column: string; type: string }[]>(
    `SELECT c.table_name AS table, c.column_name AS column, c.data_type AS type
       FROM information_schema.columns c JOIN information_schema.tables t USING (table_schema, table_name)
      WHERE c.table_schema = 'public' AND t.table_type = 'BASE TABLE' ORDER BY 1, 2`,
  );
  expect(columns.length).toBeGreaterThan(100);
  const found: string[] = [];
  for (const { table, column, type } of columns) {
    const col = `"${column}"`;
    const test =
      type === 'bytea'
        ? `(${col}::text LIKE ANY ($1) OR EXISTS (SELECT 1 FROM unnest($2::bytea[]) n WHERE position(n IN ${col}) > 0))`
        : `${col}::text LIKE ANY ($1)`;
    const patterns = needles.map((x) => `%${x}%`);
    const params = type === 'bytea' ? [patterns, needles.map((x) => Buffer.from(x))] : [patterns];
    const [{ n }] = await db.query<{ n: number }[]>(`SELECT count(*)::int AS n FROM "${table}" WHERE ${test}`, params);
    if (n > 0) found.push(`${table}.${column}: ${n} row(s)`);
  }
  return found;
}

describe('personal data at rest', () => {
  let t: TestApp;
  let w: World;
  let db: DataSource;
  let server: Server;
  let base: string;
  const received: { ticketId: string; type: string }[] = [];

  beforeAll(async () => {
    await settleEarlierWebhookTraffic();
    server = createServer((req, res) => {
      let raw = '';
      req.on('data', (c: Buffer) => (raw += c.toString()));
      req.on('end', () => {
        received.push(JSON.parse(raw) as { ticketId: string; type: string });
        res.writeHead(204).end();
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    t = await startTestApp({ APP_ROLE: 'all', WEBHOOK_RELAY_INTERVAL_MS: '100', WEBHOOK_ALLOWED_HOSTS: '127.0.0.1' });
    w = await world(t);
    db = t.app.get(DataSource);
  });
  afterAll(async () => {
    await t.close();
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  });

  const fileAs = (body: Record<string, unknown>, key?: string) => {
    const req = request(t.http).post('/api/v1/tickets').set('X-Api-Key', w.apiKey);
    return (key ? req.set('Idempotency-Key', key) : req).send(body);
  };

  it('leaves no plaintext phone or ID number in any column of any table, and the API answers as before', async () => {
    for (const unit of [w.province, w.dept]) {
      await request(t.http)
        .post('/api/v1/webhook-subscriptions')
        .set(bearer(t.admin))
        .send({ orgUnitId: unit.id, url: `${base}/unit/${unit.id}` })
        .expect(201);
    }
    await request(t.http)
      .post('/api/v1/webhook-subscriptions')
      .set('X-Api-Key', w.apiKey)
      .send({ url: `${base}/channel` })
      .expect(201);
    const [p1, p2, p3] = [phone(), phone(), phone()];
    const [i1, i3] = [idNumber(), idNumber()];
    const retryKey = `pii-${randomBytes(8).toString('hex')}`;

    // A, and its idempotent retry; B repeats A's phone (written with hyphens); C repeats A's ID number (lower-case check letter).
    const bodyA = intake(w.province.code, { customerName: '李四', customerPhone: p1, customerIdNumber: i1 });
    const a = (await fileAs(bodyA, retryKey).expect(201)).body as { id: string; customerPhone: string; customerIdNumber: string };
    const retry = await fileAs(bodyA, retryKey).expect(200);
    expect(retry.body.id).toBe(a.id);
    expect(a.customerPhone).toBe(`${p1.slice(0, 3)}****${p1.slice(-4)}`);
    const b = (
      await fileAs(
        intake(w.province.code, { customerPhone: `${p1.slice(0, 3)}-${p1.slice(3, 7)}-${p1.slice(7)}`, customerIdNumber: i3 }),
      ).expect(201)
    ).body as { id: string; riskFlags: string[]; linkedTicketIds: string[] };
    expect(b.linkedTicketIds).toEqual([a.id]);
    expect(b.riskFlags).toContain('repeat_complainant');
    const c = (await fileAs(intake(w.province.code, { customerPhone: p2, customerIdNumber: i1.toLowerCase() })).expect(201)).body as {
      linkedTicketIds: string[];
    };
    expect(c.linkedTicketIds).toEqual([a.id]);
    const d = (await fileAs(intake(w.province.code, { customerPhone: p3 })).expect(201)).body as { linkedTicketIds: string[] };
    expect(d.linkedTicketIds).toEqual([]);

    // The audited reveal gives the plaintext back; the masked view masks it as before.
    const revealed = await request(t.http).get(`/api/v1/tickets/${a.id}?reveal=true`).set(bearer(w.tokens.province)).expect(200);
    expect(revealed.body).toMatchObject({ customerName: '李四', customerPhone: p1, customerIdNumber: i1, piiMasked: false });
    const masked = await request(t.http).get(`/api/v1/tickets/${a.id}`).set(bearer(w.tokens.province)).expect(200);
    expect(masked.body).toMatchObject({ customerName: '李**', customerPhone: `${p1.slice(0, 3)}****${p1.slice(-4)}`, piiMasked: true });
    expect(masked.body.customerIdNumber).not.toContain(i1.slice(6, 14));
    // A customer's history by phone finds both of that phone's tickets.
    const history = await request(t.http).get(`/api/v1/tickets?customerPhone=${p1}`).set(bearer(w.tokens.province)).expect(200);
    expect((history.body.items as { id: string }[]).map((x) => x.id).sort()).toEqual([a.id, b.id].sort());

    // An export revealing the customers, and a lifecycle with events and webhook deliveries.
    const csv = await request(t.http)
      .get('/api/v1/exports/tickets')
      .query({ format: 'csv', reveal: 'true' })
      .set(bearer(w.tokens.province))
      .buffer(true)
      .parse((res, done) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => done(null, Buffer.concat(chunks)));
      })
      .expect(200);
    const rows = parseCsv((csv.body as Buffer).subarray(3).toString('utf8'));
    const header = rows[0];
    const exported = rows.find((r) => r[header.indexOf('id')] === a.id)!;
    expect(exported[header.indexOf('customerPhone')]).toBe(p1);
    expect(exported[header.indexOf('customerIdNumber')]).toBe(i1);
    // A customer's subject-access export, found by the blind indexes and audited.
    const access = await request(t.http)
      .post('/api/v1/personal-data/exports')
      .set(bearer(await staffToken(t, w.province.id, 'admin')))
      .send({ customerPhone: p1 })
      .expect(200);
    expect((access.body.items as { id: string; customerPhone: string }[]).map((x) => [x.id, x.customerPhone]).sort()).toEqual(
      [
        [a.id, p1],
        [b.id, `${p1.slice(0, 3)}-${p1.slice(3, 7)}-${p1.slice(7)}`],
      ].sort(),
    );
    await op(t, w.tokens.province, a.id, 'dispatch', { targetUnitId: w.dept.id });
    await op(t, w.tokens.dept, a.id, 'sign');
    await eventually(async () => received.filter((r) => r.ticketId === a.id).length >= 4, 20_000);

    // Each ticket row holds ciphertext and blind indexes only.
    const [row] = await db.query<{ phone: Buffer; idx: Buffer }[]>(
      `SELECT customer_phone_enc AS phone, customer_phone_index AS idx FROM tickets WHERE id = $1`,
      [a.id],
    );
    expect(row.phone.length).toBeGreaterThan(33);
    expect(row.idx).toHaveLength(16);

    const needles = [p1, p2, p3, i1, i3, i1.toLowerCase()];
    expect(await plaintextFindings(db, needles)).toEqual([]);
  });

  it('the scan finds a plaintext number wherever it is', async () => {
    const planted = phone();
    await db.query(`CREATE TABLE pii_scan_probe (note jsonb, raw bytea)`);
    try {
      await db.query(`INSERT INTO pii_scan_probe VALUES ($1, $2)`, [{ contact: `tel ${planted}` }, Buffer.from(`x${planted}y`)]);
      expect(await plaintextFindings(db, [planted])).toEqual(['pii_scan_probe.note: 1 row(s)', 'pii_scan_probe.raw: 1 row(s)']);
    } finally {
      await db.query(`DROP TABLE pii_scan_probe`);
    }
  });
});

describe('personal-data keys over time (a database of its own)', () => {
  const url = (() => {
    const u = new URL(process.env.DATABASE_URL!);
    u.pathname = `${u.pathname}_pii`;
    return u.toString();
  })();
  // The run's own keys first (the migration reads the configuration), then a new master key to rotate to.
  const keyA = process.env.PII_MASTER_KEYS!;
  const keyB = `b:${randomBytes(32).toString('base64')}`;
  const indexKey = process.env.PII_INDEX_KEY!;
  const env = (masters: string) => ({
    DATABASE_URL: url,
    PII_MASTER_KEYS: masters,
    PII_INDEX_KEY: indexKey,
    REDIS_PREFIX: `${process.env.REDIS_PREFIX}_pii`,
  });
  let ds: DataSource;

  beforeAll(async () => {
    await prepareDatabase(url);
    ds = new DataSource({ ...dataSourceOptions(url), extra: { max: 2 } });
    await ds.initialize();
  });
  afterAll(async () => {
    await ds.destroy();
    await dropDatabase(url);
  });

  const keysTable = () =>
    ds.query<{ id: number; kekId: string; wrapped: Buffer }[]>(`SELECT id, kek_id AS "kekId", wrapped FROM pii_data_keys`);

  it('the migration encrypts the rows a database already had, and its reverse restores them', async () => {
    const phones = [phone(), phone()];
    const filed: string[] = [];
    const before = await startTestApp(env(keyA));
    try {
      const w = await world(before);
      for (const p of phones) {
        const res = await request(before.http)
          .post('/api/v1/tickets')
          .set('X-Api-Key', w.apiKey)
          .send(intake(w.province.code, { customerPhone: p, customerIdNumber: idNumber() }))
          .expect(201);
        filed.push(res.body.id as string);
      }
    } finally {
      await before.close();
    }
    // Back to plaintext columns (the state before the migration), then forward again, with the keys of the run's configuration.
    const migration = new PersonalDataEncryption1796800000050();
    const runner = ds.createQueryRunner();
    await runner.startTransaction();
    try {
      await migration.down(runner);
      const plain = (await runner.query(`SELECT id, customer_phone AS phone FROM tickets WHERE id = ANY ($1)`, [filed])) as {
        id: string;
        phone: string;
      }[];
      expect(plain.map((r) => r.phone).sort()).toEqual([...phones].sort());
      await migration.up(runner);
      const columns = (await runner.query(
        `SELECT column_name AS name FROM information_schema.columns WHERE table_name = 'tickets' AND column_name LIKE 'customer_%' ORDER BY 1`,
      )) as { name: string }[];
      expect(columns.map((c) => c.name)).toEqual([
        'customer_id_number_enc',
        'customer_id_number_index',
        'customer_id_number_masked',
        'customer_name_enc',
        'customer_name_masked',
        'customer_phone_enc',
        'customer_phone_index',
        'customer_phone_masked',
        'customer_request',
        'customer_tier',
      ]);
      await runner.commitTransaction();
    } catch (err) {
      await runner.rollbackTransaction();
      throw err;
    } finally {
      await runner.release();
    }
    expect(await plaintextFindings(ds, phones)).toEqual([]);
    // The rows the migration encrypted read through the service, and a new filing of one of the phones finds its ticket.
    const after = await startTestApp(env(keyA));
    try {
      const w = await world(after);
      const revealed = await request(after.http).get(`/api/v1/tickets/${filed[0]}?reveal=true`).set(bearer(w.tokens.national)).expect(200);
      expect(revealed.body.customerPhone).toBe(phones[0]);
      const again = await request(after.http)
        .post('/api/v1/tickets')
        .set('X-Api-Key', w.apiKey)
        .send(intake(w.province.code, { customerPhone: phones[1] }))
        .expect(201);
      expect(again.body.linkedTicketIds).toEqual([filed[1]]);
    } finally {
      await after.close();
    }
  });

  it('rewraps the data keys under a new master key: old rows still read, the old master key can then go', async () => {
    const p = phone();
    const first = await startTestApp(env(keyA));
    let filed: string;
    try {
      const w = await world(first);
      filed = (
        await request(first.http)
          .post('/api/v1/tickets')
          .set('X-Api-Key', w.apiKey)
          .send(intake(w.province.code, { customerPhone: p }))
          .expect(201)
      ).body.id as string;
    } finally {
      await first.close();
    }
    const [before] = await keysTable();
    expect(before.kekId).toBe('run');

    // The new key first, the old one kept for reading: the rotation rewraps, and a second run has nothing to do.
    expect(await rotateMasterKey(ds, `${keyB},${keyA}`)).toEqual({ rewrapped: 1, total: 1, current: 'b' });
    expect(await rotateMasterKey(ds, `${keyB},${keyA}`)).toEqual({ rewrapped: 0, total: 1, current: 'b' });
    const [after] = await keysTable();
    expect(after).toMatchObject({ id: before.id, kekId: 'b' });
    expect(after.wrapped.equals(before.wrapped)).toBe(false);

    // Only the new master key configured: the old ticket reads, and a new filing of its phone finds it.
    const second = await startTestApp(env(keyB));
    try {
      const w = await world(second);
      const token = w.tokens.national;
      const old = await request(second.http).get(`/api/v1/tickets/${filed}?reveal=true`).set(bearer(token)).expect(200);
      expect(old.body.customerPhone).toBe(p);
      const again = await request(second.http)
        .post('/api/v1/tickets')
        .set('X-Api-Key', w.apiKey)
        .send(intake(w.province.code, { customerPhone: p }))
        .expect(201);
      expect(again.body.linkedTicketIds).toEqual([filed]);
    } finally {
      await second.close();
    }

    // The old master key alone no longer opens the data keys: the boot stops, naming the key to put back.
    await expect(startTestApp(env(keyA))).rejects.toThrow(/data key \d+ is wrapped under master key "b", which is not configured/);
  });
});
