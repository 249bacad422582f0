import { Column, Entity, Index, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';

/**
 * Immutable ticket history: who did what, when, why, with the state before and after. Partitioned by
 * month of `at` (docs/operations.md, "Partitions"), hence the primary key (id, at). The unique index
 * on (ticket_id, seq) is one of each partition (a unique index of the whole table would have to
 * include `at`); seq is assigned under the ticket's row lock, which keeps it unique across months.
 */
@Entity('ticket_events')
@Index('ix_ticket_events_type_at', ['type', 'at'])
@Index('ix_events_returned', ['ticketId'], { where: "type = 'ticket.returned'" })
@Index('ix_events_extension_approved', ['ticketId'], { where: "type = 'extension.decided' AND (data ->> 'approved') = 'true'" })
export class TicketEvent {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ type: 'uuid' }) ticketId: string;
  /** Position in the ticket's history, gap-free (assigned under the ticket's row lock). */
  @Column({ type: 'int' }) seq: number;
  @Column({ type: 'varchar', length: 48 }) type: string;
  @Column({ type: 'varchar', length: 16 }) actorKind: string;
  @Column({ type: 'varchar', length: 64 }) actorId: string;
  @Column({ type: 'uuid', nullable: true }) actorUnitId: string | null;
  @PrimaryColumn({ type: 'timestamptz' }) at: Date;
  @Column({ type: 'text', nullable: true }) reason: string | null;
  @Column({ type: 'jsonb', nullable: true }) before: Record<string, unknown> | null;
  @Column({ type: 'jsonb', nullable: true }) after: Record<string, unknown> | null;
  @Column({ type: 'jsonb', default: () => "'{}'" }) data: Record<string, unknown>;
  @Column({ type: 'varchar', length: 128, nullable: true }) requestId: string | null;
}
