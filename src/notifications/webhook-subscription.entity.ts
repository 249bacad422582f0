import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { OrgUnit } from '../org/org-unit.entity';

/** An org unit's endpoint for the DOMAIN §7 events that concern it. */
@Entity('webhook_subscriptions')
@Index('ix_webhook_subscriptions_unit', ['orgUnitId'])
export class WebhookSubscription {
  @PrimaryGeneratedColumn('uuid') id: string;

  @Column({ type: 'uuid' }) orgUnitId: string;

  @ManyToOne(() => OrgUnit, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'org_unit_id' })
  orgUnit?: OrgUnit;

  @Column({ type: 'varchar', length: 2048 }) url: string;

  /** Empty: every event type. */
  @Column({ type: 'text', array: true, default: () => "'{}'" }) eventTypes: string[];

  /** Kept in clear because signing needs it; never selected unless asked for, and shown only at creation and rotation. */
  @Column({ type: 'varchar', length: 100, select: false }) secret: string;

  @Column({ type: 'boolean', default: true }) enabled: boolean;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt: Date;
  @UpdateDateColumn({ type: 'timestamptz' }) updatedAt: Date;
}
