import { Global, Module } from '@nestjs/common';
import { DeadlineRecountPort } from '../sla/deadline-recount.port';
import { TicketFiringPort } from '../sla/timers/ticket-firing.port';
import { TicketTransitionService } from './ticket-transition.service';
import { TicketsModule } from './tickets.module';

/**
 * The one writer, offered to the contexts the tickets context itself depends on (the SLA context
 * recounts deadlines after a calendar import, its timers record warnings, breaches and auto-upgrades)
 * through their own ports, so no module imports back.
 */
@Global()
@Module({
  imports: [TicketsModule],
  providers: [
    { provide: DeadlineRecountPort, useExisting: TicketTransitionService },
    { provide: TicketFiringPort, useExisting: TicketTransitionService },
  ],
  exports: [DeadlineRecountPort, TicketFiringPort],
})
export class TicketWriterModule {}
