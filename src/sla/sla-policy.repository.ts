import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { keysetPage, Page } from '../common/cursor';
import { DEFAULT_PAGE_SIZE, PageQuery } from '../common/page-query';
import type { SlaPolicyDefinition } from './domain/policy-terms';
import { SlaPolicy } from './sla-policy.entity';

/**
 * Inserts `policies` when `sla_policies` is empty and returns how many it inserted. A table holding
 * any row, even only disabled ones, belongs to the operator and is left alone. Plain SQL with an
 * explicit column list, so a migration calling this keeps working after the entity gains columns;
 * one statement, so the emptiness check and the insert see the same snapshot.
 */
export async function insertPoliciesIfEmpty(manager: EntityManager, policies: readonly Readonly<SlaPolicyDefinition>[]): Promise<number> {
  const rows = policies.map((p) => ({
    name: p.name,
    kind: p.kind,
    level: p.level,
    customer_tier: p.customerTier,
    business_type: p.businessType,
    priority: p.priority,
    stage_limits: p.stageLimits,
    commitment: p.commitment,
    warn_ratio: p.warnRatio,
    max_extensions: p.maxExtensions,
  }));
  const inserted: unknown[] = await manager.query(
    `INSERT INTO sla_policies (name, kind, level, customer_tier, business_type, priority, stage_limits, commitment, warn_ratio, max_extensions)
     SELECT name, kind, level, customer_tier, business_type, priority, stage_limits, commitment, warn_ratio, max_extensions
       FROM jsonb_to_recordset($1::jsonb) AS p(
              name varchar, kind varchar, level varchar, customer_tier varchar, business_type varchar,
              priority int, stage_limits jsonb, commitment jsonb, warn_ratio double precision, max_extensions int)
      WHERE NOT EXISTS (SELECT 1 FROM sla_policies)
     RETURNING id`,
    [JSON.stringify(rows)],
  );
  return inserted.length;
}

/** SLA policy rows. */
@Injectable()
export class SlaPolicyRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** Oldest first; created_at at millisecond precision in the key, as the cursor carries it. */
  page(q: PageQuery): Promise<Page<SlaPolicy>> {
    return keysetPage(this.db.getRepository(SlaPolicy).createQueryBuilder('p'), {
      columns: [`date_trunc('milliseconds', p.created_at)`, 'p.id'],
      types: ['timestamp', 'uuid'],
      direction: 'ASC',
      cursor: q.cursor,
      limit: q.limit ?? DEFAULT_PAGE_SIZE,
      key: (p) => [p.createdAt.toISOString(), p.id],
    });
  }

  get(id: string): Promise<SlaPolicy | null> {
    return this.db.manager.findOne(SlaPolicy, { where: { id } });
  }

  insert(policy: Omit<SlaPolicy, 'id' | 'createdAt' | 'updatedAt'>): Promise<SlaPolicy> {
    return this.db.manager.save(this.db.manager.create(SlaPolicy, policy));
  }

  /**
   * Changes one policy under its row lock, so that two concurrent patches of different stages both
   * survive the merge; null when there is no such policy.
   */
  update(id: string, change: (policy: SlaPolicy) => void): Promise<SlaPolicy | null> {
    return this.db.transaction(async (tx) => {
      const policy = await tx.findOne(SlaPolicy, { where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!policy) return null;
      change(policy);
      return tx.save(policy);
    });
  }

  /** Enabled policies in creation order, read through the caller's transaction when given. */
  enabled(tx: EntityManager = this.db.manager): Promise<SlaPolicy[]> {
    return tx.find(SlaPolicy, { where: { enabled: true }, order: { createdAt: 'ASC', id: 'ASC' } });
  }
}
