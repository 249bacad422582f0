/**
 * The console's only way to the service: the public API through the typed client generated from
 * openapi.json (clients/typescript), with the browser's session cookie. Writes carry the session's
 * CSRF token, read from the `wo_csrf` cookie (`__Host-wo_csrf` over https), as the API requires.
 */
import { createClient, type Schemas, type WorkOrderClient } from '../../clients/typescript';

export type { Schemas };
export type Problem = Schemas['Problem'];

export function csrfToken(): string | null {
  const match = /(?:^|;\s*)(?:__Host-)?wo_csrf=([^;]+)/.exec(document.cookie);
  return match ? decodeURIComponent(match[1]) : null;
}

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/** Called when any answer says the session is gone (401), so the shell can show the sign-in form. */
let onUnauthenticated: () => void = () => undefined;
export function whenUnauthenticated(handler: () => void): void {
  onUnauthenticated = handler;
}

export const api: WorkOrderClient = createClient({ baseUrl: window.location.origin });

api.use({
  onRequest({ request }) {
    if (SAFE_METHODS.has(request.method)) return request;
    const token = csrfToken();
    if (token) request.headers.set('X-CSRF-Token', token);
    return request;
  },
  onResponse({ response, request }) {
    if (response.status === 401 && !request.url.endsWith('/api/v1/auth/sign-in')) onUnauthenticated();
    return response;
  },
});

/** The error code of a problem answer, or `NETWORK` when none came. */
export function problemCode(error: unknown): string {
  if (error && typeof error === 'object' && 'code' in error && typeof error.code === 'string') return error.code;
  return 'NETWORK';
}
