import { Module } from '@nestjs/common';
import { OrgModule } from '../org/org.module';
import { RoutingModule } from '../routing/routing.module';
import { SlaModule } from '../sla/sla.module';
import { TaxonomyModule } from '../taxonomy/taxonomy.module';
import { TicketAccessService } from './ticket-access.service';
import { TicketCommandService } from './ticket-command.service';
import { TicketIntakeService } from './ticket-intake.service';
import { TicketQueryService } from './ticket-query.service';
import { TicketSearchRepository } from './ticket-search.repository';
import { TicketSearchService } from './ticket-search.service';
import { TicketTransitionService } from './ticket-transition.service';
import { TicketsController } from './tickets.controller';

@Module({
  imports: [OrgModule, RoutingModule, SlaModule, TaxonomyModule],
  controllers: [TicketsController],
  providers: [
    TicketAccessService,
    TicketTransitionService,
    TicketIntakeService,
    TicketQueryService,
    TicketCommandService,
    TicketSearchService,
    TicketSearchRepository,
  ],
  exports: [TicketAccessService, TicketTransitionService],
})
export class TicketsModule {}
