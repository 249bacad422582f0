import { Check, Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * Transactional outbox: written with the state change, relayed to webhooks after commit. Partitioned
 * by month of created_at (docs/operations.md, "Partitions"), hence the primary key (id, created_at).
 */
@Entity('outbox')
@Index('ix_outbox_unpublished', ['id'], { where: 'published_at IS NULL' })
// A ticket's notices, found when its personal data is anonymised (src/privacy).
@Index('ix_outbox_ticket', ['ticketId'])
@Check('ck_outbox_channel_payload', 'cardinality(channel_system_ids) = 0 OR channel_payload IS NOT NULL')
export class OutboxMessage {
  @PrimaryGeneratedColumn('increment', { type: 'bigint' }) id: string;
  @Column({ type: 'varchar', length: 48 }) eventType: string;
  @Column({ type: 'uuid', nullable: true }) ticketId: string | null;
  /** Org units to notify (owner, dispatcher, supervisors...). */
  @Column({ type: 'uuid', array: true, default: () => "'{}'" }) unitIds: string[];
  /** Channel systems to notify: the filing channel, for the customer-facing milestones. See docs/domain.md, notifications. */
  @Column({ type: 'uuid', array: true, default: () => "'{}'" }) channelSystemIds: string[];
  /** The body units receive (WebhookPayload). */
  @Column({ type: 'jsonb' }) payload: Record<string, unknown>;
  /** The body channel systems receive (ChannelWebhookPayload): set exactly when a channel system is addressed. */
  @Column({ type: 'jsonb', nullable: true }) channelPayload: Record<string, unknown> | null;
  @CreateDateColumn({ type: 'timestamptz', primary: true }) createdAt: Date;
  @Column({ type: 'timestamptz', nullable: true }) publishedAt: Date | null;
}
