import { Injectable } from '@nestjs/common';
import { DataSource, SelectQueryBuilder } from 'typeorm';
import { RequestActor } from '../auth/actor';
import { readScope } from '../auth/policy/identity';
import { cursorTimestamp, Page } from '../common/cursor';
import { TicketAccessRepository } from './ticket-access.repository';
import {
  rowPage,
  selectColumns,
  copyRowTexts,
  TicketFilter,
  TicketReadRepository,
  TicketRowText,
  TicketSelection,
} from './ticket-read.repository';
import { Ticket } from './ticket.entity';
import { InjectReadDataSource } from '../database/read-replicas';
import type { CopiedRows } from '../database/copy-out';
import type { TextRow } from '../database/text-rows';

/** The search document, stored folded (its grams are the column `grams`, kept by a trigger and indexed by ix_ticket_search_grams). */
const DOC = `(s.body || E'\\n' || s.updates)`;
/** Texts of the events that are part of the document (the migration's trigger picks the same types). */
export const SEARCHED_EVENT_TYPES = ['customer.updated', 'ticket.progress_replied', 'ticket.replied'] as const;
/** The count stops here: "1,000+". */
export const COUNT_CAP = 1000;
/** The documents the count may look at first for a common keyword: the first this many in table order. */
const COUNT_WINDOW = 30_000;
/** A keyword is common enough for the window when each of its grams is in at least this share of documents (1,250 matches expected in it). */
const WINDOW_MIN_SHARE = (1.25 * (COUNT_CAP + 1)) / COUNT_WINDOW;

export interface SearchedEventRow {
  ticket_id: string;
  type: (typeof SEARCHED_EVENT_TYPES)[number];
  text: string;
}

/**
 * How a page is found. `index`: the conditions include the keywords' grams, so the planner may collect
 * every match through the GIN index and sort out the newest — right when matches are few. `newest`: the
 * text conditions alone, so the documents in scope are walked newest first (a B-tree) and each one's
 * text checked until the page is full — right when matches are many (about limit ÷ share of matches
 * documents read). The planner cannot tell these apart for a longer keyword: it multiplies the shares
 * of the keyword's overlapping pairs as if independent (携号转网: 78 matches estimated, 63,252 real at
 * 1 M tickets), so the capped count chooses. `few`: the count found at most COUNT_CAP matches, so they are all
 * collected through the GIN index (a materialized CTE, which no plan can turn into a newest-first walk) and then sorted:
 * left to choose, the planner walked all 1,000,000 documents newest first for an absent term (10 s at 1 M tickets), as it
 * estimated 2,133 matches for a term its statistics do not list.
 */
export type SearchPlan = 'index' | 'newest' | 'few';

/**
 * How the capped count starts. `window`: national staff without filters, and every gram of the keywords
 * common by the statistics (pg_stats of `grams`): the first COUNT_WINDOW documents in table order
 * (a sequential scan, always the same pages: synchronized scans are off) are checked by their text until
 * COUNT_CAP + 1 match. Checking the text (about 150 bytes a document) is several times cheaper than
 * checking the stored grams (about 860 bytes, one comparison per element), and a common keyword
 * reaches the cap within a few thousand documents (宽带, in 15 % of them: about 6,700), where the grams index would
 * decode its whole posting list (151,700 entries) and the table-order scan of the grams read them per row.
 * Matches in the window are matches, so reaching COUNT_CAP + 1 proves the count capped; fewer, and the
 * index counts as before (the window cost at most COUNT_WINDOW documents). `index`: the grams index only.
 */
export type CountPlan = 'window' | 'index';

/**
 * Keyword search over `ticket_search` (see the TicketSearch migrations): the index narrows to the
 * documents holding every gram of the keywords, then each keyword must occur in the folded text.
 * Visibility and filters are the ticket list's (TicketAccessRepository, TicketReadRepository.filter).
 * National and provincial staff's searches (readScope `all` and `province`) select, order and count on
 * the document alone — it carries the ticket's created_at, province and owner's province — and read
 * ticket rows only for the page, or for filters only the ticket row has; other callers' searches go
 * through the ticket list's scope.
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
    plan: SearchPlan = 'index',
  ): Promise<{ tickets: Ticket[]; keys: [string, string][] }> {
    const qb = await this.ordered(actor, terms, filter, after, plan);
    const { entities, raw } = await qb.limit(limit).getRawAndEntities();
    const keys = (raw as { cursor_created_at: string; t_id: string }[]).map((r) => [r.cursor_created_at, r.t_id] as [string, string]);
    return { tickets: entities, keys };
  }

  /** As `page`, as rows of texts of the selection (selectColumns) with the cursor after them (exports). */
  async rowPage(
    actor: RequestActor,
    terms: readonly string[],
    filter: TicketFilter,
    after: [string, string] | null,
    limit: number,
    selection: readonly TicketSelection[],
  ): Promise<Page<TextRow>> {
    const qb = await this.ordered(actor, terms, filter, after, 'index');
    return rowPage(this.db, selectColumns(qb, selection), limit, selection);
  }

  /** As `page`, every match, as texts of rows written by Postgres (copyRowTexts), streamed, for exports. */
  async copyText(
    actor: RequestActor,
    terms: readonly string[],
    filter: TicketFilter,
    rowText: TicketRowText,
    firstRow: number,
  ): Promise<CopiedRows> {
    const qb = await this.ordered(actor, terms, filter, null, 'index');
    return copyRowTexts(this.db, qb, rowText, firstRow);
  }

  /**
   * How many tickets in scope match, counting no further than COUNT_CAP + 1: first in the window when
   * countPlan says so (COUNT_CAP + 1 matches there prove the count capped), otherwise — or when the window
   * holds fewer — through the grams index.
   */
  async cappedCount(actor: RequestActor, terms: readonly string[], filter: TicketFilter): Promise<number> {
    const scope = documentScope(actor);
    let qb: SelectQueryBuilder<Ticket>;
    if (scope) {
      qb = matchingDocuments(this.db.createQueryBuilder().from('ticket_search', 's'), scope, filter, terms, 'index');
      const rest = ticketRowFilter(filter);
      if (rest) this.read.filter(qb.innerJoin('tickets', 't', 't.id = s.ticket_id'), rest);
    } else {
      qb = this.access.scope(this.matching(terms), actor);
      this.read.filter(qb, filter);
    }
    const [query, params]: [string, unknown[]] = qb
      .select('1')
      .limit(COUNT_CAP + 1)
      .getQueryAndParameters();
    // The bitmap of a keyword's matches stays exact (one entry per page, not per page range to re-check
    // row by row) up to about 250,000 pages at this work_mem; the server default (4 MB) holds about 65,000.
    // A common term is counted by reading the documents in table order until the cap (a sequential scan with a LIMIT). With
    // synchronized scans each such count would start where the previous one stopped, so repeated searches crawl through the
    // table, reading pages from disk and setting their hint bits; off, every count reads the same first pages.
    let sql = `SELECT count(*)::int AS n FROM (${query}) hits`;
    let sqlParams = params;
    if (windowed(actor, filter)) {
      // One statement: the window is read only when the keywords are common, the index only when the window did not reach
      // the cap (each subquery is evaluated when the CASE first needs it).
      const [windowQuery, windowParams]: [string, unknown[]] = windowDocuments(this.db.createQueryBuilder(), terms)
        .select('1')
        .limit(COUNT_CAP + 1)
        .getQueryAndParameters();
      const common = commonKeywords(1, 2);
      const inWindow = `(SELECT count(*) FROM (${renumber(windowQuery, 2)}) hits)`;
      const inIndex = `(SELECT count(*) FROM (${renumber(query, 2 + windowParams.length)}) hits)`;
      sql = `SELECT (CASE WHEN ${common} AND ${inWindow} > ${COUNT_CAP} THEN ${COUNT_CAP + 1} ELSE ${inIndex} END)::int AS n`;
      sqlParams = [terms.join(' '), WINDOW_MIN_SHARE, ...windowParams, ...params];
    }
    return this.db.transaction(async (m) => {
      await m.query(`SET LOCAL work_mem = '16MB'; SET LOCAL synchronize_seqscans = off`);
      const [{ n }] = await m.query<{ n: number }[]>(sql, sqlParams);
      return n;
    });
  }

  /** Whether cappedCount looks in the window first (see CountPlan). */
  async countPlan(actor: RequestActor, terms: readonly string[], filter: TicketFilter): Promise<CountPlan> {
    if (!windowed(actor, filter)) return 'index';
    const [{ common }] = await this.db.query<{ common: boolean }[]>(`SELECT ${commonKeywords(1, 2)} AS common`, [
      terms.join(' '),
      WINDOW_MIN_SHARE,
    ]);
    return common ? 'window' : 'index';
  }

  /** The matching tickets in scope, newest first below `after`, with the cursor key selected; the caller adds the LIMIT. */
  private async ordered(
    actor: RequestActor,
    terms: readonly string[],
    filter: TicketFilter,
    after: [string, string] | null,
    plan: SearchPlan,
  ): Promise<SelectQueryBuilder<Ticket>> {
    const scope = documentScope(actor);
    if (!scope) {
      const qb = this.matching(terms);
      await this.access.scopeNewestFirst(qb, actor, { after, from: filter.createdFrom, to: filter.createdTo });
      this.read.filter(qb, filter);
      return qb.addSelect(cursorTimestamp('t.created_at'), 'cursor_created_at');
    }
    let qb: SelectQueryBuilder<Ticket>;
    const cursor = '(s.created_at, s.ticket_id) < (:afterAt, :afterId)';
    if (plan === 'few') {
      const hits = this.db
        .createQueryBuilder()
        .select('s.ticket_id', 'ticket_id')
        .addSelect('s.created_at', 'created_at')
        .from('ticket_search', 's');
      matchingDocuments(hits, scope, filter, terms, 'index');
      if (after) hits.andWhere(cursor, { afterAt: after[0], afterId: after[1] });
      qb = this.db
        .getRepository(Ticket)
        .createQueryBuilder('t')
        .addCommonTableExpression(hits, 'search_hits', { materialized: true })
        .innerJoin('search_hits', 's', 's.ticket_id = t.id');
    } else {
      qb = this.db.getRepository(Ticket).createQueryBuilder('t').innerJoin('ticket_search', 's', 's.ticket_id = t.id');
      matchingDocuments(qb, scope, filter, terms, plan);
      if (after) qb.andWhere(cursor, { afterAt: after[0], afterId: after[1] });
    }
    const rest = ticketRowFilter(filter);
    if (rest) this.read.filter(qb, rest);
    return qb
      .addSelect(cursorTimestamp('s.created_at'), 'cursor_created_at')
      .orderBy('s.created_at', 'DESC')
      .addOrderBy('s.ticket_id', 'DESC');
  }

  /** Tickets whose document contains every term (the ticket list's scope and filters go on `t`). */
  private matching(terms: readonly string[]): SelectQueryBuilder<Ticket> {
    const qb = this.db.getRepository(Ticket).createQueryBuilder('t').innerJoin('ticket_search', 's', 's.ticket_id = t.id');
    return termConditions(qb, terms, 'index');
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

/** A search scope the document itself carries: everything (national staff), or one province. */
type DocumentScope = { kind: 'all' } | { kind: 'province'; provinceId: string };

function documentScope(actor: RequestActor): DocumentScope | null {
  const scope = readScope(actor);
  return scope.kind === 'all' || scope.kind === 'province' ? scope : null;
}

/** The filters left for the ticket row once the document has taken created_at and the owner's province; undefined when none is. */
function ticketRowFilter(filter: TicketFilter): TicketFilter | undefined {
  const rest: TicketFilter = { ...filter, createdFrom: undefined, createdTo: undefined, ownerProvinceId: undefined };
  if (filter.ownerProvinceId) rest.ownerUnitPath = undefined;
  return Object.values(rest).some((v) => v !== undefined) ? rest : undefined;
}

/** Documents (`s`) in the scope, within the filters the document carries, holding every term. */
function matchingDocuments<T extends object>(
  qb: SelectQueryBuilder<T>,
  scope: DocumentScope,
  filter: TicketFilter,
  terms: readonly string[],
  plan: Exclude<SearchPlan, 'few'>,
): SelectQueryBuilder<T> {
  if (scope.kind === 'province') qb.andWhere('s.province_id = :scopeProvince', { scopeProvince: scope.provinceId });
  if (filter.ownerProvinceId) qb.andWhere('s.owner_province_id = :ownerProvince', { ownerProvince: filter.ownerProvinceId });
  if (filter.createdFrom) qb.andWhere('s.created_at >= :from', { from: filter.createdFrom });
  if (filter.createdTo) qb.andWhere('s.created_at < :to', { to: filter.createdTo });
  return termConditions(qb, terms, plan);
}

/** Whether a search may count in the window first: national staff's, without filters (CountPlan). */
function windowed(actor: RequestActor, filter: TicketFilter): boolean {
  return documentScope(actor)?.kind === 'all' && Object.values(filter).every((v) => v === undefined);
}

/**
 * SQL that is true when every gram of the keywords (parameter `keywords`, the terms joined by spaces) is among the grams
 * the statistics of `ticket_search.grams` list as most common, none in a smaller share of documents than parameter `share`.
 * Without statistics (never analysed) it is false.
 */
function commonKeywords(keywords: number, share: number): string {
  return `(SELECT count(*) > 0 AND count(*) = cardinality(search_term_grams($${keywords})) AND min(f.share) >= $${share}
             FROM pg_stats st, unnest(st.most_common_elems::text::text[], st.most_common_elem_freqs) AS f(gram, share)
            WHERE st.schemaname = current_schema() AND st.tablename = 'ticket_search' AND st.attname = 'grams'
              AND f.gram = ANY (search_term_grams($${keywords})))`;
}

/** A statement's numbered parameters ($1, $2 …) shifted by `by`, to be sent after `by` others. */
function renumber(sql: string, by: number): string {
  return sql.replace(/\$(\d+)/g, (_, n: string) => `$${Number(n) + by}`);
}

/**
 * The first COUNT_WINDOW documents in table order (as `s`) holding every term, checked by text (and by grams
 * for ASCII words, which match whole: termConditions' `newest`).
 */
function windowDocuments<T extends object>(qb: SelectQueryBuilder<T>, terms: readonly string[]): SelectQueryBuilder<T> {
  return termConditions(qb.from(`(SELECT body, updates, grams FROM ticket_search LIMIT ${COUNT_WINDOW})`, 's'), terms, 'newest');
}

/** A folded term that is one gram by itself: an ASCII word, or one or two Chinese characters. */
const ONE_GRAM = /^(?:[a-z0-9]+|[\u3400-\u4dbf\u4e00-\u9fff]{1,2})$/;

/**
 * Every term in the document. `index`: the grams the GIN index serves, then the folded text (so two
 * characters that only occur apart do not match) — unless every term is one gram, which the index
 * answers exactly: then the count needs no document row at all (a bitmap scan skips the heap pages
 * the visibility map marks all-visible). `newest`: the text alone, and the grams only when a term has
 * ASCII letters or digits (words match whole: the text would find "adsl" in "adsl2").
 */
function termConditions<T extends object>(
  qb: SelectQueryBuilder<T>,
  terms: readonly string[],
  plan: Exclude<SearchPlan, 'few'>,
): SelectQueryBuilder<T> {
  const folded = terms.map((t) => t.normalize('NFKC').toLowerCase());
  if (plan === 'index' || folded.some((t) => /[a-z0-9]/.test(t)))
    qb.andWhere('s.grams @> search_term_grams(:searchGrams)', { searchGrams: terms.join(' ') });
  if (plan === 'index' && folded.every((t) => ONE_GRAM.test(t))) return qb;
  terms.forEach((term, i) => qb.andWhere(`strpos(${DOC}, search_fold(:searchTerm${i})) > 0`, { [`searchTerm${i}`]: term }));
  return qb;
}
