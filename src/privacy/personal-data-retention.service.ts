import { Inject, Injectable, Logger, OnModuleInit } from '@nestjs/common';
import { Clock } from '../common/clock';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import { PeriodicWork } from '../database/periodic-work';
import { TicketTransitionService } from '../tickets/ticket-transition.service';

/** Tickets anonymised per transaction: short row locks, a pass of many batches. */
const BATCH = 500;
const DAY_MS = 86_400_000;

/**
 * Personal data kept no longer than needed (PIPL): a periodic task, run once per interval across the
 * cluster by the leader of periodic work, anonymises tickets archived more than
 * PII_RETENTION_DAYS_AFTER_ARCHIVE days ago, in batches through the one writer (each ticket gets its
 * `ticket.anonymised` event), until none is left.
 */
@Injectable()
export class PersonalDataRetentionService implements OnModuleInit {
  private readonly logger = new Logger(PersonalDataRetentionService.name);

  constructor(
    private readonly transitions: TicketTransitionService,
    private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly periodic: PeriodicWork,
  ) {}

  onModuleInit(): void {
    this.periodic.register({
      name: 'personal-data-retention',
      intervalMs: this.config.PII_RETENTION_INTERVAL_SECONDS * 1000,
      run: () => this.anonymiseExpired(),
    });
  }

  /** One pass: every ticket past its retention, a batch at a time. Returns how many were anonymised. */
  async anonymiseExpired(): Promise<number> {
    const archivedBefore = new Date(this.clock.now().getTime() - this.config.PII_RETENTION_DAYS_AFTER_ARCHIVE * DAY_MS);
    let total = 0;
    for (;;) {
      const done = await this.transitions.anonymiseArchived(archivedBefore, BATCH);
      total += done;
      if (done < BATCH) break;
    }
    if (total > 0) this.logger.log({ tickets: total, archivedBefore }, 'personal data past retention anonymised');
    return total;
  }
}
