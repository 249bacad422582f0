import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { RequestActor } from '../auth/actor';
import { administersNationwide } from '../auth/policy/identity';
import { canSeeUnitPath } from '../auth/org-scope';
import { Page } from '../common/cursor';
import { BadRequestError, ConflictError, ForbiddenError, NotFoundError, UnprocessableError } from '../common/domain-error';
import { CreateOrgUnitDto, ListOrgUnitsQuery, UpdateOrgUnitDto } from './dto/org-unit.dto';
import { ALLOWED_PARENT_TIERS, OrgUnit } from './org-unit.entity';
import { OrgRepository } from './org.repository';

@Injectable()
export class OrgService {
  constructor(private readonly units: OrgRepository) {}

  async create(actor: RequestActor, dto: CreateOrgUnitDto): Promise<OrgUnit> {
    return this.units.transaction(async (tx) => {
      let parent: OrgUnit | null = null;
      if (dto.tier === 'national') {
        if (dto.parentId) throw new UnprocessableError('INVALID_TIER_ORDER', 'the national centre has no parent');
        if (!administersNationwide(actor))
          throw new ForbiddenError('FORBIDDEN_SCOPE', 'only national administrators create the national centre');
        await this.units.lockRootCreation(tx);
        const existing = await this.units.countNational(tx);
        if (existing > 0) throw new ConflictError('NATIONAL_EXISTS', 'a national centre already exists');
      } else {
        if (!dto.parentId) throw new BadRequestError('PARENT_REQUIRED', `a ${dto.tier} unit needs a parentId`);
        parent = await this.units.findForShare(tx, dto.parentId);
        if (!parent || !canSeeUnitPath(actor, parent.path)) throw new UnprocessableError('PARENT_NOT_FOUND', 'parent unit does not exist');
        this.assertTierOrder(dto.tier, parent);
      }
      if (await this.units.codeTaken(tx, dto.code)) {
        throw new ConflictError('DUPLICATE_CODE', `org unit code ${dto.code} is taken`);
      }
      const id = await this.units.newId(tx);
      return this.units.insert(tx, {
        id,
        code: dto.code,
        name: dto.name,
        tier: dto.tier,
        parentId: parent?.id ?? null,
        path: `${parent?.path ?? '/'}${id}/`,
        depth: (parent?.depth ?? -1) + 1,
        provinceId: dto.tier === 'provincial' ? id : (parent?.provinceId ?? null),
        calendarId: dto.calendarId ?? parent?.calendarId ?? 'cn',
      });
    });
  }

  async update(actor: RequestActor, id: string, dto: UpdateOrgUnitDto): Promise<OrgUnit> {
    return this.units.transaction(async (tx) => {
      const unit = await this.getVisible(actor, id, tx, true);
      if (dto.parentId !== undefined && dto.parentId !== unit.parentId) {
        await this.move(actor, tx, unit, dto.parentId);
      }
      if (dto.name !== undefined) unit.name = dto.name;
      if (dto.calendarId !== undefined) unit.calendarId = dto.calendarId;
      await this.units.setNameAndCalendar(tx, unit.id, unit.name, unit.calendarId);
      return this.units.findOrFail(tx, unit.id);
    });
  }

  /** Re-parents a unit with its whole subtree in one statement; refuses cycles and tier-order breaks. */
  private async move(actor: RequestActor, tx: EntityManager, unit: OrgUnit, parentId: string): Promise<void> {
    await this.units.lockMoves(tx);
    const parent = await this.units.find(parentId, tx);
    if (!parent || !canSeeUnitPath(actor, parent.path)) throw new UnprocessableError('PARENT_NOT_FOUND', 'parent unit does not exist');
    if (parent.path.startsWith(unit.path)) {
      throw new UnprocessableError('CYCLE', 'a unit cannot be moved under itself or its own descendant');
    }
    this.assertTierOrder(unit.tier, parent);
    await this.units.moveSubtree(tx, unit.id, parent.id, {
      fromPath: unit.path,
      toPath: `${parent.path}${unit.id}/`,
      fromDepth: unit.depth,
      toDepth: parent.depth + 1,
      provinceId: unit.tier === 'provincial' ? unit.id : parent.provinceId,
    });
  }

  private assertTierOrder(tier: OrgUnit['tier'], parent: OrgUnit): void {
    if (!ALLOWED_PARENT_TIERS[tier].includes(parent.tier)) {
      throw new UnprocessableError(
        'INVALID_TIER_ORDER',
        `a ${tier} unit cannot sit under a ${parent.tier} unit (allowed parents: ${ALLOWED_PARENT_TIERS[tier].join(', ') || 'none'})`,
      );
    }
  }

  async getVisible(actor: RequestActor, id: string, tx?: EntityManager, lock = false): Promise<OrgUnit> {
    const unit = await this.units.find(id, tx, lock);
    if (!unit || !canSeeUnitPath(actor, unit.path)) throw new NotFoundError('org unit');
    return unit;
  }

  findById(id: string, tx?: EntityManager): Promise<OrgUnit | null> {
    return this.units.find(id, tx);
  }

  list(actor: RequestActor, query: ListOrgUnitsQuery, rootPath?: string): Promise<Page<OrgUnit>> {
    return this.units.list(actor, query, rootPath);
  }

  async subtree(actor: RequestActor, id: string, query: ListOrgUnitsQuery): Promise<Page<OrgUnit>> {
    const root = await this.getVisible(actor, id);
    return this.list(actor, query, root.path);
  }

  /** Parent centres from the unit up to national: the escalation path of DOMAIN §2. */
  async escalationChain(actor: RequestActor, id: string): Promise<OrgUnit[]> {
    const unit = await this.getVisible(actor, id);
    return this.ancestors(unit);
  }

  async ancestors(unit: OrgUnit, tx?: EntityManager): Promise<OrgUnit[]> {
    const ids = unit.path.split('/').filter(Boolean).slice(0, -1);
    if (ids.length === 0) return [];
    const rows = await this.units.byIds(ids, tx);
    return rows.filter((u) => u.tier === 'national' || u.tier === 'provincial').sort((a, b) => b.depth - a.depth);
  }

  national(tx?: EntityManager): Promise<OrgUnit | null> {
    return this.units.national(tx);
  }
}
