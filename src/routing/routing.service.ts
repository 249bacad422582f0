import { Page } from '../common/cursor';
import { PageQuery } from '../common/page-query';
import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { RequestActor } from '../auth/actor';
import { routingProvinceScope, seesEveryUnit } from '../auth/policy/identity';
import { canSeeUnitPath } from '../auth/org-scope';
import { NotFoundError, UnprocessableError } from '../common/domain-error';
import { evaluateRouting, RoutingFacts, RoutingRule } from './domain/routing-rules';
import { CreateRoutingRuleDto, UpdateRoutingRuleDto } from './dto/routing-rule.dto';
import { RoutingRuleEntity } from './routing-rule.entity';
import { RoutingRepository } from './routing.repository';

/** Routing rules are data: operators manage them over the API; the pure evaluator picks the unit. */
@Injectable()
export class RoutingService {
  constructor(private readonly rules: RoutingRepository) {}

  async create(actor: RequestActor, dto: CreateRoutingRuleDto): Promise<RoutingRuleEntity> {
    await this.checkUnits(actor, dto.provinceUnitId ?? null, dto.targetUnitId);
    return this.rules.save({
      name: dto.name,
      provinceUnitId: dto.provinceUnitId ?? null,
      businessType: dto.businessType ?? null,
      nature: dto.nature ?? null,
      customerTier: dto.customerTier ?? null,
      targetUnitId: dto.targetUnitId,
      mode: dto.mode ?? 'suggest',
      priority: dto.priority ?? 100,
      enabled: dto.enabled ?? true,
    });
  }

  list(actor: RequestActor, q: PageQuery): Promise<Page<RoutingRuleEntity>> {
    return this.rules.list(routingProvinceScope(actor), q);
  }

  async get(actor: RequestActor, id: string): Promise<RoutingRuleEntity> {
    const rule = await this.rules.find(id);
    const province = routingProvinceScope(actor);
    if (!rule || (province !== null && rule.provinceUnitId !== province)) throw new NotFoundError('routing rule');
    return rule;
  }

  async update(actor: RequestActor, id: string, dto: UpdateRoutingRuleDto): Promise<RoutingRuleEntity> {
    const rule = await this.get(actor, id);
    // Omitted fields arrive as undefined properties of the DTO instance and must not overwrite the rule.
    const changes = Object.fromEntries(Object.entries(dto).filter(([, value]) => value !== undefined));
    const merged = { ...rule, ...changes };
    await this.checkUnits(actor, merged.provinceUnitId ?? null, merged.targetUnitId);
    return this.rules.save(merged);
  }

  async remove(actor: RequestActor, id: string): Promise<void> {
    const rule = await this.get(actor, id);
    await this.rules.delete(rule.id);
  }

  private async checkUnits(actor: RequestActor, provinceUnitId: string | null, targetUnitId: string): Promise<void> {
    if (provinceUnitId) {
      const province = await this.rules.unit(provinceUnitId);
      if (!province || province.tier !== 'provincial' || !canSeeUnitPath(actor, province.path)) {
        throw new UnprocessableError('INVALID_PROVINCE', 'provinceUnitId must name a provincial centre in your scope');
      }
    } else if (!seesEveryUnit(actor)) {
      throw new UnprocessableError('INVALID_PROVINCE', 'provincial administrators must scope rules to their province');
    }
    const target = await this.rules.unit(targetUnitId);
    if (!target || !canSeeUnitPath(actor, target.path) || target.tier === 'national') {
      throw new UnprocessableError('INVALID_TARGET', 'targetUnitId must name a unit in your scope below the national centre');
    }
    if (provinceUnitId && target.provinceId !== provinceUnitId) {
      throw new UnprocessableError('INVALID_TARGET', 'target unit must belong to the rule province');
    }
  }

  /** Enabled rules of the ticket's province, evaluated by the pure function; the result carries the stored rules. */
  async evaluate(facts: RoutingFacts, tx?: EntityManager): Promise<{ rule: RoutingRuleEntity; suggestions: RoutingRuleEntity[] } | null> {
    const rows = await this.rules.enabledRulesOf(facts.provinceUnitId, tx);
    const byId = new Map(rows.map((r) => [r.id, r]));
    const rules: RoutingRule[] = rows.map((r) => ({ ...r }));
    const match = evaluateRouting(rules, facts);
    if (!match) return null;
    return { rule: byId.get(match.rule.id)!, suggestions: match.suggestions.map((r) => byId.get(r.id)!) };
  }
}
