import { Processor, WorkerHost } from '@nestjs/bullmq';
import { Job } from 'bullmq';
import { SLA_QUEUE, TimerJobData, TimerKind } from './sla-queue';
import { SlaFiringService } from './sla-firing.service';

/**
 * Runs armed timers. Jobs carry ids or an instant only; the firing service re-reads Postgres and
 * decides. An instant's job has every deadline of its kind due by then recorded by a drain it shares
 * with other instants' jobs (the job's arming time tells whether a finished drain already covered
 * it); a deadline's own job records that deadline.
 */
@Processor(SLA_QUEUE, { concurrency: 16 })
export class SlaTimerProcessor extends WorkerHost {
  constructor(private readonly firing: SlaFiringService) {
    super();
    firing.followInstants();
  }

  async process(job: Job<TimerJobData>): Promise<string> {
    const kind = job.name as TimerKind;
    const data = job.data;
    if (data.at !== undefined) return `fired ${await this.firing.fireInstant(kind, new Date(data.at), job.timestamp)}`;
    return data.orderId === undefined
      ? this.firing.fire(kind, data.stageId, data.gen)
      : this.firing.fire(kind, data.orderId, data.gen, 'order');
  }
}
