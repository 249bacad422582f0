import { Injectable, Logger, OnApplicationBootstrap, OnModuleDestroy } from '@nestjs/common';
import { ClusterLeader } from './cluster-leader';
import { PeriodicWorkRepository } from './periodic-work.repository';

export interface PeriodicTask {
  /** Names the task's row in periodic_tasks and its metric label. */
  name: string;
  intervalMs: number;
  /** One pass; a failure is logged and the next pass comes at the next interval. */
  run(): Promise<unknown>;
}

/** A failed claim (Postgres unreachable) is retried this soon, at most. */
const RETRY_MS = 1_000;

/**
 * Periodic work that must run once per interval across every worker process: the SLA reconciler,
 * the outbox relay, ticket aging, and whatever registers here later (partition upkeep, retention).
 * Only the process holding the leader lock (ClusterLeader) runs passes; each pass is claimed in
 * Postgres first (PeriodicWorkRepository.claim), so the schedule survives a change of leader: the
 * new leader runs the next pass when it is due, not at once, and not a second time in one interval.
 *
 * Register in onModuleInit; processes with nothing registered (the `api` role) never campaign.
 */
@Injectable()
export class PeriodicWork implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger(PeriodicWork.name);
  private readonly tasks = new Map<string, PeriodicTask>();
  private readonly timers = new Map<string, NodeJS.Timeout>();
  private readonly counts = new Map<string, number>();
  private active = false;
  private stopped = false;

  constructor(
    private readonly leader: ClusterLeader,
    private readonly schedule: PeriodicWorkRepository,
  ) {}

  register(task: PeriodicTask): void {
    if (this.tasks.has(task.name)) throw new Error(`periodic task ${task.name} registered twice`);
    this.tasks.set(task.name, task);
  }

  /** Passes this process ran, by task (the metric). */
  passes(): ReadonlyMap<string, number> {
    return this.counts;
  }

  onApplicationBootstrap(): void {
    if (this.tasks.size === 0) return;
    this.leader.onChange((leading) => (leading ? this.start() : this.stop()));
    this.leader.campaign();
  }

  onModuleDestroy(): void {
    this.stopped = true;
    this.stop();
  }

  private start(): void {
    if (this.active || this.stopped) return;
    this.active = true;
    for (const task of this.tasks.values()) void this.loop(task);
  }

  /** Passes under way finish (every pass is safe to overlap with another process's); no new one starts. */
  private stop(): void {
    this.active = false;
    for (const timer of this.timers.values()) clearTimeout(timer);
    this.timers.clear();
  }

  private async loop(task: PeriodicTask): Promise<void> {
    if (!this.active) return;
    let waitMs: number;
    try {
      const claim = await this.schedule.claim(task.name, task.intervalMs, this.leader.identity);
      if ('pass' in claim) {
        await task.run().catch((err: unknown) => this.logger.warn({ err, task: task.name }, 'periodic pass failed'));
        this.counts.set(task.name, (this.counts.get(task.name) ?? 0) + 1);
        await this.schedule.finished(task.name);
        // The next claim answers how long is left of this interval.
        waitMs = 0;
      } else {
        // A few milliseconds late rather than early, where the claim would only answer the wait again.
        waitMs = claim.waitMs + 5;
      }
    } catch (err) {
      this.logger.warn({ err, task: task.name }, 'periodic work could not reach Postgres; retrying');
      waitMs = Math.min(task.intervalMs, RETRY_MS);
    }
    if (!this.active) return;
    const timer = setTimeout(() => void this.loop(task), waitMs);
    timer.unref();
    this.timers.set(task.name, timer);
  }
}
