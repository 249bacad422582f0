import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { Page } from '../common/cursor';
import { PageQuery } from '../common/page-query';
import { RequestActor } from '../auth/actor';
import { administersNationwide } from '../auth/policy/identity';
import { ForbiddenError, NotFoundError } from '../common/domain-error';
import { ChangeFeed } from '../database/change-feed';
import { CATCH_ALL_POLICY } from './default-policies';
import type { Limit } from './domain/deadline';
import { PolicyCriteria, PolicyFacts, refinedBy } from './domain/policy-match';
import { resolveTerms } from './domain/policy-resolution';
import { LIMITED_STAGE_KINDS, SlaPolicyDefinition, StageLimits } from './domain/policy-terms';
import { LimitDto, StageLimitsPatchDto } from './dto/limit.dto';
import { CreateSlaPolicyDto, ResolvedSlaPolicy, UpdateSlaPolicyDto } from './dto/sla-policy.dto';
import { SlaPolicy } from './sla-policy.entity';
import { SlaPolicyRepository } from './sla-policy.repository';
import { lineage } from '../taxonomy/domain/lineage';
import { TaxonomyService } from '../taxonomy/taxonomy.service';

/** A safety net only: every policy write ends the cache in every process through the change feed. */
const CACHE_TTL_MS = 60_000;

type PolicyRow = SlaPolicyDefinition & { id: string | null };

/** Applies when operators have disabled every policy that would match; never stored. */
const BUILT_IN_DEFAULT: PolicyRow = { ...CATCH_ALL_POLICY, id: null, name: `${CATCH_ALL_POLICY.name} (built-in)` };

interface Candidate {
  policy: PolicyRow;
  criteria: PolicyCriteria;
  priority: number;
}

/**
 * Policies are resolved on every stage start, from a cache of the enabled ones. A write announces the
 * `sla_policies` topic on the change feed after it commits; every process (this one at once) ends the
 * cache's generation, so a change made through one API process applies in all of them within
 * milliseconds. The cache answers only while the feed's listener is connected.
 */
@Injectable()
export class SlaPolicyService {
  private cache: { candidates: Candidate[]; expiresAt: number; generation: number } | null = null;

  constructor(
    private readonly policies: SlaPolicyRepository,
    private readonly taxonomy: TaxonomyService,
    private readonly changes: ChangeFeed,
  ) {}

  /** Oldest first; created_at at millisecond precision in the key, as the cursor carries it. */
  list(q: PageQuery): Promise<Page<SlaPolicy>> {
    return this.policies.page(q);
  }

  async get(id: string): Promise<SlaPolicy> {
    const policy = await this.policies.get(id);
    if (!policy) throw new NotFoundError('SLA policy');
    return policy;
  }

  /**
   * Terms left out are copied from the policy the new one refines (the most specific enabled policy
   * covering every ticket the new one covers), not from the catch-all: a gsm escalation policy that
   * only shortens handling keeps the mobile escalation commitment. An unset commitment stays unset
   * (the level's) when the refined policy has none of its own either.
   */
  async create(actor: RequestActor, dto: CreateSlaPolicyDto): Promise<SlaPolicy> {
    assertMayWrite(actor);
    const criteria = {
      kind: dto.kind ?? null,
      level: dto.level ?? null,
      customerTier: dto.customerTier ?? null,
      businessType: dto.businessType ?? null,
    };
    const parents = await this.taxonomy.businessTypeParents();
    const base = refinedBy(await this.candidates(), criteria, (bt) => lineage(bt, parents))?.policy ?? BUILT_IN_DEFAULT;
    const saved = await this.policies.insert({
      name: dto.name,
      ...criteria,
      priority: dto.priority ?? CATCH_ALL_POLICY.priority,
      stageLimits: mergeStageLimits(base.stageLimits, dto.stageLimits),
      commitment: dto.commitment ? toLimit(dto.commitment) : base.commitment,
      supervisionLimit: dto.supervisionLimit ? toLimit(dto.supervisionLimit) : base.supervisionLimit,
      warnRatio: dto.warnRatio ?? base.warnRatio,
      maxExtensions: dto.maxExtensions ?? base.maxExtensions,
      enabled: dto.enabled ?? true,
    });
    await this.invalidate();
    return saved;
  }

  async update(actor: RequestActor, id: string, dto: UpdateSlaPolicyDto): Promise<SlaPolicy> {
    assertMayWrite(actor);
    const saved = await this.policies.update(id, (policy) => {
      if (dto.name !== undefined) policy.name = dto.name;
      if (dto.kind !== undefined) policy.kind = dto.kind;
      if (dto.level !== undefined) policy.level = dto.level;
      if (dto.customerTier !== undefined) policy.customerTier = dto.customerTier;
      if (dto.businessType !== undefined) policy.businessType = dto.businessType;
      if (dto.priority !== undefined) policy.priority = dto.priority;
      if (dto.stageLimits !== undefined) policy.stageLimits = mergeStageLimits(policy.stageLimits, dto.stageLimits);
      if (dto.commitment !== undefined) policy.commitment = toLimit(dto.commitment);
      if (dto.supervisionLimit !== undefined) policy.supervisionLimit = toLimit(dto.supervisionLimit);
      if (dto.warnRatio !== undefined) policy.warnRatio = dto.warnRatio;
      if (dto.maxExtensions !== undefined) policy.maxExtensions = dto.maxExtensions;
      if (dto.enabled !== undefined) policy.enabled = dto.enabled;
    });
    if (!saved) throw new NotFoundError('SLA policy');
    await this.invalidate();
    return saved;
  }

  /** Disables rather than deletes: stage deadlines already computed name the policy in their basis. */
  async disable(actor: RequestActor, id: string): Promise<SlaPolicy> {
    return this.update(actor, id, { enabled: false });
  }

  /**
   * The most specific enabled policy for the facts (the built-in default when none matches), its
   * business type matched along the taxonomy line, with the level's commitment and the VIP bound
   * applied (policy-resolution.ts).
   */
  async resolve(facts: PolicyFacts, tx?: EntityManager): Promise<ResolvedSlaPolicy> {
    const candidates = await this.candidates(tx);
    const businessTypeLineage = await this.taxonomy.businessTypeLineage(facts.businessType, tx);
    const terms = resolveTerms(candidates, { ...facts, businessTypeLineage }, BUILT_IN_DEFAULT);
    const p = terms.policy;
    return {
      id: p.id,
      name: p.name,
      kind: p.kind,
      level: p.level,
      customerTier: p.customerTier,
      businessType: p.businessType,
      priority: p.priority,
      stageLimits: terms.stageLimits,
      commitment: terms.commitment,
      supervisionLimit: terms.supervisionLimit,
      warnRatio: p.warnRatio,
      maxExtensions: p.maxExtensions,
      notes: terms.notes,
    };
  }

  /**
   * Enabled policies in creation order (selectMostSpecific breaks remaining ties by input order).
   * Read through the caller's transaction when given, so a ticket transaction never waits for a
   * second pool connection.
   */
  private async candidates(tx?: EntityManager): Promise<Candidate[]> {
    const now = Date.now();
    const generation = this.changes.generation('sla_policies');
    const live = this.changes.live;
    if (live && this.cache && this.cache.generation === generation && this.cache.expiresAt > now) return this.cache.candidates;
    const policies = await this.policies.enabled(tx);
    const candidates = policies.map((policy) => ({
      policy,
      criteria: { kind: policy.kind, level: policy.level, customerTier: policy.customerTier, businessType: policy.businessType },
      priority: policy.priority,
    }));
    // Read while the generation lasted: if a write was announced meanwhile, used once but not kept.
    if (live && generation === this.changes.generation('sla_policies'))
      this.cache = { candidates, expiresAt: now + CACHE_TTL_MS, generation };
    return candidates;
  }

  /** After the write committed: every process, this one at once, drops its cached policies. */
  private async invalidate(): Promise<void> {
    this.cache = null;
    await this.changes.announce('sla_policies');
  }
}

/** Policies bind every province, so only the national tier changes them. */
function assertMayWrite(actor: RequestActor): void {
  if (!administersNationwide(actor))
    throw new ForbiddenError('FORBIDDEN_SCOPE', 'SLA policies apply nationwide; only national administrators change them');
}

function mergeStageLimits(base: StageLimits, patch: StageLimitsPatchDto | undefined): StageLimits {
  const merged = {} as StageLimits;
  for (const kind of LIMITED_STAGE_KINDS) {
    const limit = patch?.[kind];
    merged[kind] = limit ? toLimit(limit) : base[kind];
  }
  return merged;
}

/** Stores a plain object, not the validated DTO instance. */
function toLimit(dto: LimitDto): Limit {
  return { unit: dto.unit, value: dto.value };
}
