import { Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Actor, RequestActor, Policy } from '../auth/actor';
import { ProblemResponses } from '../common/openapi';
import { HotIssuesQuery, HotIssuesReport, KpiQuery, KpiReport, KpiTicketsList, KpiTicketsQuery } from './dto/kpi.dto';
import { KpiService } from './kpi.service';
import { ReplicaRead } from '../database/replica-read.decorator';

@ApiTags('kpis')
@ApiBearerAuth()
@ProblemResponses(403)
@Controller('api/v1/kpis')
export class KpiController {
  constructor(private readonly kpis: KpiService) {}

  @Get()
  @Policy('kpis.report')
  @ReplicaRead()
  @ApiOperation({
    summary: "KPIs (DOMAIN §9) of the caller's visible tickets over a window, by period and group, with flow timeliness per stage",
  })
  @ApiOkResponse({ type: KpiReport })
  report(@Actor() a: RequestActor, @Query() q: KpiQuery): Promise<KpiReport> {
    return this.kpis.kpis(a, q);
  }

  @Get('tickets')
  @Policy('kpis.tickets')
  @ReplicaRead()
  @ApiOperation({
    summary: "The tickets behind a KPI's numerator or denominator (a report row's window and group), counted as the report counts them",
  })
  @ApiOkResponse({ type: KpiTicketsList })
  tickets(@Actor() a: RequestActor, @Query() q: KpiTicketsQuery): Promise<KpiTicketsList> {
    return this.kpis.tickets(a, q);
  }

  @Get('hot-issues')
  @Policy('kpis.hotIssues')
  @ReplicaRead()
  @ApiOperation({ summary: 'Ticket counts by business type × nature over a window, and province spikes suggesting a mass incident' })
  @ApiOkResponse({ type: HotIssuesReport })
  hotIssues(@Actor() a: RequestActor, @Query() q: HotIssuesQuery): Promise<HotIssuesReport> {
    return this.kpis.hotIssues(a, q);
  }
}
