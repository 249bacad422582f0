/**
 * `npm run demo`: the whole story in under a minute, then a running service to explore.
 *
 * Starts the service (API + worker in one process) with SLA time compressed (demo mode only: one
 * policy hour lasts one second by default), seeds a two-province organisation and its staff,
 * subscribes a built-in webhook receiver that verifies every Standard Webhooks signature, and plays
 * a scenario through the public API, each step by the member of staff whose job it is:
 *   A. a complaint dispatched to a department, co-handled, extended, answered and closed;
 *   B. a complaint left unhandled: the warning at 90 %, the urge, the breach escalated to the
 *      provincial centre with an automatic supervision order, then handled and closed;
 *   C. an escalated complaint from the national hotline, handled by the province for the national centre.
 * A timeline is printed as it happens. Re-runs reuse the same units, staff and channel systems and
 * rotate their credentials. Afterwards it keeps serving with the printed credentials;
 * `npm run demo -- --once` plays the scenario and exits (0 when every kind of event was seen).
 */
import 'reflect-metadata';
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { createServer, IncomingMessage, Server, ServerResponse } from 'node:http';
import { AddressInfo } from 'node:net';
import type { WebhookEventType, WebhookPayload } from '../src/notifications/domain/webhook-events';

process.env.NODE_ENV ??= 'demo';
process.env.ADMIN_TOKEN ??= 'demo-admin-token-change-me';
process.env.APP_ROLE ??= 'all';
process.env.LOG_LEVEL ??= 'warn';
process.env.SLA_TIME_SCALE ??= '3600';
process.env.SLA_RECONCILE_INTERVAL_SECONDS ??= '5';
process.env.WEBHOOK_RELAY_INTERVAL_MS ??= '200';
// The receiver listens on loopback, which webhook URLs may only target when the operator allows it.
process.env.WEBHOOK_ALLOWED_HOSTS = [process.env.WEBHOOK_ALLOWED_HOSTS, '127.0.0.1'].filter(Boolean).join(',');

const ONCE = process.argv.includes('--once');
/** Give up waiting for the story after this long (the scenario itself takes about half a minute). */
const STORY_TIMEOUT_MS = 100_000;
const BUSINESS_TYPE = 'demo';
const POLICY_NAME = 'demo: compressed story';
const NAME_PREFIX = 'demo';

/** Every event type the scenario must have delivered to the receiver. */
const STORY_EVENTS = [
  'ticket.filed',
  'ticket.dispatched',
  'ticket.signed',
  'cohandling.assigned',
  'extension.requested',
  'extension.decided',
  'feedback.submitted',
  'ticket.replied',
  'ticket.closed',
  'ticket.urged',
  'stage.warning',
  'stage.breached',
  'ticket.escalated',
  'supervision.issued',
] as const;

interface UnitSpec {
  code: string;
  name: string;
  tier: 'national' | 'provincial' | 'city' | 'department';
  parent?: string;
}

const ORG: UnitSpec[] = [
  { code: 'CN', name: '国家投诉中心', tier: 'national' },
  { code: 'HA', name: '河南省投诉处理中心', tier: 'provincial', parent: 'CN' },
  { code: 'HA-ZZ', name: '郑州市分公司', tier: 'city', parent: 'HA' },
  { code: 'HA-ZZ-NET', name: '郑州网络维护部', tier: 'department', parent: 'HA-ZZ' },
  { code: 'HA-NET', name: '河南网络部', tier: 'department', parent: 'HA' },
  { code: 'HA-BILL', name: '河南计费部', tier: 'department', parent: 'HA' },
  { code: 'GD', name: '广东省投诉处理中心', tier: 'provincial', parent: 'CN' },
  { code: 'GD-GZ', name: '广州市分公司', tier: 'city', parent: 'GD' },
  { code: 'GD-NET', name: '广东网络部', tier: 'department', parent: 'GD' },
];

/** Who does what: each unit's staff by role (the workflow is never done by an administrator). */
const STAFF: { unit: string; role: 'agent' | 'handler' | 'supervisor' | 'admin' }[] = [
  { unit: 'CN', role: 'agent' },
  { unit: 'CN', role: 'supervisor' },
  { unit: 'CN', role: 'admin' },
  { unit: 'HA', role: 'agent' },
  { unit: 'HA', role: 'supervisor' },
  { unit: 'HA-ZZ', role: 'handler' },
  { unit: 'HA-ZZ-NET', role: 'handler' },
  { unit: 'HA-NET', role: 'handler' },
  { unit: 'HA-BILL', role: 'handler' },
  { unit: 'GD', role: 'agent' },
  { unit: 'GD-NET', role: 'handler' },
];

/** Who gets a console sign-in printed: a supervisor and an agent of each centre, and two departments. */
const CONSOLE_USERS = new Set(['CN:supervisor', 'HA:supervisor', 'HA:agent', 'HA-NET:handler', 'HA-BILL:handler']);

const CHANNELS: { unit: string; channel: string }[] = [
  { unit: 'HA', channel: 'hotline' },
  { unit: 'CN', channel: 'gm_hotline' },
];

/** Units whose webhook deliveries the receiver prints. */
const SUBSCRIBED = ['CN', 'HA', 'HA-NET', 'HA-BILL'];

const started = Date.now();
const stamp = () => `[${((Date.now() - started) / 1000).toFixed(1).padStart(5)}s]`;
const print = (line: string) => process.stdout.write(`${line}\n`);
const step = (who: string, what: string) => print(`${stamp()} ${who.padEnd(24)} ${what}`);

interface Unit {
  id: string;
  code: string;
  name: string;
  tier: string;
}

/** A verified delivery: the body (what a unit receives) and the unit it was sent to. */
interface Delivery extends WebhookPayload {
  unit: string;
}

/**
 * A webhook receiver as a subscriber would write one: verifies the Standard Webhooks signature
 * (HMAC-SHA256 over `id.timestamp.body` with the subscription secret, timestamp within 5 minutes)
 * and refuses anything else with 401.
 */
class DemoReceiver {
  readonly secrets = new Map<string, string>();
  readonly seen = new Set<string>();
  private readonly deliveries: Delivery[] = [];
  private readonly waiters: { match: (d: Delivery) => boolean; resolve: (d: Delivery) => void }[] = [];
  private server!: Server;
  rejected = 0;

  async start(): Promise<string> {
    this.server = createServer((req, res) => this.handle(req, res));
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  close(): Promise<void> {
    this.server.closeAllConnections();
    return new Promise((resolve) => this.server.close(() => resolve()));
  }

  waitFor(type: string, ticketId: string): Promise<Delivery> {
    const match = (d: Delivery) => d.type === type && d.ticketId === ticketId;
    const found = this.deliveries.find(match);
    if (found) return Promise.resolve(found);
    return new Promise((resolve) => this.waiters.push({ match, resolve }));
  }

  private handle(req: IncomingMessage, res: ServerResponse): void {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const body = Buffer.concat(chunks).toString('utf8');
      const unit = (req.url ?? '').split('/').pop() ?? '';
      const secret = this.secrets.get(unit);
      if (!secret || !verifySignature(secret, req.headers, body)) {
        this.rejected++;
        print(`${stamp()}   ✗ webhook for ${unit}: signature did not verify, refused`);
        res.writeHead(401).end();
        return;
      }
      const payload = JSON.parse(body) as WebhookPayload;
      const delivery: Delivery = { unit, ...payload };
      this.deliveries.push(delivery);
      this.seen.add(payload.type);
      print(
        `${stamp()}   ⇠ webhook ${payload.type.padEnd(20)} to ${unit.padEnd(8)} ${payload.ticketNumber}  signature ok${describe(delivery)}`,
      );
      for (const w of this.waiters.filter((x) => x.match(delivery))) {
        this.waiters.splice(this.waiters.indexOf(w), 1);
        w.resolve(delivery);
      }
      res.writeHead(204).end();
    });
  }
}

function verifySignature(secret: string, headers: IncomingMessage['headers'], body: string): boolean {
  const id = headers['webhook-id'];
  const timestamp = Number(headers['webhook-timestamp']);
  const signatures = headers['webhook-signature'];
  if (typeof id !== 'string' || typeof signatures !== 'string' || !Number.isInteger(timestamp)) return false;
  if (Math.abs(Date.now() / 1000 - timestamp) > 300) return false;
  const key = Buffer.from(secret.replace(/^whsec_/, ''), 'base64');
  const expected = Buffer.from(`v1,${createHmac('sha256', key).update(`${id}.${timestamp}.${body}`).digest('base64')}`);
  return signatures.split(' ').some((s) => Buffer.from(s).length === expected.length && timingSafeEqual(Buffer.from(s), expected));
}

/** What the timeline adds to a delivery's line, for the events that need a word more. */
const DESCRIBE: Partial<Record<WebhookEventType, (d: Delivery) => string>> = {
  // The body names the stage and its deadline: the receiver needs no second call to say which and when.
  'stage.warning': (d) => `  (${d.stage?.kind} stage at 90 % of its time, due ${time(d.stage?.dueAt)})`,
  'stage.breached': (d) => `  (${d.stage?.kind} stage past its deadline ${time(d.stage?.dueAt)})`,
  'ticket.escalated': (d) => `  (${String(d.data.fromTier)} → ${String(d.data.toTier)})`,
  'supervision.issued': (d) => (d.data.automatic ? '  (automatic, on breach)' : ''),
};

function describe(d: Delivery): string {
  return DESCRIBE[d.type]?.(d) ?? '';
}

type Call = <T>(method: string, path: string, body?: unknown, auth?: Record<string, string>) => Promise<T>;

function client(base: string, adminToken: string): Call {
  return async <T>(
    method: string,
    path: string,
    body?: unknown,
    auth: Record<string, string> = { authorization: `Bearer ${adminToken}` },
  ) => {
    const res = await fetch(`${base}${path}`, {
      method,
      headers: { ...auth, 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await res.text();
    const json = (text ? JSON.parse(text) : {}) as T;
    if (!res.ok) throw Object.assign(new Error(`${method} ${path} -> ${res.status} ${text}`), { status: res.status });
    return json;
  };
}

/** Lists may answer an array or a page ({ items, nextCursor }); walks the pages either way. */
async function listAll<T>(call: Call, path: string): Promise<T[]> {
  const out: T[] = [];
  let cursor: string | undefined;
  do {
    const sep = path.includes('?') ? '&' : '?';
    const page = await call<T[] | { items: T[]; nextCursor?: string | null }>(
      'GET',
      `${path}${sep}limit=500${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`,
    );
    if (Array.isArray(page)) return page;
    out.push(...page.items);
    cursor = page.nextCursor ?? undefined;
  } while (cursor);
  return out;
}

async function main(): Promise<void> {
  const { loadConfig } = await import('../src/config/app-config');
  const { bootChecks, bootFailureText } = await import('../src/health/boot');
  const config = loadConfig();
  try {
    await bootChecks(config, [{ name: 'PORT', port: config.PORT }]);
  } catch (err) {
    process.stderr.write(`${bootFailureText(err)}\n`);
    process.exit(1);
  }
  const { createApp } = await import('../src/bootstrap');
  const { installGracefulShutdown } = await import('../src/health/graceful-shutdown');
  const { DataSource } = await import('typeorm');
  const { sha256 } = await import('../src/auth/auth.service');

  const receiver = new DemoReceiver();
  const receiverUrl = await receiver.start();
  const app = await createApp(config);
  await app.listen(config.PORT, '127.0.0.1');
  installGracefulShutdown(app, { graceSeconds: config.SHUTDOWN_GRACE_SECONDS, http: app.getHttpServer() as Server, log: print });
  const base = (await app.getUrl()).replace('[::1]', '127.0.0.1');
  const db = app.get(DataSource);
  const admin = client(base, config.ADMIN_TOKEN!);

  // ── Organisation, dictionary and policy (idempotent) ──
  const units = new Map<string, Unit>();
  for (const u of await listAll<Unit>(admin, '/api/v1/org-units')) units.set(u.code, u);
  const national = [...units.values()].find((u) => u.tier === 'national');
  if (national) units.set('CN', national);
  for (const spec of ORG) {
    if (units.has(spec.code)) continue;
    const created = await admin<Unit>('POST', '/api/v1/org-units', {
      code: spec.code,
      name: spec.name,
      tier: spec.tier,
      parentId: spec.parent ? units.get(spec.parent)!.id : undefined,
    });
    units.set(spec.code, created);
  }
  const unit = (code: string) => units.get(code)!;

  await admin('POST', '/api/v1/taxonomy', { kind: 'business_type', code: BUSINESS_TYPE, label: '演示业务 (demo)' }).catch(
    (err: { status?: number }) => {
      if (err.status !== 409) throw err;
    },
  );
  // One policy hour lasts 3600 / SLA_TIME_SCALE seconds: with the default scale, handling has 20 s
  // (warning at 18 s) and everything else enough time not to get in the story's way. Kind, level and
  // tier are named so these policies are more specific than the defaults for the same tickets.
  const hours = (value: number) => ({ unit: 'hours', value });
  const terms = {
    businessType: BUSINESS_TYPE,
    customerTier: 'normal',
    priority: 1,
    stageLimits: {
      intake: hours(200),
      review: hours(60),
      sign_for: hours(60),
      handling: hours(20),
      cohandling: hours(20),
      feedback_review: hours(60),
      reply: hours(60),
      revisit: hours(200),
    },
    commitment: hours(200),
    warnRatio: 0.9,
    maxExtensions: 2,
    enabled: true,
  };
  const policies = await listAll<{ id: string; name: string }>(admin, '/api/v1/sla-policies');
  for (const [kind, level] of [
    ['complaint', 'provincial'],
    ['escalated_complaint', 'national'],
  ]) {
    const body = { ...terms, name: `${POLICY_NAME} (${kind})`, kind, level };
    const existing = policies.find((p) => p.name === body.name);
    if (existing) await admin('PATCH', `/api/v1/sla-policies/${existing.id}`, body);
    else await admin('POST', '/api/v1/sla-policies', body);
  }

  // ── Identities: found by their stable name, credentials rotated on every run ──
  const tokens = new Map<string, string>();
  const credentialLines: string[] = [];
  const consoleUsers: { staffId: string; username: string }[] = [];
  for (const { unit: code, role } of STAFF) {
    const name = `${NAME_PREFIX} ${code} ${role}`;
    const [found] = await db.query<{ id: string }[]>(
      'SELECT id FROM staff_users WHERE name = $1 AND org_unit_id = $2 AND disabled_at IS NULL LIMIT 1',
      [name, unit(code).id],
    );
    const staffId = found?.id ?? (await admin<{ id: string }>('POST', '/api/v1/staff', { name, orgUnitId: unit(code).id, role })).id;
    await db.query('UPDATE staff_tokens SET revoked_at = now() WHERE staff_id = $1 AND revoked_at IS NULL', [staffId]);
    const { token } = await admin<{ token: string }>('POST', `/api/v1/staff/${staffId}/tokens`, { ttlHours: 24 * 7 });
    tokens.set(`${code}:${role}`, token);
    credentialLines.push(`  ${code.padEnd(10)} ${unit(code).tier.padEnd(11)} ${role.padEnd(10)} Authorization: Bearer ${token}`);
    if (CONSOLE_USERS.has(`${code}:${role}`)) consoleUsers.push({ staffId, username: `${code}-${role}`.toLowerCase() });
  }
  // Console sign-ins: a username and a temporary password, which the first sign-in changes.
  const consoleLines = await Promise.all(
    consoleUsers.map(async ({ staffId, username }) => {
      await admin('PATCH', `/api/v1/staff/${staffId}`, { username });
      const { temporaryPassword } = await admin<{ temporaryPassword: string }>('POST', `/api/v1/staff/${staffId}/password-reset`);
      return `  ${username.padEnd(20)} ${temporaryPassword}`;
    }),
  );
  const apiKeys = new Map<string, string>();
  for (const { unit: code, channel } of CHANNELS) {
    const name = `${NAME_PREFIX} ${code} ${channel}`;
    const [found] = await db.query<
      {
        id: string;
      }[]
    >('SELECT id FROM channel_systems WHERE name = $1 AND revoked_at IS NULL LIMIT 1', [name]);
    let apiKey: string;
    if (found) {
      apiKey = `woc_${randomBytes(32).toString('base64url')}`;
      await db.query('UPDATE channel_systems SET key_hash = $2, key_prefix = $3 WHERE id = $1', [
        found.id,
        sha256(apiKey),
        apiKey.slice(0, 12),
      ]);
    } else {
      apiKey = (await admin<{ apiKey: string }>('POST', '/api/v1/channel-systems', { name, channel, orgUnitId: unit(code).id })).apiKey;
    }
    apiKeys.set(code, apiKey);
    credentialLines.push(`  ${code.padEnd(10)} channel     ${channel.padEnd(10)} X-Api-Key: ${apiKey}`);
  }

  // The previous run's receiver is gone; its subscriptions go with it.
  const dropSubscriptions = async () => {
    for (const code of SUBSCRIBED) {
      const subs = await listAll<{ id: string; url: string }>(admin, `/api/v1/webhook-subscriptions?orgUnitId=${unit(code).id}`);
      for (const s of subs.filter((x) => x.url.includes('/demo-hooks/'))) await admin('DELETE', `/api/v1/webhook-subscriptions/${s.id}`);
    }
  };
  await dropSubscriptions();
  for (const code of SUBSCRIBED) {
    const created = await admin<{ secret: string }>('POST', '/api/v1/webhook-subscriptions', {
      orgUnitId: unit(code).id,
      url: `${receiverUrl}/demo-hooks/${code}`,
    });
    receiver.secrets.set(code, created.secret);
  }

  print('');
  print(
    `work-order service listening on ${base}   (SLA time ×${config.SLA_TIME_SCALE}: one policy hour lasts ${(3600 / config.SLA_TIME_SCALE).toFixed(1)} s)`,
  );
  print(`  API docs: ${base}/docs   health: ${base}/health/ready   metrics: ${base}/metrics   queues: ${base}/admin/queues`);
  print(`  webhook receiver: ${receiverUrl}/demo-hooks/<unit>  (units ${SUBSCRIBED.join(', ')})`);
  print(`  bootstrap admin: Authorization: Bearer ${config.ADMIN_TOKEN}   (administration only)`);
  print('demo credentials (rotated on every run):');
  for (const line of credentialLines) print(line);
  print(`web console: ${base}/console/   sign in with a username and its temporary password (rotated on every run):`);
  for (const line of consoleLines) print(line);
  print('');
  print('timeline:');

  // ── The story ──
  const as = (code: string, role: string) => ({ authorization: `Bearer ${tokens.get(`${code}:${role}`)}` });
  const channel = (code: string) => ({ 'x-api-key': apiKeys.get(code)! });
  const call = client(base, config.ADMIN_TOKEN!);
  const op = <T = Ticket>(id: string, path: string, who: Record<string, string>, body: Record<string, unknown> = {}) =>
    call<T>('POST', `/api/v1/tickets/${id}/${path}`, body, who);
  const runId = `${Date.now().toString(36)}${randomBytes(2).toString('hex')}`;
  const file = async (code: string, label: string, kind: string, subject: string, phone: string) => {
    const t = await call<Ticket>(
      'POST',
      '/api/v1/tickets',
      {
        kind,
        customerName: '王芳',
        customerPhone: phone,
        customerTier: 'normal',
        homeProvince: 'HA',
        businessType: BUSINESS_TYPE,
        natures: ['network_quality'],
        subject,
        description: `${subject}（演示）`,
        contactedAt: new Date(Date.now() - 60_000).toISOString(),
        externalRef: `DEMO-${runId}-${label}`,
      },
      channel(code),
    );
    step(`${code} ${CHANNELS.find((c) => c.unit === code)!.channel}`, `files ${kind} ${t.number} 「${subject}」 (level ${t.level})`);
    return t;
  };

  // A: the ordinary path with co-handling and an extension.
  const a = await file('HA', 'A', 'complaint', '家中信号差', '13800000001');
  await op(a.id, 'dispatch', as('HA', 'agent'), { targetUnitId: unit('HA-NET').id, note: '请核查基站覆盖' });
  step('HA agent', `dispatches ${a.number} to ${unit('HA-NET').name}`);
  const signedA = await op(a.id, 'sign', as('HA-NET', 'handler'));
  step('HA-NET handler', `signs for ${a.number}; handling due ${time(signedA.handlingDueAt)}`);
  await op(a.id, 'cohandling', as('HA-NET', 'handler'), {
    unitId: unit('HA-BILL').id,
    task: '核查该用户近一月计费记录',
    dueAt: signedA.handlingDueAt,
  });
  step('HA-NET handler', `asks ${unit('HA-BILL').name} to co-handle ${a.number}`);
  await op(a.id, 'cohandling/opinion', as('HA-BILL', 'handler'), { opinion: '计费无误' });
  step('HA-BILL handler', `gives its opinion on ${a.number}: 计费无误`);
  const later = new Date(new Date(signedA.handlingDueAt!).getTime() + (10 * 3_600_000) / config.SLA_TIME_SCALE).toISOString();
  await op(a.id, 'extensions', as('HA-NET', 'handler'), { requestedDueAt: later, reason: '需要厂家配合更换设备' });
  step('HA-NET handler', `asks for an extension of ${a.number} to ${time(later)}`);
  await op(a.id, 'extensions/approve', as('HA', 'agent'), { note: '同意延期' });
  step('HA agent', `approves the extension; the timers are re-armed for the new deadline`);
  await op(a.id, 'feedback', as('HA-NET', 'handler'), { result: '已优化基站参数，信号恢复' });
  step('HA-NET handler', `sends feedback on ${a.number}`);
  await op(a.id, 'feedback/accept', as('HA', 'agent'));
  await op(a.id, 'reply', as('HA', 'agent'), { text: '您反映的信号问题已处理' });
  const closedA = await op(a.id, 'close', as('HA', 'agent'), { attitude: 'accepted' });
  step('HA agent', `accepts the feedback, replies to the customer and closes ${a.number} (${closedA.status})`);

  // C: an escalated complaint from the national hotline, handled by the province.
  const c = await file('CN', 'C', 'escalated_complaint', '多次投诉宽带断线未解决', '13800000003');
  await op(c.id, 'dispatch', as('CN', 'agent'), { targetUnitId: unit('HA').id, note: '请河南省中心处理并回复' });
  step('CN agent', `dispatches escalated ${c.number} to ${unit('HA').name}`);
  await op(c.id, 'sign', as('HA', 'agent'));
  await op(c.id, 'feedback', as('HA', 'agent'), { result: '省公司已上门更换光猫并回访' });
  step('HA agent', `signs for ${c.number} and reports back to the national centre`);
  await op(c.id, 'feedback/accept', as('CN', 'agent'), { note: '审核通过' });
  await op(c.id, 'reply', as('CN', 'agent'), { text: '已答复客户' });
  await op(c.id, 'close', as('CN', 'agent'), { attitude: 'accepted' });
  step('CN agent', `audits the province's answer, replies and closes ${c.number}`);

  // B: left unhandled until the deadline.
  const b = await file('HA', 'B', 'complaint', '营业厅办理业务等待过久', '13800000002');
  await op(b.id, 'dispatch', as('HA', 'agent'), { targetUnitId: unit('HA-NET').id });
  step('HA agent', `dispatches ${b.number} to ${unit('HA-NET').name}`);
  const signedB = await op(b.id, 'sign', as('HA-NET', 'handler'));
  const dueB = new Date(signedB.handlingDueAt!);
  step('HA-NET handler', `signs for ${b.number}, then leaves it: handling due ${time(dueB.toISOString())}, in ${seconds(dueB)}`);
  step('', `… waiting for the warning at 90 % of the handling time`);
  await receiver.waitFor('stage.warning', b.id);
  await op(b.id, 'urge', as('HA', 'supervisor'), { note: '即将超时，请尽快处理' });
  step('HA supervisor', `urges ${unit('HA-NET').name} on ${b.number}`);
  step('', `… waiting for the deadline`);
  await receiver.waitFor('supervision.issued', b.id);
  step('', `${b.number} breached: escalated to ${unit('HA').name}, which issued a supervision order`);
  await op(b.id, 'feedback', as('HA-NET', 'handler'), { result: '已协调营业厅增加窗口' });
  step('HA-NET handler', `answers the supervision order with feedback on ${b.number}`);
  await op(b.id, 'feedback/accept', as('HA', 'agent'));
  await op(b.id, 'reply', as('HA', 'agent'), { text: '已致歉并改进' });
  await op(b.id, 'close', as('HA', 'agent'), { attitude: 'partially_accepted' });
  step('HA agent', `accepts, replies and closes ${b.number}; the breach stays in the KPIs`);
  await receiver.waitFor('ticket.closed', b.id);

  const missing = STORY_EVENTS.filter((t) => !receiver.seen.has(t));
  print('');
  print(
    missing.length === 0
      ? `every kind of event seen (${STORY_EVENTS.length}): ${STORY_EVENTS.join(', ')}; story told in ${((Date.now() - started) / 1000).toFixed(1)} s`
      : `missing events: ${missing.join(', ')}`,
  );
  if (ONCE) {
    await dropSubscriptions();
    await app.close();
    await receiver.close();
    process.exit(missing.length === 0 && receiver.rejected === 0 ? 0 : 1);
  }
  print('');
  print(`the service keeps running at ${base} with the credentials above; Ctrl-C stops it.`);
  print(`try: curl -H "Authorization: Bearer ${tokens.get('HA:supervisor')}" ${base}/api/v1/supervision/overdue`);
}

interface Ticket {
  id: string;
  number: string;
  status: string;
  level: string;
  handlingDueAt?: string;
}

const time = (iso: string | undefined) => (iso ? new Date(iso).toISOString().slice(11, 19) : '?');
const seconds = (at: Date) => `${Math.max(0, Math.round((at.getTime() - Date.now()) / 1000))} s`;

const watchdog = setTimeout(() => {
  process.stderr.write(`demo: the story did not finish within ${STORY_TIMEOUT_MS / 1000} s\n`);
  process.exit(1);
}, STORY_TIMEOUT_MS);

main()
  .then(() => clearTimeout(watchdog))
  .catch((err) => {
    process.stderr.write(`demo failed: ${(err as Error).message}\n`);
    process.exit(1);
  });
