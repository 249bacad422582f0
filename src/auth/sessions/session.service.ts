import { Inject, Injectable } from '@nestjs/common';
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { AuditContext, AuditService } from '../../audit/audit.service';
import { Clock } from '../../common/clock';
import { encodeCursor, decodeCursor, Page } from '../../common/cursor';
import { DomainError, NotFoundError, UnprocessableError } from '../../common/domain-error';
import { DEFAULT_PAGE_SIZE } from '../../common/page-query';
import { APP_CONFIG, AppConfig } from '../../config/app-config';
import { RequestActor } from '../actor';
import { StaffUser } from '../credentials.entity';
import { canSeeUnitPath } from '../org-scope';
import { burnVerification, hashPassword, passwordWeakness, verifyPassword } from './passwords';
import { SessionView, SignedIn, UpdateStaffAccountDto } from './dto/session.dto';
import { AccountRow, SessionListRow, SessionMethod, SessionRepository } from './session.repository';

const sha256 = (value: string): string => createHash('sha256').update(value).digest('hex');
const secret = (): string => randomBytes(32).toString('base64url');

/** The session a request authenticated with, beside its actor (which is the same as a bearer token's). */
export interface ActiveSession {
  id: string;
  staffId: string;
  method: SessionMethod;
  /** Until the password is changed, the session may only change it (or sign out). */
  mustChangePassword: boolean;
  csrfHash: string;
  oidcIdToken: string | null;
}

/** A session just created: the secrets go to the browser once; only their hashes are stored. */
export interface NewSession {
  id: string;
  secret: string;
  csrfToken: string;
  expiresAt: Date;
  mustChangePassword: boolean;
}

export interface OidcBinding {
  sub: string;
  sid: string | null;
  idToken: string;
}

/** A refused sign-in: the answer, and the reason the audit row records (never told to the caller when it would reveal an account). */
class SignInRefused extends DomainError {
  constructor(
    status: number,
    code: string,
    message: string,
    readonly reason: string,
    extra: Record<string, unknown> = {},
  ) {
    super(status, code, message, extra);
  }
}

/** How often a busy session's last-seen instant is written: idle expiry needs no finer grain, and most requests then write nothing. */
const TOUCH_EVERY_MS = 30_000;

@Injectable()
export class SessionService {
  constructor(
    private readonly store: SessionRepository,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly clock: Clock,
    private readonly audit: AuditService,
  ) {}

  get idleMs(): number {
    return this.config.SESSION_IDLE_MINUTES * 60_000;
  }

  get absoluteMs(): number {
    return Math.round(this.config.SESSION_ABSOLUTE_HOURS * 3_600_000);
  }

  /**
   * The actor and session of a session secret, or null when it is unknown, revoked, idle too long,
   * past its absolute lifetime, or its staff member is disabled. Read from Postgres on every request
   * (no cache), so a revocation is effective on the very next request in every process.
   */
  async authenticate(sessionSecret: string): Promise<{ actor: RequestActor; session: ActiveSession } | null> {
    const now = this.clock.now();
    const row = await this.store.live(sha256(sessionSecret), now, new Date(now.getTime() - this.idleMs));
    if (!row) return null;
    if (now.getTime() - row.last_seen_at.getTime() >= TOUCH_EVERY_MS) {
      await this.store.touch(row.id, now);
    }
    return {
      actor: {
        kind: 'staff',
        id: row.staff_id,
        role: row.role,
        unitId: row.unit_id,
        tier: row.tier,
        unitPath: row.path,
        provinceId: row.province_id,
      },
      session: {
        id: row.id,
        staffId: row.staff_id,
        method: row.method,
        mustChangePassword: row.method === 'password' && row.must_change === true,
        csrfHash: row.csrf_hash,
        oidcIdToken: row.oidc_id_token,
      },
    };
  }

  /** Constant-time comparison of a presented CSRF token with the session's. */
  csrfMatches(session: ActiveSession, token: string | undefined): boolean {
    if (!token) return false;
    return timingSafeEqual(Buffer.from(sha256(token), 'hex'), Buffer.from(session.csrfHash, 'hex'));
  }

  async createSession(
    staffId: string,
    method: SessionMethod,
    ctx: AuditContext & { userAgent: string | null },
    mustChangePassword: boolean,
    oidc?: OidcBinding,
    tx?: EntityManager,
  ): Promise<NewSession> {
    const now = this.clock.now();
    const sessionSecret = secret();
    const csrfToken = secret();
    const expiresAt = new Date(now.getTime() + this.absoluteMs);
    const id = await this.store.insert(
      {
        staffId,
        secretHash: sha256(sessionSecret),
        csrfHash: sha256(csrfToken),
        method,
        createdAt: now,
        expiresAt,
        address: ctx.address?.slice(0, 64) ?? null,
        userAgent: ctx.userAgent?.slice(0, 300) ?? null,
        oidcSub: oidc?.sub ?? null,
        oidcSid: oidc?.sid ?? null,
        oidcIdToken: oidc?.idToken ?? null,
      },
      tx,
    );
    return { id, secret: sessionSecret, csrfToken, expiresAt, mustChangePassword };
  }

  signedIn(staffId: string, session: NewSession): SignedIn {
    return {
      staffId,
      sessionId: session.id,
      expiresAt: session.expiresAt.toISOString(),
      idleTimeoutSeconds: this.idleMs / 1000,
      csrfToken: session.csrfToken,
      mustChangePassword: session.mustChangePassword,
    };
  }

  /** Wait before the next attempt on an account with `failures` consecutive failures: none below the threshold, then 1 s doubling, at most 15 min. */
  private accountDelayMs(failures: number): number {
    if (failures < this.config.SIGNIN_THROTTLE_AFTER) return 0;
    return Math.min(1000 * 2 ** (failures - this.config.SIGNIN_THROTTLE_AFTER), 15 * 60_000);
  }

  /**
   * Username and password for a session. Every attempt is audited. Refusals: the client address has
   * failed too often (429), the account must wait after its recent failures (429) or is locked (403);
   * otherwise an unknown username, a disabled account and a wrong password all answer the same 401.
   */
  async signIn(
    username: string,
    password: string,
    ctx: AuditContext & { userAgent: string | null },
  ): Promise<SignedIn & { secret: string }> {
    const name = username.trim().toLowerCase();
    let account: AccountRow | null = null;
    try {
      const now = this.clock.now();
      const windowStart = new Date(now.getTime() - this.config.SIGNIN_ADDRESS_WINDOW_MINUTES * 60_000);
      const failures = await this.audit.failedSignInsFrom(ctx.address, windowStart, now);
      if (ctx.address && failures >= this.config.SIGNIN_ADDRESS_LIMIT) {
        const retryAfter = this.config.SIGNIN_ADDRESS_WINDOW_MINUTES * 60;
        throw new SignInRefused(
          429,
          'SIGN_IN_THROTTLED',
          'too many failed sign-ins from this address; try again later',
          'address_throttled',
          {
            retryAfter,
          },
        );
      }
      account = await this.store.account('username', name);
      if (!account || !account.password_hash || account.disabled_at) {
        await burnVerification(password);
        const reason = !account ? 'unknown_username' : account.disabled_at ? 'account_disabled' : 'no_password';
        throw new SignInRefused(401, 'INVALID_CREDENTIALS', 'username or password is wrong', reason);
      }
      if (account.locked_until && account.locked_until > now) {
        throw new SignInRefused(
          403,
          'ACCOUNT_LOCKED',
          'this account is locked after repeated failed sign-ins; an administrator can reset it',
          'locked',
          {
            retryAfter: Math.ceil((account.locked_until.getTime() - now.getTime()) / 1000),
          },
        );
      }
      const delay = this.accountDelayMs(account.failed_count ?? 0);
      const earliest = account.last_failed_at ? account.last_failed_at.getTime() + delay : 0;
      if (delay > 0 && earliest > now.getTime()) {
        throw new SignInRefused(
          429,
          'SIGN_IN_THROTTLED',
          'too many failed sign-ins on this account; wait before trying again',
          'account_throttled',
          {
            retryAfter: Math.ceil((earliest - now.getTime()) / 1000),
          },
        );
      }
      if (!(await verifyPassword(account.password_hash, password))) {
        const count = await this.store.recordFailedPassword(
          account.id,
          now,
          this.config.SIGNIN_LOCK_AFTER,
          new Date(now.getTime() + this.config.SIGNIN_LOCK_MINUTES * 60_000),
        );
        const locked = count >= this.config.SIGNIN_LOCK_AFTER;
        throw new SignInRefused(
          401,
          'INVALID_CREDENTIALS',
          'username or password is wrong',
          locked ? 'wrong_password_locked' : 'wrong_password',
          {},
        );
      }
      await this.store.clearFailures(account.id);
      const session = await this.createSession(account.id, 'password', ctx, account.must_change === true);
      await this.audit.record(
        { ...ctx, actor: { kind: 'staff', id: account.id, unitId: account.org_unit_id } },
        {
          operation: 'auth.signIn',
          category: 'sign_in',
          targetType: 'staff_session',
          targetId: session.id,
          scopePath: account.path,
          detail: { method: 'password', username: name, mustChangePassword: session.mustChangePassword },
        },
      );
      return { ...this.signedIn(account.id, session), secret: session.secret };
    } catch (err) {
      if (err instanceof SignInRefused) {
        await this.audit.record(
          { ...ctx, actor: account ? { kind: 'staff', id: account.id, unitId: account.org_unit_id } : null },
          {
            operation: 'auth.signIn',
            category: 'sign_in',
            outcome: 'failure',
            targetType: 'staff',
            targetId: account?.id ?? null,
            scopePath: account?.path ?? null,
            detail: { method: 'password', username: name, reason: err.reason },
          },
        );
      }
      throw err;
    }
  }

  /** Ends every live session of a member of staff; returns how many ended. */
  revokeAll(staffId: string, reason: string, tx?: EntityManager): Promise<number> {
    return this.store.revokeAll(staffId, reason, this.clock.now(), tx);
  }

  revoke(sessionId: string, reason: string): Promise<boolean> {
    return this.store.revoke(sessionId, reason, this.clock.now());
  }

  /** Single sign-on sessions of a provider session (`sid`) or subject (`sub`) end; returns the ended ones. */
  endProviderSessions(by: 'sid' | 'sub', value: unknown): Promise<{ id: string; staff_id: string }[]> {
    return this.store.revokeOidc(by, value, this.clock.now());
  }

  /**
   * A member of staff changes their own password: the current one is required (a stolen session
   * alone cannot take the account over), every session ends, and the caller gets a fresh one.
   */
  async changePassword(
    actor: RequestActor,
    current: string,
    next: string,
    ctx: AuditContext & { userAgent: string | null },
    viaSession: boolean,
  ): Promise<(SignedIn & { secret: string }) | null> {
    const account = await this.store.account('id', actor.id);
    if (!account?.password_hash)
      throw new UnprocessableError('NO_PASSWORD', 'this account signs in through single sign-on and has no password');
    if (!(await verifyPassword(account.password_hash, current))) {
      await this.audit.record(ctx, {
        operation: 'auth.changePassword',
        category: 'identities',
        outcome: 'failure',
        targetType: 'staff',
        targetId: actor.id,
        scopePath: account.path,
        detail: { reason: 'wrong_current_password' },
      });
      throw new UnprocessableError('WRONG_PASSWORD', 'the current password is wrong');
    }
    const weakness = passwordWeakness(next, this.config.PASSWORD_MIN_LENGTH, account.username);
    if (weakness) throw new UnprocessableError('WEAK_PASSWORD', `the new password ${weakness}`);
    if (await verifyPassword(account.password_hash, next))
      throw new UnprocessableError('WEAK_PASSWORD', 'the new password must differ from the current one');
    const hash = await hashPassword(next);
    const session = await this.store.transaction(async (tx) => {
      await this.store.setPassword(tx, actor.id, hash, this.clock.now());
      const ended = await this.revokeAll(actor.id, 'password_changed', tx);
      const fresh = viaSession ? await this.createSession(actor.id, 'password', ctx, false, undefined, tx) : null;
      return { ended, fresh };
    });
    await this.audit.record(ctx, {
      operation: 'auth.changePassword',
      category: 'identities',
      targetType: 'staff',
      targetId: actor.id,
      scopePath: account.path,
      detail: { sessionsEnded: session.ended, newSessionId: session.fresh?.id ?? null },
    });
    return session.fresh ? { ...this.signedIn(actor.id, session.fresh), secret: session.fresh.secret } : null;
  }

  // Administration of accounts: every call is within the administrator's subtree (404 outside it).

  private async staffInScope(actor: RequestActor, staffId: string): Promise<AccountRow> {
    const account = await this.store.account('id', staffId);
    if (!account || !canSeeUnitPath(actor, account.path)) throw new NotFoundError('staff user');
    return account;
  }

  /** A temporary password, shown once; the member must change it at the next sign-in. Unlocks the account and ends its sessions. */
  async resetPassword(actor: RequestActor, staffId: string): Promise<{ temporaryPassword: string; mustChangePassword: true }> {
    await this.staffInScope(actor, staffId);
    const temporaryPassword = randomBytes(15).toString('base64url');
    const hash = await hashPassword(temporaryPassword);
    await this.store.transaction(async (tx) => {
      await this.store.setTemporaryPassword(tx, staffId, hash, this.clock.now());
      await this.revokeAll(staffId, 'password_reset', tx);
    });
    return { temporaryPassword, mustChangePassword: true };
  }

  /** Changes the account and answers it as it now is. */
  async updateAccount(actor: RequestActor, staffId: string, dto: UpdateStaffAccountDto): Promise<StaffUser> {
    await this.staffInScope(actor, staffId);
    await this.store.transaction(async (tx) => {
      await this.store.updateAccount(tx, staffId, {
        name: dto.name,
        role: dto.role,
        username: dto.username === undefined ? undefined : dto.username === null ? null : dto.username.toLowerCase(),
        disabledAt: dto.disabled === undefined ? undefined : dto.disabled ? this.clock.now() : null,
      });
      // A disabled account's sessions end with it; so do those of a member whose role changed, which were granted under the old role.
      if (dto.disabled === true) await this.revokeAll(staffId, 'account_disabled', tx);
      else if (dto.role !== undefined) await this.revokeAll(staffId, 'role_changed', tx);
    });
    return this.store.staffUserOrFail(staffId);
  }

  async listSessions(actor: RequestActor, staffId: string, limit = DEFAULT_PAGE_SIZE, cursor?: string): Promise<Page<SessionView>> {
    await this.staffInScope(actor, staffId);
    const after = decodeCursor(cursor, ['timestamp', 'uuid']);
    const rows = await this.store.sessions(staffId, limit + 1, after);
    const items = rows.slice(0, limit).map((r) => this.view(r));
    const last = rows[limit - 1];
    return { items, nextCursor: rows.length > limit ? encodeCursor([last.created_at.toISOString(), last.id]) : null };
  }

  async sessionOf(actor: RequestActor, staffId: string, sessionId: string): Promise<SessionView> {
    await this.staffInScope(actor, staffId);
    const row = await this.store.session(sessionId, staffId);
    if (!row) throw new NotFoundError('session');
    return this.view(row);
  }

  private view(r: SessionListRow): SessionView {
    const now = this.clock.now().getTime();
    return {
      id: r.id,
      method: r.method,
      createdAt: r.created_at.toISOString(),
      lastSeenAt: r.last_seen_at.toISOString(),
      expiresAt: r.expires_at.toISOString(),
      idleExpiresAt: new Date(Math.min(r.last_seen_at.getTime() + this.idleMs, r.expires_at.getTime())).toISOString(),
      active: !r.revoked_at && r.expires_at.getTime() > now && r.last_seen_at.getTime() + this.idleMs > now,
      revokedAt: r.revoked_at?.toISOString() ?? null,
      revokedReason: r.revoked_reason,
      address: r.address,
      userAgent: r.user_agent,
    };
  }
}
