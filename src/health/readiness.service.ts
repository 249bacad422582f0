import { Inject, Injectable } from '@nestjs/common';
import type { RedisClient } from '../redis/redis-connection';
import { Clock } from '../common/clock';
import { calendarCoveredUntil } from './calendar-coverage';
import { REDIS } from '../redis/redis.module';
import { OfficialCalendarService } from '../sla/official-calendar.service';
import { DrainState } from './drain-state';
import { HealthRepository } from './health.repository';

/** A probe never waits longer than this for one dependency. */
const PROBE_TIMEOUT_MS = 1000;
/** Warn this long before the shipped public-holiday calendar runs out. */
const CALENDAR_WARNING_DAYS = 60;

export interface DependencyStatus {
  status: 'up' | 'down';
  message?: string;
}

export interface Readiness {
  ready: boolean;
  draining: boolean;
  checks: { postgres: DependencyStatus; redis: DependencyStatus };
  /** Conditions an operator should act on that do not stop this process from serving. */
  warnings: string[];
}

/**
 * Probes shared by the API's and the worker's health endpoints. Each probe is bounded, so a
 * hanging dependency turns into "down" within a second instead of a hanging probe.
 */
@Injectable()
export class ReadinessService {
  constructor(
    private readonly database: HealthRepository,
    @Inject(REDIS) private readonly redis: RedisClient,
    private readonly drain: DrainState,
    private readonly clock: Clock,
    private readonly calendar: OfficialCalendarService,
  ) {}

  async postgres(): Promise<DependencyStatus> {
    return probe(() => this.database.ping());
  }

  async redisStatus(): Promise<DependencyStatus> {
    // Not connected: say so at once rather than wait for a command that cannot be sent.
    if (this.redis.status !== 'ready') return { status: 'down', message: `connection ${this.redis.status}` };
    return probe(() => this.redis.ping());
  }

  /**
   * Ready means: not shutting down and Postgres answers. Redis is reported but does not fail
   * readiness: requests do not wait on it (timers are re-armed by the reconciler), so taking every
   * instance out of the load balancer during a Redis outage would turn a degraded service into none.
   */
  async readiness(): Promise<Readiness> {
    const [postgres, redis] = await Promise.all([this.postgres(), this.redisStatus()]);
    const warnings: string[] = [];
    if (redis.status === 'down') warnings.push(`redis unavailable (${redis.message}): timers are armed by the reconciler when it returns`);
    const now = this.clock.now();
    const official = this.calendar.current();
    const coveredUntil = calendarCoveredUntil(now, (year) => official.covers(year));
    if (coveredUntil.getTime() - now.getTime() < CALENDAR_WARNING_DAYS * 86_400_000) {
      warnings.push(
        `public-holiday calendar covers working days only until ${coveredUntil.toISOString()}; import the next year's official schedule (POST /api/v1/official-calendar or npm run calendar:import); until then deadlines in it are provisional`,
      );
    }
    const draining = this.drain.draining;
    return { ready: !draining && postgres.status === 'up', draining, checks: { postgres, redis }, warnings };
  }
}

async function probe(work: () => Promise<unknown>): Promise<DependencyStatus> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${PROBE_TIMEOUT_MS} ms`)), PROBE_TIMEOUT_MS);
  });
  try {
    await Promise.race([work(), timeout]);
    return { status: 'up' };
  } catch (err) {
    return { status: 'down', message: (err as Error).message };
  } finally {
    clearTimeout(timer);
  }
}
