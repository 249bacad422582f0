import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import type { StageKind } from './domain/ticket.types';

export type StageStatus = 'open' | 'completed' | 'cancelled';

/** An open stage warned or flagged at risk and not breached, as one boolean test (the at-risk queue and its indexes). */
export const AT_RISK_PREDICATE = "(status = 'open' AND (warned_at IS NOT NULL OR at_risk_at IS NOT NULL) AND breached_at IS NULL) IS TRUE";

/**
 * One stage instance with its deadline. Postgres is the source of truth for timers: `deadlineGen`
 * changes whenever the deadline moves, and a timer acts only for the generation it was armed for.
 */
@Entity('ticket_stages')
// (ticket_id, started_at) INCLUDE (kind, status, completed_at, due_at, breached_at) for the KPI aggregates (migration KpiIndexes).
@Index('ix_stages_ticket', { synchronize: false })
@Index('ix_stages_open_warn', ['warnAt'], { where: "status = 'open' AND warned_at IS NULL" })
@Index('ix_stages_open_due', ['dueAt'], { where: "status = 'open' AND breached_at IS NULL" })
@Index('ix_stages_owner_open', ['ownerUnitId', 'dueAt'], { where: "status = 'open'" })
@Index('ix_stages_overdue_owner', ['ownerUnitId', 'dueAt', 'id'], { where: "status = 'open' AND breached_at IS NOT NULL" })
// At risk: warned, or flagged when an approved extension moved handling past the commitment. The whole
// predicate is one boolean test, as the queue states it, with statistics on it (migration AtRiskQueuePredicate).
@Index('ix_stages_at_risk_owner', ['ownerUnitId', 'dueAt', 'id'], { where: AT_RISK_PREDICATE })
@Index('ix_stages_overdue', ['dueAt', 'id'], { where: "status = 'open' AND breached_at IS NOT NULL" })
@Index('ix_stages_at_risk', ['dueAt', 'id'], { where: AT_RISK_PREDICATE })
export class TicketStage {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ type: 'uuid' }) ticketId: string;
  @Column({ type: 'varchar', length: 24 }) kind: StageKind;
  @Column({ type: 'uuid' }) ownerUnitId: string;
  @Column({ type: 'int', default: 0 }) round: number;
  @Column({ type: 'varchar', length: 16, default: 'open' }) status: StageStatus;
  @Column({ type: 'timestamptz' }) startedAt: Date;
  @Column({ type: 'timestamptz' }) warnAt: Date;
  @Column({ type: 'timestamptz' }) dueAt: Date;
  @Column({ type: 'int', default: 1 }) deadlineGen: number;
  @Column({ type: 'text' }) basis: string;
  @Column({ type: 'timestamptz', nullable: true }) completedAt: Date | null;
  @Column({ type: 'timestamptz', nullable: true }) warnedAt: Date | null;
  @Column({ type: 'timestamptz', nullable: true }) breachedAt: Date | null;
  /** When something other than the clock put the deadline at risk (an extension approved past the commitment); the warning still fires at warnAt. */
  @Column({ type: 'timestamptz', nullable: true }) atRiskAt: Date | null;
  @Column({ type: 'text', nullable: true }) task: string | null;
  @Column({ type: 'text', nullable: true }) opinion: string | null;
}
