import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, AppConfig } from '../../config/app-config';
import { Clock } from '../../common/clock';
import { TicketFiringPort } from './ticket-firing.port';

const BATCH = 500;

/**
 * DOMAIN §3: an open ticket that stays unresolved past the policy age is upgraded in severity,
 * once, recorded as an event and notified: the writer's `auto_upgrade` command over tickets
 * claimed with SKIP LOCKED, so workers and passes never upgrade one twice. Runs with the SLA reconciler.
 */
@Injectable()
export class TicketAgingService {
  constructor(
    private readonly transitions: TicketFiringPort,
    private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async upgradeOverdue(): Promise<number> {
    const ageMs = (this.config.AUTO_UPGRADE_AFTER_HOURS * 3_600_000) / this.config.SLA_TIME_SCALE;
    const filedBefore = new Date(this.clock.now().getTime() - ageMs);
    return this.transitions.upgradeAged(filedBefore, this.config.AUTO_UPGRADE_AFTER_HOURS, BATCH);
  }
}
