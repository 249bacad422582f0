/**
 * Single sign-on against a real OpenID provider (oidc-provider, certified) started on a loopback
 * port: the authorization code flow with PKCE through the provider's own login and consent pages,
 * the configured claim mapped to a staff account, an unknown person refused, and the provider's
 * logout (RP-initiated, then back-channel to this service) ending the session.
 */
import { ChildProcess, spawn } from 'node:child_process';
import { join } from 'node:path';
import { DataSource } from 'typeorm';
import { provinceFixture, uniqueCode } from '../support/org-factory';
import { freePort } from '../support/processes';
import { bearer, startTestApp, TestApp } from '../support/test-app';

/** A browser's cookies for one site, enough for the provider's and this service's. */
class Jar {
  private readonly cookies = new Map<string, string>();
  take(res: Response): void {
    for (const line of res.headers.getSetCookie()) {
      const [pair, ...attrs] = line.split(';');
      const eq = pair.indexOf('=');
      const name = pair.slice(0, eq).trim();
      const value = pair.slice(eq + 1).trim();
      const expired = attrs.some((a) => /^\s*expires=Thu, 01 Jan 1970/i.test(a)) || value === '';
      if (expired) this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
  }
  get(name: string): string | undefined {
    return this.cookies.get(name);
  }
  header(): string {
    return [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
  }
}

async function visit(jar: Jar, url: string, init: RequestInit = {}): Promise<Response> {
  const res = await fetch(url, {
    ...init,
    redirect: 'manual',
    headers: { ...(init.headers as Record<string, string>), cookie: jar.header() },
  });
  jar.take(res);
  return res;
}

const form = (fields: Record<string, string>): RequestInit => ({
  method: 'POST',
  headers: { 'content-type': 'application/x-www-form-urlencoded' },
  body: new URLSearchParams(fields).toString(),
});

describe('single sign-on by OpenID Connect', () => {
  let t: TestApp;
  let op: ChildProcess;
  let app: string;
  let issuer: string;
  let staffId: string;
  let providerLog = '';
  const username = `sso${uniqueCode('u').toLowerCase()}`;

  beforeAll(async () => {
    const [opPort, appPort] = [await freePort(), await freePort()];
    issuer = `http://127.0.0.1:${opPort}`;
    app = `http://127.0.0.1:${appPort}`;
    const client = {
      client_id: 'workorders',
      client_secret: 'workorders-test-client-secret-0123456789',
      redirect_uris: [`${app}/api/v1/auth/oidc/callback`],
      post_logout_redirect_uris: [`${app}/signed-out`],
      backchannel_logout_uri: `${app}/api/v1/auth/oidc/back-channel-logout`,
      backchannel_logout_session_required: true,
      grant_types: ['authorization_code'],
      response_types: ['code'],
      token_endpoint_auth_method: 'client_secret_basic',
    };
    op = spawn(process.execPath, [join(__dirname, '..', 'support', 'oidc-provider.mjs')], {
      env: { ...process.env, OP_PORT: String(opPort), OP_CLIENT: JSON.stringify(client) },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    await new Promise<void>((resolve, reject) => {
      let out = '';
      const timer = setTimeout(() => reject(new Error(`provider did not start: ${out}`)), 30_000);
      op.stdout!.on('data', (c: Buffer) => {
        out += c.toString();
        if (out.includes('oidc provider ready')) {
          clearTimeout(timer);
          resolve();
        }
      });
      op.stderr!.on('data', (c: Buffer) => (out += c.toString()));
      op.stderr!.on('data', (c: Buffer) => (providerLog += c.toString()));
      op.stdout!.on('data', (c: Buffer) => (providerLog += c.toString()));
      op.on('exit', (code) => reject(new Error(`provider exited ${code}: ${out}`)));
    });
    t = await startTestApp({
      OIDC_ISSUER: issuer,
      OIDC_CLIENT_ID: client.client_id,
      OIDC_CLIENT_SECRET: client.client_secret,
      OIDC_REDIRECT_URI: client.redirect_uris[0],
      OIDC_POST_LOGOUT_REDIRECT_URI: client.post_logout_redirect_uris[0],
      OIDC_USERNAME_CLAIM: 'preferred_username',
    });
    await t.app.listen(appPort, '127.0.0.1');
    const f = await provinceFixture(t);
    const staff = await fetch(`${app}/api/v1/staff`, {
      method: 'POST',
      headers: { ...bearer(t.admin), 'content-type': 'application/json' },
      body: JSON.stringify({ name: '单点登录 坐席', orgUnitId: f.province.id, role: 'agent', username }),
    });
    staffId = ((await staff.json()) as { id: string }).id;
  }, 90_000);

  afterAll(async () => {
    op?.kill('SIGTERM');
    await t?.close();
  });

  /** A person signs in at the provider as `login`; answers this service's last response and the browser's cookies. */
  async function signInThroughProvider(login: string): Promise<{ jar: Jar; callback: Response; authorize: URL }> {
    const jar = new Jar();
    const start = await visit(jar, `${app}/api/v1/auth/oidc/login?returnTo=/console/tickets`);
    expect(start.status).toBe(303);
    const authorize = new URL(start.headers.get('location')!);
    expect(authorize.origin).toBe(issuer);
    expect(authorize.searchParams.get('code_challenge_method')).toBe('S256');
    expect(authorize.searchParams.get('code_challenge')).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(authorize.searchParams.get('state')).toBe(jar.get('wo_oidc'));
    let res = await visit(jar, authorize.toString());
    // The provider's login page, then its consent page, then the redirect back to this service.
    for (let step = 0; step < 10; step++) {
      const location = res.headers.get('location');
      if (res.status === 303 || res.status === 302) {
        const next = new URL(location!, issuer);
        if (next.origin === app) return { jar, callback: await visit(jar, next.toString()), authorize };
        res = await visit(jar, next.toString());
        continue;
      }
      const html = await res.text();
      const action = new URL(/action="([^"]+)"/.exec(html)![1], issuer).toString();
      res = /name="login"/.test(html)
        ? await visit(jar, action, form({ prompt: 'login', login, password: 'any' }))
        : await visit(jar, action, form({ prompt: 'consent' }));
    }
    throw new Error('the provider never redirected back');
  }

  const me = (jar: Jar) => fetch(`${app}/api/v1/me`, { headers: { cookie: jar.header() } });
  const audit = (operation: string) =>
    t.app
      .get(DataSource)
      .query<{ outcome: string; actor_id: string | null; detail: Record<string, unknown> }[]>(
        `SELECT outcome, actor_id, detail FROM audit_events WHERE operation = $1 ORDER BY id`,
        [operation],
      );

  it('signs a member of staff in through the provider and maps the configured claim to their account', async () => {
    const { jar, callback } = await signInThroughProvider(username);
    expect(callback.status).toBe(303);
    expect(callback.headers.get('location')).toBe('/console/tickets');
    expect(jar.get('wo_session')).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(jar.get('wo_oidc')).toBeUndefined();
    const who = await me(jar);
    expect(who.status).toBe(200);
    expect(await who.json()).toMatchObject({ kind: 'staff', id: staffId, role: 'agent' });
    const rows = await audit('auth.oidcCallback');
    expect(rows.at(-1)).toMatchObject({ outcome: 'success', actor_id: staffId, detail: { method: 'oidc', sub: username } });
  });

  it('answers JSON instead of redirects to a console that asks for it', async () => {
    const jar = new Jar();
    const start = await visit(jar, `${app}/api/v1/auth/oidc/login?returnTo=//evil.example/`, { headers: { accept: 'application/json' } });
    expect(start.status).toBe(200);
    const { authorizationUrl } = (await start.json()) as { authorizationUrl: string };
    expect(new URL(authorizationUrl).searchParams.get('state')).toBe(jar.get('wo_oidc'));
    const state = await t.app.get(DataSource).query('SELECT return_to FROM oidc_login_states ORDER BY created_at DESC LIMIT 1');
    expect(state[0].return_to).toBe('/');
  });

  it('refuses a person the provider knows but who has no staff account, and creates none', async () => {
    const stranger = `stranger${uniqueCode('x').toLowerCase()}`;
    const { jar, callback } = await signInThroughProvider(stranger);
    expect(callback.status).toBe(403);
    expect(((await callback.json()) as { code: string }).code).toBe('OIDC_NO_ACCOUNT');
    expect(jar.get('wo_session')).toBeUndefined();
    const accounts = await t.app.get(DataSource).query('SELECT 1 FROM staff_users WHERE username = $1', [stranger]);
    expect(accounts).toHaveLength(0);
    expect((await audit('auth.oidcCallback')).at(-1)).toMatchObject({
      outcome: 'failure',
      detail: { reason: 'no_account', value: stranger },
    });
  });

  it('refuses a callback this browser did not start, and a replayed one', async () => {
    const { jar, callback, authorize } = await signInThroughProvider(username);
    expect(callback.status).toBe(303);
    const replay = await fetch(callback.url, { redirect: 'manual', headers: { cookie: `wo_oidc=${authorize.searchParams.get('state')}` } });
    expect([replay.status, ((await replay.json()) as { code: string }).code]).toEqual([400, 'OIDC_STATE_MISMATCH']);
    const foreign = await fetch(callback.url, { redirect: 'manual' });
    expect(foreign.status).toBe(400);
    expect((await me(jar)).status).toBe(200);
  });

  it('ends the session when the person signs out at the provider (RP-initiated logout, then back-channel logout)', async () => {
    const { jar } = await signInThroughProvider(username);
    expect((await me(jar)).status).toBe(200);
    const csrf = jar.get('wo_csrf')!;
    const out = await fetch(`${app}/api/v1/auth/sign-out`, { method: 'POST', headers: { cookie: jar.header(), 'x-csrf-token': csrf } });
    const { endSessionUrl } = (await out.json()) as { endSessionUrl: string };
    expect(new URL(endSessionUrl).origin).toBe(issuer);
    expect((await me(jar)).status).toBe(401);

    // Signed in again in the same browser, the person now ends the provider session from the provider's logout page.
    const again = await signInThroughProvider(username);
    expect((await me(again.jar)).status).toBe(200);
    const page = await visit(again.jar, endSessionUrl);
    const html = await page.text();
    const action = new URL(/action="([^"]+)"/.exec(html)![1], issuer).toString();
    const xsrf = /name="xsrf" value="([^"]+)"/.exec(html)![1];
    const confirmed = await visit(again.jar, action, form({ xsrf, logout: 'yes' }));
    expect([302, 303]).toContain(confirmed.status);
    expect(confirmed.headers.get('location')).toMatch(new RegExp(`^${app}/signed-out`));
    // The provider called this service's back-channel logout before redirecting.
    expect([(await me(again.jar)).status, providerLog]).toEqual([401, expect.stringContaining('back-channel logout delivered')]);
    const rows = await audit('auth.oidcBackChannelLogout');
    expect(rows.at(-1)).toMatchObject({ outcome: 'success' });
    expect((rows.at(-1)!.detail.sessionsEnded as string[]).length).toBe(1);
  });

  it('refuses a logout token that is not signed by the provider', async () => {
    const header = Buffer.from(JSON.stringify({ alg: 'none' })).toString('base64url');
    const claims = Buffer.from(
      JSON.stringify({
        iss: issuer,
        aud: 'workorders',
        iat: Math.floor(Date.now() / 1000),
        sub: username,
        events: { 'http://schemas.openid.net/event/backchannel-logout': {} },
      }),
    ).toString('base64url');
    const res = await fetch(`${app}/api/v1/auth/oidc/back-channel-logout`, form({ logout_token: `${header}.${claims}.` }));
    expect([res.status, ((await res.json()) as { code: string }).code]).toEqual([400, 'OIDC_LOGOUT_TOKEN_INVALID']);
  });
});
