/**
 * The two-province world of the authorization matrix, built through the API: national centre →
 * provinces P1 and P2 (centre, city with a city department, two departments each), one credential per
 * identity of the matrix, the configuration objects its operations address, and tickets driven to any
 * state by the identities that may legitimately move them there.
 */
import request from 'supertest';
import { DataSource } from 'typeorm';
import type { Identity } from '../e2e/authorization-golden';
import { ProvinceFixture, provinceFixture, staffToken, uniqueCode } from './org-factory';
import { bearer, TestApp } from './test-app';
import { createAccount, sessionHeaders, sessionOf, signIn } from './sessions';
import { intake } from './tickets';

/** A credential: a bearer token, a channel system's API key, a signed-in browser's session cookie, or none. */
export type Credential = { bearer: string } | { apiKey: string } | { session: { cookie: string; csrf: string } } | null;

export function authHeaders(credential: Credential): Record<string, string> {
  if (!credential) return {};
  if ('session' in credential) return sessionHeaders(credential.session);
  return 'bearer' in credential ? bearer(credential.bearer) : { 'X-Api-Key': credential.apiKey };
}

export interface TicketRef {
  id: string;
  handlingDueAt: string | null;
}

export interface AuthorizationWorld {
  p1: ProvinceFixture;
  p2: ProvinceFixture;
  credentials: Record<Identity, Credential>;
  /** Credentials used only to build tickets, never a row of the matrix. */
  p2Channel: string;
  cityDeptHandler: string;
  /** Members of staff whose tokens the identity operations address. */
  staffD1: string;
  staffP1Centre: string;
}

async function call(
  t: TestApp,
  method: 'get' | 'post' | 'patch' | 'delete',
  path: string,
  credential: Credential,
  body?: object,
  expected = [200, 201, 204],
): Promise<request.Response> {
  const res = await request(t.http)[method](path).set(authHeaders(credential)).send(body);
  if (!expected.includes(res.status)) {
    throw new Error(`${method.toUpperCase()} ${path} answered ${res.status}: ${JSON.stringify(res.body)}`);
  }
  return res;
}

async function channelSystem(t: TestApp, orgUnitId: string, channel: string): Promise<{ id: string; apiKey: string }> {
  const res = await call(t, 'post', '/api/v1/channel-systems', { bearer: t.admin }, { name: `matrix ${channel}`, channel, orgUnitId });
  return { id: res.body.channelSystem.id as string, apiKey: res.body.apiKey as string };
}

async function staffMember(t: TestApp, orgUnitId: string): Promise<string> {
  const res = await call(t, 'post', '/api/v1/staff', { bearer: t.admin }, { name: 'matrix member', orgUnitId, role: 'agent' });
  return res.body.id as string;
}

export async function buildAuthorizationWorld(t: TestApp): Promise<AuthorizationWorld> {
  const [p1, p2] = await Promise.all([provinceFixture(t), provinceFixture(t)]);
  const token = (unitId: string, role: string) => staffToken(t, unitId, role).then((b) => ({ bearer: b }));
  const [p1Channel, nationalChannel, p2Channel] = await Promise.all([
    channelSystem(t, p1.province.id, 'hotline'),
    channelSystem(t, p1.national.id, 'gm_hotline'),
    channelSystem(t, p2.province.id, 'hotline'),
  ]);
  const n = p1.national.id;
  const tokens = await Promise.all([
    token(n, 'agent'),
    token(n, 'supervisor'),
    token(n, 'admin'),
    token(p1.province.id, 'agent'),
    token(p1.province.id, 'handler'),
    token(p1.province.id, 'supervisor'),
    token(p1.province.id, 'admin'),
    token(p1.dept.id, 'handler'),
    token(p1.dept.id, 'admin'),
    token(p1.dept2.id, 'handler'),
    token(p1.city.id, 'agent'),
    token(p2.province.id, 'agent'),
    token(p2.dept.id, 'handler'),
    token(p1.cityDept.id, 'handler'),
  ]);
  const credentials: Record<Identity, Credential> = {
    anonymous: null,
    bootstrapAdmin: { bearer: t.admin },
    p1Channel: { apiKey: p1Channel.apiKey },
    nationalChannel: { apiKey: nationalChannel.apiKey },
    nationalAgent: tokens[0],
    nationalSupervisor: tokens[1],
    nationalAdmin: tokens[2],
    p1Agent: tokens[3],
    p1Handler: tokens[4],
    p1Supervisor: tokens[5],
    p1Admin: tokens[6],
    p1DeptHandler: tokens[7],
    p1DeptAdmin: tokens[8],
    p1Dept2Handler: tokens[9],
    p1CityAgent: tokens[10],
    p2Agent: tokens[11],
    p2DeptHandler: tokens[12],
    // The same members of staff as the p1Supervisor and p1Admin tokens, signed in with a password.
    p1SupervisorSession: { session: await sessionOf(t, tokens[5].bearer) },
    p1AdminSession: { session: await sessionOf(t, tokens[6].bearer) },
  };
  const [staffD1, staffP1Centre] = await Promise.all([staffMember(t, p1.dept.id), staffMember(t, p1.province.id)]);
  return { p1, p2, credentials, p2Channel: p2Channel.apiKey, cityDeptHandler: tokens[13].bearer, staffD1, staffP1Centre };
}

/** Drives tickets of the world to a state, each step taken by an identity the policy allows to take it. */
export class TicketStates {
  constructor(
    private readonly t: TestApp,
    private readonly w: AuthorizationWorld,
  ) {}

  private async step(id: string, credential: Credential, command: string, body: object = {}): Promise<TicketRef> {
    const res = await call(this.t, 'post', `/api/v1/tickets/${id}/${command}`, credential, body, [200]);
    return { id, handlingDueAt: (res.body.handlingDueAt as string | null) ?? null };
  }

  private async file(apiKey: string, province: string, over: Record<string, unknown> = {}): Promise<TicketRef> {
    const res = await call(this.t, 'post', '/api/v1/tickets', { apiKey }, intake(province, over), [201]);
    return { id: res.body.id as string, handlingDueAt: null };
  }

  private get c() {
    return this.w.credentials;
  }

  async build(state: string): Promise<TicketRef> {
    const { p1, p2 } = this.w;
    const centre = this.c.p1Supervisor;
    const dept = this.c.p1DeptHandler;
    const p1Key = (this.c.p1Channel as { apiKey: string }).apiKey;
    switch (state) {
      case 'review':
        return this.file(p1Key, p1.province.code);
      case 'sign_for': {
        const { id } = await this.build('review');
        return this.step(id, centre, 'dispatch', { targetUnitId: p1.dept.id });
      }
      case 'handling': {
        const { id } = await this.build('sign_for');
        return this.step(id, dept, 'sign');
      }
      case 'cohandling': {
        const h = await this.build('handling');
        await this.step(h.id, dept, 'cohandling', { unitId: p1.dept2.id, task: '核查计费记录', dueAt: h.handlingDueAt });
        return h;
      }
      case 'extension': {
        const h = await this.build('handling');
        const later = new Date(new Date(h.handlingDueAt!).getTime() + 24 * 3_600_000).toISOString();
        await this.step(h.id, dept, 'extensions', { requestedDueAt: later, reason: '需要厂家配合' });
        return h;
      }
      case 'suggestion_handling': {
        const { id } = await this.file(p1Key, p1.province.code, { kind: 'suggestion' });
        await this.step(id, centre, 'dispatch', { targetUnitId: p1.dept.id });
        return this.step(id, dept, 'sign');
      }
      case 'feedback_review': {
        const { id } = await this.build('handling');
        return this.step(id, dept, 'feedback', { result: '已优化基站参数' });
      }
      case 'reply': {
        const { id } = await this.build('feedback_review');
        return this.step(id, centre, 'feedback/accept');
      }
      case 'replied': {
        const { id } = await this.build('reply');
        return this.step(id, centre, 'reply', { text: '已处理' });
      }
      case 'closed': {
        const { id } = await this.build('replied');
        return this.step(id, centre, 'close', { attitude: 'accepted' });
      }
      case 'withdrawn': {
        const { id } = await this.build('review');
        return this.step(id, this.c.p1Channel, 'withdraw', { reason: '客户撤诉' });
      }
      case 'city_dept_handling': {
        const { id } = await this.build('review');
        await this.step(id, centre, 'dispatch', { targetUnitId: p1.cityDept.id });
        return this.step(id, { bearer: this.w.cityDeptHandler }, 'sign');
      }
      case 'p2_review':
        return this.file(this.w.p2Channel, p2.province.code);
      case 'national_sign_for': {
        const nationalKey = (this.c.nationalChannel as { apiKey: string }).apiKey;
        const { id } = await this.file(nationalKey, p1.province.code, { kind: 'escalated_complaint' });
        return this.step(id, this.c.nationalSupervisor, 'dispatch', { targetUnitId: p1.province.id });
      }
      default:
        throw new Error(`no ticket state ${state}`);
    }
  }
}

/** Configuration objects the matrix addresses by id, created by the bootstrap admin. */
export class Resources {
  private seq = 0;
  constructor(
    private readonly t: TestApp,
    private readonly w: AuthorizationWorld,
  ) {}

  private get admin(): Credential {
    return { bearer: this.t.admin };
  }

  /** Distinct per call, so creations never collide on a unique key. */
  next(): number {
    return ++this.seq;
  }

  async build(target: string): Promise<Record<string, string>> {
    const { p1 } = this.w;
    const admin = this.admin;
    switch (target) {
      case 'unit_d1':
        return { id: p1.dept.id };
      case 'staff_d1':
        return { id: this.w.staffD1 };
      case 'staff_p1_centre':
        return { id: this.w.staffP1Centre };
      case 'channel_system':
        return { id: (await channelSystem(this.t, p1.province.id, 'web')).id };
      case 'staff_token': {
        const res = await call(this.t, 'post', `/api/v1/staff/${this.w.staffD1}/tokens`, admin, {});
        return { id: this.w.staffD1, tokenId: res.body.tokenInfo.id as string };
      }
      case 'routing_rule': {
        const res = await call(this.t, 'post', '/api/v1/routing-rules', admin, this.routingRuleBody());
        return { id: res.body.id as string };
      }
      case 'sla_policy': {
        const res = await call(this.t, 'post', '/api/v1/sla-policies', admin, this.slaPolicyBody());
        return { id: res.body.id as string };
      }
      case 'calendar_override': {
        const res = await call(this.t, 'post', `/api/v1/org-units/${p1.dept.id}/calendar-overrides`, admin, this.overrideBody());
        return { id: p1.dept.id, overrideId: res.body.id as string };
      }
      case 'taxonomy_term': {
        const res = await call(this.t, 'post', '/api/v1/taxonomy', admin, this.taxonomyBody());
        return { id: res.body.id as string };
      }
      case 'webhook_subscription': {
        const res = await call(this.t, 'post', '/api/v1/webhook-subscriptions', admin, this.webhookBody());
        return { id: res.body.id as string };
      }
      case 'staff_session': {
        // A member of its own per session, so concurrent builds never reset each other's password.
        const account = await createAccount(this.t, p1.dept.id, 'agent');
        const res = await signIn(this.t, account.username, account.temporaryPassword);
        if (res.status !== 200) throw new Error(`sign-in answered ${res.status}: ${JSON.stringify(res.body)}`);
        return { id: account.staffId, sessionId: res.body.sessionId as string };
      }
      case 'webhook_delivery': {
        const { id: subscriptionId } = await this.build('webhook_subscription');
        // Deliveries are written by the outbox relay, which this API-only process does not run; one row stands in.
        const rows: { id: string }[] = await this.t.app.get(DataSource).query(
          `INSERT INTO webhook_deliveries (subscription_id, outbox_id, event_type, payload, status, attempts, next_attempt_at)
             VALUES ($1, $2, 'ticket.filed', '{}'::jsonb, 'dead', 3, now()) RETURNING id`,
          [subscriptionId, String(900_000_000 + this.next())],
        );
        return { id: rows[0].id };
      }
      default:
        throw new Error(`no resource ${target}`);
    }
  }

  routingRuleBody(): object {
    return { name: `matrix rule ${this.next()}`, provinceUnitId: this.w.p1.province.id, targetUnitId: this.w.p1.dept.id, priority: 90_000 };
  }

  /** Criteria no real ticket has, so the policies the matrix creates never decide a deadline. */
  slaPolicyBody(): object {
    return { name: `matrix policy ${this.next()}`, kind: 'suggestion', businessType: 'matrix_only', priority: 999_999 };
  }

  /** Far-future days, so no deadline computed during the run crosses them. */
  overrideBody(): object {
    const day = new Date(Date.UTC(2031, 0, 1) + this.next() * 86_400_000 + (process.pid % 300) * 86_400_000);
    return { date: day.toISOString().slice(0, 10), kind: 'holiday', note: 'matrix' };
  }

  taxonomyBody(): object {
    return { kind: 'nature', code: `matrix_${uniqueCode('t').toLowerCase()}`, label: 'matrix term' };
  }

  /** A reserved top-level domain: nothing the relay of a later suite tries can leave the machine. */
  webhookBody(): object {
    return { orgUnitId: this.w.p1.dept.id, url: `https://hooks.matrix.invalid/${this.next()}`, eventTypes: ['ticket.filed'] };
  }

  /** Removes the subscriptions the matrix made, so later suites sharing the database deliver nothing to them. */
  async dropWebhookSubscriptions(): Promise<void> {
    const admin = this.admin;
    const page = await call(this.t, 'get', `/api/v1/webhook-subscriptions?orgUnitId=${this.w.p1.dept.id}&limit=500`, admin);
    for (const s of page.body.items as { id: string }[]) await call(this.t, 'delete', `/api/v1/webhook-subscriptions/${s.id}`, admin);
  }

  orgUnitBody(): object {
    const code = uniqueCode('MX');
    return { code, name: `${code} dept`, tier: 'department', parentId: this.w.p1.city.id };
  }
}
