import { Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiCookieAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Actor, Policy, RequestActor } from '../auth/actor';
import { ProblemResponses } from '../common/openapi';
import { AuditService } from './audit.service';
import { AuditEventPage, ListAuditEventsQuery } from './dto/audit-event.dto';

@ApiTags('audit')
@ApiBearerAuth()
@ApiCookieAuth('session')
@ProblemResponses(403)
@Controller('api/v1/audit-events')
export class AuditController {
  constructor(private readonly audit: AuditService) {}

  @Get()
  @Policy('auditEvents.list')
  @ApiOperation({
    summary: 'The audit trail of administrative acts, sign-ins and reveals of personal data, newest first',
    description:
      'Administrators read the rows about their own subtree; national administrators read every row. Each row carries the hash of the ' +
      'row before it (`npm run audit:verify` walks the chain).',
  })
  @ApiOkResponse({ type: AuditEventPage })
  list(@Actor() actor: RequestActor, @Query() query: ListAuditEventsQuery): Promise<AuditEventPage> {
    return this.audit.list(actor, query);
  }
}
