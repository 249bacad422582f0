import { keysetPage, Page } from '../common/cursor';
import { DEFAULT_PAGE_SIZE, PageQuery } from '../common/page-query';
import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { DataSource, IsNull } from 'typeorm';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import { canSeeUnitPath, pathScopeSql } from './org-scope';
import { NotFoundError, UnprocessableError } from '../common/domain-error';
import { OrgUnit } from '../org/org-unit.entity';
import { RequestActor } from './actor';
import { CredentialCache } from './credential-cache';
import { ChannelSystem, StaffToken, StaffUser } from './credentials.entity';
import { CreateChannelSystemDto, CreateStaffDto, IssueTokenDto } from './dto/credentials.dto';

export const sha256 = (value: string): string => createHash('sha256').update(value).digest('hex');

/** 256-bit random secret with a readable kind prefix (`woc_` channel key, `wos_` staff token). */
function newSecret(prefix: 'woc' | 'wos'): string {
  return `${prefix}_${randomBytes(32).toString('base64url')}`;
}

@Injectable()
export class AuthService {
  private readonly adminTokenHash: Buffer | null;

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Inject(APP_CONFIG) config: AppConfig,
    private readonly credentials: CredentialCache,
  ) {
    this.adminTokenHash = config.ADMIN_TOKEN ? Buffer.from(sha256(config.ADMIN_TOKEN), 'hex') : null;
  }

  async authenticateBearer(token: string): Promise<RequestActor | null> {
    if (this.adminTokenHash && timingSafeEqual(Buffer.from(sha256(token), 'hex'), this.adminTokenHash)) {
      const national = await this.db.getRepository(OrgUnit).findOne({ where: { tier: 'national' } });
      return {
        kind: 'admin',
        id: 'bootstrap-admin',
        role: 'admin',
        unitId: national?.id ?? null,
        tier: 'national',
        unitPath: national?.path ?? '/',
        provinceId: null,
      };
    }
    const rows: {
      staff_id: string;
      role: StaffUser['role'];
      unit_id: string;
      tier: OrgUnit['tier'];
      path: string;
      province_id: string | null;
    }[] = await this.db.query(
      `SELECT s.id AS staff_id, s.role, u.id AS unit_id, u.tier, u.path, u.province_id
           FROM staff_tokens t
           JOIN staff_users s ON s.id = t.staff_id AND s.disabled_at IS NULL
           JOIN org_units u ON u.id = s.org_unit_id
          WHERE t.token_hash = $1 AND t.revoked_at IS NULL AND (t.expires_at IS NULL OR t.expires_at > now())`,
      [sha256(token)],
    );
    const row = rows[0];
    if (!row) return null;
    return {
      kind: 'staff',
      id: row.staff_id,
      role: row.role,
      unitId: row.unit_id,
      tier: row.tier,
      unitPath: row.path,
      provinceId: row.province_id,
    };
  }

  async authenticateApiKey(key: string): Promise<RequestActor | null> {
    const keyHash = sha256(key);
    const cached = this.credentials.get(keyHash);
    if (cached) return cached;
    const generation = this.credentials.generation;
    const rows: { id: string; unit_id: string; tier: OrgUnit['tier']; path: string; province_id: string | null }[] = await this.db.query(
      `SELECT c.id, u.id AS unit_id, u.tier, u.path, u.province_id
         FROM channel_systems c JOIN org_units u ON u.id = c.org_unit_id
        WHERE c.key_hash = $1 AND c.revoked_at IS NULL`,
      [keyHash],
    );
    const row = rows[0];
    if (!row) return null;
    const actor: RequestActor = {
      kind: 'channel',
      id: row.id,
      role: 'channel',
      unitId: row.unit_id,
      tier: row.tier,
      unitPath: row.path,
      provinceId: row.province_id,
    };
    this.credentials.set(keyHash, actor, generation);
    return actor;
  }

  private async unitInScope(actor: RequestActor, unitId: string): Promise<OrgUnit> {
    const unit = await this.db.getRepository(OrgUnit).findOne({ where: { id: unitId } });
    if (!unit || !canSeeUnitPath(actor, unit.path)) throw new UnprocessableError('UNIT_NOT_FOUND', 'org unit does not exist');
    return unit;
  }

  async createChannelSystem(actor: RequestActor, dto: CreateChannelSystemDto): Promise<{ channelSystem: ChannelSystem; apiKey: string }> {
    const unit = await this.unitInScope(actor, dto.orgUnitId);
    if (unit.tier !== 'provincial' && unit.tier !== 'national') {
      throw new UnprocessableError('INVALID_TIER', 'a channel system belongs to a provincial centre or the national centre');
    }
    const apiKey = newSecret('woc');
    const saved = await this.db.getRepository(ChannelSystem).save({
      name: dto.name,
      channel: dto.channel,
      orgUnitId: unit.id,
      keyPrefix: apiKey.slice(0, 12),
      keyHash: sha256(apiKey),
      revokedAt: null,
    });
    const { keyHash: _hidden, ...channelSystem } = saved;
    void _hidden;
    return { channelSystem: channelSystem as ChannelSystem, apiKey };
  }

  async listChannelSystems(actor: RequestActor, q: PageQuery): Promise<Page<ChannelSystem>> {
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

  async revokeChannelSystem(actor: RequestActor, id: string): Promise<ChannelSystem> {
    const repo = this.db.getRepository(ChannelSystem);
    const row = await repo.findOne({ where: { id } });
    if (!row) throw new NotFoundError('channel system');
    await this.unitInScope(actor, row.orgUnitId).catch(() => {
      throw new NotFoundError('channel system');
    });
    await repo.update({ id, revokedAt: IsNull() }, { revokedAt: new Date() });
    await this.credentials.announce(this.db);
    return repo.findOneOrFail({ where: { id } });
  }

  async createStaff(actor: RequestActor, dto: CreateStaffDto): Promise<StaffUser> {
    await this.unitInScope(actor, dto.orgUnitId);
    return this.db
      .getRepository(StaffUser)
      .save({ name: dto.name, orgUnitId: dto.orgUnitId, role: dto.role, username: dto.username?.toLowerCase() ?? null, disabledAt: null });
  }

  async listStaff(actor: RequestActor, q: PageQuery): Promise<Page<StaffUser>> {
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

  private async visibleStaff(actor: RequestActor, staffId: string): Promise<StaffUser> {
    const staff = await this.db.getRepository(StaffUser).findOne({ where: { id: staffId } });
    if (!staff) throw new NotFoundError('staff user');
    await this.unitInScope(actor, staff.orgUnitId).catch(() => {
      throw new NotFoundError('staff user');
    });
    return staff;
  }

  async issueToken(actor: RequestActor, staffId: string, dto: IssueTokenDto): Promise<{ token: string; tokenInfo: StaffToken }> {
    await this.visibleStaff(actor, staffId);
    const token = newSecret('wos');
    const expiresAt = dto.ttlHours ? new Date(Date.now() + dto.ttlHours * 3_600_000) : null;
    const saved = await this.db
      .getRepository(StaffToken)
      .save({ staffId, tokenHash: sha256(token), tokenPrefix: token.slice(0, 12), expiresAt, revokedAt: null });
    const { tokenHash: _hidden, ...tokenInfo } = saved;
    void _hidden;
    return { token, tokenInfo: tokenInfo as StaffToken };
  }

  async revokeToken(actor: RequestActor, staffId: string, tokenId: string): Promise<StaffToken> {
    await this.visibleStaff(actor, staffId);
    const repo = this.db.getRepository(StaffToken);
    const row = await repo.findOne({ where: { id: tokenId, staffId } });
    if (!row) throw new NotFoundError('token');
    await repo.update({ id: tokenId, revokedAt: IsNull() }, { revokedAt: new Date() });
    return repo.findOneOrFail({ where: { id: tokenId } });
  }
}
