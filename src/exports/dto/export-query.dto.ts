import { ApiProperty, ApiPropertyOptional, IntersectionType, OmitType } from '@nestjs/swagger';
import { IsIn } from 'class-validator';
import { IsOmittable } from '../../common/validation';
import { KpiQuery } from '../../supervision/dto/kpi.dto';
import { DueSoonQuery, OrdersQuery, QueueQuery } from '../../supervision/dto/queue.dto';
import { SearchTicketsQuery } from '../../tickets/dto/ticket-search.dto';
import { ListTicketsQuery } from '../../tickets/dto/ticket-view.dto';
import { EXPORT_FORMATS, ExportFormat } from '../table-stream';

/** The file an export answers with. */
export class ExportFormatQuery {
  @ApiProperty({
    enum: EXPORT_FORMATS,
    description: 'csv: UTF-8 with a byte-order mark, RFC 4180, a header record of JSON field names; xlsx: one worksheet, the same columns',
  })
  @IsIn(EXPORT_FORMATS)
  format: ExportFormat;
}

/** Exports holding customer data: masked as the ticket view masks it unless revealed. */
export class ExportRevealQuery extends ExportFormatQuery {
  @ApiPropertyOptional({
    enum: ['true', 'false'],
    description:
      'Unmasked customer name, phone and ID number (centre staff only, as for a single ticket); the export is audited either way',
  })
  @IsOmittable()
  @IsIn(['true', 'false'])
  reveal?: 'true' | 'false';
}

/** The ticket list's filters (every page, so no cursor, limit or sync mode). */
export class ExportTicketsQuery extends IntersectionType(
  OmitType(ListTicketsQuery, ['cursor', 'limit', 'updatedSince'] as const),
  ExportRevealQuery,
) {}

/** The keyword search's keywords and filters (every page). */
export class ExportSearchQuery extends IntersectionType(OmitType(SearchTicketsQuery, ['cursor', 'limit'] as const), ExportRevealQuery) {}

export class ExportQueueQuery extends IntersectionType(OmitType(QueueQuery, ['cursor', 'limit'] as const), ExportFormatQuery) {}

export class ExportDueSoonQuery extends IntersectionType(OmitType(DueSoonQuery, ['cursor', 'limit'] as const), ExportFormatQuery) {}

export class ExportOrdersQuery extends IntersectionType(OmitType(OrdersQuery, ['cursor', 'limit'] as const), ExportFormatQuery) {}

export class ExportKpiQuery extends IntersectionType(KpiQuery, ExportFormatQuery) {}
