import { Module } from '@nestjs/common';
import { ScheduleModule } from '@nestjs/schedule';
import { OrgModule } from '../../org/org.module';
import { SlaFiringService } from './sla-firing.service';
import { SlaReconcilerService } from './sla-reconciler.service';
import { SlaTimerProcessor } from './sla-timer.processor';
import { StageDeadlineRepository } from './stage-deadline.repository';
import { TicketAgingService } from './ticket-aging.service';

/** Firing side (worker role): the BullMQ processor and the reconciler; the ticket writer is reached through TicketFiringPort. */
@Module({
  imports: [ScheduleModule.forRoot(), OrgModule],
  providers: [StageDeadlineRepository, SlaFiringService, SlaTimerProcessor, SlaReconcilerService, TicketAgingService],
  exports: [SlaFiringService, SlaReconcilerService, TicketAgingService],
})
export class SlaWorkerModule {}
