import { ApiProperty, OmitType } from '@nestjs/swagger';
import { IsString, ValidateBy } from 'class-validator';
import { MAX_QUERY_LENGTH, MAX_QUERY_TERMS, parseQuery, QUERY_REFUSALS } from '../domain/search-text';
import { ListTicketsQuery, TicketView } from './ticket-view.dto';

export const SEARCH_FIELDS = ['subject', 'description', 'customerRequest', 'customerUpdate', 'reply'] as const;
export type SearchField = (typeof SEARCH_FIELDS)[number];

/** The ticket list's filters (not its sync mode), plus the keywords. */
export class SearchTicketsQuery extends OmitType(ListTicketsQuery, ['updatedSince'] as const) {
  @ApiProperty({
    example: '宽带 扣费',
    maxLength: MAX_QUERY_LENGTH,
    description:
      `Keywords separated by spaces (at most ${MAX_QUERY_TERMS}, ${MAX_QUERY_LENGTH} characters in all); a ticket matches when its subject, ` +
      'description, customer request, customer updates and replies together contain every keyword as written, ignoring case and ' +
      'full-width/half-width differences. One- and two-character Chinese keywords work. Each keyword needs a letter, a digit or a CJK character.',
  })
  @IsString()
  @ValidateBy({
    name: 'isSearchQuery',
    validator: {
      validate: (v: unknown) => typeof v === 'string' && 'terms' in parseQuery(v),
      defaultMessage: (args) => {
        const parsed = typeof args?.value === 'string' ? parseQuery(args.value) : null;
        return parsed && 'refusal' in parsed ? QUERY_REFUSALS[parsed.refusal] : 'q: keywords are required';
      },
    },
  })
  q: string;
}

export class SearchRange {
  @ApiProperty({ description: 'First highlighted UTF-16 code unit of `text` (as JavaScript slices strings)' }) start: number;
  @ApiProperty({ description: 'One past the last highlighted code unit' }) end: number;
}

export class SearchMatch {
  @ApiProperty({ enum: SEARCH_FIELDS, description: 'Where the keywords were found' }) field: SearchField;
  @ApiProperty({
    description: 'A snippet of that text around the first match (the whole text when short), cut ends marked with …',
  })
  text: string;
  @ApiProperty({ type: [SearchRange], description: 'The stretches of `text` that match a keyword, in order, not overlapping' })
  ranges: SearchRange[];
}

export class TicketSearchHit extends TicketView {
  @ApiProperty({
    type: [SearchMatch],
    description:
      'Highlight ranges: one entry per text holding a keyword — subject, description, customer request, then each customer update and reply in the order recorded',
  })
  matches: SearchMatch[];
}

export class TicketSearchPage {
  @ApiProperty({ type: [TicketSearchHit], description: 'Newest first' }) items: TicketSearchHit[];
  @ApiProperty({ type: String, nullable: true, description: 'Pass it back as `cursor` for the next page; null on the last page' })
  nextCursor: string | null;
  @ApiProperty({ description: 'Matching tickets in scope, counted up to 1,000 (see totalCapped)', maximum: 1000 }) total: number;
  @ApiProperty({ description: 'True when more than 1,000 tickets match: show "1,000+"' }) totalCapped: boolean;
}
