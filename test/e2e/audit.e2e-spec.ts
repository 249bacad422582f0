/**
 * The audit trail: every administrative operation of openapi.json, performed once, leaves a row
 * under its request id with who, from where, and the record before and after (secrets removed,
 * personal data masked); administrators read the rows of their own subtree; and the hash chain
 * catches a row altered or deleted behind the database's back (`npm run audit:verify`).
 */
import { spawnSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { tmpdir, userInfo } from 'node:os';
import { basename, join } from 'node:path';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { verifyAuditChain } from '../../src/audit/audit.repository';
import { OperationKey, POLICY, PolicyEntry } from '../../src/auth/policy/policy';
import { dropDatabase } from '../../src/database/ensure-database';
import { prepareDatabase } from '../../src/database/migrate';
import {
  AuthorizationWorld,
  buildAuthorizationWorld,
  Credential,
  authHeaders,
  Resources,
  TicketStates,
} from '../support/authorization-world';
import { provinceFixture, staffToken } from '../support/org-factory';
import { browserSession, createAccount, sessionHeaders } from '../support/sessions';
import { bearer, startTestApp, TestApp } from '../support/test-app';

const root = join(__dirname, '..', '..');
const openapi = JSON.parse(readFileSync(join(root, 'openapi.json'), 'utf8')) as {
  paths: Record<string, Record<string, { operationId: string }>>;
};
const OPERATIONS = Object.entries(openapi.paths).flatMap(([path, item]) =>
  Object.entries(item).map(([method, op]) => ({ method, path, key: op.operationId as OperationKey })),
);
const entryOf = (key: OperationKey): PolicyEntry => POLICY[key];

/** Covered by test/e2e/oidc.e2e-spec.ts, which runs the real provider these need. */
const COVERED_BY_OIDC_SUITE: readonly OperationKey[] = ['auth.oidcCallback', 'auth.oidcBackChannelLogout'];

interface Call {
  method: 'get' | 'post' | 'patch' | 'delete';
  path: string;
  body?: object;
  credential: Credential | { session: { cookie: string; csrf: string } };
}

describe('audit trail', () => {
  let t: TestApp;
  let w: AuthorizationWorld;
  let resources: Resources;
  let states: TicketStates;
  const db = () => t.app.get(DataSource);

  beforeAll(async () => {
    t = await startTestApp();
    w = await buildAuthorizationWorld(t);
    resources = new Resources(t, w);
    states = new TicketStates(t, w);
  }, 120_000);

  afterAll(async () => {
    await resources?.dropWebhookSubscriptions();
    await t?.close();
  });

  it('marks every administrative operation for the audit trail', () => {
    // Administrative: a write that no channel system and no workflow role may call.
    const administrative = OPERATIONS.filter(({ method, key }) => {
      const who = entryOf(key).who;
      if (method === 'get' || who.public || who.channel) return false;
      return (who.staffRoles ?? []).every((role) => role === 'admin');
    }).map((o) => o.key);
    expect(administrative.length).toBeGreaterThan(20);
    expect(administrative.filter((key) => !entryOf(key).audit)).toEqual([]);
  });

  /** A valid request for each audited operation, as an allowed caller makes it. */
  const CALLS: Record<string, () => Promise<Call>> = {
    'channelSystems.create': async () => ({
      method: 'post',
      path: '/api/v1/channel-systems',
      body: { name: 'audit web', channel: 'web', orgUnitId: w.p1.province.id },
      credential: { bearer: t.admin },
    }),
    'channelSystems.revoke': async () => ({
      method: 'post',
      path: `/api/v1/channel-systems/${(await resources.build('channel_system')).id}/revoke`,
      credential: w.credentials.p1Admin,
    }),
    'staff.create': async () => ({
      method: 'post',
      path: '/api/v1/staff',
      body: { name: '审计 员', orgUnitId: w.p1.dept.id, role: 'handler', username: `audit-${randomUUID().slice(0, 8)}` },
      credential: w.credentials.p1DeptAdmin,
    }),
    'staff.update': async () => ({
      method: 'patch',
      path: `/api/v1/staff/${w.staffD1}`,
      body: { role: 'supervisor' },
      credential: w.credentials.p1Admin,
    }),
    'staff.resetPassword': async () => ({
      method: 'post',
      path: `/api/v1/staff/${w.staffD1}/password-reset`,
      credential: { bearer: t.admin },
    }),
    'staffTokens.issue': async () => ({
      method: 'post',
      path: `/api/v1/staff/${w.staffD1}/tokens`,
      body: { ttlHours: 1 },
      credential: w.credentials.p1Admin,
    }),
    'staffTokens.revoke': async () => {
      const { id, tokenId } = await resources.build('staff_token');
      return { method: 'post', path: `/api/v1/staff/${id}/tokens/${tokenId}/revoke`, credential: w.credentials.p1DeptAdmin };
    },
    'staffSessions.revoke': async () => {
      const s = await browserSession(t, w.p1.dept.id, 'handler');
      return { method: 'post', path: `/api/v1/staff/${s.staffId}/sessions/${s.sessionId}/revoke`, credential: w.credentials.p1Admin };
    },
    'orgUnits.create': async () => ({
      method: 'post',
      path: '/api/v1/org-units',
      body: resources.orgUnitBody(),
      credential: w.credentials.p1Admin,
    }),
    'orgUnits.update': async () => ({
      method: 'patch',
      path: `/api/v1/org-units/${w.p1.dept.id}`,
      body: { name: '网络部（审计）' },
      credential: { bearer: t.admin },
    }),
    'routingRules.create': async () => ({
      method: 'post',
      path: '/api/v1/routing-rules',
      body: resources.routingRuleBody(),
      credential: w.credentials.p1Admin,
    }),
    'routingRules.update': async () => ({
      method: 'patch',
      path: `/api/v1/routing-rules/${(await resources.build('routing_rule')).id}`,
      body: { priority: 90_123 },
      credential: w.credentials.p1Admin,
    }),
    'routingRules.delete': async () => ({
      method: 'delete',
      path: `/api/v1/routing-rules/${(await resources.build('routing_rule')).id}`,
      credential: w.credentials.nationalAdmin,
    }),
    'slaPolicies.create': async () => ({
      method: 'post',
      path: '/api/v1/sla-policies',
      body: resources.slaPolicyBody(),
      credential: w.credentials.nationalAdmin,
    }),
    'slaPolicies.update': async () => ({
      method: 'patch',
      path: `/api/v1/sla-policies/${(await resources.build('sla_policy')).id}`,
      body: { priority: 999_997 },
      credential: w.credentials.nationalAdmin,
    }),
    'slaPolicies.disable': async () => ({
      method: 'delete',
      path: `/api/v1/sla-policies/${(await resources.build('sla_policy')).id}`,
      credential: { bearer: t.admin },
    }),
    'calendarOverrides.add': async () => ({
      method: 'post',
      path: `/api/v1/org-units/${w.p1.dept.id}/calendar-overrides`,
      body: resources.overrideBody(),
      credential: w.credentials.p1DeptAdmin,
    }),
    'calendarOverrides.remove': async () => {
      const { id, overrideId } = await resources.build('calendar_override');
      return { method: 'delete', path: `/api/v1/org-units/${id}/calendar-overrides/${overrideId}`, credential: w.credentials.p1DeptAdmin };
    },
    'officialCalendar.import': async () => ({
      method: 'post',
      path: '/api/v1/official-calendar',
      body: { year: 2100, holidays: ['2100-01-01'], workdays: [] },
      credential: w.credentials.nationalAdmin,
    }),
    'taxonomy.create': async () => ({
      method: 'post',
      path: '/api/v1/taxonomy',
      body: resources.taxonomyBody(),
      credential: w.credentials.nationalAdmin,
    }),
    'taxonomy.update': async () => ({
      method: 'patch',
      path: `/api/v1/taxonomy/${(await resources.build('taxonomy_term')).id}`,
      body: { label: '审计术语' },
      credential: w.credentials.nationalAdmin,
    }),
    'tickets.get': async () => ({
      method: 'get',
      path: `/api/v1/tickets/${(await states.build('review')).id}?reveal=true`,
      credential: w.credentials.p1Supervisor,
    }),
    'webhookSubscriptions.create': async () => ({
      method: 'post',
      path: '/api/v1/webhook-subscriptions',
      body: resources.webhookBody(),
      credential: w.credentials.p1DeptAdmin,
    }),
    'webhookSubscriptions.update': async () => ({
      method: 'patch',
      path: `/api/v1/webhook-subscriptions/${(await resources.build('webhook_subscription')).id}`,
      body: { eventTypes: ['ticket.filed', 'ticket.closed'] },
      credential: w.credentials.p1DeptAdmin,
    }),
    'webhookSubscriptions.delete': async () => ({
      method: 'delete',
      path: `/api/v1/webhook-subscriptions/${(await resources.build('webhook_subscription')).id}`,
      credential: w.credentials.p1Admin,
    }),
    'webhookSubscriptions.rotateSecret': async () => ({
      method: 'post',
      path: `/api/v1/webhook-subscriptions/${(await resources.build('webhook_subscription')).id}/rotate-secret`,
      credential: w.credentials.p1DeptAdmin,
    }),
    'webhookDeliveries.replay': async () => ({
      method: 'post',
      path: `/api/v1/webhook-deliveries/${(await resources.build('webhook_delivery')).id}/replay`,
      credential: w.credentials.p1DeptAdmin,
    }),
    'auth.signIn': async () => {
      const account = await createAccount(t, w.p1.dept.id, 'agent');
      return {
        method: 'post',
        path: '/api/v1/auth/sign-in',
        body: { username: account.username, password: account.temporaryPassword },
        credential: null,
      };
    },
    'auth.changePassword': async () => {
      const s = await browserSession(t, w.p1.dept.id, 'agent');
      return {
        method: 'post',
        path: '/api/v1/auth/password',
        body: { currentPassword: s.password, newPassword: 'another long passphrase' },
        credential: { session: s },
      };
    },
    ...Object.fromEntries(
      (
        [
          ['exports.tickets', 'tickets?format=csv&reveal=true'],
          ['exports.ticketSearch', 'ticket-search?format=xlsx&q=%E4%BF%A1%E5%8F%B7'],
          ['exports.overdue', 'overdue?format=csv'],
          ['exports.atRisk', 'at-risk?format=csv'],
          ['exports.dueSoon', 'due-soon?format=csv'],
          ['exports.supervisionOrders', 'supervision-orders?format=csv'],
          ['exports.kpis', `kpis?format=csv&from=2026-01-01T00:00:00Z&to=2026-02-01T00:00:00Z`],
        ] as const
      ).map(([key, path]) => [
        key,
        (): Promise<Call> => Promise.resolve({ method: 'get', path: `/api/v1/exports/${path}`, credential: w.credentials.p1Supervisor }),
      ]),
    ),
    'personalData.export': () =>
      Promise.resolve({
        method: 'post',
        path: '/api/v1/personal-data/exports',
        body: { customerPhone: '13700000002' },
        credential: w.credentials.p1Admin,
      }),
    'personalData.erase': () =>
      Promise.resolve({
        method: 'post',
        path: '/api/v1/personal-data/erasures',
        body: { customerPhone: '13700000002' },
        credential: w.credentials.p1Admin,
      }),
    'auth.signOut': async () => ({
      method: 'post',
      path: '/api/v1/auth/sign-out',
      credential: { session: await browserSession(t, w.p1.dept.id, 'agent') },
    }),
  };

  const send = (call: Call, requestId: string) => {
    const headers =
      call.credential && 'session' in call.credential ? sessionHeaders(call.credential.session) : authHeaders(call.credential);
    const agent = request(t.http);
    const req = agent[call.method](call.path).set({ ...headers, 'X-Request-Id': requestId });
    return call.method === 'get' ? req : req.send(call.body ?? {});
  };

  const rowsOf = (requestId: string) =>
    db().query<
      {
        operation: string;
        category: string;
        outcome: string;
        actor_id: string | null;
        address: string | null;
        target_id: string | null;
        scope_path: string | null;
        before: Record<string, unknown> | null;
        after: Record<string, unknown> | null;
        detail: Record<string, unknown> | null;
      }[]
    >(`SELECT * FROM audit_events WHERE request_id = $1 ORDER BY id`, [requestId]);

  it('writes a row for every audited operation of openapi.json, under its request id', async () => {
    const audited = [...new Set(OPERATIONS.map((o) => o.key).filter((key) => entryOf(key).audit))];
    expect(audited.filter((key) => !CALLS[key] && !COVERED_BY_OIDC_SUITE.includes(key))).toEqual([]);
    const missing: string[] = [];
    for (const key of audited.filter((k) => CALLS[k])) {
      const requestId = `audit-${key}-${randomUUID()}`;
      const res = await send(await CALLS[key](), requestId);
      if (res.status >= 300) {
        missing.push(`${key}: answered ${res.status} ${JSON.stringify(res.body)}`);
        continue;
      }
      const rows = await rowsOf(requestId);
      const row = rows.find((r) => r.operation === key);
      if (!row) missing.push(`${key}: no audit row`);
      else if (row.category !== entryOf(key).audit!.category || row.outcome !== 'success' || row.address === null) {
        missing.push(`${key}: ${JSON.stringify(row)}`);
      }
    }
    expect(missing).toEqual([]);
  }, 120_000);

  it('records the record before and after, without secrets or unmasked personal data', async () => {
    const rule = await resources.build('routing_rule');
    const rid = randomUUID();
    await send(
      { method: 'patch', path: `/api/v1/routing-rules/${rule.id}`, body: { priority: 91_000 }, credential: w.credentials.p1Admin },
      rid,
    ).expect(200);
    const [row] = await rowsOf(rid);
    expect(row).toMatchObject({ operation: 'routingRules.update', target_id: rule.id, after: { priority: 91_000 } });
    expect(row.before!.priority).toEqual(expect.any(Number));
    expect(row.before!.priority).not.toBe(91_000);
    expect(row.scope_path).toBe(w.p1.province.path);

    const issued = randomUUID();
    const token = await send(
      { method: 'post', path: `/api/v1/staff/${w.staffD1}/tokens`, body: {}, credential: { bearer: t.admin } },
      issued,
    ).expect(201);
    const rotated = randomUUID();
    const sub = await resources.build('webhook_subscription');
    const secret = await send(
      { method: 'post', path: `/api/v1/webhook-subscriptions/${sub.id}/rotate-secret`, credential: { bearer: t.admin } },
      rotated,
    ).expect(200);
    const revealed = randomUUID();
    const ticket = await states.build('review');
    const shown = await send(
      { method: 'get', path: `/api/v1/tickets/${ticket.id}?reveal=true`, credential: w.credentials.p1Supervisor },
      revealed,
    ).expect(200);
    const written = JSON.stringify([...(await rowsOf(issued)), ...(await rowsOf(rotated)), ...(await rowsOf(revealed))]);
    expect(written).not.toContain(token.body.token);
    expect(written).not.toContain(secret.body.secret);
    expect(written).not.toContain(shown.body.customerPhone);
    expect(written).not.toContain(shown.body.customerName);
    const [reveal] = await rowsOf(revealed);
    expect(reveal).toMatchObject({ operation: 'tickets.get', category: 'personal_data', target_id: ticket.id, before: null, after: null });
    // A plain read is no reveal: nothing is written.
    const plain = randomUUID();
    await send({ method: 'get', path: `/api/v1/tickets/${ticket.id}`, credential: w.credentials.p1Supervisor }, plain).expect(200);
    expect(await rowsOf(plain)).toEqual([]);
  });

  it('lets administrators read the rows of their own subtree, filtered and paged', async () => {
    const p2Admin = { bearer: await staffToken(t, w.p2.province.id, 'admin') };
    const p2Rule = await request(t.http)
      .post('/api/v1/routing-rules')
      .set(bearer(t.admin))
      .send({ name: 'p2 audit rule', provinceUnitId: w.p2.province.id, targetUnitId: w.p2.dept.id, priority: 90_500 })
      .expect(201);
    const read = async (credential: Credential, query: Record<string, string | number>) => {
      const res = await request(t.http).get('/api/v1/audit-events').set(authHeaders(credential)).query(query);
      expect(res.status).toBe(200);
      return res.body as { items: { targetId: string | null; category: string; operation: string }[]; nextCursor: string | null };
    };
    const byNational = await read(w.credentials.nationalAdmin, { category: 'routing_rules', limit: 500 });
    const byP1 = await read(w.credentials.p1Admin, { category: 'routing_rules', limit: 500 });
    const byP2 = await read(p2Admin, { category: 'routing_rules', limit: 500 });
    expect(byNational.items.map((i) => i.targetId)).toContain(p2Rule.body.id);
    expect(byP2.items.map((i) => i.targetId)).toContain(p2Rule.body.id);
    expect(byP1.items.map((i) => i.targetId)).not.toContain(p2Rule.body.id);
    expect(byP1.items.length).toBeGreaterThan(0);
    expect(byP2.items.every((i) => i.category === 'routing_rules')).toBe(true);

    // Pages of two, walked to the end, give the same rows as one page.
    const all = await read(w.credentials.p1Admin, { limit: 500 });
    const walked: string[] = [];
    let cursor: string | null = null;
    do {
      const page = await read(w.credentials.p1Admin, { limit: 2, ...(cursor ? { cursor } : {}) });
      walked.push(...page.items.map((i) => JSON.stringify(i)));
      cursor = page.nextCursor;
    } while (cursor && walked.length <= all.items.length);
    expect(walked).toEqual(all.items.map((i) => JSON.stringify(i)));

    // Not for anyone but administrators.
    for (const credential of [w.credentials.p1Supervisor, w.credentials.p1Channel]) {
      expect((await request(t.http).get('/api/v1/audit-events').set(authHeaders(credential))).status).toBe(403);
    }
  });

  it('is append-only at the database', async () => {
    await expect(db().query(`UPDATE audit_events SET outcome = 'failure' WHERE id = (SELECT min(id) FROM audit_events)`)).rejects.toThrow(
      /append-only/,
    );
    await expect(db().query(`DELETE FROM audit_events WHERE id = (SELECT min(id) FROM audit_events)`)).rejects.toThrow(/append-only/);
    expect((await verifyAuditChain(db())).ok).toBe(true);
  });
});

describe('npm run audit:verify', () => {
  const url = new URL(process.env.DATABASE_URL!);
  url.pathname = `${url.pathname}_chain`;
  let t: TestApp;

  const verify = () =>
    spawnSync('npm', ['run', '--silent', 'audit:verify'], {
      cwd: root,
      env: { ...process.env, DATABASE_URL: url.toString() },
      encoding: 'utf8',
    });

  beforeAll(async () => {
    // Its own database: a broken chain must not outlive this test.
    await prepareDatabase(url.toString());
    t = await startTestApp({ DATABASE_URL: url.toString() });
    const f = await provinceFixture(t);
    for (let i = 0; i < 3; i++) await createAccount(t, f.dept.id, 'agent');
  }, 120_000);

  afterAll(async () => {
    await t?.close();
    await dropDatabase(url.toString());
  });

  it('records an official calendar imported from the command line, with the operator as the actor', async () => {
    const file = join(tmpdir(), `calendar-${process.pid}.json`);
    writeFileSync(file, JSON.stringify({ year: 2099, holidays: ['2099-01-01'], workdays: [] }));
    const run = spawnSync('npm', ['run', '--silent', 'calendar:import', '--', file], {
      cwd: root,
      env: { ...process.env, DATABASE_URL: url.toString() },
      encoding: 'utf8',
    });
    expect(run.status).toBe(0);
    const rows = await t.app
      .get(DataSource)
      .query(`SELECT actor_kind, actor_id, target_id, detail FROM audit_events WHERE operation = 'officialCalendar.import'`);
    expect(rows).toEqual([
      {
        actor_kind: 'operator',
        actor_id: userInfo().username,
        target_id: '2099',
        detail: expect.objectContaining({ file: basename(file) }),
      },
    ]);
  });

  it('passes on the intact chain and fails when one row is altered or deleted', async () => {
    const db = t.app.get(DataSource);
    const ids = (await db.query<{ id: string }[]>('SELECT id FROM audit_events ORDER BY id')).map((r) => r.id);
    expect(ids.length).toBeGreaterThanOrEqual(10);
    const intact = verify();
    expect([intact.status, intact.stdout]).toEqual([0, expect.stringMatching(new RegExp(`audit chain intact: ${ids.length} rows`))]);

    // Someone with the database's owner rights goes around the trigger.
    const tamper = async (sql: string, params: unknown[]) => {
      await db.query('ALTER TABLE audit_events DISABLE TRIGGER audit_events_append_only');
      await db.query(sql, params);
      await db.query('ALTER TABLE audit_events ENABLE TRIGGER audit_events_append_only');
    };
    const victim = ids[4];
    const [original] = await db.query<{ after: unknown }[]>('SELECT after FROM audit_events WHERE id = $1', [victim]);
    await tamper(`UPDATE audit_events SET after = jsonb_set(coalesce(after, '{}'::jsonb), '{role}', '"admin"') WHERE id = $1`, [victim]);
    const altered = verify();
    expect([altered.status, altered.stderr]).toEqual([
      1,
      expect.stringContaining(`BROKEN at row ${victim}: content does not match its hash`),
    ]);

    await tamper('UPDATE audit_events SET after = $2 WHERE id = $1', [
      victim,
      original.after === null ? null : JSON.stringify(original.after),
    ]);
    expect(verify().status).toBe(0);

    await tamper('DELETE FROM audit_events WHERE id = $1', [ids[6]]);
    const deleted = verify();
    expect([deleted.status, deleted.stderr]).toEqual([
      1,
      expect.stringContaining(`BROKEN at row ${ids[7]}: does not link to the row before it`),
    ]);
  });
});
