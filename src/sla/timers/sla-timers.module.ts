import { BullModule } from '@nestjs/bullmq';
import { Global, Module } from '@nestjs/common';
import { StageTimerPort } from '../stage-timer.port';
import { SLA_QUEUE } from './sla-queue';
import { SlaTimerService } from './sla-timer.service';

/** Arming side of the timers: any process role may arm after a commit. */
@Global()
@Module({
  imports: [BullModule.registerQueue({ name: SLA_QUEUE })],
  providers: [SlaTimerService, { provide: StageTimerPort, useExisting: SlaTimerService }],
  exports: [SlaTimerService, StageTimerPort],
})
export class SlaArmingModule {}
