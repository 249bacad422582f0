import { Global, Module } from '@nestjs/common';
import { DeadlineRecountPort } from '../sla/deadline-recount.port';
import { TicketTransitionService } from './ticket-transition.service';
import { TicketsModule } from './tickets.module';

/**
 * The one writer, offered to the contexts the tickets context itself depends on (the SLA context
 * recounts deadlines after a calendar import) through their own ports, so no module imports back.
 */
@Global()
@Module({
  imports: [TicketsModule],
  providers: [{ provide: DeadlineRecountPort, useExisting: TicketTransitionService }],
  exports: [DeadlineRecountPort],
})
export class TicketWriterModule {}
