import { Processor, WorkerHost } from '@nestjs/bullmq';
import { Job } from 'bullmq';
import { MetricsService } from '../../metrics/metrics.service';
import { SLA_QUEUE, TimerJobData, TimerKind } from './sla-queue';
import { SlaFiringService } from './sla-firing.service';

/** Runs armed timers. Jobs carry ids only; the firing service re-reads Postgres and decides. */
@Processor(SLA_QUEUE, { concurrency: 16 })
export class SlaTimerProcessor extends WorkerHost {
  constructor(
    private readonly firing: SlaFiringService,
    private readonly metrics: MetricsService,
  ) {
    super();
  }

  async process(job: Job<TimerJobData>): Promise<string> {
    const result = await this.firing.fire(job.name as TimerKind, job.data.stageId, job.data.gen);
    // The job was due at its enqueue time plus its delay: the armed deadline instant.
    if (result === 'fired') this.metrics.slaFired(job.name as TimerKind, Date.now() - (job.timestamp + (job.opts.delay ?? 0)), 'queue');
    return result;
  }
}
