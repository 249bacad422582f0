import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { APP_CONFIG, AppConfig } from '../../config/app-config';
import { Clock } from '../../common/clock';
import { Ticket } from '../../tickets/ticket.entity';
import { Performer, TicketTransitionService } from '../../tickets/ticket-transition.service';
import { TimerKind } from './sla-queue';

/** Time a supervised owner gets to act on an automatic supervision order (policy hours, scaled like every SLA duration). */
const SUPERVISION_HOURS = 2;

const SYSTEM: Performer = { kind: 'system', id: 'sla-timer', unitId: null };

export type FireResult = 'fired' | 'skipped';

interface FiredStage {
  id: string;
  ticketId: string;
  kind: string;
  ownerUnitId: string;
  warnAt: Date;
  dueAt: Date;
}

type LockedTicket = Pick<Ticket, 'id' | 'number' | 'status' | 'ownerUnitId' | 'dispatcherUnitId' | 'reviewUnitId'>;

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
    private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async fire(kind: TimerKind, stageId: string, gen: number): Promise<FireResult> {
    return this.db.transaction(async (tx) => {
      const now = this.clock.now();
      const column = kind === 'warn' ? 'warned_at' : 'breached_at';
      const instant = kind === 'warn' ? 'warn_at' : 'due_at';
      const [rows] = (await tx.query(
        `UPDATE ticket_stages SET ${column} = $3
          WHERE id = $1 AND deadline_gen = $2 AND status = 'open' AND ${column} IS NULL AND ${instant} <= $3
          RETURNING id, ticket_id AS "ticketId", kind, owner_unit_id AS "ownerUnitId", warn_at AS "warnAt", due_at AS "dueAt"`,
        [stageId, gen, now],
      )) as [FiredStage[], number];
      if (rows.length === 0) return 'skipped';
      const stage = rows[0];
      // The ticket row lock orders this firing's events after any concurrent transition's.
      const [ticket] = (await tx.query(
        `SELECT id, number, status, owner_unit_id AS "ownerUnitId", dispatcher_unit_id AS "dispatcherUnitId", review_unit_id AS "reviewUnitId"
           FROM tickets WHERE id = $1 FOR UPDATE`,
        [stage.ticketId],
      )) as LockedTicket[];
      if (kind === 'warn') await this.warn(tx, ticket, stage, now);
      else await this.breach(tx, ticket, stage, now);
      return 'fired';
    });
  }

  private async warn(tx: EntityManager, ticket: LockedTicket, stage: FiredStage, now: Date): Promise<void> {
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
      { notifyUnitIds: [stage.ownerUnitId] },
    );
  }

  /** DOMAIN §6: a breach escalates to the next tier above the stage owner; the owner stays, a supervisor is added. */
  private async breach(tx: EntityManager, ticket: LockedTicket, stage: FiredStage, now: Date): Promise<void> {
    // The owner's tier and its nearest centre above (the escalation target) in one query.
    const [chain] = (await tx.query(
      `SELECT o.tier AS "ownerTier", s.id AS "supervisorId", s.tier AS "supervisorTier"
         FROM org_units o
         LEFT JOIN LATERAL (
           SELECT a.id, a.tier FROM org_units a
            WHERE o.path LIKE a.path || '%' AND a.id <> o.id AND a.tier IN ('national', 'provincial')
            ORDER BY a.depth DESC LIMIT 1
         ) s ON TRUE
        WHERE o.id = $1`,
      [stage.ownerUnitId],
    )) as { ownerTier: string; supervisorId: string | null; supervisorTier: string | null }[];
    const events: { type: string; data: Record<string, unknown> }[] = [
      {
        type: 'stage.breached',
        data: {
          stageId: stage.id,
          stage: stage.kind,
          ownerUnitId: stage.ownerUnitId,
          dueAt: stage.dueAt,
          overdueMs: now.getTime() - stage.dueAt.getTime(),
        },
      },
    ];
    const notifyUnitIds = [stage.ownerUnitId];
    if (chain.supervisorId) {
      const dueAt = new Date(now.getTime() + (SUPERVISION_HOURS * 3_600_000) / this.config.SLA_TIME_SCALE);
      const [order] = (await tx.query(
        `INSERT INTO supervision_orders (ticket_id, stage_id, issuer_unit_id, target_unit_id, note, due_at, automatic, status)
         VALUES ($1, $2, $3, $4, $5, $6, TRUE, 'open') RETURNING id`,
        [
          ticket.id,
          stage.id,
          chain.supervisorId,
          stage.ownerUnitId,
          `automatic: ${stage.kind} stage breached its deadline ${stage.dueAt.toISOString()}`,
          dueAt,
        ],
      )) as { id: string }[];
      await this.transitions.addParticipants(tx, ticket.id, [{ unitId: chain.supervisorId, role: 'supervisor' }]);
      await tx.query('UPDATE tickets SET escalated = TRUE WHERE id = $1 AND NOT escalated', [ticket.id]);
      notifyUnitIds.push(chain.supervisorId);
      events.push(
        {
          type: 'ticket.escalated',
          data: {
            stageId: stage.id,
            fromUnitId: stage.ownerUnitId,
            fromTier: chain.ownerTier,
            toUnitId: chain.supervisorId,
            toTier: chain.supervisorTier,
          },
        },
        {
          type: 'supervision.issued',
          data: {
            supervisionOrderId: order.id,
            fromUnitId: chain.supervisorId,
            toUnitId: stage.ownerUnitId,
            dueAt: dueAt.toISOString(),
            automatic: true,
          },
        },
      );
    } else {
      // A national-centre breach has no higher tier: recorded and notified to national supervisors.
      this.logger.warn({ ticketId: ticket.id, stageId: stage.id }, 'national-tier stage breached');
    }
    await this.transitions.recordEvents(tx, ticket, events, SYSTEM, now, { notifyUnitIds });
  }
}
