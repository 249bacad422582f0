import { InjectQueue } from '@nestjs/bullmq';
import { Inject, Injectable, Logger } from '@nestjs/common';
import { Queue } from 'bullmq';
import type { RedisClient } from '../../redis/redis-connection';
import { APP_CONFIG, AppConfig } from '../../config/app-config';
import { Clock } from '../../common/clock';
import { REDIS } from '../../redis/redis.module';
import { ArmableStage, StageTimerPort, TimerSubject } from '../stage-timer.port';
import { SLA_QUEUE, TimerJobData, TimerKind, instantJobId, timerJobData, timerJobId } from './sla-queue';

const ARM_TIMEOUT_MS = 2000;
/**
 * How long a request waits for its timers to reach Redis. Healthy Redis answers in about a
 * millisecond; beyond this budget the jobs are still added in the background, and the reconciler
 * arms from Postgres whatever was lost, so a slow or dead Redis never slows a request down.
 */
const REQUEST_ARM_BUDGET_MS = 20;
/**
 * Instants at least this far ahead are armed as the instant's shared job; nearer ones (and passed
 * ones) as a job of their own deadline. An instant's job may already be running when a deadline
 * of that instant is armed late (a clock a little behind, an overdue deadline armed again), and a
 * job id that exists is not added twice: the deadline's own job cannot be missed that way.
 */
const SHARED_INSTANT_AHEAD_MS = 1000;

export interface TimerToArm {
  kind: TimerKind;
  /** A stage when omitted. */
  subject?: TimerSubject;
  /** The stage's or the supervision order's id. */
  stageId: string;
  gen: number;
  at: Date;
}

/**
 * Arms BullMQ delayed jobs for stage and supervision-order deadlines. Only instants inside the arming horizon are put in
 * Redis; later ones are armed by the reconciler as they come near, so Redis holds minutes or hours
 * of timers, not months of them.
 */
@Injectable()
export class SlaTimerService extends StageTimerPort {
  private readonly logger = new Logger(SlaTimerService.name);

  constructor(
    @InjectQueue(SLA_QUEUE) private readonly queue: Queue<TimerJobData>,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly clock: Clock,
    @Inject(REDIS) private readonly redis: RedisClient,
  ) {
    super();
  }

  get horizonMs(): number {
    return this.config.SLA_ARM_HORIZON_SECONDS * 1000;
  }

  async armAfterCommit(stages: ArmableStage[]): Promise<void> {
    const limit = this.clock.now().getTime() + this.horizonMs;
    const timers: TimerToArm[] = [];
    for (const s of stages) {
      const subject = s.subject ?? 'stage';
      if (s.warnAt.getTime() <= limit) timers.push({ kind: 'warn', subject, stageId: s.id, gen: s.deadlineGen, at: s.warnAt });
      if (s.dueAt.getTime() <= limit) timers.push({ kind: 'breach', subject, stageId: s.id, gen: s.deadlineGen, at: s.dueAt });
    }
    if (timers.length === 0) return;
    // Redis known to be down: arming now could only queue commands for later; the reconciler arms
    // everything from Postgres as soon as the connection is ready again.
    if (this.redis.status !== 'ready') return;
    const arming = this.arm(timers).catch((err: unknown) =>
      this.logger.warn({ err }, 'arming timers failed; the reconciler will arm them'),
    );
    let budget: NodeJS.Timeout | undefined;
    await Promise.race([arming, new Promise<void>((resolve) => (budget = setTimeout(resolve, REQUEST_ARM_BUDGET_MS)))]);
    clearTimeout(budget);
  }

  /** True once the queue's own connection is ready (it reconnects apart from the general one), false after `timeoutMs`. */
  async queueReady(timeoutMs: number): Promise<boolean> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const client = await Promise.race([this.queue.backend.client, new Promise<null>((r) => setTimeout(() => r(null), 50).unref())]);
      if (client?.status === 'ready') return true;
      if (Date.now() >= deadline) return false;
      await new Promise((r) => setTimeout(r, 50).unref());
    }
  }

  /**
   * Adds the jobs in one round trip; existing job ids are left as they are. Deadlines sharing an
   * instant at least a second ahead share its job. Bounded in time so a Redis outage never blocks a caller.
   */
  async arm(timers: TimerToArm[]): Promise<void> {
    if (timers.length === 0) return;
    const now = this.clock.now().getTime();
    const opts = {
      removeOnComplete: true,
      removeOnFail: { age: 7 * 86_400 },
      attempts: 5,
      backoff: { type: 'exponential', delay: 1000 },
    };
    const jobs = new Map<string, { name: TimerKind; data: TimerJobData; opts: typeof opts & { jobId: string; delay: number } }>();
    for (const t of timers) {
      const delay = Math.max(0, t.at.getTime() - now);
      const shared = delay >= SHARED_INSTANT_AHEAD_MS;
      const jobId = shared ? instantJobId(t.kind, t.at) : timerJobId(t.kind, t.stageId, t.gen, t.subject);
      const data: TimerJobData = shared ? { at: t.at.toISOString() } : timerJobData(t.subject ?? 'stage', t.stageId, t.gen);
      jobs.set(jobId, { name: t.kind, data, opts: { ...opts, jobId, delay } });
    }
    const add = this.queue.addBulk([...jobs.values()]);
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error('arming SLA timers timed out')), ARM_TIMEOUT_MS);
    });
    try {
      await Promise.race([add, timeout]);
    } finally {
      clearTimeout(timer);
    }
  }
}
