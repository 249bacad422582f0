import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { APP_CONFIG, AppConfig } from '../../config/app-config';
import { Clock } from '../../common/clock';
import { OrgUnit } from '../../org/org-unit.entity';
import { OrgService } from '../../org/org.service';
import { Ticket } from '../../tickets/ticket.entity';
import { TicketStage } from '../../tickets/ticket-stage.entity';
import { Performer, TicketTransitionService } from '../../tickets/ticket-transition.service';
import { TimerKind } from './sla-queue';

/** Time a supervised owner gets to act on an automatic supervision order (policy hours, scaled like every SLA duration). */
const SUPERVISION_HOURS = 2;

const SYSTEM: Performer = { kind: 'system', id: 'sla-timer', unitId: null };

export type FireResult = 'fired' | 'skipped';

/**
 * Records warnings and breaches exactly once per stage deadline. The conditional UPDATE is the
 * guard: it succeeds only for the deadline generation the job was armed for, while the stage is
 * open, not yet recorded, and really due; a duplicated, stale or early job changes nothing.
 */
@Injectable()
export class SlaFiringService {
  private readonly logger = new Logger(SlaFiringService.name);

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly transitions: TicketTransitionService,
    private readonly org: OrgService,
    private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async fire(kind: TimerKind, stageId: string, gen: number): Promise<FireResult> {
    return this.db.transaction(async (tx) => {
      const now = this.clock.now();
      const column = kind === 'warn' ? 'warned_at' : 'breached_at';
      const instant = kind === 'warn' ? 'warn_at' : 'due_at';
      const rows = (await tx.query(
        `UPDATE ticket_stages SET ${column} = $3
          WHERE id = $1 AND deadline_gen = $2 AND status = 'open' AND ${column} IS NULL AND ${instant} <= $3
          RETURNING id`,
        [stageId, gen, now],
      )) as [{ id: string }[], number];
      if (rows[0].length === 0) return 'skipped';
      const stage = await tx.findOneByOrFail(TicketStage, { id: stageId });
      const ticket = await tx.findOneOrFail(Ticket, { where: { id: stage.ticketId }, lock: { mode: 'pessimistic_write' } });
      if (kind === 'warn') await this.warn(tx, ticket, stage, now);
      else await this.breach(tx, ticket, stage, now);
      return 'fired';
    });
  }

  private async warn(tx: EntityManager, ticket: Ticket, stage: TicketStage, now: Date): Promise<void> {
    await this.transitions.recordEvents(
      tx,
      ticket,
      [
        {
          type: 'stage.warning',
          data: { stageId: stage.id, stage: stage.kind, ownerUnitId: stage.ownerUnitId, warnAt: stage.warnAt, dueAt: stage.dueAt },
        },
      ],
      SYSTEM,
      now,
    );
  }

  /** DOMAIN §6: a breach escalates to the next tier above the stage owner; the owner stays, a supervisor is added. */
  private async breach(tx: EntityManager, ticket: Ticket, stage: TicketStage, now: Date): Promise<void> {
    const owner = await tx.findOneByOrFail(OrgUnit, { id: stage.ownerUnitId });
    const [supervisor] = await this.org.ancestors(owner, tx);
    const events: { type: string; data: Record<string, unknown> }[] = [
      {
        type: 'stage.breached',
        data: {
          stageId: stage.id,
          stage: stage.kind,
          ownerUnitId: owner.id,
          dueAt: stage.dueAt,
          overdueMs: now.getTime() - stage.dueAt.getTime(),
        },
      },
    ];
    if (supervisor) {
      const dueAt = new Date(now.getTime() + (SUPERVISION_HOURS * 3_600_000) / this.config.SLA_TIME_SCALE);
      const order = await this.transitions.issueSupervision(
        tx,
        { ...ticket, ownerUnitId: owner.id },
        supervisor.id,
        `automatic: ${stage.kind} stage breached its deadline ${stage.dueAt.toISOString()}`,
        dueAt,
        true,
        stage.id,
      );
      await this.transitions.addParticipants(tx, ticket.id, [{ unitId: supervisor.id, role: 'supervisor' }]);
      await tx.update(Ticket, { id: ticket.id }, { escalated: true });
      events.push(
        {
          type: 'ticket.escalated',
          data: { stageId: stage.id, fromUnitId: owner.id, fromTier: owner.tier, toUnitId: supervisor.id, toTier: supervisor.tier },
        },
        {
          type: 'supervision.issued',
          data: {
            supervisionOrderId: order.id,
            fromUnitId: supervisor.id,
            toUnitId: owner.id,
            dueAt: dueAt.toISOString(),
            automatic: true,
          },
        },
      );
    } else {
      // A national-centre breach has no higher tier: recorded and notified to national supervisors.
      this.logger.warn({ ticketId: ticket.id, stageId: stage.id }, 'national-tier stage breached');
    }
    await this.transitions.recordEvents(tx, ticket, events, SYSTEM, now);
  }
}
