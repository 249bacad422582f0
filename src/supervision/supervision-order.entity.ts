import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

export type SupervisionStatus = 'open' | 'resolved';

/**
 * 督办: a formal order from a higher tier; auto-issued on breach, or by a supervisor. Timed like a
 * stage: `deadlineGen` changes whenever the deadline moves, and a timer acts only for the
 * generation it was armed for; a breach of an order still open escalates it one tier up.
 */
@Entity('supervision_orders')
@Index('ix_supervision_target', ['targetUnitId', 'status', 'dueAt', 'id'])
@Index('ix_supervision_issuer', ['issuerUnitId', 'status', 'dueAt', 'id'])
@Index('ix_supervision_status_due', ['status', 'dueAt', 'id'])
@Index('ix_supervision_ticket', ['ticketId'])
@Index('ix_supervision_open_warn', ['warnAt'], { where: "status = 'open' AND warned_at IS NULL" })
@Index('ix_supervision_open_due', ['dueAt'], { where: "status = 'open' AND breached_at IS NULL" })
export class SupervisionOrder {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ type: 'uuid' }) ticketId: string;
  @Column({ type: 'uuid', nullable: true }) stageId: string | null;
  @Column({ type: 'uuid' }) issuerUnitId: string;
  @Column({ type: 'uuid' }) targetUnitId: string;
  @Column({ type: 'text' }) note: string;
  @Column({ type: 'timestamptz' }) warnAt: Date;
  @Column({ type: 'timestamptz' }) dueAt: Date;
  @Column({ type: 'int', default: 1 }) deadlineGen: number;
  /** Why it is due then: the policy and limit, or the supervisor's own deadline. */
  @Column({ type: 'text' }) basis: string;
  @Column({ type: 'boolean', default: false }) automatic: boolean;
  @Column({ type: 'varchar', length: 16, default: 'open' }) status: SupervisionStatus;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt: Date;
  @Column({ type: 'timestamptz', nullable: true }) resolvedAt: Date | null;
  @Column({ type: 'timestamptz', nullable: true }) warnedAt: Date | null;
  @Column({ type: 'timestamptz', nullable: true }) breachedAt: Date | null;
  /** The breached order this one escalated, issued by the next tier up. */
  @Column({ type: 'uuid', nullable: true }) escalatedFromId: string | null;
}
