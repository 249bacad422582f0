import { Injectable } from '@nestjs/common';
import { DataSource, SelectQueryBuilder } from 'typeorm';
import { RequestActor } from '../auth/actor';
import { cursorTimestamp, Page } from '../common/cursor';
import { TicketAccessRepository } from './ticket-access.repository';
import { rowPage, selectColumns, TicketColumn, TicketFilter, TicketReadRepository } from './ticket-read.repository';
import { Ticket } from './ticket.entity';
import { InjectReadDataSource } from '../database/read-replicas';
import type { TextRow } from '../database/text-rows';

/** The search document, stored folded (its grams are the generated column `grams`, indexed by ix_ticket_search_grams). */
const DOC = `(s.body || E'\\n' || s.updates)`;
/** Texts of the events that are part of the document (the migration's trigger picks the same types). */
export const SEARCHED_EVENT_TYPES = ['customer.updated', 'ticket.progress_replied', 'ticket.replied'] as const;
/** The count stops here: "1,000+". */
export const COUNT_CAP = 1000;

export interface SearchedEventRow {
  ticket_id: string;
  type: (typeof SEARCHED_EVENT_TYPES)[number];
  text: string;
}

/**
 * Keyword search over `ticket_search` (see the TicketSearch migration): the index narrows to the
 * documents holding every gram of the keywords, then each keyword must occur in the folded text.
 * Visibility and filters are the ticket list's (TicketAccessRepository, TicketReadRepository.filter).
 */
@Injectable()
export class TicketSearchRepository {
  constructor(
    @InjectReadDataSource() private readonly db: DataSource,
    private readonly access: TicketAccessRepository,
    private readonly read: TicketReadRepository,
  ) {}

  /** One page, newest first, of the tickets in scope matching the filter and every term; the cursor key of each. */
  async page(
    actor: RequestActor,
    terms: readonly string[],
    filter: TicketFilter,
    after: [string, string] | null,
    limit: number,
  ): Promise<{ tickets: Ticket[]; keys: [string, string][] }> {
    const qb = this.matching(terms);
    await this.access.scopeNewestFirst(qb, actor, { after, from: filter.createdFrom, to: filter.createdTo });
    this.read.filter(qb, filter);
    qb.addSelect(cursorTimestamp('t.created_at'), 'cursor_created_at');
    const { entities, raw } = await qb.limit(limit).getRawAndEntities();
    const keys = (raw as { cursor_created_at: string; t_id: string }[]).map((r) => [r.cursor_created_at, r.t_id] as [string, string]);
    return { tickets: entities, keys };
  }

  /** As `page`, as rows of texts of the named columns (selectColumns) with the cursor after them (exports). */
  async rowPage(
    actor: RequestActor,
    terms: readonly string[],
    filter: TicketFilter,
    after: [string, string] | null,
    limit: number,
    columns: readonly TicketColumn[],
  ): Promise<Page<TextRow>> {
    const qb = this.matching(terms);
    await this.access.scopeNewestFirst(qb, actor, { after, from: filter.createdFrom, to: filter.createdTo });
    this.read.filter(qb, filter);
    return rowPage(this.db, selectColumns(qb, columns), limit);
  }

  /** How many tickets in scope match, counting no further than COUNT_CAP + 1. */
  async cappedCount(actor: RequestActor, terms: readonly string[], filter: TicketFilter): Promise<number> {
    const qb = this.access.scope(this.matching(terms), actor);
    this.read.filter(qb, filter);
    const [query, params] = qb
      .select('1')
      .limit(COUNT_CAP + 1)
      .getQueryAndParameters();
    const [{ n }] = await this.db.query<{ n: number }[]>(`SELECT count(*)::int AS n FROM (${query}) hits`, params);
    return n;
  }

  /** Tickets whose document contains every term. */
  private matching(terms: readonly string[]): SelectQueryBuilder<Ticket> {
    const qb = this.db
      .getRepository(Ticket)
      .createQueryBuilder('t')
      .innerJoin('ticket_search', 's', 's.ticket_id = t.id')
      .where('s.grams @> search_term_grams(:searchGrams)', { searchGrams: terms.join(' ') });
    terms.forEach((term, i) => qb.andWhere(`strpos(${DOC}, search_fold(:searchTerm${i})) > 0`, { [`searchTerm${i}`]: term }));
    return qb;
  }

  /** The customer updates and replies of these tickets, in the order recorded. */
  searchedEvents(ticketIds: readonly string[]): Promise<SearchedEventRow[]> {
    if (ticketIds.length === 0) return Promise.resolve([]);
    return this.db.query<SearchedEventRow[]>(
      `SELECT ticket_id, type, data->>'text' AS text FROM ticket_events
        WHERE ticket_id = ANY ($1::uuid[]) AND type = ANY ($2::text[]) AND data->>'text' IS NOT NULL
        ORDER BY ticket_id, seq`,
      [ticketIds, SEARCHED_EVENT_TYPES],
    );
  }
}
