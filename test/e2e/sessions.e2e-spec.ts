/**
 * People signing in with a password: the session cookie, the forced change of a temporary password,
 * throttling and locking of failed attempts, idle and absolute expiry on an injected clock,
 * revocation on the next request, CSRF on writes, and the same actor and policy as a bearer token.
 */
import request from 'supertest';
import { DataSource } from 'typeorm';
import { provinceFixture, ProvinceFixture, staffToken } from '../support/org-factory';
import { BrowserSession, browserSession, cookieHeader, createAccount, sessionHeaders, signIn } from '../support/sessions';
import { bearer, ManualClock, startTestApp, TestApp } from '../support/test-app';

const MINUTE = 60_000;

describe('password sessions', () => {
  let t: TestApp;
  let f: ProvinceFixture;
  let p2: ProvinceFixture;
  const clock = new ManualClock();

  beforeAll(async () => {
    t = await startTestApp(
      {
        SESSION_IDLE_MINUTES: '10',
        SESSION_ABSOLUTE_HOURS: '1',
        SIGNIN_THROTTLE_AFTER: '3',
        SIGNIN_LOCK_AFTER: '5',
        SIGNIN_LOCK_MINUTES: '30',
        SIGNIN_ADDRESS_LIMIT: '1000',
      },
      clock,
    );
    [f, p2] = await Promise.all([provinceFixture(t), provinceFixture(t)]);
  });

  afterAll(async () => {
    await t?.close();
  });

  const auditRows = (operation: string, staffId: string): Promise<{ outcome: string; detail: { reason?: string } }[]> =>
    t.app
      .get(DataSource)
      .query(`SELECT outcome, detail FROM audit_events WHERE operation = $1 AND (actor_id = $2 OR target_id = $2) ORDER BY id`, [
        operation,
        staffId,
      ]);

  it('signs in with a temporary password, allows only the password change, then acts as the same actor as a bearer token', async () => {
    const account = await createAccount(t, f.dept.id, 'handler');
    const res = await signIn(t, account.username.toUpperCase(), account.temporaryPassword);
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ staffId: account.staffId, mustChangePassword: true, idleTimeoutSeconds: 600 });
    const setCookie = (res.headers['set-cookie'] as unknown as string[]).join('\n');
    expect(setCookie).toMatch(/wo_session=[A-Za-z0-9_-]{43}; Max-Age=3600; Path=\/; Expires=[^;]+; HttpOnly; SameSite=Strict/);
    expect(setCookie).not.toMatch(/Secure/);
    expect(JSON.stringify(res.body)).not.toContain(cookieHeader(res).split(';')[0].split('=')[1]);
    const temp = { cookie: cookieHeader(res), csrf: res.body.csrfToken as string };

    const me = await request(t.http).get('/api/v1/me').set('Cookie', temp.cookie);
    expect(me.status).toBe(200);
    const blocked = await request(t.http).get('/api/v1/tickets').set('Cookie', temp.cookie);
    expect([blocked.status, blocked.body.code]).toEqual([403, 'PASSWORD_CHANGE_REQUIRED']);

    const weak = await request(t.http)
      .post('/api/v1/auth/password')
      .set(sessionHeaders(temp))
      .send({ currentPassword: account.temporaryPassword, newPassword: 'short-pw' });
    expect([weak.status, weak.body.code]).toEqual([422, 'WEAK_PASSWORD']);
    const wrongCurrent = await request(t.http)
      .post('/api/v1/auth/password')
      .set(sessionHeaders(temp))
      .send({ currentPassword: 'not-the-temporary-one', newPassword: 'a much longer passphrase' });
    expect([wrongCurrent.status, wrongCurrent.body.code]).toEqual([422, 'WRONG_PASSWORD']);

    const changed = await request(t.http)
      .post('/api/v1/auth/password')
      .set(sessionHeaders(temp))
      .send({ currentPassword: account.temporaryPassword, newPassword: 'a much longer passphrase' });
    expect(changed.status).toBe(200);
    expect(changed.body.session.mustChangePassword).toBe(false);
    // The password change ended every session, the one that made it included; the caller got a new one.
    expect((await request(t.http).get('/api/v1/me').set('Cookie', temp.cookie)).status).toBe(401);
    const fresh = { cookie: cookieHeader(changed), csrf: changed.body.session.csrfToken as string };

    const viaSession = await request(t.http).get('/api/v1/me').set('Cookie', fresh.cookie);
    const token = await request(t.http).post(`/api/v1/staff/${account.staffId}/tokens`).set(bearer(t.admin)).send({});
    const viaToken = await request(t.http)
      .get('/api/v1/me')
      .set(bearer(token.body.token as string));
    expect(viaSession.status).toBe(200);
    expect(viaSession.body).toEqual(viaToken.body);
    expect((await request(t.http).get('/api/v1/tickets').set('Cookie', fresh.cookie)).status).toBe(200);

    expect((await signIn(t, account.username, account.temporaryPassword)).status).toBe(401);
    expect((await signIn(t, account.username, 'a much longer passphrase')).status).toBe(200);
    const rows = await auditRows('auth.signIn', account.staffId);
    expect(rows.map((r) => `${r.outcome}:${r.detail.reason ?? ''}`)).toEqual(['success:', 'failure:wrong_password', 'success:']);
    expect((await auditRows('auth.changePassword', account.staffId)).map((r) => r.outcome)).toEqual(['failure', 'success']);
  });

  it('answers an unknown username, a wrong password and a disabled account alike', async () => {
    const s = await browserSession(t, f.dept.id, 'agent');
    const unknown = await signIn(t, 'nobody-by-this-name', 'whatever password');
    const wrong = await signIn(t, s.username, 'not the password at all');
    await request(t.http).patch(`/api/v1/staff/${s.staffId}`).set(bearer(t.admin)).send({ disabled: true }).expect(200);
    const disabled = await signIn(t, s.username, s.password);
    for (const res of [unknown, wrong, disabled])
      expect([res.status, res.body.code, res.body.detail]).toEqual([401, 'INVALID_CREDENTIALS', 'username or password is wrong']);
    // Disabling ended the session it had.
    expect((await request(t.http).get('/api/v1/me').set('Cookie', s.cookie)).status).toBe(401);
  });

  it('throttles failed sign-ins on an account with a growing wait, then locks it until an administrator resets it', async () => {
    const s = await browserSession(t, f.dept.id, 'handler');
    const attempt = (password = 'wrong password!') => signIn(t, s.username, password);
    for (let i = 0; i < 3; i++) expect((await attempt()).status).toBe(401);
    const throttled = await attempt(s.password);
    expect([throttled.status, throttled.body.code, throttled.headers['retry-after']]).toEqual([429, 'SIGN_IN_THROTTLED', '1']);
    clock.advance(1_000);
    expect((await attempt()).status).toBe(401);
    const longer = await attempt();
    expect([longer.status, longer.headers['retry-after']]).toEqual([429, '2']);
    clock.advance(2_000);
    expect((await attempt()).status).toBe(401);
    // Five failures: locked, the right password included, for SIGNIN_LOCK_MINUTES.
    clock.advance(60_000);
    const locked = await attempt(s.password);
    expect([locked.status, locked.body.code]).toEqual([403, 'ACCOUNT_LOCKED']);
    expect(Number(locked.headers['retry-after'])).toBeGreaterThan(25 * 60);

    const reset = await request(t.http).post(`/api/v1/staff/${s.staffId}/password-reset`).set(bearer(t.admin)).send().expect(200);
    const after = await signIn(t, s.username, reset.body.temporaryPassword as string);
    expect([after.status, after.body.mustChangePassword]).toEqual([200, true]);

    const reasons = (await auditRows('auth.signIn', s.staffId)).map((r) => `${r.outcome}:${r.detail.reason ?? ''}`);
    expect(reasons.slice(1)).toEqual([
      'failure:wrong_password',
      'failure:wrong_password',
      'failure:wrong_password',
      'failure:account_throttled',
      'failure:wrong_password',
      'failure:account_throttled',
      'failure:wrong_password_locked',
      'failure:locked',
      'success:',
    ]);
  });

  it('ends an idle session after the idle timeout and a busy one at its absolute lifetime', async () => {
    const idle = await browserSession(t, f.dept.id, 'handler');
    const me = (s: BrowserSession) => request(t.http).get('/api/v1/me').set('Cookie', s.cookie);
    clock.advance(9 * MINUTE);
    expect((await me(idle)).status).toBe(200);
    clock.advance(9 * MINUTE);
    expect((await me(idle)).status).toBe(200);
    clock.advance(10 * MINUTE + 1_000);
    expect((await me(idle)).status).toBe(401);

    const busy = await browserSession(t, f.dept.id, 'handler');
    for (let i = 0; i < 6; i++) {
      clock.advance(9 * MINUTE);
      expect((await me(busy)).status).toBe(200);
    }
    clock.advance(7 * MINUTE);
    expect((await me(busy)).status).toBe(401);

    const listed = await request(t.http).get(`/api/v1/staff/${busy.staffId}/sessions`).set(bearer(t.admin)).expect(200);
    expect(listed.body.items.find((x: { id: string }) => x.id === busy.sessionId)).toMatchObject({ active: false, revokedAt: null });
  });

  it('lists a member’s sessions and ends one on its next request when an administrator revokes it', async () => {
    const s = await browserSession(t, f.dept.id, 'handler');
    const second = await signIn(t, s.username, s.password);
    const provinceAdmin = await staffToken(t, f.province.id, 'admin');
    const list = await request(t.http).get(`/api/v1/staff/${s.staffId}/sessions`).set(bearer(provinceAdmin)).expect(200);
    expect(
      list.body.items
        .filter((x: { active: boolean }) => x.active)
        .map((x: { id: string }) => x.id)
        .sort(),
    ).toEqual([s.sessionId, second.body.sessionId].sort());
    expect((await request(t.http).get('/api/v1/me').set('Cookie', s.cookie)).status).toBe(200);
    const revoked = await request(t.http)
      .post(`/api/v1/staff/${s.staffId}/sessions/${s.sessionId}/revoke`)
      .set(bearer(provinceAdmin))
      .send()
      .expect(200);
    expect(revoked.body).toMatchObject({ id: s.sessionId, active: false, revokedReason: 'revoked' });
    expect((await request(t.http).get('/api/v1/me').set('Cookie', s.cookie)).status).toBe(401);
    expect((await request(t.http).get('/api/v1/me').set('Cookie', cookieHeader(second))).status).toBe(200);

    // Another province's administrator neither sees nor ends them.
    const p2Admin = await staffToken(t, p2.province.id, 'admin');
    expect((await request(t.http).get(`/api/v1/staff/${s.staffId}/sessions`).set(bearer(p2Admin))).status).toBe(404);
    expect(
      (await request(t.http).post(`/api/v1/staff/${s.staffId}/sessions/${second.body.sessionId}/revoke`).set(bearer(p2Admin))).status,
    ).toBe(404);
  });

  it('ends a session in every process at once: a revocation through one instance holds on the next request to another', async () => {
    const other = await startTestApp({}, clock);
    try {
      const s = await browserSession(t, f.dept.id, 'handler');
      expect((await request(other.http).get('/api/v1/me').set('Cookie', s.cookie)).status).toBe(200);
      await request(other.http).post(`/api/v1/staff/${s.staffId}/sessions/${s.sessionId}/revoke`).set(bearer(t.admin)).send().expect(200);
      expect((await request(t.http).get('/api/v1/me').set('Cookie', s.cookie)).status).toBe(401);
      expect((await request(other.http).get('/api/v1/me').set('Cookie', s.cookie)).status).toBe(401);
    } finally {
      await other.close();
    }
  });

  it('keeps a session inside its staff member’s scope, through the same policy as a token', async () => {
    const deptAdmin = await browserSession(t, f.dept.id, 'admin');
    const p2Staff = await createAccount(t, p2.dept.id, 'handler');
    const as = (method: 'get' | 'post' | 'patch', path: string) => request(t.http)[method](path).set(sessionHeaders(deptAdmin));
    expect((await as('get', `/api/v1/staff/${p2Staff.staffId}/sessions`)).status).toBe(404);
    expect((await as('post', `/api/v1/staff/${p2Staff.staffId}/password-reset`).send()).status).toBe(404);
    expect((await as('patch', `/api/v1/org-units/${p2.dept.id}`).send({ name: 'taken over' })).status).toBe(404);
    // A department admin creates no units and no channel systems, and never works tickets.
    const unit = await as('post', '/api/v1/org-units').send({ code: `X${Date.now()}`, name: 'x', tier: 'department', parentId: f.dept.id });
    expect([unit.status, unit.body.code]).toEqual([403, 'FORBIDDEN_ROLE']);
    // Within its subtree it administers, with the session cookie alone.
    const inScope = await createAccount(t, f.dept.id, 'agent');
    expect((await as('post', `/api/v1/staff/${inScope.staffId}/password-reset`).send()).status).toBe(200);
  });

  it('refuses writes with a session cookie but without the CSRF token, from another origin or another site', async () => {
    const admin = await browserSession(t, f.province.id, 'admin');
    const target = await createAccount(t, f.dept.id, 'agent');
    const write = () => request(t.http).patch(`/api/v1/staff/${target.staffId}`).send({ name: '改名' });
    const refused = [
      await write().set('Cookie', admin.cookie),
      await write().set({ Cookie: admin.cookie, 'X-CSRF-Token': 'x'.repeat(43) }),
      await write().set({ ...sessionHeaders(admin), Origin: 'https://evil.example' }),
      await write().set({ ...sessionHeaders(admin), 'Sec-Fetch-Site': 'cross-site' }),
    ];
    expect(refused.map((r) => `${r.status} ${r.body.code}`)).toEqual(Array(4).fill('403 CSRF_REFUSED'));
    const staff = await request(t.http).get('/api/v1/staff?limit=500').set(bearer(t.admin));
    const items = (Array.isArray(staff.body) ? staff.body : staff.body.items) as { id: string; name: string }[];
    expect(items.find((x) => x.id === target.staffId)?.name).toBe('member agent');

    // Reads need no token; writes with it, from the service's own origin, go through; bearer callers need neither.
    expect((await request(t.http).get('/api/v1/me').set('Cookie', admin.cookie)).status).toBe(200);
    const own = await write().set({
      ...sessionHeaders(admin),
      Origin: 'http://service.test',
      Host: 'service.test',
      'Sec-Fetch-Site': 'same-origin',
    });
    expect([own.status, own.body.detail]).toEqual([200, undefined]);
    expect((await write().set(bearer(t.admin))).status).toBe(200);
  });

  it('signs out: the cookie is cleared and the session is over', async () => {
    const s = await browserSession(t, f.dept.id, 'handler');
    const out = await request(t.http).post('/api/v1/auth/sign-out').set(sessionHeaders(s)).send();
    expect([out.status, out.body.endSessionUrl]).toEqual([200, null]);
    expect((out.headers['set-cookie'] as unknown as string[]).join('\n')).toMatch(/wo_session=;/);
    expect((await request(t.http).get('/api/v1/me').set('Cookie', s.cookie)).status).toBe(401);
  });
});

describe('failed sign-ins per client address', () => {
  let t: TestApp;
  // Failures recorded by other suites lie hours before this clock, outside the window.
  const clock = new ManualClock(new Date(Date.now() + 48 * 3_600_000));

  beforeAll(async () => {
    t = await startTestApp({ SIGNIN_ADDRESS_LIMIT: '4', SIGNIN_ADDRESS_WINDOW_MINUTES: '15' }, clock);
  });

  afterAll(async () => {
    await t?.close();
  });

  it('refuses an address that failed too often, whatever usernames it tries, until the window has passed', async () => {
    const f = await provinceFixture(t);
    const s = await browserSession(t, f.dept.id, 'agent');
    for (let i = 0; i < 4; i++) expect((await signIn(t, `guess-${i}`, 'password guess')).status).toBe(401);
    const refused = await signIn(t, s.username, s.password);
    expect([refused.status, refused.body.code, refused.headers['retry-after']]).toEqual([429, 'SIGN_IN_THROTTLED', '900']);
    clock.advance(16 * MINUTE);
    expect((await signIn(t, s.username, s.password)).status).toBe(200);
  });
});
