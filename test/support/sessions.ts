import request from 'supertest';
import { uniqueCode } from './org-factory';
import { bearer, TestApp } from './test-app';

/** A signed-in browser: the Cookie header it sends and the CSRF token it echoes on writes. */
export interface BrowserSession {
  staffId: string;
  username: string;
  password: string;
  cookie: string;
  csrf: string;
  sessionId: string;
}

/** The `name=value` pairs of a response's Set-Cookie headers, as a Cookie request header. */
export function cookieHeader(res: request.Response): string {
  const set = res.headers['set-cookie'] as unknown as string[] | undefined;
  return (set ?? [])
    .map((c) => c.split(';')[0])
    .filter((c) => !/=$/.test(c))
    .join('; ');
}

export const sessionHeaders = (s: Pick<BrowserSession, 'cookie' | 'csrf'>) => ({ Cookie: s.cookie, 'X-CSRF-Token': s.csrf });

export async function createAccount(t: TestApp, unitId: string, role: string, username = `u${uniqueCode('s').toLowerCase()}`) {
  const staff = await request(t.http)
    .post('/api/v1/staff')
    .set(bearer(t.admin))
    .send({ name: `member ${role}`, orgUnitId: unitId, role, username });
  if (staff.status !== 201) throw new Error(`staff ${staff.status}: ${JSON.stringify(staff.body)}`);
  const reset = await request(t.http).post(`/api/v1/staff/${staff.body.id}/password-reset`).set(bearer(t.admin)).send();
  if (reset.status !== 200) throw new Error(`password reset ${reset.status}: ${JSON.stringify(reset.body)}`);
  return { staffId: staff.body.id as string, username, temporaryPassword: reset.body.temporaryPassword as string };
}

export async function signIn(t: TestApp, username: string, password: string): Promise<request.Response> {
  return request(t.http).post('/api/v1/auth/sign-in').send({ username, password });
}

/** A member of staff signed in with a password of their own (the temporary one changed, as the first sign-in requires). */
export async function browserSession(t: TestApp, unitId: string, role: string): Promise<BrowserSession> {
  const account = await createAccount(t, unitId, role);
  const first = await signIn(t, account.username, account.temporaryPassword);
  if (first.status !== 200) throw new Error(`sign-in ${first.status}: ${JSON.stringify(first.body)}`);
  const password = `pw-${uniqueCode('x')}-${Math.random().toString(36).slice(2)}`;
  const changed = await request(t.http)
    .post('/api/v1/auth/password')
    .set({ Cookie: cookieHeader(first), 'X-CSRF-Token': first.body.csrfToken as string })
    .send({ currentPassword: account.temporaryPassword, newPassword: password });
  if (changed.status !== 200) throw new Error(`password change ${changed.status}: ${JSON.stringify(changed.body)}`);
  return {
    staffId: account.staffId,
    username: account.username,
    password,
    cookie: cookieHeader(changed),
    csrf: changed.body.session.csrfToken as string,
    sessionId: changed.body.session.sessionId as string,
  };
}

/** A browser session of the member of staff a bearer token belongs to: the same actor, signed in with a password. */
export async function sessionOf(t: TestApp, token: string): Promise<{ cookie: string; csrf: string }> {
  const me = await request(t.http).get('/api/v1/me').set(bearer(token));
  const username = `m${uniqueCode('s').toLowerCase()}`;
  const named = await request(t.http).patch(`/api/v1/staff/${me.body.id}`).set(bearer(t.admin)).send({ username });
  if (named.status !== 200) throw new Error(`naming ${named.status}: ${JSON.stringify(named.body)}`);
  const reset = await request(t.http).post(`/api/v1/staff/${me.body.id}/password-reset`).set(bearer(t.admin)).send();
  const first = await signIn(t, username, reset.body.temporaryPassword as string);
  const password = `pw-${uniqueCode('x')}-${Math.random().toString(36).slice(2)}`;
  const changed = await request(t.http)
    .post('/api/v1/auth/password')
    .set({ Cookie: cookieHeader(first), 'X-CSRF-Token': first.body.csrfToken as string })
    .send({ currentPassword: reset.body.temporaryPassword as string, newPassword: password });
  if (changed.status !== 200) throw new Error(`password change ${changed.status}: ${JSON.stringify(changed.body)}`);
  return { cookie: cookieHeader(changed), csrf: changed.body.session.csrfToken as string };
}
