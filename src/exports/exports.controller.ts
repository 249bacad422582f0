import { applyDecorators, Controller, Get, Query, Req, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiProduces, ApiResponse, ApiTags } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { Actor, Policy, RequestActor } from '../auth/actor';
import type { OperationKey } from '../auth/policy/policy';
import { ProblemResponses } from '../common/openapi';
import { ReplicaRead } from '../database/replica-read.decorator';
import {
  ExportDueSoonQuery,
  ExportKpiQuery,
  ExportOrdersQuery,
  ExportQueueQuery,
  ExportSearchQuery,
  ExportTicketsQuery,
} from './dto/export-query.dto';
import { ExportsService } from './exports.service';
import { CSV_MEDIA_TYPE, XLSX_MEDIA_TYPE } from './table-stream';

/** An export: a file of every row, in the format asked for (described in src/common/openapi-docs.ts). */
function Export(key: OperationKey, path: string, summary: string) {
  return applyDecorators(
    Get(path),
    Policy(key),
    // Exports read what the queues, KPIs and search read: a replica within the lag bound may serve them.
    ReplicaRead(),
    ApiOperation({ summary }),
    ApiProduces(CSV_MEDIA_TYPE, XLSX_MEDIA_TYPE),
    ApiResponse({
      status: 200,
      description: 'The file (Content-Disposition: attachment)',
      content: {
        [CSV_MEDIA_TYPE]: { schema: { type: 'string' }, example: '\uFEFFid,number,subject\r\n6f1c…,HA-20261122-000123,宽带断网\r\n' },
        [XLSX_MEDIA_TYPE]: { schema: { type: 'string', format: 'binary' } },
      },
    }),
  );
}

@ApiTags('exports')
@ApiBearerAuth()
@ProblemResponses(403)
@Controller('api/v1/exports')
export class ExportsController {
  constructor(private readonly exports: ExportsService) {}

  @Export('exports.tickets', 'tickets', 'The ticket list with its filters as a file; customer data masked unless revealed')
  tickets(@Actor() a: RequestActor, @Query() q: ExportTicketsQuery, @Req() req: Request, @Res() res: Response): Promise<void> {
    return this.exports.ticketList(a, q, { req, res, operation: 'exports.tickets' });
  }

  @Export('exports.ticketSearch', 'ticket-search', 'A keyword search with its filters as a file; customer data masked unless revealed')
  ticketSearch(@Actor() a: RequestActor, @Query() q: ExportSearchQuery, @Req() req: Request, @Res() res: Response): Promise<void> {
    return this.exports.ticketSearch(a, q, { req, res, operation: 'exports.ticketSearch' });
  }

  @Export('exports.overdue', 'overdue', 'The overdue queue of a subtree as a file, by due time')
  overdue(@Actor() a: RequestActor, @Query() q: ExportQueueQuery, @Req() req: Request, @Res() res: Response): Promise<void> {
    return this.exports.queue(a, 'overdue', q, { req, res, operation: 'exports.overdue' });
  }

  @Export('exports.atRisk', 'at-risk', 'The at-risk queue of a subtree as a file, by due time')
  atRisk(@Actor() a: RequestActor, @Query() q: ExportQueueQuery, @Req() req: Request, @Res() res: Response): Promise<void> {
    return this.exports.queue(a, 'at_risk', q, { req, res, operation: 'exports.atRisk' });
  }

  @Export('exports.dueSoon', 'due-soon', 'The due-soon queue of a subtree as a file, by due time')
  dueSoon(@Actor() a: RequestActor, @Query() q: ExportDueSoonQuery, @Req() req: Request, @Res() res: Response): Promise<void> {
    return this.exports.queue(a, 'due_soon', q, { req, res, operation: 'exports.dueSoon' });
  }

  @Export('exports.supervisionOrders', 'supervision-orders', 'Supervision orders issued by or to units of a subtree as a file')
  supervisionOrders(@Actor() a: RequestActor, @Query() q: ExportOrdersQuery, @Req() req: Request, @Res() res: Response): Promise<void> {
    return this.exports.orders(a, q, { req, res, operation: 'exports.supervisionOrders' });
  }

  @Export(
    'exports.kpis',
    'kpis',
    'The KPI table (one row per period and group) as a file: each KPI with its numerator, denominator and target',
  )
  kpis(@Actor() a: RequestActor, @Query() q: ExportKpiQuery, @Req() req: Request, @Res() res: Response): Promise<void> {
    return this.exports.kpiRows(a, q, { req, res, operation: 'exports.kpis' });
  }
}
