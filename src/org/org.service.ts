import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { RequestActor } from '../auth/actor';
import { administersNationwide } from '../auth/policy/identity';
import { canSeeUnitPath, escapeLike, pathScopeSql } from '../auth/org-scope';
import { keysetPage, Page } from '../common/cursor';
import { BadRequestError, ConflictError, ForbiddenError, NotFoundError, UnprocessableError } from '../common/domain-error';
import { CreateOrgUnitDto, ListOrgUnitsQuery, UpdateOrgUnitDto } from './dto/org-unit.dto';
import { ALLOWED_PARENT_TIERS, OrgUnit } from './org-unit.entity';

@Injectable()
export class OrgService {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async create(actor: RequestActor, dto: CreateOrgUnitDto): Promise<OrgUnit> {
    return this.db.transaction(async (tx) => {
      let parent: OrgUnit | null = null;
      if (dto.tier === 'national') {
        if (dto.parentId) throw new UnprocessableError('INVALID_TIER_ORDER', 'the national centre has no parent');
        if (!administersNationwide(actor))
          throw new ForbiddenError('FORBIDDEN_SCOPE', 'only national administrators create the national centre');
        // Serialise creators so two concurrent requests cannot both create a root.
        await tx.query('SELECT pg_advisory_xact_lock(hashtext($1))', ['org_units:national']);
        const existing = await tx.count(OrgUnit, { where: { tier: 'national' } });
        if (existing > 0) throw new ConflictError('NATIONAL_EXISTS', 'a national centre already exists');
      } else {
        if (!dto.parentId) throw new BadRequestError('PARENT_REQUIRED', `a ${dto.tier} unit needs a parentId`);
        parent = await tx.findOne(OrgUnit, { where: { id: dto.parentId }, lock: { mode: 'pessimistic_read' } });
        if (!parent || !canSeeUnitPath(actor, parent.path)) throw new UnprocessableError('PARENT_NOT_FOUND', 'parent unit does not exist');
        this.assertTierOrder(dto.tier, parent);
      }
      if (await tx.exists(OrgUnit, { where: { code: dto.code } })) {
        throw new ConflictError('DUPLICATE_CODE', `org unit code ${dto.code} is taken`);
      }
      const id = (await tx.query<{ id: string }[]>('SELECT gen_random_uuid() AS id'))[0].id;
      const unit = tx.create(OrgUnit, {
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
      return tx.save(unit);
    });
  }

  async update(actor: RequestActor, id: string, dto: UpdateOrgUnitDto): Promise<OrgUnit> {
    return this.db.transaction(async (tx) => {
      const unit = await this.getVisible(actor, id, tx, true);
      if (dto.parentId !== undefined && dto.parentId !== unit.parentId) {
        await this.move(actor, tx, unit, dto.parentId);
      }
      if (dto.name !== undefined) unit.name = dto.name;
      if (dto.calendarId !== undefined) unit.calendarId = dto.calendarId;
      await tx.update(OrgUnit, { id: unit.id }, { name: unit.name, calendarId: unit.calendarId });
      return tx.findOneOrFail(OrgUnit, { where: { id: unit.id } });
    });
  }

  /** Re-parents a unit with its whole subtree in one statement; refuses cycles and tier-order breaks. */
  private async move(actor: RequestActor, tx: EntityManager, unit: OrgUnit, parentId: string): Promise<void> {
    // Lock the whole tree against concurrent moves; moves are rare administrative acts.
    await tx.query('SELECT pg_advisory_xact_lock(hashtext($1))', ['org_units:move']);
    const parent = await tx.findOne(OrgUnit, { where: { id: parentId } });
    if (!parent || !canSeeUnitPath(actor, parent.path)) throw new UnprocessableError('PARENT_NOT_FOUND', 'parent unit does not exist');
    if (parent.path.startsWith(unit.path)) {
      throw new UnprocessableError('CYCLE', 'a unit cannot be moved under itself or its own descendant');
    }
    this.assertTierOrder(unit.tier, parent);
    const newPath = `${parent.path}${unit.id}/`;
    const provinceId = unit.tier === 'provincial' ? unit.id : parent.provinceId;
    await tx.query(
      `UPDATE org_units
          SET path = $2 || substr(path, length($1) + 1),
              depth = depth + ($3::int - $4::int),
              province_id = CASE WHEN tier = 'provincial' THEN id ELSE $5::uuid END,
              updated_at = now()
        WHERE path LIKE $6`,
      [unit.path, newPath, parent.depth + 1, unit.depth, provinceId, escapeLike(unit.path) + '%'],
    );
    await tx.update(OrgUnit, { id: unit.id }, { parentId: parent.id });
  }

  private assertTierOrder(tier: OrgUnit['tier'], parent: OrgUnit): void {
    if (!ALLOWED_PARENT_TIERS[tier].includes(parent.tier)) {
      throw new UnprocessableError(
        'INVALID_TIER_ORDER',
        `a ${tier} unit cannot sit under a ${parent.tier} unit (allowed parents: ${ALLOWED_PARENT_TIERS[tier].join(', ') || 'none'})`,
      );
    }
  }

  async getVisible(actor: RequestActor, id: string, tx: EntityManager = this.db.manager, lock = false): Promise<OrgUnit> {
    const unit = await tx.findOne(OrgUnit, { where: { id }, ...(lock ? { lock: { mode: 'pessimistic_write' as const } } : {}) });
    if (!unit || !canSeeUnitPath(actor, unit.path)) throw new NotFoundError('org unit');
    return unit;
  }

  async findById(id: string, tx: EntityManager = this.db.manager): Promise<OrgUnit | null> {
    return tx.findOne(OrgUnit, { where: { id } });
  }

  async list(actor: RequestActor, query: ListOrgUnitsQuery, rootPath?: string): Promise<Page<OrgUnit>> {
    const scope = pathScopeSql(actor, 'u.path');
    const qb = this.db.getRepository(OrgUnit).createQueryBuilder('u').where(scope.sql, scope.params);
    if (rootPath) qb.andWhere('u.path LIKE :root', { root: escapeLike(rootPath) + '%' });
    if (query.tier) qb.andWhere('u.tier = :tier', { tier: query.tier });
    if (query.parentId) qb.andWhere('u.parent_id = :parentId', { parentId: query.parentId });
    return keysetPage(qb, {
      columns: ['u.path'],
      types: ['text'],
      direction: 'ASC',
      cursor: query.cursor,
      limit: query.limit ?? 100,
      key: (u) => [u.path],
    });
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

  async ancestors(unit: OrgUnit, tx: EntityManager = this.db.manager): Promise<OrgUnit[]> {
    const ids = unit.path.split('/').filter(Boolean).slice(0, -1);
    if (ids.length === 0) return [];
    const rows = await tx.getRepository(OrgUnit).createQueryBuilder('u').where('u.id IN (:...ids)', { ids }).getMany();
    return rows.filter((u) => u.tier === 'national' || u.tier === 'provincial').sort((a, b) => b.depth - a.depth);
  }

  async national(tx: EntityManager = this.db.manager): Promise<OrgUnit | null> {
    return tx.findOne(OrgUnit, { where: { tier: 'national' } });
  }
}
