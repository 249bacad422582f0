import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, DeepPartial, EntityManager } from 'typeorm';
import { keysetPage, Page } from '../common/cursor';
import { DEFAULT_PAGE_SIZE, PageQuery } from '../common/page-query';
import { OrgUnit } from '../org/org-unit.entity';
import { RoutingRuleEntity } from './routing-rule.entity';

/** Stored routing rules, and the units they name. */
@Injectable()
export class RoutingRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  private get rules() {
    return this.db.getRepository(RoutingRuleEntity);
  }

  save(rule: DeepPartial<RoutingRuleEntity>): Promise<RoutingRuleEntity> {
    return this.rules.save(rule);
  }

  /** Rules in priority order, of one province when `provinceUnitId` is not null. */
  list(provinceUnitId: string | null, q: PageQuery): Promise<Page<RoutingRuleEntity>> {
    const qb = this.rules.createQueryBuilder('r');
    if (provinceUnitId !== null) qb.where('r.province_unit_id = :p', { p: provinceUnitId });
    return keysetPage(qb, {
      columns: ['r.priority', 'r.id'],
      types: ['int', 'uuid'],
      direction: 'ASC',
      cursor: q.cursor,
      limit: q.limit ?? DEFAULT_PAGE_SIZE,
      key: (r) => [r.priority, r.id],
    });
  }

  find(id: string): Promise<RoutingRuleEntity | null> {
    return this.rules.findOneBy({ id });
  }

  async delete(id: string): Promise<void> {
    await this.rules.delete({ id });
  }

  unit(id: string): Promise<OrgUnit | null> {
    return this.db.getRepository(OrgUnit).findOneBy({ id });
  }

  enabledRulesOf(provinceUnitId: string, tx: EntityManager = this.db.manager): Promise<RoutingRuleEntity[]> {
    return tx.getRepository(RoutingRuleEntity).find({ where: [{ provinceUnitId, enabled: true }] });
  }
}
