import { Page } from '../common/cursor';
import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { RequestActor } from '../auth/actor';
import { administersNationwide } from '../auth/policy/identity';
import { ConflictError, ForbiddenError, NotFoundError, UnprocessableError } from '../common/domain-error';
import { CreateTaxonomyTermDto, ListTaxonomyQuery, UpdateTaxonomyTermDto } from './dto/taxonomy.dto';
import { lineage } from './domain/lineage';
import { TaxonomyKind, TaxonomyTerm } from './taxonomy-term.entity';
import { TaxonomyRepository } from './taxonomy.repository';

const CACHE_MS = 5000;

@Injectable()
export class TaxonomyService {
  private cache: { at: number; enabled: Set<string> } | null = null;
  private parents: { at: number; of: Map<string, string | null> } | null = null;

  constructor(private readonly terms: TaxonomyRepository) {}

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
    this.cache = null;
    this.parents = null;
    return this.terms.save({ kind: dto.kind, code: dto.code, label: dto.label, parentCode: dto.parentCode ?? null, enabled: true });
  }

  async update(actor: RequestActor, id: string, dto: UpdateTaxonomyTermDto): Promise<TaxonomyTerm> {
    this.assertNationalAdmin(actor);
    const term = await this.terms.find(id);
    if (!term) throw new NotFoundError('taxonomy term');
    this.cache = null;
    // Fields left out of the request are own properties set to undefined on the DTO: they must not blank the answer.
    const changes = Object.fromEntries(Object.entries(dto).filter(([, value]) => value !== undefined));
    return this.terms.save({ ...term, ...changes });
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
    if (this.parents && Date.now() - this.parents.at < CACHE_MS) return this.parents.of;
    const rows = await this.terms.businessTypeParents(tx);
    this.parents = { at: Date.now(), of: new Map(rows.map((r) => [r.code, r.parentCode])) };
    return this.parents.of;
  }

  private async enabledTerms(tx?: EntityManager): Promise<Set<string>> {
    if (this.cache && Date.now() - this.cache.at < CACHE_MS) return this.cache.enabled;
    const rows = await this.terms.enabled(tx);
    this.cache = { at: Date.now(), enabled: new Set(rows.map((r) => key(r.kind, r.code))) };
    return this.cache.enabled;
  }

  private assertNationalAdmin(actor: RequestActor): void {
    // Dictionaries are shared by every province, so only national administrators change them.
    if (!administersNationwide(actor)) throw new ForbiddenError('FORBIDDEN_SCOPE', 'only national administrators manage dictionaries');
  }
}

const key = (kind: TaxonomyKind, code: string) => `${kind}:${code}`;
