import { Page } from '../common/cursor';
import { PageQuery } from '../common/page-query';
import { Inject, Injectable } from '@nestjs/common';
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import { canSeeUnitPath } from './org-scope';
import { NotFoundError, UnprocessableError } from '../common/domain-error';
import { OrgUnit } from '../org/org-unit.entity';
import { RequestActor } from './actor';
import { CredentialCache } from './credential-cache';
import { ChannelSystem, StaffToken, StaffUser } from './credentials.entity';
import { CredentialsRepository } from './credentials.repository';
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
    private readonly store: CredentialsRepository,
    @Inject(APP_CONFIG) config: AppConfig,
    private readonly credentials: CredentialCache,
  ) {
    this.adminTokenHash = config.ADMIN_TOKEN ? Buffer.from(sha256(config.ADMIN_TOKEN), 'hex') : null;
  }

  async authenticateBearer(token: string): Promise<RequestActor | null> {
    if (this.adminTokenHash && timingSafeEqual(Buffer.from(sha256(token), 'hex'), this.adminTokenHash)) {
      const national = await this.store.nationalUnit();
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
    const row = await this.store.staffByTokenHash(sha256(token));
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
    const row = await this.store.channelByKeyHash(keyHash);
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
    const unit = await this.store.unit(unitId);
    if (!unit || !canSeeUnitPath(actor, unit.path)) throw new UnprocessableError('UNIT_NOT_FOUND', 'org unit does not exist');
    return unit;
  }

  async createChannelSystem(actor: RequestActor, dto: CreateChannelSystemDto): Promise<{ channelSystem: ChannelSystem; apiKey: string }> {
    const unit = await this.unitInScope(actor, dto.orgUnitId);
    if (unit.tier !== 'provincial' && unit.tier !== 'national') {
      throw new UnprocessableError('INVALID_TIER', 'a channel system belongs to a provincial centre or the national centre');
    }
    const apiKey = newSecret('woc');
    const saved = await this.store.saveChannelSystem({
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

  listChannelSystems(actor: RequestActor, q: PageQuery): Promise<Page<ChannelSystem>> {
    return this.store.channelSystems(actor, q);
  }

  async revokeChannelSystem(actor: RequestActor, id: string): Promise<ChannelSystem> {
    const row = await this.store.channelSystem(id);
    if (!row) throw new NotFoundError('channel system');
    await this.unitInScope(actor, row.orgUnitId).catch(() => {
      throw new NotFoundError('channel system');
    });
    await this.store.revokeChannelSystem(id, new Date());
    await this.credentials.announce();
    return this.store.channelSystemOrFail(id);
  }

  async createStaff(actor: RequestActor, dto: CreateStaffDto): Promise<StaffUser> {
    await this.unitInScope(actor, dto.orgUnitId);
    return this.store.saveStaff({
      name: dto.name,
      orgUnitId: dto.orgUnitId,
      role: dto.role,
      username: dto.username?.toLowerCase() ?? null,
      disabledAt: null,
    });
  }

  listStaff(actor: RequestActor, q: PageQuery): Promise<Page<StaffUser>> {
    return this.store.staffPage(actor, q);
  }

  private async visibleStaff(actor: RequestActor, staffId: string): Promise<StaffUser> {
    const staff = await this.store.staff(staffId);
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
    const saved = await this.store.saveToken({
      staffId,
      tokenHash: sha256(token),
      tokenPrefix: token.slice(0, 12),
      expiresAt,
      revokedAt: null,
    });
    const { tokenHash: _hidden, ...tokenInfo } = saved;
    void _hidden;
    return { token, tokenInfo: tokenInfo as StaffToken };
  }

  async revokeToken(actor: RequestActor, staffId: string, tokenId: string): Promise<StaffToken> {
    await this.visibleStaff(actor, staffId);
    const row = await this.store.token(tokenId, staffId);
    if (!row) throw new NotFoundError('token');
    await this.store.revokeToken(tokenId, new Date());
    return this.store.tokenOrFail(tokenId);
  }
}
