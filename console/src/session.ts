/**
 * Who is signed in. The console asks `GET /api/v1/me` at start; a 401 anywhere means the session
 * ended (idle, revoked, signed out elsewhere) and the sign-in form comes back.
 */
import { signal } from '@preact/signals';
import { api, whenUnauthenticated, type Schemas } from './api';

export type Me = Schemas['MeResponse'];

export type SessionState =
  | { kind: 'loading' }
  | { kind: 'signedOut' }
  /** A temporary password: the session may only change it. `currentPassword` is kept from the form just sent, if any. */
  | { kind: 'mustChangePassword'; currentPassword?: string }
  | { kind: 'signedIn'; me: Me; unitName: string | null };

export const session = signal<SessionState>({ kind: 'loading' });

whenUnauthenticated(() => {
  session.value = { kind: 'signedOut' };
});

/** Reads the signed-in member and their unit's name. */
export async function loadSession(): Promise<void> {
  const { data } = await api.GET('/api/v1/me');
  // The console is for members of staff; a bearer token or an API key never reaches it.
  if (!data || data.kind !== 'staff') {
    session.value = { kind: 'signedOut' };
    return;
  }
  let unitName: string | null = null;
  if (data.unitId) {
    const unit = await api.GET('/api/v1/org-units/{id}', { params: { path: { id: data.unitId } } });
    if (unit.error && problemIs(unit.error, 'PASSWORD_CHANGE_REQUIRED')) {
      session.value = { kind: 'mustChangePassword' };
      return;
    }
    unitName = unit.data?.name ?? null;
  }
  session.value = { kind: 'signedIn', me: data, unitName };
}

function problemIs(error: unknown, code: string): boolean {
  return typeof error === 'object' && error !== null && 'code' in error && error.code === code;
}

export async function signOut(): Promise<void> {
  await api.POST('/api/v1/auth/sign-out');
  session.value = { kind: 'signedOut' };
}
