import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { returnedRows } from '../../common/sql';

/** A started sign-in, kept until the provider redirects back. */
export interface LoginStateRow {
  nonce: string;
  code_verifier: string;
  return_to: string;
  created_at: Date;
}

export interface OidcAccountRow {
  id: string;
  org_unit_id: string;
  path: string;
}

/** Pending single sign-on logins and the accounts an identity signs in to. */
@Injectable()
export class OidcRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** Keeps a started sign-in and forgets those started before `expiredBefore`. */
  async saveLoginState(
    state: { stateHash: string; nonce: string; codeVerifier: string; returnTo: string; createdAt: Date },
    expiredBefore: Date,
  ): Promise<void> {
    await this.db.query(
      `INSERT INTO oidc_login_states (state_hash, nonce, code_verifier, return_to, created_at) VALUES ($1, $2, $3, $4, $5)`,
      [state.stateHash, state.nonce, state.codeVerifier, state.returnTo, state.createdAt],
    );
    await this.db.query('DELETE FROM oidc_login_states WHERE created_at < $1', [expiredBefore]);
  }

  /** Takes a started sign-in out, so its state serves once. */
  async takeLoginState(stateHash: string): Promise<LoginStateRow | undefined> {
    const result: unknown = await this.db.query(`DELETE FROM oidc_login_states WHERE state_hash = $1 RETURNING *`, [stateHash]);
    return returnedRows<LoginStateRow>(result)[0];
  }

  /** The enabled account with this username. */
  async enabledAccount(username: string): Promise<OidcAccountRow | undefined> {
    const accounts: OidcAccountRow[] = await this.db.query(
      `SELECT s.id, s.org_unit_id, u.path FROM staff_users s JOIN org_units u ON u.id = s.org_unit_id
            WHERE s.username = $1 AND s.disabled_at IS NULL`,
      [username],
    );
    return accounts[0];
  }

  /** The unit path of a member of staff, for scoping an audit row. */
  async staffUnitPath(staffId: string): Promise<string | null> {
    const scope: { path: string }[] = await this.db.query(
      'SELECT u.path FROM staff_users s JOIN org_units u ON u.id = s.org_unit_id WHERE s.id = $1',
      [staffId],
    );
    return scope[0]?.path ?? null;
  }
}
