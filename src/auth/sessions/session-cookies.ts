import type { CookieOptions, Request, Response } from 'express';
import { AppConfig } from '../../config/app-config';

/**
 * Cookie names. Over https the `__Host-` prefix makes browsers refuse the cookie unless it is
 * Secure, host-only and for the whole path, so no subdomain or plain-http page can plant one.
 */
export function cookieNames(config: AppConfig): { session: string; csrf: string; oidc: string } {
  const prefix = sessionCookieSecure(config) ? '__Host-' : '';
  return { session: `${prefix}wo_session`, csrf: `${prefix}wo_csrf`, oidc: `${prefix}wo_oidc` };
}

export const sessionCookieSecure = (config: AppConfig): boolean => config.SESSION_COOKIE_SECURE ?? config.NODE_ENV === 'production';

/** Reads one cookie from the Cookie header (no cookie-parsing middleware is installed). */
export function readCookie(req: Request, name: string): string | null {
  const header = req.headers.cookie;
  if (!header) return null;
  for (const part of header.split(';')) {
    const eq = part.indexOf('=');
    if (eq < 0) continue;
    if (part.slice(0, eq).trim() === name) {
      const value = part.slice(eq + 1).trim();
      return /^[A-Za-z0-9_-]{16,200}$/.test(value) ? value : null;
    }
  }
  return null;
}

const base = (config: AppConfig): CookieOptions => ({ path: '/', secure: sessionCookieSecure(config) });

/**
 * The session cookie is HttpOnly and SameSite=Strict: scripts cannot read it and no other site's
 * page can make the browser send it. The CSRF cookie is readable by the console's own scripts,
 * which echo it in X-CSRF-Token (the server compares it with the session's, not with the cookie).
 */
export function setSessionCookies(res: Response, config: AppConfig, secret: string, csrf: string, maxAgeMs: number): void {
  const names = cookieNames(config);
  res.cookie(names.session, secret, { ...base(config), httpOnly: true, sameSite: 'strict', maxAge: maxAgeMs });
  res.cookie(names.csrf, csrf, { ...base(config), httpOnly: false, sameSite: 'strict', maxAge: maxAgeMs });
}

export function clearSessionCookies(res: Response, config: AppConfig): void {
  const names = cookieNames(config);
  res.clearCookie(names.session, { ...base(config), httpOnly: true, sameSite: 'strict' });
  res.clearCookie(names.csrf, { ...base(config), sameSite: 'strict' });
}

/**
 * Binds an OpenID sign-in to the browser that started it. Lax, not Strict: the identity provider's
 * redirect back is a cross-site navigation, on which a Strict cookie would not be sent.
 */
export function setOidcCookie(res: Response, config: AppConfig, state: string, maxAgeMs: number): void {
  res.cookie(cookieNames(config).oidc, state, { ...base(config), httpOnly: true, sameSite: 'lax', maxAge: maxAgeMs });
}

export function clearOidcCookie(res: Response, config: AppConfig): void {
  res.clearCookie(cookieNames(config).oidc, { ...base(config), httpOnly: true, sameSite: 'lax' });
}
