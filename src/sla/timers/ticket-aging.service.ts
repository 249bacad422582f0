import { Inject, Injectable, OnModuleInit } from '@nestjs/common';
import { APP_CONFIG, AppConfig } from '../../config/app-config';
import { Clock } from '../../common/clock';
import { PeriodicWork } from '../../database/periodic-work';
import { TicketFiringPort } from './ticket-firing.port';

const BATCH = 500;

/**
 * DOMAIN §3: an open ticket that stays unresolved past the policy age is upgraded in severity,
 * once, recorded as an event and notified: the writer's `auto_upgrade` command over tickets
 * claimed with SKIP LOCKED, so workers and passes never upgrade one twice. A periodic task of its
 * own, at the SLA reconciler's interval, run by the leader of periodic work.
 */
@Injectable()
export class TicketAgingService implements OnModuleInit {
  constructor(
    private readonly transitions: TicketFiringPort,
    private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly periodic: PeriodicWork,
  ) {}

  onModuleInit(): void {
    this.periodic.register({
      name: 'ticket-aging',
      intervalMs: this.config.SLA_RECONCILE_INTERVAL_SECONDS * 1000,
      run: () => this.upgradeOverdue(),
    });
  }

  async upgradeOverdue(): Promise<number> {
    const ageMs = (this.config.AUTO_UPGRADE_AFTER_HOURS * 3_600_000) / this.config.SLA_TIME_SCALE;
    const filedBefore = new Date(this.clock.now().getTime() - ageMs);
    return this.transitions.upgradeAged(filedBefore, this.config.AUTO_UPGRADE_AFTER_HOURS, BATCH);
  }
}
