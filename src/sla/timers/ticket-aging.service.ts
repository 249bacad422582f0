import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { APP_CONFIG, AppConfig } from '../../config/app-config';
import { Clock } from '../../common/clock';
import { OPEN_STATUSES } from '../../tickets/domain/ticket.types';
import { Ticket } from '../../tickets/ticket.entity';
import { TicketTransitionService } from '../../tickets/ticket-transition.service';

const BATCH = 500;

/**
 * DOMAIN §3: an open ticket that stays unresolved past the policy age is upgraded in severity,
 * once, recorded as an event and notified. The conditional UPDATE makes it exactly-once across
 * workers and passes; it runs with the SLA reconciler.
 */
@Injectable()
export class TicketAgingService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly transitions: TicketTransitionService,
    private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async upgradeOverdue(): Promise<number> {
    const now = this.clock.now();
    const ageMs = (this.config.AUTO_UPGRADE_AFTER_HOURS * 3_600_000) / this.config.SLA_TIME_SCALE;
    return this.db.transaction(async (tx) => {
      const [rows] = (await tx.query(
        `UPDATE tickets SET severity_upgraded_at = $1
          WHERE id IN (SELECT id FROM tickets
                        WHERE severity_upgraded_at IS NULL AND filed_at <= $2 AND status = ANY($3)
                        ORDER BY filed_at LIMIT ${BATCH} FOR UPDATE SKIP LOCKED)
          RETURNING id, number, status, owner_unit_id AS "ownerUnitId", dispatcher_unit_id AS "dispatcherUnitId",
                    review_unit_id AS "reviewUnitId", filed_at AS "filedAt"`,
        [now, new Date(now.getTime() - ageMs), OPEN_STATUSES],
      )) as [Pick<Ticket, 'id' | 'number' | 'status' | 'ownerUnitId' | 'dispatcherUnitId' | 'reviewUnitId' | 'filedAt'>[], number];
      for (const ticket of rows) {
        await this.transitions.recordEvents(
          tx,
          ticket,
          [
            {
              type: 'ticket.upgraded',
              data: { reason: 'unresolved past the policy age', filedAt: ticket.filedAt, afterHours: this.config.AUTO_UPGRADE_AFTER_HOURS },
            },
          ],
          { kind: 'system', id: 'ticket-aging', unitId: null },
          now,
        );
      }
      return rows.length;
    });
  }
}
