import { Inject, Injectable, Logger } from '@nestjs/common';
import { createHash, randomBytes } from 'node:crypto';
import { AuditContext, AuditService } from '../../audit/audit.service';
import { Clock } from '../../common/clock';
import { DomainError } from '../../common/domain-error';
import { APP_CONFIG, AppConfig } from '../../config/app-config';
import { NewSession, SessionService } from '../sessions/session.service';
import { Jwk, JwsError, jwsKeyId, verifyJws } from './jws';
import { OidcRepository } from './oidc.repository';

const sha256hex = (value: string) => createHash('sha256').update(value).digest('hex');
const random = () => randomBytes(32).toString('base64url');

/** How long a started sign-in may take at the provider before its state is refused. */
export const LOGIN_STATE_TTL_MS = 10 * 60_000;
/** Tolerated difference between the provider's clock and ours. */
const CLOCK_SKEW_SECONDS = 60;
const BACKCHANNEL_LOGOUT_EVENT = 'http://schemas.openid.net/event/backchannel-logout';
const METADATA_TTL_MS = 60 * 60_000;

interface ProviderMetadata {
  issuer: string;
  authorization_endpoint: string;
  token_endpoint: string;
  jwks_uri: string;
  userinfo_endpoint?: string;
  end_session_endpoint?: string;
  token_endpoint_auth_methods_supported?: string[];
  code_challenge_methods_supported?: string[];
}

class OidcError extends DomainError {}
const notConfigured = () => new OidcError(404, 'OIDC_NOT_CONFIGURED', 'single sign-on is not configured');
const invalid = (code: string, message: string) => new OidcError(401, code, message);
const unavailable = (message: string) => new OidcError(503, 'OIDC_UNAVAILABLE', message);

/** Only a path of this service: never an absolute URL, so the sign-in cannot be made an open redirect. */
export function safeReturnTo(value: unknown): string {
  return typeof value === 'string' && /^\/(?![/\\])[\x21-\x7e]*$/.test(value) && value.length <= 2048 ? value : '/';
}

/**
 * The relying party of OpenID Connect: authorization code with PKCE (S256), state bound to the
 * browser by a cookie, nonce in the ID token, the ID token's signature checked against the
 * provider's published keys, its issuer, audience and lifetime checked on our clock. A configured
 * claim names the staff account; a person without an account is refused, never created.
 */
@Injectable()
export class OidcService {
  private readonly logger = new Logger(OidcService.name);
  private metadataCache: { value: Promise<ProviderMetadata>; at: number } | null = null;
  private keysCache: { keys: Jwk[]; at: number } | null = null;

  constructor(
    private readonly store: OidcRepository,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly clock: Clock,
    private readonly sessions: SessionService,
    private readonly audit: AuditService,
  ) {}

  get enabled(): boolean {
    return !!(this.config.OIDC_ISSUER && this.config.OIDC_CLIENT_ID && this.config.OIDC_REDIRECT_URI);
  }

  private async fetchJson<T>(url: string, init?: RequestInit): Promise<T> {
    let res: Response;
    try {
      res = await fetch(url, { ...init, redirect: 'error', signal: AbortSignal.timeout(5000) });
    } catch (err) {
      throw unavailable(`the identity provider did not answer (${(err as Error).message})`);
    }
    const body = (await res.json().catch(() => null)) as T | null;
    if (!res.ok || body === null) {
      this.logger.warn({ url, status: res.status, body }, 'identity provider refused a request');
      throw new OidcError(400, 'OIDC_PROVIDER_REFUSED', `the identity provider answered ${res.status}`);
    }
    return body;
  }

  async metadata(): Promise<ProviderMetadata> {
    if (!this.enabled) throw notConfigured();
    const now = Date.now();
    if (!this.metadataCache || now - this.metadataCache.at > METADATA_TTL_MS) {
      const issuer = this.config.OIDC_ISSUER!;
      const value = this.fetchJson<ProviderMetadata>(`${issuer.replace(/\/$/, '')}/.well-known/openid-configuration`).then((m) => {
        // Discovery must name the issuer we trust, or tokens of another issuer could pass for it.
        if (m.issuer !== issuer) throw unavailable(`the provider calls itself ${m.issuer}, not ${issuer}`);
        return m;
      });
      this.metadataCache = { value, at: now };
      value.catch(() => (this.metadataCache = null));
    }
    return this.metadataCache.value;
  }

  /** The provider's keys; fetched again when a token names a key we have not seen (the provider rotated). */
  private async keys(kid: string | undefined): Promise<Jwk[]> {
    const stale = !this.keysCache || Date.now() - this.keysCache.at > METADATA_TTL_MS;
    const unknownKid = kid !== undefined && !this.keysCache?.keys.some((k) => k.kid === kid);
    if (stale || unknownKid) {
      const { jwks_uri } = await this.metadata();
      const set = await this.fetchJson<{ keys?: Jwk[] }>(jwks_uri);
      this.keysCache = { keys: Array.isArray(set.keys) ? set.keys : [], at: Date.now() };
    }
    return this.keysCache!.keys;
  }

  /** A token of the provider: signature, issuer, audience and time checked. */
  private async verifyToken(token: string, what: 'ID token' | 'logout token'): Promise<Record<string, unknown>> {
    let payload: Record<string, unknown>;
    try {
      payload = verifyJws(token, await this.keys(jwsKeyId(token))).payload;
    } catch (err) {
      if (err instanceof JwsError) throw invalid('OIDC_TOKEN_INVALID', `${what}: ${err.message}`);
      throw err;
    }
    const now = Math.floor(this.clock.now().getTime() / 1000);
    const aud = payload.aud;
    const audiences = Array.isArray(aud) ? aud : [aud];
    const problems = [
      payload.iss !== this.config.OIDC_ISSUER && 'issuer',
      !audiences.includes(this.config.OIDC_CLIENT_ID) && 'audience',
      audiences.length > 1 && payload.azp !== this.config.OIDC_CLIENT_ID && 'authorized party',
      // An ID token must expire; a logout token may omit it.
      (what === 'ID token' || payload.exp !== undefined) &&
        !(typeof payload.exp === 'number' && payload.exp + CLOCK_SKEW_SECONDS > now) &&
        'expiry',
      !(typeof payload.iat === 'number' && payload.iat - CLOCK_SKEW_SECONDS <= now) && 'issued-at',
    ].filter(Boolean);
    if (problems.length) throw invalid('OIDC_TOKEN_INVALID', `${what}: wrong ${problems.join(', ')}`);
    return payload;
  }

  /** Starts a sign-in: the provider's authorization URL, and the state the browser's cookie must carry back. */
  async start(returnTo: unknown): Promise<{ url: string; state: string }> {
    const m = await this.metadata();
    const state = random();
    const nonce = random();
    const verifier = random();
    await this.store.saveLoginState(
      { stateHash: sha256hex(state), nonce, codeVerifier: verifier, returnTo: safeReturnTo(returnTo), createdAt: this.clock.now() },
      new Date(this.clock.now().getTime() - LOGIN_STATE_TTL_MS),
    );
    const url = new URL(m.authorization_endpoint);
    url.search = new URLSearchParams({
      response_type: 'code',
      client_id: this.config.OIDC_CLIENT_ID!,
      redirect_uri: this.config.OIDC_REDIRECT_URI!,
      scope: this.config.OIDC_SCOPES,
      state,
      nonce,
      code_challenge: createHash('sha256').update(verifier).digest('base64url'),
      code_challenge_method: 'S256',
    }).toString();
    return { url: url.toString(), state };
  }

  /**
   * The provider's redirect back: the state must be the one this browser started with (once, within
   * ten minutes); the code is exchanged with the PKCE verifier; the ID token is verified; its
   * configured claim names the account. Every outcome past the state check is audited.
   */
  async finish(
    query: { code?: string; state?: string; error?: string; error_description?: string },
    cookieState: string | null,
    ctx: AuditContext & { userAgent: string | null },
  ): Promise<{ staffId: string; session: NewSession; returnTo: string }> {
    const m = await this.metadata();
    if (!query.state || !cookieState || query.state !== cookieState) {
      throw new OidcError(400, 'OIDC_STATE_MISMATCH', 'this sign-in was not started by this browser, or was started twice');
    }
    const pending = await this.store.takeLoginState(sha256hex(query.state));
    if (!pending || this.clock.now().getTime() - pending.created_at.getTime() > LOGIN_STATE_TTL_MS) {
      throw new OidcError(400, 'OIDC_STATE_MISMATCH', 'this sign-in has expired or was already used; start again');
    }
    const fail = async (code: string, message: string, reason: string, detail: Record<string, unknown> = {}, status = 401) => {
      await this.audit.record(ctx, {
        operation: 'auth.oidcCallback',
        category: 'sign_in',
        outcome: 'failure',
        detail: { method: 'oidc', reason, ...detail },
      });
      return new OidcError(status, code, message);
    };
    if (query.error || !query.code) {
      throw await fail(
        'OIDC_PROVIDER_REFUSED',
        `the identity provider refused: ${query.error ?? 'no code'}`,
        'provider_error',
        {
          error: query.error ?? null,
        },
        400,
      );
    }
    const basic = (m.token_endpoint_auth_methods_supported ?? ['client_secret_basic']).includes('client_secret_basic');
    const form = new URLSearchParams({
      grant_type: 'authorization_code',
      code: query.code,
      redirect_uri: this.config.OIDC_REDIRECT_URI!,
      code_verifier: pending.code_verifier,
      ...(basic ? {} : { client_id: this.config.OIDC_CLIENT_ID!, client_secret: this.config.OIDC_CLIENT_SECRET! }),
    });
    const headers: Record<string, string> = { 'content-type': 'application/x-www-form-urlencoded', accept: 'application/json' };
    if (basic) {
      const encode = (v: string) => encodeURIComponent(v);
      headers.authorization = `Basic ${Buffer.from(`${encode(this.config.OIDC_CLIENT_ID!)}:${encode(this.config.OIDC_CLIENT_SECRET!)}`).toString('base64')}`;
    }
    let tokens: { id_token?: string; access_token?: string };
    try {
      tokens = await this.fetchJson(m.token_endpoint, { method: 'POST', headers, body: form });
    } catch (err) {
      if (err instanceof OidcError && err.code === 'OIDC_PROVIDER_REFUSED')
        throw await fail(err.code, err.message, 'code_exchange_refused', {}, 400);
      throw err;
    }
    if (!tokens.id_token) throw await fail('OIDC_TOKEN_INVALID', 'the provider returned no ID token', 'no_id_token');
    let claims: Record<string, unknown>;
    try {
      claims = await this.verifyToken(tokens.id_token, 'ID token');
      if (claims.nonce !== pending.nonce) throw invalid('OIDC_TOKEN_INVALID', 'ID token: wrong nonce');
      if (typeof claims.sub !== 'string' || !claims.sub) throw invalid('OIDC_TOKEN_INVALID', 'ID token: no subject');
    } catch (err) {
      if (err instanceof OidcError) throw await fail(err.code, err.message, 'id_token_invalid');
      throw err;
    }
    const username = await this.usernameClaim(claims, tokens.access_token, m);
    const account = username ? await this.store.enabledAccount(username) : undefined;
    if (!account) {
      throw await fail(
        'OIDC_NO_ACCOUNT',
        'no staff account matches this identity; an administrator must create one with this username first',
        'no_account',
        { sub: claims.sub, claim: this.config.OIDC_USERNAME_CLAIM, value: username },
        403,
      );
    }
    const sid = typeof claims.sid === 'string' ? claims.sid : null;
    const session = await this.sessions.createSession(account.id, 'oidc', ctx, false, {
      sub: claims.sub,
      sid,
      idToken: tokens.id_token,
    });
    await this.audit.record(
      { ...ctx, actor: { kind: 'staff', id: account.id, unitId: account.org_unit_id } },
      {
        operation: 'auth.oidcCallback',
        category: 'sign_in',
        targetType: 'staff_session',
        targetId: session.id,
        scopePath: account.path,
        detail: { method: 'oidc', sub: claims.sub, sid, username },
      },
    );
    return { staffId: account.id, session, returnTo: pending.return_to };
  }

  /**
   * The configured claim, from the ID token or, where the provider keeps profile claims out of it
   * (as certified providers do when an access token is issued), from the userinfo endpoint, whose
   * subject must be the ID token's.
   */
  private async usernameClaim(
    claims: Record<string, unknown>,
    accessToken: string | undefined,
    m: ProviderMetadata,
  ): Promise<string | null> {
    const claim = this.config.OIDC_USERNAME_CLAIM;
    let value = claims[claim];
    if (value === undefined && accessToken && m.userinfo_endpoint) {
      const info = await this.fetchJson<Record<string, unknown>>(m.userinfo_endpoint, {
        headers: { authorization: `Bearer ${accessToken}` },
      });
      if (info.sub === claims.sub) value = info[claim];
    }
    return typeof value === 'string' && value ? value.toLowerCase() : typeof value === 'number' ? String(value) : null;
  }

  /**
   * OpenID Connect Back-Channel Logout: the provider posts a signed logout token when a person signs
   * out there (or is signed out by an administrator); every session of that provider session (sid),
   * or of that subject when the token names no session, ends.
   */
  async backChannelLogout(logoutToken: string | undefined, ctx: AuditContext): Promise<number> {
    if (!this.enabled) throw notConfigured();
    if (!logoutToken) throw new OidcError(400, 'OIDC_LOGOUT_TOKEN_INVALID', 'logout_token is required');
    let claims: Record<string, unknown>;
    try {
      claims = await this.verifyToken(logoutToken, 'logout token');
      const events = claims.events as Record<string, unknown> | undefined;
      if (!events || typeof events !== 'object' || !(BACKCHANNEL_LOGOUT_EVENT in events))
        throw invalid('OIDC_TOKEN_INVALID', 'logout token: no logout event');
      if ('nonce' in claims) throw invalid('OIDC_TOKEN_INVALID', 'logout token: carries a nonce');
      if (typeof claims.sid !== 'string' && typeof claims.sub !== 'string')
        throw invalid('OIDC_TOKEN_INVALID', 'logout token: neither sid nor sub');
    } catch (err) {
      if (err instanceof OidcError) {
        await this.audit.record(ctx, {
          operation: 'auth.oidcBackChannelLogout',
          category: 'sessions',
          outcome: 'failure',
          detail: { reason: err.message },
        });
        throw new OidcError(400, err.code === 'OIDC_TOKEN_INVALID' ? 'OIDC_LOGOUT_TOKEN_INVALID' : err.code, err.message);
      }
      throw err;
    }
    const bySid = typeof claims.sid === 'string';
    const ended = await this.sessions.endProviderSessions(bySid ? 'sid' : 'sub', bySid ? claims.sid : claims.sub);
    const staffId = ended[0]?.staff_id ?? null;
    const scopePath = staffId ? await this.store.staffUnitPath(staffId) : null;
    await this.audit.record(ctx, {
      operation: 'auth.oidcBackChannelLogout',
      category: 'sessions',
      targetType: 'staff_session',
      targetId: ended[0]?.id ?? null,
      scopePath,
      detail: { sub: claims.sub ?? null, sid: claims.sid ?? null, sessionsEnded: ended.map((e) => e.id) },
    });
    return ended.length;
  }

  /** RP-initiated logout: where to send the browser so the provider ends its own session too. */
  async endSessionUrl(idToken: string): Promise<string | null> {
    if (!this.enabled) return null;
    const m = await this.metadata().catch(() => null);
    if (!m?.end_session_endpoint) return null;
    const url = new URL(m.end_session_endpoint);
    url.searchParams.set('id_token_hint', idToken);
    url.searchParams.set('client_id', this.config.OIDC_CLIENT_ID!);
    if (this.config.OIDC_POST_LOGOUT_REDIRECT_URI)
      url.searchParams.set('post_logout_redirect_uri', this.config.OIDC_POST_LOGOUT_REDIRECT_URI);
    return url.toString();
  }
}
