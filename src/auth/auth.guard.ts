import { CanActivate, ExecutionContext, HttpException, Inject, Injectable, Logger } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { Request } from 'express';
import { problem } from '../common/problem-details.filter';
import { POLICY_KEY, RequestActor } from './actor';
import { AuthService } from './auth.service';
import { identityFacts } from './policy/identity';
import { identityMay, OperationKey, POLICY, PolicyEntry } from './policy/policy';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import { ActiveSession, SessionService } from './sessions/session.service';
import { cookieNames, readCookie } from './sessions/session-cookies';

const unauthenticated = (detail: string) => new HttpException({ problem: problem(401, 'UNAUTHENTICATED', detail) }, 401);
const forbidden = (detail: string, code = 'FORBIDDEN_ROLE') => new HttpException({ problem: problem(403, code, detail) }, 403);

/** Methods that change nothing: a session cookie alone suffices for them. */
const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);
/** What a session holding a temporary password may do before changing it. */
const BEFORE_PASSWORD_CHANGE: ReadonlySet<OperationKey> = new Set<OperationKey>(['auth.changePassword', 'auth.signOut', 'me.get']);

export type AuthenticatedRequest = Request & { actor?: RequestActor; staffSession?: ActiveSession };

/**
 * Global guard: looks up the route's entry in the authorization policy, authenticates the caller
 * (staff and the bootstrap admin send `Authorization: Bearer`, channel systems `X-Api-Key`, people in
 * a browser their session cookie) unless the entry is public, and checks the identity part of the
 * entry. A session resolves to the same actor as its staff member's bearer token and meets the same
 * policy; only what a cookie needs in addition is checked here: CSRF on writes, and a pending
 * password change. A route without an entry is refused. Relations to a ticket are checked where the
 * ticket is loaded (visibility, state machine).
 */
@Injectable()
export class AuthGuard implements CanActivate {
  private readonly logger = new Logger(AuthGuard.name);

  private readonly allowedOrigins: ReadonlySet<string>;

  constructor(
    private readonly reflector: Reflector,
    private readonly auth: AuthService,
    private readonly sessions: SessionService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {
    this.allowedOrigins = new Set(
      config.SESSION_ALLOWED_ORIGINS.split(',')
        .map((o) => o.trim())
        .filter(Boolean),
    );
  }

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const key = this.reflector.get<OperationKey | undefined>(POLICY_KEY, context.getHandler());
    const entry: PolicyEntry | undefined = key ? POLICY[key] : undefined;
    if (!entry) {
      this.logger.error(`${context.getClass().name}.${context.getHandler().name} has no authorization policy entry`);
      throw forbidden('this operation has no authorization policy');
    }
    if (entry.who.public) return true;
    const req = context.switchToHttp().getRequest<AuthenticatedRequest>();
    const actor = await this.resolve(req);
    if (!actor) throw unauthenticated('missing, unknown, expired or revoked credential');
    req.actor = actor;
    if (!identityMay(entry.who, identityFacts(actor))) throw forbidden('this operation is not available to your role');
    if (req.staffSession?.mustChangePassword && !BEFORE_PASSWORD_CHANGE.has(key!)) {
      throw forbidden('change your password first (POST /api/v1/auth/password)', 'PASSWORD_CHANGE_REQUIRED');
    }
    return true;
  }

  private async resolve(req: AuthenticatedRequest): Promise<RequestActor | null> {
    const header = req.headers.authorization;
    if (header) {
      const match = /^Bearer\s+(\S+)$/i.exec(header);
      if (!match) throw unauthenticated('Authorization must be "Bearer <token>"');
      return this.auth.authenticateBearer(match[1]);
    }
    const key = req.headers['x-api-key'];
    if (typeof key === 'string' && key) return this.auth.authenticateApiKey(key);
    const cookie = readCookie(req, cookieNames(this.config).session);
    if (!cookie) return null;
    const found = await this.sessions.authenticate(cookie);
    if (!found) return null;
    const refusal = this.csrfRefusal(req, found.session);
    if (refusal) throw forbidden(refusal, 'CSRF_REFUSED');
    req.staffSession = found.session;
    return found.actor;
  }

  /**
   * A browser sends the cookie with any request to this host, including one a page of another site
   * makes it send; such a page can neither read the CSRF token nor set a same-origin Origin. Bearer
   * tokens and API keys are never sent by a browser on its own, so they need neither check.
   */
  private csrfRefusal(req: Request, session: ActiveSession): string | null {
    if (SAFE_METHODS.has(req.method)) return null;
    if (req.headers['sec-fetch-site'] === 'cross-site') return 'a cross-site request may not write with a session cookie';
    const origin = req.headers.origin;
    if (origin !== undefined && origin !== `${req.protocol}://${req.get('host')}` && !this.allowedOrigins.has(origin)) {
      return `origin ${origin} may not write with a session cookie`;
    }
    const token = req.headers['x-csrf-token'];
    if (!this.sessions.csrfMatches(session, typeof token === 'string' ? token : undefined)) {
      return 'a write with a session cookie needs the X-CSRF-Token header given at sign-in';
    }
    return null;
  }
}
