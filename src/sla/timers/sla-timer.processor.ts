import { Processor, WorkerHost } from '@nestjs/bullmq';
import { Job } from 'bullmq';
import { SLA_QUEUE, TimerJobData, TimerKind } from './sla-queue';
import { SlaFiringService } from './sla-firing.service';

/** Runs armed timers. Jobs carry ids only; the firing service re-reads Postgres and decides. */
@Processor(SLA_QUEUE, { concurrency: 16 })
export class SlaTimerProcessor extends WorkerHost {
  constructor(private readonly firing: SlaFiringService) {
    super();
  }

  async process(job: Job<TimerJobData>): Promise<string> {
    const { stageId, orderId, gen } = job.data;
    return orderId === undefined
      ? this.firing.fire(job.name as TimerKind, stageId, gen)
      : this.firing.fire(job.name as TimerKind, orderId, gen, 'order');
  }
}
