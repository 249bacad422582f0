import { Page } from '../common/cursor';
import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { RequestActor } from '../auth/actor';
import { administersNationwide } from '../auth/policy/identity';
import { ConflictError, ForbiddenError, NotFoundError, UnprocessableError } from '../common/domain-error';
import { ChangeFeed } from '../database/change-feed';
import { CreateTaxonomyTermDto, ListTaxonomyQuery, UpdateTaxonomyTermDto } from './dto/taxonomy.dto';
import { lineage } from './domain/lineage';
import { TaxonomyKind, TaxonomyTerm } from './taxonomy-term.entity';
import { TaxonomyRepository } from './taxonomy.repository';

/** A safety net only: every dictionary write ends the caches in every process through the change feed. */
const CACHE_MS = 60_000;

/**
 * The dictionaries, with the enabled terms and the business-type tree cached per process. A write
 * announces the `taxonomy` topic on the change feed after it commits, ending the caches everywhere;
 * they answer only while the feed's listener is connected.
 */
@Injectable()
export class TaxonomyService {
  private cache: { at: number; gen: number; enabled: Set<string> } | null = null;
  private parents: { at: number; gen: number; of: Map<string, string | null> } | null = null;

  constructor(
    private readonly terms: TaxonomyRepository,
    private readonly changes: ChangeFeed,
  ) {}

  list(q: ListTaxonomyQuery): Promise<Page<TaxonomyTerm>> {
    return this.terms.list(q);
  }

  async create(actor: RequestActor, dto: CreateTaxonomyTermDto): Promise<TaxonomyTerm> {
    this.assertNationalAdmin(actor);
    if (dto.parentCode && !(await this.terms.exists(dto.kind, dto.parentCode))) {
      throw new UnprocessableError('UNKNOWN_PARENT', `no ${dto.kind} has code ${dto.parentCode}`);
    }
    if (await this.terms.exists(dto.kind, dto.code)) {
      throw new ConflictError('DUPLICATE_CODE', `${dto.kind} ${dto.code} exists`);
    }
    const saved = await this.terms.save({
      kind: dto.kind,
      code: dto.code,
      label: dto.label,
      parentCode: dto.parentCode ?? null,
      enabled: true,
    });
    await this.invalidate();
    return saved;
  }

  async update(actor: RequestActor, id: string, dto: UpdateTaxonomyTermDto): Promise<TaxonomyTerm> {
    this.assertNationalAdmin(actor);
    const term = await this.terms.find(id);
    if (!term) throw new NotFoundError('taxonomy term');
    // Fields left out of the request are own properties set to undefined on the DTO: they must not blank the answer.
    const changes = Object.fromEntries(Object.entries(dto).filter(([, value]) => value !== undefined));
    const saved = await this.terms.save({ ...term, ...changes });
    await this.invalidate();
    return saved;
  }

  /** Refuses a filing whose business type or natures are not enabled dictionary terms (422 listing each). */
  async assertKnown(businessType: string, natures: string[], tx?: EntityManager): Promise<void> {
    const enabled = await this.enabledTerms(tx);
    const errors = [
      ...(enabled.has(key('business_type', businessType))
        ? []
        : [{ field: 'businessType', messages: [`unknown business type ${businessType}`] }]),
      ...natures
        .filter((n) => !enabled.has(key('nature', n)))
        .map((n) => ({ field: 'natures', messages: [`unknown complaint nature ${n}`] })),
    ];
    if (errors.length)
      throw new UnprocessableError('UNKNOWN_TAXONOMY_TERM', 'business type and natures must be enabled dictionary terms', { errors });
  }

  /** The business type and its broader ones, nearest first (gsm → mobile): policies written for mobile cover gsm. */
  async businessTypeLineage(code: string, tx?: EntityManager): Promise<string[]> {
    return lineage(code, await this.businessTypeParents(tx));
  }

  /** Every business type's parent (disabled terms included: a retired sub-type still belongs to its line). */
  async businessTypeParents(tx?: EntityManager): Promise<ReadonlyMap<string, string | null>> {
    const gen = this.generation();
    if (gen !== null && this.parents?.gen === gen && Date.now() - this.parents.at < CACHE_MS) return this.parents.of;
    const rows = await this.terms.businessTypeParents(tx);
    const of = new Map(rows.map((r) => [r.code, r.parentCode]));
    if (gen !== null && gen === this.generation()) this.parents = { at: Date.now(), gen, of };
    return of;
  }

  private async enabledTerms(tx?: EntityManager): Promise<Set<string>> {
    const gen = this.generation();
    if (gen !== null && this.cache?.gen === gen && Date.now() - this.cache.at < CACHE_MS) return this.cache.enabled;
    const rows = await this.terms.enabled(tx);
    const enabled = new Set(rows.map((r) => key(r.kind, r.code)));
    if (gen !== null && gen === this.generation()) this.cache = { at: Date.now(), gen, enabled };
    return enabled;
  }

  /** The generation a cached entry must carry to be answered; null while the change feed is not connected (nothing is cached). */
  private generation(): number | null {
    return this.changes.live ? this.changes.generation('taxonomy') : null;
  }

  /** After the write committed: every process, this one at once, drops its cached dictionaries. */
  private async invalidate(): Promise<void> {
    this.cache = null;
    this.parents = null;
    await this.changes.announce('taxonomy');
  }

  private assertNationalAdmin(actor: RequestActor): void {
    // Dictionaries are shared by every province, so only national administrators change them.
    if (!administersNationwide(actor)) throw new ForbiddenError('FORBIDDEN_SCOPE', 'only national administrators manage dictionaries');
  }
}

const key = (kind: TaxonomyKind, code: string) => `${kind}:${code}`;
