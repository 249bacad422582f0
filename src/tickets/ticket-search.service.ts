import { Injectable } from '@nestjs/common';
import { RequestActor } from '../auth/actor';
import { decodeCursor, encodeCursor, Page } from '../common/cursor';
import { BadRequestError } from '../common/domain-error';
import { DEFAULT_PAGE_SIZE } from '../common/page-query';
import { highlight, parseQuery, QUERY_REFUSALS } from './domain/search-text';
import { SearchField, SearchMatch, SearchTicketsQuery, TicketSearchPage } from './dto/ticket-search.dto';
import { TicketView } from './dto/ticket-view.dto';
import { TicketQueryService } from './ticket-query.service';
import { COUNT_CAP, SearchedEventRow, TicketSearchRepository } from './ticket-search.repository';
import type { CopiedRows } from '../database/copy-out';
import type { TicketRowText, TicketSelection } from './ticket-read.repository';
import { Ticket } from './ticket.entity';
import type { TextRow } from '../database/text-rows';

const EVENT_FIELD: Record<SearchedEventRow['type'], SearchField> = {
  'customer.updated': 'customerUpdate',
  'ticket.progress_replied': 'reply',
  'ticket.replied': 'reply',
};

/**
 * Keyword search for staff: the ticket list's scope and filters, newest first with the list's
 * cursor, every keyword in the ticket's text (subject, description, customer request, customer
 * updates, replies), matches highlighted, and a count capped at 1,000.
 */
@Injectable()
export class TicketSearchService {
  constructor(
    private readonly repo: TicketSearchRepository,
    private readonly queries: TicketQueryService,
  ) {}

  async search(actor: RequestActor, q: SearchTicketsQuery): Promise<TicketSearchPage> {
    const terms = termsOf(q);
    const limit = q.limit ?? DEFAULT_PAGE_SIZE;
    const after = decodeCursor(q.cursor, ['timestamp', 'uuid']) as [string, string] | null;

    const filter = await this.queries.filter(actor, q);
    // The count goes first: past the cap, matches are common enough to find the page newest first; up to it, few enough to collect.
    const count = await this.repo.cappedCount(actor, terms, filter);
    const { tickets, keys } = await this.repo.page(actor, terms, filter, after, limit + 1, count > COUNT_CAP ? 'newest' : 'few');
    const items = tickets.slice(0, limit);
    const events = await this.repo.searchedEvents(items.map((t) => t.id));
    return {
      items: items.map((t) => ({
        ...TicketView.of(t, { reveal: false }),
        matches: matches(
          t,
          events.filter((e) => e.ticket_id === t.id),
          terms,
        ),
      })),
      nextCursor: tickets.length > limit ? encodeCursor(keys[limit - 1]) : null,
      total: Math.min(count, COUNT_CAP),
      totalCapped: count > COUNT_CAP,
    };
  }

  /** One page of matching tickets as rows of texts of the selection (selectColumns), in its order, without highlights or count (exports). */
  async ticketRows(
    actor: RequestActor,
    q: Omit<SearchTicketsQuery, 'cursor' | 'limit'>,
    cursor: string | undefined,
    limit: number,
    selection: readonly TicketSelection[],
  ): Promise<Page<TextRow>> {
    const terms = termsOf(q);
    const after = decodeCursor(cursor, ['timestamp', 'uuid']) as [string, string] | null;
    return this.repo.rowPage(actor, terms, await this.queries.filter(actor, q), after, limit, selection);
  }

  /** Every matching ticket as texts of rows written by Postgres (TicketRowText), streamed, for exports. */
  async ticketText(
    actor: RequestActor,
    q: Omit<SearchTicketsQuery, 'cursor' | 'limit'>,
    rowText: TicketRowText,
    firstRow: number,
  ): Promise<CopiedRows> {
    return this.repo.copyText(actor, termsOf(q), await this.queries.filter(actor, q), rowText, firstRow);
  }
}

function termsOf(q: Pick<SearchTicketsQuery, 'q'>): readonly string[] {
  const parsed = parseQuery(q.q);
  if ('refusal' in parsed) throw new BadRequestError('VALIDATION_FAILED', QUERY_REFUSALS[parsed.refusal]);
  return parsed.terms;
}

/** The highlighted texts of one ticket, in the order of its document. */
function matches(t: Ticket, events: SearchedEventRow[], terms: readonly string[]): SearchMatch[] {
  const texts: [SearchField, string | null][] = [
    ['subject', t.subject],
    ['description', t.description],
    ['customerRequest', t.customerRequest],
    ...events.map((e): [SearchField, string] => [EVENT_FIELD[e.type], e.text]),
  ];
  return texts.flatMap(([field, text]) => {
    const found = text ? highlight(text, terms) : null;
    return found ? [{ field, ...found }] : [];
  });
}
