import { BeforeApplicationShutdown, Inject, Injectable, Logger, OnApplicationBootstrap, OnModuleInit } from '@nestjs/common';
import { SchedulerRegistry } from '@nestjs/schedule';
import { ClusterLeader } from '../../database/cluster-leader';
import { PeriodicWork } from '../../database/periodic-work';
import { RedisClient, replicationId } from '../../redis/redis-connection';
import { APP_CONFIG, AppConfig } from '../../config/app-config';
import { Clock } from '../../common/clock';
import { MetricsService } from '../../metrics/metrics.service';
import { DeploymentMarker } from '../../redis/deployment-marker';
import { REDIS } from '../../redis/redis.module';
import { SlaFiringService } from './sla-firing.service';
import { SlaTimerService, TimerToArm } from './sla-timer.service';
import { StageDeadlineRepository } from './stage-deadline.repository';
import { TimerKind } from './sla-queue';

const BATCH = 5000;
/** How often the marker key is probed, so a flush or a failover is noticed within a second, not at the next pass. */
const MARKER_PROBE_MS = 1000;
/** How long a pass waits for the queue's connection before it leaves arming to the next trigger. */
const QUEUE_READY_WAIT_MS = 2000;
/** Tickets claimed per firing transaction: short transactions, so API transitions on the same tickets wait little. */
const FIRE_BATCH = 200;

/**
 * Makes timers durable whatever happens to Redis or a worker: every interval, on the leader of
 * periodic work only (PeriodicWork), it
 * (1) fires every deadline (of a stage or a supervision order) that passed without its record, straight from Postgres, and
 * (2) arms the jobs of deadlines entering the horizon. The instant armed up to is in the marker key in
 * Redis, so a new leader carries on where the last one stopped. It re-arms the whole horizon on its
 * first pass as leader, and when Redis may have lost what was armed: the marker key is gone (flush,
 * empty restart), or the server holding it has another replication id than the one the marker was
 * written on (a failover promoted a replica, which may lack the last writes of the old master, the
 * marker itself included or not).
 *
 * Arming needs Redis, firing does not: while Redis is not ready a pass only fires, and the next
 * 'ready' of the connection (start, or reconnect after an outage) triggers a pass at once on the
 * leader; a marker probe every second does the same after a flush or failover that kept the
 * connection up.
 */
@Injectable()
export class SlaReconcilerService implements OnModuleInit, OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger(SlaReconcilerService.name);
  private running = false;
  /** A trigger arrived during a pass: run another one right after it. */
  private again = false;
  private stopped = false;
  /**
   * Set when this process cannot trust the marker's horizon: before its first pass as leader, and
   * after a pass that found Redis unready (arming done meanwhile by the API may have failed).
   */
  private fullRearm = true;

  constructor(
    private readonly stages: StageDeadlineRepository,
    private readonly timers: SlaTimerService,
    private readonly firing: SlaFiringService,
    private readonly clock: Clock,
    @Inject(REDIS) private readonly redis: RedisClient,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly scheduler: SchedulerRegistry,
    private readonly deployment: DeploymentMarker,
    private readonly metrics: MetricsService,
    private readonly periodic: PeriodicWork,
    private readonly leader: ClusterLeader,
  ) {}

  private get markerKey(): string {
    return `${this.config.REDIS_PREFIX}:sla:armed-marker`;
  }

  private readonly onRedisReady = () => {
    if (this.leader.isLeader) void this.tick();
  };

  onModuleInit(): void {
    this.periodic.register({
      name: 'sla-reconciler',
      intervalMs: this.config.SLA_RECONCILE_INTERVAL_SECONDS * 1000,
      run: () => this.tick(),
    });
    // A process that takes the lead re-arms the whole horizon on its first pass.
    this.leader.onChange((leading) => {
      if (leading) this.fullRearm = true;
    });
  }

  onApplicationBootstrap(): void {
    this.redis.on('ready', this.onRedisReady);
    // The registry clears it on shutdown.
    this.scheduler.addInterval(
      'sla-marker-probe',
      setInterval(() => void this.probeMarker(), MARKER_PROBE_MS),
    );
  }

  beforeApplicationShutdown(): void {
    this.stopped = true;
    this.redis.off('ready', this.onRedisReady);
  }

  /** One reconciliation pass; a trigger during a pass runs one more pass after it. */
  async tick(): Promise<{ fired: number; armed: number }> {
    if (this.stopped) return { fired: 0, armed: 0 };
    if (this.running) {
      this.again = true;
      return { fired: 0, armed: 0 };
    }
    this.running = true;
    try {
      const fired = (await this.fireOverdue('warn')) + (await this.fireOverdue('breach'));
      const armed = await this.armIfRedisReady();
      if (fired || armed) this.logger.log({ fired, armed }, 'SLA reconciliation');
      return { fired, armed: armed ?? 0 };
    } catch (err) {
      this.logger.warn({ err }, 'SLA reconciliation failed; retrying next interval');
      return { fired: 0, armed: 0 };
    } finally {
      this.running = false;
      if (this.again) {
        this.again = false;
        void this.tick();
      }
    }
  }

  /** Null when Redis is not ready: nothing is armed, and the next full pass re-arms the whole horizon. */
  private async armIfRedisReady(): Promise<number | null> {
    if (this.redis.status !== 'ready' || !(await this.timers.queueReady(QUEUE_READY_WAIT_MS))) {
      this.fullRearm = true;
      return null;
    }
    return this.armHorizon();
  }

  private async probeMarker(): Promise<void> {
    if (this.stopped || this.running || !this.leader.isLeader || this.redis.status !== 'ready') return;
    // Arming was skipped (the queue's connection lagged the general one's return), or this process has
    // just taken the lead: arm now, not at the next interval.
    if (this.fullRearm) {
      void this.tick();
      return;
    }
    const lost = await this.lostState(await this.replicationId()).catch(() => null);
    if (lost) void this.tick();
  }

  /** The server's replication id, read before arming so that a failover during a pass leaves a marker naming the old server. */
  private replicationId(): Promise<string | null> {
    // Without the right to INFO only a lost marker can be noticed, not a failover that kept it.
    return replicationId(this.redis, this.markerKey).catch(() => null);
  }

  /** Why Redis may no longer hold what was armed, or null: the marker names the instant armed up to and the server's replication id. */
  private async lostState(replid: string | null): Promise<'marker_lost' | 'replication_changed' | null> {
    return (await this.markerState(replid)).lost;
  }

  private async markerState(
    replid: string | null,
  ): Promise<{ lost: 'marker_lost' | 'replication_changed' | null; armedUntil: number | null }> {
    const marker = await this.redis.get(this.markerKey);
    if (marker === null) return { lost: 'marker_lost', armedUntil: null };
    const [at, markerReplid] = marker.split(' ');
    const armedUntil = Date.parse(at);
    if (Number.isNaN(armedUntil)) return { lost: 'marker_lost', armedUntil: null };
    return { lost: replid !== null && markerReplid !== replid ? 'replication_changed' : null, armedUntil };
  }

  private fireOverdue(kind: TimerKind): Promise<number> {
    return this.firing.fireDue(kind, FIRE_BATCH, () => !this.stopped);
  }

  private async armHorizon(): Promise<number> {
    const now = this.clock.now().getTime();
    const until = new Date(now + this.timers.horizonMs);
    const replid = await this.replicationId();
    const { lost, armedUntil } = await this.markerState(replid);
    // Lost state may also have taken this deployment's claim on the prefix; take it back (or stop on a conflict).
    if (lost) await this.deployment.reclaim();
    // A missing marker at this process's first pass as leader is most often a first start, not a loss.
    const reason = lost === 'replication_changed' ? lost : this.fullRearm ? 'start' : lost;
    if (reason) this.metrics.slaRearmed(reason);
    if (reason === 'marker_lost')
      this.logger.warn('Redis lost the timer marker (flush or empty restart); re-arming the horizon from Postgres');
    if (reason === 'replication_changed') {
      this.logger.warn(
        'Redis replication id changed (a failover promoted a replica that may lack the last writes); re-arming the horizon from Postgres',
      );
    }
    // Incremental: only what entered the horizon since the last pass, by whichever process made it.
    // Full (first pass as leader, Redis unready before, or Redis lost its state): everything up to the
    // horizon, overdue ones included (they run at once).
    const from = new Date(reason ? 0 : armedUntil!);
    let armed = 0;
    for (const subject of ['stage', 'order'] as const) {
      for (const kind of ['warn', 'breach'] as const) {
        let cursor: { at: Date; id: string } = { at: from, id: '00000000-0000-0000-0000-000000000000' };
        for (;;) {
          const rows = await this.stages.unrecorded(kind, cursor, until, BATCH, subject);
          if (rows.length === 0) break;
          await this.timers.arm(rows.map((r): TimerToArm => ({ kind, subject, stageId: r.id, gen: r.gen, at: r.at })));
          armed += rows.length;
          if (rows.length < BATCH) break;
          cursor = rows[rows.length - 1];
        }
      }
    }
    await this.redis.set(this.markerKey, `${until.toISOString()} ${replid ?? ''}`);
    this.fullRearm = false;
    return armed;
  }
}
