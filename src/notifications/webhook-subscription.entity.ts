import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { ChannelSystem } from '../auth/credentials.entity';
import { OrgUnit } from '../org/org-unit.entity';

/**
 * An endpoint for the DOMAIN §7 events that concern its owner: an org unit (the events of its
 * tickets), or a channel system (the customer-facing milestones of the tickets it filed).
 */
@Entity('webhook_subscriptions')
@Index('ix_webhook_subscriptions_unit', ['orgUnitId'])
@Index('ix_webhook_subscriptions_channel', ['channelSystemId'])
@Check('ck_webhook_subscriptions_owner', '(org_unit_id IS NULL) <> (channel_system_id IS NULL)')
export class WebhookSubscription {
  @PrimaryGeneratedColumn('uuid') id: string;

  @Column({ type: 'uuid', nullable: true }) orgUnitId: string | null;

  @Column({ type: 'uuid', nullable: true }) channelSystemId: string | null;

  @ManyToOne(() => ChannelSystem, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'channel_system_id' })
  channelSystem?: ChannelSystem;

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
