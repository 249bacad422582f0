import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

export type SupervisionStatus = 'open' | 'resolved';

/** 督办: a formal order from a higher tier; auto-issued on breach, or by a supervisor. */
@Entity('supervision_orders')
@Index('ix_supervision_target', ['targetUnitId', 'status', 'dueAt', 'id'])
@Index('ix_supervision_issuer', ['issuerUnitId', 'status', 'dueAt', 'id'])
@Index('ix_supervision_status_due', ['status', 'dueAt', 'id'])
@Index('ix_supervision_ticket', ['ticketId'])
export class SupervisionOrder {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ type: 'uuid' }) ticketId: string;
  @Column({ type: 'uuid', nullable: true }) stageId: string | null;
  @Column({ type: 'uuid' }) issuerUnitId: string;
  @Column({ type: 'uuid' }) targetUnitId: string;
  @Column({ type: 'text' }) note: string;
  @Column({ type: 'timestamptz' }) dueAt: Date;
  @Column({ type: 'boolean', default: false }) automatic: boolean;
  @Column({ type: 'varchar', length: 16, default: 'open' }) status: SupervisionStatus;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt: Date;
  @Column({ type: 'timestamptz', nullable: true }) resolvedAt: Date | null;
}
