import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, SelectQueryBuilder, ValueTransformer } from 'typeorm';
import type { ColumnMetadata } from 'typeorm/metadata/ColumnMetadata';
import { CopiedRows, copyRows } from '../database/copy-out';
import { TextRow, textRows } from '../database/text-rows';
import { RequestActor } from '../auth/actor';
import { escapeLike } from '../auth/org-scope';
import { cursorTimestamp, encodeCursor, keysetPage, Page } from '../common/cursor';
import { DEFAULT_PAGE_SIZE, PageQuery } from '../common/page-query';
import { OrgUnit } from '../org/org-unit.entity';
import { ListTicketsQuery } from './dto/ticket-view.dto';
import { TicketAccessRepository } from './ticket-access.repository';
import { SYNC_HORIZON, syncPage, syncQuery } from './ticket-sync';
import { Ticket } from './ticket.entity';
import { TicketEvent } from './ticket-event.entity';
import { TicketStage } from './ticket-stage.entity';
import { PiiAccess, TicketAttachment } from './ticket-support.entity';

/**
 * A list's filters once the service has checked them: the owner filter as the path of the unit it names,
 * and, when that unit is a provincial centre, its province (its subtree is the units of that province).
 */
export type TicketFilter = Pick<
  ListTicketsQuery,
  'status' | 'stage' | 'kind' | 'level' | 'customerTier' | 'businessType' | 'channel' | 'createdFrom' | 'createdTo' | 'externalRef'
> & { ownerUnitPath?: string; ownerProvinceId?: string; customerPhoneIndex?: Buffer };

/** A ticket property an export may read. */
export type TicketColumn = Extract<keyof Ticket, string>;

/**
 * What an export reads per row: one column as text (asText), or a run of columns that Postgres writes
 * as one text of CSV cells joined by commas (csvCellSql), so a row comes as a few texts instead of one per field.
 */
export type TicketSelection = TicketColumn | { readonly csv: readonly TicketColumn[] };

/**
 * A column as text the way the JSON answers write it: instants ISO 8601 UTC with milliseconds (as a
 * JS Date's toISOString, which truncates), lists joined with "; ", flags true/false.
 */
function asText(column: ColumnMetadata): string {
  const sql = `t.${column.databaseName}`;
  if (column.isArray) return `array_to_string(${sql}, '; ')`;
  if (column.type === 'timestamptz') return `to_char(${sql} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;
  return `${sql}::text`;
}

/** Types whose text never holds a comma, quote or line break nor starts as a formula: written as they are. */
const PLAIN_CSV_TYPES: ReadonlySet<unknown> = new Set(['uuid', 'timestamptz', 'boolean', 'int', 'integer', 'bigint']);

/**
 * A text as one CSV cell, in SQL, exactly as csvCell (src/exports/table-stream.ts) writes it: NULL
 * empty; text that a spreadsheet would run as a formula (starting with = + - @, a tab or a carriage
 * return) behind an apostrophe; quoted, with quotes doubled, when it holds a quote, comma or line
 * break (the apostrophe adds none of those, so the text itself is looked at). `plain`: a type whose
 * text never needs either, written as it is.
 */
export function csvCellSql(text: string, plain: boolean): string {
  if (plain) return `coalesce(${text}, '')`;
  const defused = `(CASE WHEN left(${text}, 1) IN ('=', '+', '-', '@', chr(9), chr(13)) THEN '''' || ${text} ELSE ${text} END)`;
  const special = [`'"'`, `','`, 'chr(10)', 'chr(13)'].map((c) => `strpos(${text}, ${c}) > 0`).join(' OR ');
  return `coalesce(CASE WHEN ${special} THEN '"' || replace(${defused}, '"', '""') || '"' ELSE ${defused} END, '')`;
}

/** Whether a column's text (asText) never needs quoting or escaping: no comma, quote, markup, line break nor leading formula sign. */
function isPlain(column: ColumnMetadata): boolean {
  return !column.isArray && PLAIN_CSV_TYPES.has(column.type);
}

/** The metadata of ticket columns, by property name. */
function ticketColumn(qb: SelectQueryBuilder<Ticket>): (property: TicketColumn) => ColumnMetadata {
  const meta = qb.connection.getMetadata(Ticket);
  return (property) => {
    const found = meta.findColumnWithPropertyName(property);
    if (!found) throw new Error(`tickets have no column ${property}`);
    return found;
  };
}

/**
 * Selects the named ticket columns (asText) and runs of CSV cells, in order, then the list's cursor
 * key: its created_at at full precision and its id.
 */
export function selectColumns(qb: SelectQueryBuilder<Ticket>, selection: readonly TicketSelection[]): SelectQueryBuilder<Ticket> {
  const column = ticketColumn(qb);
  qb.select([]);
  selection.forEach((item, i) => {
    const sql =
      typeof item === 'string'
        ? asText(column(item))
        : item.csv.map((p) => csvCellSql(asText(column(p)), isPlain(column(p)))).join(` || ',' || `);
    qb.addSelect(sql, `c${i}`);
  });
  return qb.addSelect(cursorTimestamp('t.created_at'), 'cursor_created_at').addSelect('t.id::text', 'cursor_id');
}

/**
 * Up to `limit` rows of a builder from selectColumns(qb, selection) as texts (textRows: no entities, no
 * parsing), the selection only, and the cursor after them. Encrypted columns (src/pii) come as the
 * hex text of their ciphertext and are decrypted here, through the entity's transformer (an export
 * that masks reads the stored masked renderings instead, and decrypts nothing).
 */
export async function rowPage(
  db: DataSource,
  qb: SelectQueryBuilder<Ticket>,
  limit: number,
  selection: readonly TicketSelection[],
): Promise<Page<TextRow>> {
  const [sql, params] = qb.limit(limit + 1).getQueryAndParameters();
  const rows = await textRows(db, sql, params);
  const more = rows.length > limit;
  if (more) rows.pop();
  const last = rows[rows.length - 1];
  const width = last ? last.length - 2 : 0;
  const nextCursor = more ? encodeCursor([last[width]!, last[width + 1]!]) : null;
  const meta = qb.connection.getMetadata(Ticket);
  const sealed = selection
    .map((item, i) => [i, typeof item === 'string' ? meta.findColumnWithPropertyName(item)?.transformer : undefined] as const)
    .filter(([, t]) => t);
  for (const row of rows) {
    row.length = width;
    for (const [i, transformer] of sealed) {
      const hex = row[i];
      if (hex !== null) row[i] = (transformer as ValueTransformer).from(Buffer.from(hex.slice(2), 'hex')) as string;
    }
  }
  return { items: rows, nextCursor };
}

/** A column's text in the SQL of a row's text (TicketRowText): an expression, and whether it never needs quoting or escaping. */
export interface ColumnText {
  readonly sql: string;
  readonly plain: boolean;
}

/**
 * An export's rows as Postgres writes them whole (a CSV record, a sheet row): the stored columns it
 * reads, in order, and the SQL of a row's text from their texts (asText) and the row's number in
 * the file (an expression of type text).
 */
export interface TicketRowText {
  readonly columns: readonly TicketColumn[];
  readonly sql: (cells: readonly ColumnText[], rowNumber: string) => string;
}

/**
 * A scoped, filtered builder of tickets ordered newest first (created_at, id), every row of it, as
 * texts written by Postgres (rowText over each row, in that order, the first numbered `firstRow`),
 * streamed out of one COPY (copyRows): one statement and one snapshot for the whole export, and no
 * string and no object made per row here. Reads no encrypted column (nothing here decrypts).
 */
export function copyRowTexts(
  db: DataSource,
  qb: SelectQueryBuilder<Ticket>,
  rowText: TicketRowText,
  firstRow: number,
): Promise<CopiedRows> {
  const column = ticketColumn(qb);
  qb.select([]);
  rowText.columns.forEach((p, i) => {
    if (column(p).transformer) throw new Error(`${p} is stored encrypted: Postgres cannot write its text`);
    qb.addSelect(asText(column(p)), `c${i}`);
  });
  qb.addSelect('t.created_at', 'k_at').addSelect('t.id', 'k_id');
  const [inner, params] = qb.getQueryAndParameters();
  const cells = rowText.columns.map((p, i): ColumnText => ({ sql: `p.c${i}`, plain: isPlain(column(p)) }));
  // Numbered in the list's order; the number's text is made where the window is (a level Postgres does
  // not fold into the one above), so once per row. The outer order is the window's, which Postgres keeps without sorting again.
  const numbered =
    `SELECT q.*, (row_number() OVER w + ${Math.trunc(firstRow) - 1})::text AS r ` +
    `FROM (${inner}) q WINDOW w AS (ORDER BY q.k_at DESC, q.k_id DESC)`;
  const sql = `SELECT ${rowText.sql(cells, 'p.r')} FROM (${numbered}) p ORDER BY p.k_at DESC, p.k_id DESC`;
  return copyRows(db, sql, params);
}

/** Reads of tickets and their history, attachments and lists, every list scoped to what the caller may see. */
@Injectable()
export class TicketReadRepository {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly access: TicketAccessRepository,
  ) {}

  async recordPiiAccess(row: Pick<PiiAccess, 'ticketId' | 'actorId' | 'actorUnitId' | 'requestId'>): Promise<void> {
    await this.db.getRepository(PiiAccess).insert(row);
  }

  /** Open stages, earliest deadline first. */
  openStages(ticketId: string): Promise<TicketStage[]> {
    return this.db.getRepository(TicketStage).find({ where: { ticketId, status: 'open' }, order: { dueAt: 'ASC' } });
  }

  history(ticketId: string): Promise<[TicketEvent[], TicketStage[]]> {
    return Promise.all([
      this.db.getRepository(TicketEvent).find({ where: { ticketId }, order: { seq: 'ASC' } }),
      this.db.getRepository(TicketStage).find({ where: { ticketId }, order: { startedAt: 'ASC', kind: 'ASC' } }),
    ]);
  }

  attachments(ticketId: string, q: PageQuery): Promise<Page<TicketAttachment>> {
    const qb = this.db.getRepository(TicketAttachment).createQueryBuilder('a').where('a.ticket_id = :id', { id: ticketId });
    return keysetPage(qb, {
      columns: [`date_trunc('milliseconds', a.created_at)`, 'a.id'],
      types: ['timestamp', 'uuid'],
      direction: 'ASC',
      cursor: q.cursor,
      limit: q.limit ?? DEFAULT_PAGE_SIZE,
      key: (a) => [a.createdAt.toISOString(), a.id],
    });
  }

  unit(id: string): Promise<OrgUnit | null> {
    return this.db.getRepository(OrgUnit).findOneBy({ id });
  }

  unitOrFail(id: string): Promise<OrgUnit> {
    return this.db.getRepository(OrgUnit).findOneByOrFail({ id });
  }

  unitExists(id: string): Promise<boolean> {
    return this.db.getRepository(OrgUnit).existsBy({ id });
  }

  /** Keyset page, newest first, of the tickets the caller sees that match the filter. */
  async list(actor: RequestActor, filter: TicketFilter, after: [string, string] | null, limit: number): Promise<Page<Ticket>> {
    const qb = this.db.getRepository(Ticket).createQueryBuilder('t');
    // Visibility, the cursor and the newest-first ORDER BY (for city/department callers over participant ranges).
    await this.access.scopeNewestFirst(qb, actor, { after, from: filter.createdFrom, to: filter.createdTo });
    this.filter(qb, filter);
    // The cursor carries created_at at full (microsecond) precision: a millisecond JS Date would
    // skip tickets filed within the same millisecond as the last one of a page.
    qb.addSelect(cursorTimestamp('t.created_at'), 'cursor_created_at');
    const { entities, raw } = await qb.limit(limit + 1).getRawAndEntities();
    const items = entities.slice(0, limit);
    const lastRaw = (raw as { cursor_created_at: string; t_id: string }[])[items.length - 1];
    return { items, nextCursor: entities.length > limit ? encodeCursor([lastRaw.cursor_created_at, lastRaw.t_id]) : null };
  }

  /**
   * The list's page as rows of texts of the named columns (selectColumns, in their order), without
   * entities or parsing: an export reads a million tickets, and building objects costs more than the read.
   */
  async listRows(
    actor: RequestActor,
    filter: TicketFilter,
    after: [string, string] | null,
    limit: number,
    selection: readonly TicketSelection[],
  ): Promise<Page<TextRow>> {
    const qb = this.db.getRepository(Ticket).createQueryBuilder('t');
    await this.access.scopeNewestFirst(qb, actor, { after, from: filter.createdFrom, to: filter.createdTo });
    this.filter(qb, filter);
    return rowPage(this.db, selectColumns(qb, selection), limit, selection);
  }

  /** Every row of the list as texts written by Postgres (copyRowTexts), for exports. */
  async copyText(actor: RequestActor, filter: TicketFilter, rowText: TicketRowText, firstRow: number): Promise<CopiedRows> {
    const qb = this.db.getRepository(Ticket).createQueryBuilder('t');
    await this.access.scopeNewestFirst(qb, actor, { after: null, from: filter.createdFrom, to: filter.createdTo });
    this.filter(qb, filter);
    return copyRowTexts(this.db, qb, rowText, firstRow);
  }

  /** The sync feed (src/tickets/ticket-sync.ts): the horizon and the page are read in one snapshot. */
  changes(
    actor: RequestActor,
    filter: TicketFilter,
    window: { cursor?: string; updatedSince: string; limit: number },
  ): Promise<Page<Ticket>> {
    return this.db.transaction('REPEATABLE READ', async (tx) => {
      const [{ horizon }] = await tx.query<{ horizon: string }[]>(SYNC_HORIZON);
      const sync = { ...window, horizon: Number(horizon) };
      const qb = tx.getRepository(Ticket).createQueryBuilder('t');
      this.access.scope(qb, actor);
      this.filter(qb, filter);
      const { entities, raw } = await syncQuery(qb, sync).getRawAndEntities();
      const positions = (raw as { change_xid: string; change_id: string }[]).map(
        (r) => [Number(r.change_xid), Number(r.change_id)] as [number, number],
      );
      return syncPage(entities, positions, sync);
    });
  }

  /** The filters on any builder of tickets aliased `t` (the list, the sync feed, search). */
  filter(qb: SelectQueryBuilder<Ticket>, f: TicketFilter): void {
    if (f.status) qb.andWhere('t.status = :status', { status: f.status });
    if (f.externalRef) qb.andWhere('t.external_ref = :externalRef', { externalRef: f.externalRef });
    if (f.kind) qb.andWhere('t.kind = :kind', { kind: f.kind });
    if (f.level) qb.andWhere('t.level = :level', { level: f.level });
    if (f.customerTier) qb.andWhere('t.customer_tier = :tier', { tier: f.customerTier });
    if (f.businessType) qb.andWhere('t.business_type = :bt', { bt: f.businessType });
    if (f.channel) qb.andWhere('t.channel = :channel', { channel: f.channel });
    if (f.customerPhoneIndex) qb.andWhere('t.customer_phone_index = :phone', { phone: f.customerPhoneIndex });
    if (f.createdFrom) qb.andWhere('t.created_at >= :from', { from: f.createdFrom });
    if (f.createdTo) qb.andWhere('t.created_at < :to', { to: f.createdTo });
    if (f.stage) {
      qb.andWhere(`EXISTS (SELECT 1 FROM ticket_stages st WHERE st.ticket_id = t.id AND st.status = 'open' AND st.kind = :stage)`, {
        stage: f.stage,
      });
    }
    if (f.ownerUnitPath !== undefined) {
      qb.andWhere(`t.owner_unit_id IN (SELECT ou.id FROM org_units ou WHERE ou.path LIKE :ownerPath)`, {
        ownerPath: escapeLike(f.ownerUnitPath) + '%',
      });
    }
  }
}
