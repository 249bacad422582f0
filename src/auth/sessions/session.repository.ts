import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { returnedRows } from '../../common/sql';
import { runInTransaction } from '../../common/transaction';
import type { OrgTier, StaffRole } from '../../common/vocabulary';
import { StaffUser } from '../credentials.entity';

export type SessionMethod = 'password' | 'oidc';

/** A live session with its member of staff and unit, as authentication reads it. */
export interface SessionRow {
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

/** A member of staff with their unit's path and password state. */
export interface AccountRow {
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

export interface SessionListRow {
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

export interface NewSessionRow {
  staffId: string;
  secretHash: string;
  csrfHash: string;
  method: SessionMethod;
  createdAt: Date;
  expiresAt: Date;
  address: string | null;
  userAgent: string | null;
  oidcSub: string | null;
  oidcSid: string | null;
  oidcIdToken: string | null;
}

/** The columns of a staff account an administrator changes; left out means unchanged. */
export interface StaffAccountChanges {
  name?: string;
  role?: StaffRole;
  username?: string | null;
  disabledAt?: Date | null;
}

/** Staff sessions, passwords and the account columns sign-in reads. */
@Injectable()
export class SessionRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  transaction<T>(work: (tx: EntityManager) => Promise<T>): Promise<T> {
    return runInTransaction(this.db, work);
  }

  /** The session of a secret hash, if not revoked, not past `now` and seen after `idleSince`, with an enabled member of staff. */
  async live(secretHash: string, now: Date, idleSince: Date): Promise<SessionRow | null> {
    const rows: SessionRow[] = await this.db.query(
      `SELECT x.id, x.staff_id, x.method, x.csrf_hash, x.last_seen_at, x.oidc_id_token, p.must_change,
              s.role, u.id AS unit_id, u.tier, u.path, u.province_id
         FROM staff_sessions x
         JOIN staff_users s ON s.id = x.staff_id AND s.disabled_at IS NULL
         JOIN org_units u ON u.id = s.org_unit_id
         LEFT JOIN staff_passwords p ON p.staff_id = s.id
        WHERE x.secret_hash = $1 AND x.revoked_at IS NULL AND x.expires_at > $2 AND x.last_seen_at > $3`,
      [secretHash, now, idleSince],
    );
    return rows[0] ?? null;
  }

  async touch(sessionId: string, now: Date): Promise<void> {
    await this.db.query('UPDATE staff_sessions SET last_seen_at = GREATEST(last_seen_at, $2) WHERE id = $1', [sessionId, now]);
  }

  async insert(s: NewSessionRow, tx: EntityManager = this.db.manager): Promise<string> {
    const rows: { id: string }[] = await tx.query(
      `INSERT INTO staff_sessions (staff_id, secret_hash, csrf_hash, method, created_at, last_seen_at, expires_at, address, user_agent,
                                   oidc_sub, oidc_sid, oidc_id_token)
            VALUES ($1, $2, $3, $4, $5, $5, $6, $7, $8, $9, $10, $11) RETURNING id`,
      [
        s.staffId,
        s.secretHash,
        s.csrfHash,
        s.method,
        s.createdAt,
        s.expiresAt,
        s.address,
        s.userAgent,
        s.oidcSub,
        s.oidcSid,
        s.oidcIdToken,
      ],
    );
    return rows[0].id;
  }

  async account(where: 'username' | 'id', value: string): Promise<AccountRow | null> {
    const rows: AccountRow[] = await this.db.query(
      `SELECT s.id, s.username, s.org_unit_id, u.path, s.disabled_at, p.password_hash, p.must_change, p.failed_count, p.last_failed_at, p.locked_until
         FROM staff_users s JOIN org_units u ON u.id = s.org_unit_id LEFT JOIN staff_passwords p ON p.staff_id = s.id
        WHERE ${where === 'username' ? 's.username = $1' : 's.id = $1'}`,
      [value],
    );
    return rows[0] ?? null;
  }

  /** Counts one more failed sign-in and locks the account once the count reaches `lockAfter`; the new count (0 without a password row). */
  async recordFailedPassword(staffId: string, now: Date, lockAfter: number, lockUntil: Date): Promise<number> {
    const updated = returnedRows<{ failed_count: number }>(
      await this.db.query(
        `UPDATE staff_passwords SET failed_count = failed_count + 1, last_failed_at = $2,
                  locked_until = CASE WHEN failed_count + 1 >= $3 THEN $4::timestamptz ELSE locked_until END
            WHERE staff_id = $1 RETURNING failed_count`,
        [staffId, now, lockAfter, lockUntil],
      ),
    );
    return updated[0]?.failed_count ?? 0;
  }

  async clearFailures(staffId: string): Promise<void> {
    await this.db.query('UPDATE staff_passwords SET failed_count = 0, last_failed_at = NULL, locked_until = NULL WHERE staff_id = $1', [
      staffId,
    ]);
  }

  /** A password its owner chose: the change is done, failures are forgotten. */
  async setPassword(tx: EntityManager, staffId: string, hash: string, now: Date): Promise<void> {
    await tx.query(
      `UPDATE staff_passwords SET password_hash = $2, must_change = false, changed_at = $3, failed_count = 0, last_failed_at = NULL, locked_until = NULL
          WHERE staff_id = $1`,
      [staffId, hash, now],
    );
  }

  /** A temporary password: it must be changed at the next sign-in; failures and the lock are forgotten. */
  async setTemporaryPassword(tx: EntityManager, staffId: string, hash: string, now: Date): Promise<void> {
    await tx.query(
      `INSERT INTO staff_passwords (staff_id, password_hash, must_change, changed_at, failed_count)
              VALUES ($1, $2, true, $3, 0)
         ON CONFLICT (staff_id) DO UPDATE SET password_hash = $2, must_change = true, changed_at = $3, failed_count = 0,
                                              last_failed_at = NULL, locked_until = NULL`,
      [staffId, hash, now],
    );
  }

  async updateAccount(tx: EntityManager, staffId: string, changes: StaffAccountChanges): Promise<void> {
    const sets: string[] = [];
    const params: unknown[] = [staffId];
    const set = (column: string, value: unknown) => {
      params.push(value);
      sets.push(`${column} = $${params.length}`);
    };
    if (changes.name !== undefined) set('name', changes.name);
    if (changes.role !== undefined) set('role', changes.role);
    if (changes.username !== undefined) set('username', changes.username);
    if (changes.disabledAt !== undefined) set('disabled_at', changes.disabledAt);
    if (sets.length) await tx.query(`UPDATE staff_users SET ${sets.join(', ')} WHERE id = $1`, params);
  }

  staffUserOrFail(id: string): Promise<StaffUser> {
    return this.db.getRepository(StaffUser).findOneOrFail({ where: { id } });
  }

  /** Ends every live session of a member of staff; returns how many ended. */
  async revokeAll(staffId: string, reason: string, now: Date, tx: EntityManager = this.db.manager): Promise<number> {
    const result: unknown = await tx.query(
      `UPDATE staff_sessions SET revoked_at = $2, revoked_reason = $3 WHERE staff_id = $1 AND revoked_at IS NULL RETURNING id`,
      [staffId, now, reason],
    );
    return returnedRows(result).length;
  }

  async revoke(sessionId: string, reason: string, now: Date): Promise<boolean> {
    const result: unknown = await this.db.query(
      `UPDATE staff_sessions SET revoked_at = $2, revoked_reason = $3 WHERE id = $1 AND revoked_at IS NULL RETURNING id`,
      [sessionId, now, reason],
    );
    return returnedRows(result).length > 0;
  }

  /** Live sessions of a single sign-on session (`sid`) or subject (`sub`) end; returns the ended ones. */
  async revokeOidc(by: 'sid' | 'sub', value: unknown, now: Date): Promise<{ id: string; staff_id: string }[]> {
    const result: unknown = await this.db.query(
      `UPDATE staff_sessions SET revoked_at = $2, revoked_reason = 'provider_logout'
        WHERE method = 'oidc' AND revoked_at IS NULL AND ${by === 'sid' ? 'oidc_sid = $1' : 'oidc_sub = $1'}
        RETURNING id, staff_id`,
      [value, now],
    );
    return returnedRows(result);
  }

  /** A member's sessions, newest first, after the keyset `after` (created_at, id). */
  sessions(staffId: string, limit: number, after: (string | number)[] | null): Promise<SessionListRow[]> {
    return this.db.query(
      `SELECT ${SESSION_COLUMNS} FROM staff_sessions WHERE staff_id = $1 ${after ? 'AND (created_at, id) < ($3, $4)' : ''}
        ORDER BY created_at DESC, id DESC LIMIT $2`,
      after ? [staffId, limit, after[0], after[1]] : [staffId, limit],
    );
  }

  async session(sessionId: string, staffId: string): Promise<SessionListRow | null> {
    const rows: SessionListRow[] = await this.db.query(`SELECT ${SESSION_COLUMNS} FROM staff_sessions WHERE id = $1 AND staff_id = $2`, [
      sessionId,
      staffId,
    ]);
    return rows[0] ?? null;
  }
}
