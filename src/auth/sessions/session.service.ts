import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { DataSource, EntityManager } from 'typeorm';
import { AuditContext, AuditService } from '../../audit/audit.service';
import { Clock } from '../../common/clock';
import { encodeCursor, decodeCursor, Page } from '../../common/cursor';
import { DomainError, NotFoundError, UnprocessableError } from '../../common/domain-error';
import { DEFAULT_PAGE_SIZE } from '../../common/page-query';
import { APP_CONFIG, AppConfig } from '../../config/app-config';
import { OrgTier, StaffRole } from '../../common/vocabulary';
import { RequestActor } from '../actor';
import { canSeeUnitPath } from '../org-scope';
import { burnVerification, hashPassword, passwordWeakness, verifyPassword } from './passwords';
import { SessionView, SignedIn, UpdateStaffAccountDto } from './dto/session.dto';

const sha256 = (value: string): string => createHash('sha256').update(value).digest('hex');
const secret = (): string => randomBytes(32).toString('base64url');

export type SessionMethod = 'password' | 'oidc';

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

interface SessionRow {
  id: string;
  staff_id: string;
  method: SessionMethod;
  csrf_hash: string;
  last_seen_at: Date;
  oidc_id_token: string | null;
  must_change: boolean | null;
  role: StaffRole;
  unit_id: string;
  tier: OrgTier;
  path: string;
  province_id: string | null;
}

interface AccountRow {
  id: string;
  username: string | null;
  org_unit_id: string;
  path: string;
  disabled_at: Date | null;
  password_hash: string | null;
  must_change: boolean | null;
  failed_count: number | null;
  last_failed_at: Date | null;
  locked_until: Date | null;
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

interface SessionListRow {
  id: string;
  method: SessionMethod;
  created_at: Date;
  last_seen_at: Date;
  expires_at: Date;
  revoked_at: Date | null;
  revoked_reason: string | null;
  address: string | null;
  user_agent: string | null;
}
const SESSION_COLUMNS = 'id, method, created_at, last_seen_at, expires_at, revoked_at, revoked_reason, address, user_agent';

/** Rows of an UPDATE … RETURNING as TypeORM's postgres driver gives them: `[rows, affected]`. */
const returned = <T>(result: unknown): T[] => (Array.isArray(result) && Array.isArray(result[0]) ? (result[0] as T[]) : []);

/** How often a busy session's last-seen instant is written: idle expiry needs no finer grain, and most requests then write nothing. */
const TOUCH_EVERY_MS = 30_000;

@Injectable()
export class SessionService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
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
    const rows: SessionRow[] = await this.db.query(
      `SELECT x.id, x.staff_id, x.method, x.csrf_hash, x.last_seen_at, x.oidc_id_token, p.must_change,
              s.role, u.id AS unit_id, u.tier, u.path, u.province_id
         FROM staff_sessions x
         JOIN staff_users s ON s.id = x.staff_id AND s.disabled_at IS NULL
         JOIN org_units u ON u.id = s.org_unit_id
         LEFT JOIN staff_passwords p ON p.staff_id = s.id
        WHERE x.secret_hash = $1 AND x.revoked_at IS NULL AND x.expires_at > $2 AND x.last_seen_at > $3`,
      [sha256(sessionSecret), now, new Date(now.getTime() - this.idleMs)],
    );
    const row = rows[0];
    if (!row) return null;
    if (now.getTime() - row.last_seen_at.getTime() >= TOUCH_EVERY_MS) {
      await this.db.query('UPDATE staff_sessions SET last_seen_at = GREATEST(last_seen_at, $2) WHERE id = $1', [row.id, now]);
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
    manager: EntityManager = this.db.manager,
  ): Promise<NewSession> {
    const now = this.clock.now();
    const sessionSecret = secret();
    const csrfToken = secret();
    const expiresAt = new Date(now.getTime() + this.absoluteMs);
    const rows: { id: string }[] = await manager.query(
      `INSERT INTO staff_sessions (staff_id, secret_hash, csrf_hash, method, created_at, last_seen_at, expires_at, address, user_agent,
                                   oidc_sub, oidc_sid, oidc_id_token)
            VALUES ($1, $2, $3, $4, $5, $5, $6, $7, $8, $9, $10, $11) RETURNING id`,
      [
        staffId,
        sha256(sessionSecret),
        sha256(csrfToken),
        method,
        now,
        expiresAt,
        ctx.address?.slice(0, 64) ?? null,
        ctx.userAgent?.slice(0, 300) ?? null,
        oidc?.sub ?? null,
        oidc?.sid ?? null,
        oidc?.idToken ?? null,
      ],
    );
    return { id: rows[0].id, secret: sessionSecret, csrfToken, expiresAt, mustChangePassword };
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

  private async account(where: 'username' | 'id', value: string): Promise<AccountRow | null> {
    const rows: AccountRow[] = await this.db.query(
      `SELECT s.id, s.username, s.org_unit_id, u.path, s.disabled_at, p.password_hash, p.must_change, p.failed_count, p.last_failed_at, p.locked_until
         FROM staff_users s JOIN org_units u ON u.id = s.org_unit_id LEFT JOIN staff_passwords p ON p.staff_id = s.id
        WHERE ${where === 'username' ? 's.username = $1' : 's.id = $1'}`,
      [value],
    );
    return rows[0] ?? null;
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
      const failures: { n: number }[] = await this.db.query(
        `SELECT count(*)::int AS n FROM audit_events
          WHERE operation = 'auth.signIn' AND outcome = 'failure' AND address = $1 AND occurred_at > $2 AND occurred_at <= $3`,
        [ctx.address, windowStart, now],
      );
      if (ctx.address && failures[0].n >= this.config.SIGNIN_ADDRESS_LIMIT) {
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
      account = await this.account('username', name);
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
        const updated = returned<{ failed_count: number }>(
          await this.db.query(
            `UPDATE staff_passwords SET failed_count = failed_count + 1, last_failed_at = $2,
                  locked_until = CASE WHEN failed_count + 1 >= $3 THEN $4::timestamptz ELSE locked_until END
            WHERE staff_id = $1 RETURNING failed_count`,
            [account.id, now, this.config.SIGNIN_LOCK_AFTER, new Date(now.getTime() + this.config.SIGNIN_LOCK_MINUTES * 60_000)],
          ),
        );
        const count = updated[0]?.failed_count ?? 0;
        const locked = count >= this.config.SIGNIN_LOCK_AFTER;
        throw new SignInRefused(
          401,
          'INVALID_CREDENTIALS',
          'username or password is wrong',
          locked ? 'wrong_password_locked' : 'wrong_password',
          {},
        );
      }
      await this.db.query('UPDATE staff_passwords SET failed_count = 0, last_failed_at = NULL, locked_until = NULL WHERE staff_id = $1', [
        account.id,
      ]);
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
  async revokeAll(staffId: string, reason: string, manager: EntityManager = this.db.manager): Promise<number> {
    const result: unknown = await manager.query(
      `UPDATE staff_sessions SET revoked_at = $2, revoked_reason = $3 WHERE staff_id = $1 AND revoked_at IS NULL RETURNING id`,
      [staffId, this.clock.now(), reason],
    );
    return returned(result).length;
  }

  async revoke(sessionId: string, reason: string): Promise<boolean> {
    const result: unknown = await this.db.query(
      `UPDATE staff_sessions SET revoked_at = $2, revoked_reason = $3 WHERE id = $1 AND revoked_at IS NULL RETURNING id`,
      [sessionId, this.clock.now(), reason],
    );
    return returned(result).length > 0;
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
    const account = await this.account('id', actor.id);
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
    const session = await this.db.transaction(async (tx) => {
      await tx.query(
        `UPDATE staff_passwords SET password_hash = $2, must_change = false, changed_at = $3, failed_count = 0, last_failed_at = NULL, locked_until = NULL
          WHERE staff_id = $1`,
        [actor.id, hash, this.clock.now()],
      );
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
    const account = await this.account('id', staffId);
    if (!account || !canSeeUnitPath(actor, account.path)) throw new NotFoundError('staff user');
    return account;
  }

  /** A temporary password, shown once; the member must change it at the next sign-in. Unlocks the account and ends its sessions. */
  async resetPassword(actor: RequestActor, staffId: string): Promise<{ temporaryPassword: string; mustChangePassword: true }> {
    await this.staffInScope(actor, staffId);
    const temporaryPassword = randomBytes(15).toString('base64url');
    const hash = await hashPassword(temporaryPassword);
    await this.db.transaction(async (tx) => {
      await tx.query(
        `INSERT INTO staff_passwords (staff_id, password_hash, must_change, changed_at, failed_count)
              VALUES ($1, $2, true, $3, 0)
         ON CONFLICT (staff_id) DO UPDATE SET password_hash = $2, must_change = true, changed_at = $3, failed_count = 0,
                                              last_failed_at = NULL, locked_until = NULL`,
        [staffId, hash, this.clock.now()],
      );
      await this.revokeAll(staffId, 'password_reset', tx);
    });
    return { temporaryPassword, mustChangePassword: true };
  }

  async updateAccount(actor: RequestActor, staffId: string, dto: UpdateStaffAccountDto): Promise<void> {
    await this.staffInScope(actor, staffId);
    await this.db.transaction(async (tx) => {
      const sets: string[] = [];
      const params: unknown[] = [staffId];
      const set = (column: string, value: unknown) => {
        params.push(value);
        sets.push(`${column} = $${params.length}`);
      };
      if (dto.name !== undefined) set('name', dto.name);
      if (dto.role !== undefined) set('role', dto.role);
      if (dto.username !== undefined) set('username', dto.username === null ? null : dto.username.toLowerCase());
      if (dto.disabled !== undefined) set('disabled_at', dto.disabled ? this.clock.now() : null);
      if (sets.length) await tx.query(`UPDATE staff_users SET ${sets.join(', ')} WHERE id = $1`, params);
      // A disabled account's sessions end with it; so do those of a member whose role changed, which were granted under the old role.
      if (dto.disabled === true) await this.revokeAll(staffId, 'account_disabled', tx);
      else if (dto.role !== undefined) await this.revokeAll(staffId, 'role_changed', tx);
    });
  }

  async listSessions(actor: RequestActor, staffId: string, limit = DEFAULT_PAGE_SIZE, cursor?: string): Promise<Page<SessionView>> {
    await this.staffInScope(actor, staffId);
    const after = decodeCursor(cursor, ['timestamp', 'uuid']);
    const rows: SessionListRow[] = await this.db.query(
      `SELECT ${SESSION_COLUMNS} FROM staff_sessions WHERE staff_id = $1 ${after ? 'AND (created_at, id) < ($3, $4)' : ''}
        ORDER BY created_at DESC, id DESC LIMIT $2`,
      after ? [staffId, limit + 1, after[0], after[1]] : [staffId, limit + 1],
    );
    const items = rows.slice(0, limit).map((r) => this.view(r));
    const last = rows[limit - 1];
    return { items, nextCursor: rows.length > limit ? encodeCursor([last.created_at.toISOString(), last.id]) : null };
  }

  async sessionOf(actor: RequestActor, staffId: string, sessionId: string): Promise<SessionView> {
    await this.staffInScope(actor, staffId);
    const rows: SessionListRow[] = await this.db.query(`SELECT ${SESSION_COLUMNS} FROM staff_sessions WHERE id = $1 AND staff_id = $2`, [
      sessionId,
      staffId,
    ]);
    if (!rows[0]) throw new NotFoundError('session');
    return this.view(rows[0]);
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
