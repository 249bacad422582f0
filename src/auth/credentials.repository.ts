import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, IsNull } from 'typeorm';
import { keysetPage, Page } from '../common/cursor';
import { DEFAULT_PAGE_SIZE, PageQuery } from '../common/page-query';
import type { OrgTier, StaffRole } from '../common/vocabulary';
import { OrgUnit } from '../org/org-unit.entity';
import { RequestActor } from './actor';
import { ChannelSystem, StaffToken, StaffUser } from './credentials.entity';
import { pathScopeSql } from './org-scope';

/** The unit a credential acts for, as the guard needs it. */
export interface CredentialUnitRow {
  unit_id: string;
  tier: OrgTier;
  path: string;
  province_id: string | null;
}

export interface StaffTokenRow extends CredentialUnitRow {
  staff_id: string;
  role: StaffRole;
}

export interface ChannelKeyRow extends CredentialUnitRow {
  id: string;
}

/** Channel-system keys and staff tokens: lookups by hash, issue, list and revocation. */
@Injectable()
export class CredentialsRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async staffByTokenHash(tokenHash: string): Promise<StaffTokenRow | null> {
    const rows: StaffTokenRow[] = await this.db.query(
      `SELECT s.id AS staff_id, s.role, u.id AS unit_id, u.tier, u.path, u.province_id
           FROM staff_tokens t
           JOIN staff_users s ON s.id = t.staff_id AND s.disabled_at IS NULL
           JOIN org_units u ON u.id = s.org_unit_id
          WHERE t.token_hash = $1 AND t.revoked_at IS NULL AND (t.expires_at IS NULL OR t.expires_at > now())`,
      [tokenHash],
    );
    return rows[0] ?? null;
  }

  async channelByKeyHash(keyHash: string): Promise<ChannelKeyRow | null> {
    const rows: ChannelKeyRow[] = await this.db.query(
      `SELECT c.id, u.id AS unit_id, u.tier, u.path, u.province_id
         FROM channel_systems c JOIN org_units u ON u.id = c.org_unit_id
        WHERE c.key_hash = $1 AND c.revoked_at IS NULL`,
      [keyHash],
    );
    return rows[0] ?? null;
  }

  nationalUnit(): Promise<OrgUnit | null> {
    return this.db.getRepository(OrgUnit).findOne({ where: { tier: 'national' } });
  }

  unit(id: string): Promise<OrgUnit | null> {
    return this.db.getRepository(OrgUnit).findOne({ where: { id } });
  }

  saveChannelSystem(values: Omit<ChannelSystem, 'id' | 'createdAt' | 'orgUnit'>): Promise<ChannelSystem> {
    return this.db.getRepository(ChannelSystem).save(values);
  }

  channelSystem(id: string): Promise<ChannelSystem | null> {
    return this.db.getRepository(ChannelSystem).findOne({ where: { id } });
  }

  channelSystemOrFail(id: string): Promise<ChannelSystem> {
    return this.db.getRepository(ChannelSystem).findOneOrFail({ where: { id } });
  }

  async revokeChannelSystem(id: string, at: Date): Promise<void> {
    await this.db.getRepository(ChannelSystem).update({ id, revokedAt: IsNull() }, { revokedAt: at });
  }

  /** Channel systems of units in the caller's subtree, oldest first. */
  channelSystems(actor: RequestActor, q: PageQuery): Promise<Page<ChannelSystem>> {
    const scope = pathScopeSql(actor, 'u.path');
    const qb = this.db
      .getRepository(ChannelSystem)
      .createQueryBuilder('c')
      .innerJoin(OrgUnit, 'u', 'u.id = c.org_unit_id')
      .where(scope.sql, scope.params);
    return keysetPage(qb, {
      columns: [`date_trunc('milliseconds', c.created_at)`, 'c.id'],
      types: ['timestamp', 'uuid'],
      direction: 'ASC',
      cursor: q.cursor,
      limit: q.limit ?? DEFAULT_PAGE_SIZE,
      key: (c) => [c.createdAt.toISOString(), c.id],
    });
  }

  saveStaff(values: Pick<StaffUser, 'name' | 'orgUnitId' | 'role' | 'username' | 'disabledAt'>): Promise<StaffUser> {
    return this.db.getRepository(StaffUser).save(values);
  }

  staff(id: string): Promise<StaffUser | null> {
    return this.db.getRepository(StaffUser).findOne({ where: { id } });
  }

  staffOrFail(id: string): Promise<StaffUser> {
    return this.db.getRepository(StaffUser).findOneOrFail({ where: { id } });
  }

  /** Staff of units in the caller's subtree, oldest first. */
  staffPage(actor: RequestActor, q: PageQuery): Promise<Page<StaffUser>> {
    const scope = pathScopeSql(actor, 'u.path');
    const qb = this.db
      .getRepository(StaffUser)
      .createQueryBuilder('s')
      .innerJoin(OrgUnit, 'u', 'u.id = s.org_unit_id')
      .where(scope.sql, scope.params);
    return keysetPage(qb, {
      columns: [`date_trunc('milliseconds', s.created_at)`, 's.id'],
      types: ['timestamp', 'uuid'],
      direction: 'ASC',
      cursor: q.cursor,
      limit: q.limit ?? DEFAULT_PAGE_SIZE,
      key: (s) => [s.createdAt.toISOString(), s.id],
    });
  }

  saveToken(values: Pick<StaffToken, 'staffId' | 'tokenHash' | 'tokenPrefix' | 'expiresAt' | 'revokedAt'>): Promise<StaffToken> {
    return this.db.getRepository(StaffToken).save(values);
  }

  token(id: string, staffId: string): Promise<StaffToken | null> {
    return this.db.getRepository(StaffToken).findOne({ where: { id, staffId } });
  }

  tokenOrFail(id: string): Promise<StaffToken> {
    return this.db.getRepository(StaffToken).findOneOrFail({ where: { id } });
  }

  async revokeToken(id: string, at: Date): Promise<void> {
    await this.db.getRepository(StaffToken).update({ id, revokedAt: IsNull() }, { revokedAt: at });
  }
}
