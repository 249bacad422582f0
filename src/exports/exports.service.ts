import { Injectable, Logger } from '@nestjs/common';
import type { Request, Response } from 'express';
import { auditContext } from '../audit/audit-context';
import { AuditService } from '../audit/audit.service';
import { RequestActor } from '../auth/actor';
import type { OperationKey } from '../auth/policy/policy';
import { Clock } from '../common/clock';
import { Page } from '../common/cursor';
import type { KpiRow } from '../supervision/dto/kpi.dto';
import type { QueueItem, SupervisionOrderView } from '../supervision/dto/queue.dto';
import { KpiService } from '../supervision/kpi.service';
import type { QueueKind } from '../supervision/supervision.repository';
import { SupervisionService } from '../supervision/supervision.service';
import { requireRevealRight, TicketQueryService } from '../tickets/ticket-query.service';
import { TicketSearchService } from '../tickets/ticket-search.service';
import {
  ExportDueSoonQuery,
  ExportFormatQuery,
  ExportKpiQuery,
  ExportOrdersQuery,
  ExportQueueQuery,
  ExportSearchQuery,
  ExportTicketsQuery,
} from './dto/export-query.dto';
import type { CopiedRows } from '../database/copy-out';
import { KPI_COLUMNS, ORDER_COLUMNS, QUEUE_COLUMNS, ticketExport } from './export-columns';
import { CONTENT_TYPES, csvSink, TableLayout, TableSink, xlsxSink } from './table-stream';

/** Rows read per page: large enough that a million rows take 500 keyset reads, small enough to hold two pages in memory. */
export const EXPORT_PAGE_SIZE = 2000;

/** The HTTP exchange an export answers on, and the operation it is (for the audit row). */
export interface ExportExchange {
  req: Request;
  res: Response;
  operation: OperationKey;
}

/** One page of rows after `cursor` (undefined: the first). */
type PageSource<T> = (cursor: string | undefined) => Promise<Page<T>>;

/** One page of an export as read: how many rows, the cursor after them, and how it is written. */
interface ReadPage<T> {
  readonly rows: number;
  readonly nextCursor: string | null;
  write(sink: TableSink<T>): Promise<void>;
}

/** The page after `cursor`, whose first row is the file's row `firstRow` (1 is the header). */
type PageReader<T> = (cursor: string | undefined, firstRow: number) => Promise<ReadPage<T>>;

/** Pages of rows, each written by the sink row by row. */
function rowPages<T>(next: PageSource<T>): PageReader<T> {
  return async (cursor) => {
    const page = await next(cursor);
    return { rows: page.items.length, nextCursor: page.nextCursor, write: (sink) => sink.write(page.items) };
  };
}

/**
 * Every row at once, already written by Postgres in the file's format and streamed out of one
 * statement (copyRowTexts): one "page" whose row count is known once it is written.
 */
function copiedRows(start: (firstRow: number) => Promise<CopiedRows>): PageReader<never> {
  return async (_cursor, firstRow) => {
    const copied = await start(firstRow);
    return {
      get rows() {
        return copied.rows();
      },
      nextCursor: null,
      write: (sink) => sink.writeStream(copied.stream, copied.rows, firstRow),
    };
  };
}

/**
 * Exports of the lists supervisors and assessors work from, as CSV or XLSX: every page of the list
 * the caller could read through the JSON API (same service, same scope and filters), read by keyset
 * pages and written as it is read, no faster than the client takes it, so memory stays flat however
 * many rows. Each export is audited with who, what, the filters and the row count.
 */
@Injectable()
export class ExportsService {
  private readonly logger = new Logger(ExportsService.name);

  /** Rows per page read as rows (smaller in tests, to cross page edges). */
  readonly pageSizes = { rows: EXPORT_PAGE_SIZE };

  constructor(
    private readonly tickets: TicketQueryService,
    private readonly search: TicketSearchService,
    private readonly supervision: SupervisionService,
    private readonly kpis: KpiService,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  /** Masked, every row written by Postgres and streamed out of one statement; revealed, pages of rows whose customer data is decrypted here. */
  ticketList(actor: RequestActor, q: ExportTicketsQuery, x: ExportExchange): Promise<void> {
    const { selection, layout, rowText } = ticketExport(this.reveal(actor, q.reveal), q.format);
    const pages = rowText
      ? copiedRows((firstRow) => this.tickets.ticketText(actor, q, rowText, firstRow))
      : rowPages((cursor) => this.tickets.ticketRows(actor, q, cursor, this.pageSizes.rows, selection));
    return this.run(actor, x, q, 'tickets', layout, pages);
  }

  ticketSearch(actor: RequestActor, q: ExportSearchQuery, x: ExportExchange): Promise<void> {
    const { selection, layout, rowText } = ticketExport(this.reveal(actor, q.reveal), q.format);
    const pages = rowText
      ? copiedRows((firstRow) => this.search.ticketText(actor, q, rowText, firstRow))
      : rowPages((cursor) => this.search.ticketRows(actor, q, cursor, this.pageSizes.rows, selection));
    return this.run(actor, x, q, 'search', layout, pages);
  }

  queue(actor: RequestActor, kind: QueueKind, q: ExportQueueQuery | ExportDueSoonQuery, x: ExportExchange): Promise<void> {
    return this.run(
      actor,
      x,
      q,
      kind.replace('_', '-'),
      { columns: QUEUE_COLUMNS },
      rowPages((cursor): Promise<Page<QueueItem>> => this.supervision.queue(actor, kind, { ...q, cursor, limit: this.pageSizes.rows })),
    );
  }

  orders(actor: RequestActor, q: ExportOrdersQuery, x: ExportExchange): Promise<void> {
    return this.run(
      actor,
      x,
      q,
      'supervision-orders',
      { columns: ORDER_COLUMNS },
      rowPages((cursor): Promise<Page<SupervisionOrderView>> =>
        this.supervision.orders(actor, { ...q, cursor, limit: this.pageSizes.rows }),
      ),
    );
  }

  kpiRows(actor: RequestActor, q: ExportKpiQuery, x: ExportExchange): Promise<void> {
    return this.run(
      actor,
      x,
      q,
      'kpis',
      { columns: KPI_COLUMNS },
      rowPages(async (): Promise<Page<KpiRow>> => {
        const report = await this.kpis.kpis(actor, q);
        return { items: report.rows, nextCursor: null };
      }),
    );
  }

  private reveal(actor: RequestActor, flag: 'true' | 'false' | undefined): boolean {
    if (flag !== 'true') return false;
    requireRevealRight(actor);
    return true;
  }

  /**
   * Reads the first page before answering, so that a refusal or a bad filter is still an ordinary
   * problem+json answer; then streams. A failure once the file has started (the client went away,
   * the database failed) cuts the connection, so a truncated file never looks complete, and is audited as such.
   */
  private async run<T>(
    actor: RequestActor,
    x: ExportExchange,
    q: ExportFormatQuery & { reveal?: string },
    name: string,
    layout: TableLayout<T>,
    next: PageReader<T>,
  ): Promise<void> {
    let rows = 0;
    let page = await next(undefined, 2);
    const { format, ...filters } = q;
    const stamp = this.clock.now().toISOString().replace(/[-:]/g, '').slice(0, 15);
    x.res.status(200);
    x.res.setHeader('Content-Type', CONTENT_TYPES[format]);
    x.res.setHeader('Content-Disposition', `attachment; filename="${name}-${stamp}Z.${format}"`);
    x.res.setHeader('Cache-Control', 'no-store');
    const sink: TableSink<T> = format === 'csv' ? csvSink(x.res, layout) : xlsxSink(x.res, layout, name);
    const record = (outcome: 'success' | 'failure') =>
      this.audit.record(auditContext(x.req, actor), {
        operation: x.operation,
        category: 'exports',
        outcome,
        targetType: 'export',
        scopePath: actor.unitPath || null,
        detail: { format, filters, rows, complete: outcome === 'success' },
      });
    try {
      for (;;) {
        // The next page is read while this one is written: the database and the formatting overlap.
        const cursor = page.nextCursor;
        const following = cursor ? next(cursor, rows + page.rows + 2) : null;
        following?.catch(() => undefined);
        await page.write(sink);
        rows += page.rows;
        if (!following) break;
        page = await following;
        // A list whose cursor stops moving would repeat its last page forever.
        if (page.nextCursor === cursor) throw new Error(`the list's cursor did not advance past ${cursor}`);
      }
      // Recorded before the file is finished: a client never holds a complete export the trail does not show.
      await record('success');
      await sink.end();
    } catch (err) {
      this.logger.warn({ err, operation: x.operation, rows }, 'export cut short');
      x.res.destroy();
      await record('failure').catch((e: unknown) =>
        this.logger.error({ err: e, operation: x.operation }, 'audit row of an export could not be written'),
      );
    }
  }
}
