import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { keysetPage, Page } from '../common/cursor';
import { DEFAULT_PAGE_SIZE } from '../common/page-query';
import { ListTaxonomyQuery } from './dto/taxonomy.dto';
import { TaxonomyKind, TaxonomyTerm } from './taxonomy-term.entity';

/** Dictionary terms (business types, complaint natures). */
@Injectable()
export class TaxonomyRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  private get terms() {
    return this.db.getRepository(TaxonomyTerm);
  }

  /** Terms of one kind, or of every kind, ordered by kind and code. */
  list(q: ListTaxonomyQuery): Promise<Page<TaxonomyTerm>> {
    const qb = this.terms.createQueryBuilder('term');
    if (q.kind) qb.where('term.kind = :kind', { kind: q.kind });
    return keysetPage(qb, {
      columns: ['term.kind', 'term.code'],
      types: ['text', 'text'],
      direction: 'ASC',
      cursor: q.cursor,
      limit: q.limit ?? DEFAULT_PAGE_SIZE,
      key: (term) => [term.kind, term.code],
    });
  }

  exists(kind: TaxonomyKind, code: string): Promise<boolean> {
    return this.terms.exists({ where: { kind, code } });
  }

  find(id: string): Promise<TaxonomyTerm | null> {
    return this.terms.findOneBy({ id });
  }

  save(term: Partial<TaxonomyTerm>): Promise<TaxonomyTerm> {
    return this.terms.save(term);
  }

  /** Every business type's code and parent, disabled ones included. */
  businessTypeParents(tx: EntityManager = this.db.manager): Promise<Pick<TaxonomyTerm, 'code' | 'parentCode'>[]> {
    return tx.getRepository(TaxonomyTerm).find({ where: { kind: 'business_type' }, select: { code: true, parentCode: true } });
  }

  /** The kind and code of every enabled term. */
  enabled(tx: EntityManager = this.db.manager): Promise<Pick<TaxonomyTerm, 'kind' | 'code'>[]> {
    return tx.getRepository(TaxonomyTerm).find({ where: { enabled: true }, select: { kind: true, code: true } });
  }
}
