import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { DeliveryStatus } from './domain/webhook-events';
import { WebhookSubscription } from './webhook-subscription.entity';

/**
 * One outbox message on its way to one subscription: the delivery log, and the retry state.
 * Partitioned by month of created_at (docs/operations.md, "Partitions"), hence the primary key
 * (id, created_at). One delivery per subscription and message is a unique index of each partition
 * (a unique index of the whole table would have to include created_at): see the migration Partitions.
 */
@Entity('webhook_deliveries')
@Index('ix_webhook_deliveries_due', ['status', 'nextAttemptAt'])
// The deliveries of a notice, found when its ticket's personal data is anonymised (src/privacy).
@Index('ix_webhook_deliveries_outbox', ['outboxId'])
@Index('ix_webhook_deliveries_subscription_created', ['subscriptionId', 'createdAt', 'id'])
export class WebhookDelivery {
  @PrimaryGeneratedColumn('uuid') id: string;

  @Column({ type: 'uuid' }) subscriptionId: string;

  /** The log belongs to its subscription and goes with it. */
  @ManyToOne(() => WebhookSubscription, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'subscription_id' })
  subscription?: WebhookSubscription;

  /** No foreign key: outbox rows may be pruned once relayed, the log stays. */
  @Column({ type: 'bigint' }) outboxId: string;

  @Column({ type: 'varchar', length: 48 }) eventType: string;
  @Column({ type: 'jsonb' }) payload: Record<string, unknown>;
  @Column({ type: 'varchar', length: 16, default: 'pending' }) status: DeliveryStatus;
  /** Attempts since the delivery was created or last replayed; with the id it names the queue job. */
  @Column({ type: 'int', default: 0 }) attempts: number;
  @Column({ type: 'int', nullable: true }) lastStatusCode: number | null;
  @Column({ type: 'text', nullable: true }) lastError: string | null;
  @Column({ type: 'timestamptz' }) nextAttemptAt: Date;
  @Column({ type: 'timestamptz', nullable: true }) deliveredAt: Date | null;
  @CreateDateColumn({ type: 'timestamptz', primary: true }) createdAt: Date;
}
