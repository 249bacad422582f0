import { Module } from '@nestjs/common';
import { OrgModule } from '../org/org.module';
import { RoutingModule } from '../routing/routing.module';
import { SlaModule } from '../sla/sla.module';
import { TaxonomyModule } from '../taxonomy/taxonomy.module';
import { TicketAccessRepository } from './ticket-access.repository';
import { TicketAccessService } from './ticket-access.service';
import { TicketActionsService } from './ticket-actions.service';
import { TicketDeadlinesService } from './ticket-deadlines.service';
import { TicketCommandService } from './ticket-command.service';
import { TicketIntakeRepository } from './ticket-intake.repository';
import { TicketIntakeService } from './ticket-intake.service';
import { TicketQueryService } from './ticket-query.service';
import { TicketReadRepository } from './ticket-read.repository';
import { TicketSearchRepository } from './ticket-search.repository';
import { TicketSearchService } from './ticket-search.service';
import { TicketTransitionService } from './ticket-transition.service';
import { TicketsController } from './tickets.controller';

@Module({
  imports: [OrgModule, RoutingModule, SlaModule, TaxonomyModule],
  controllers: [TicketsController],
  providers: [
    TicketAccessRepository,
    TicketReadRepository,
    TicketIntakeRepository,
    TicketAccessService,
    TicketTransitionService,
    TicketIntakeService,
    TicketQueryService,
    TicketCommandService,
    TicketSearchRepository,
    TicketSearchService,
    TicketActionsService,
    TicketDeadlinesService,
  ],
  exports: [TicketAccessRepository, TicketAccessService, TicketTransitionService, TicketQueryService, TicketSearchService],
})
export class TicketsModule {}
