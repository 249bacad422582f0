import { Column, CreateDateColumn, Entity, Index, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';

export type ParticipantRole = 'reviewer' | 'owner' | 'cohandler' | 'supervisor';

/**
 * Every unit that has had a part in a ticket; department and city scope is "a participant is in my subtree".
 * ticketCreatedAt copies tickets.created_at (immutable) so that ix_participants_unit_created yields a
 * unit's tickets newest-first: the scoped list merges those ranges and reads about one page.
 */
@Entity('ticket_participants')
@Index('ix_participants_unit_created', ['unitId', 'ticketCreatedAt', 'ticketId'])
export class TicketParticipant {
  @PrimaryColumn({ type: 'uuid' }) ticketId: string;
  @PrimaryColumn({ type: 'uuid' }) unitId: string;
  @PrimaryColumn({ type: 'varchar', length: 16 }) role: ParticipantRole;
  /** The ticket's created_at, copied when the row is written (TicketTransitionService.addParticipants). */
  @Column({ type: 'timestamptz' }) ticketCreatedAt: Date;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt: Date;
}

/** Idempotency-Key of a filing, per channel system: a retried request returns the first ticket. */
@Entity('idempotency_keys')
// A ticket's keys, dropped when its personal data is anonymised (src/privacy).
@Index('ix_idempotency_keys_ticket', ['ticketId'])
export class IdempotencyKey {
  @PrimaryColumn({ type: 'varchar', length: 80 }) actorId: string;
  @PrimaryColumn({ type: 'varchar', length: 200 }) key: string;
  @Column({ type: 'char', length: 64 }) requestHash: string;
  @Column({ type: 'uuid' }) ticketId: string;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt: Date;
}

/** Per-province, per-day ticket number sequence. */
@Entity('ticket_number_counters')
export class TicketNumberCounter {
  @PrimaryColumn({ type: 'varchar', length: 16 }) prefix: string;
  @PrimaryColumn({ type: 'varchar', length: 8 }) day: string;
  @Column({ type: 'int' }) seq: number;
}

@Entity('ticket_attachments')
@Index('ix_attachments_ticket', ['ticketId', 'createdAt'])
export class TicketAttachment {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ type: 'uuid' }) ticketId: string;
  @Column({ type: 'varchar', length: 255 }) name: string;
  @Column({ type: 'varchar', length: 127 }) contentType: string;
  @Column({ type: 'bigint', transformer: { to: (v: number) => v, from: (v: string) => Number(v) } }) size: number;
  @Column({ type: 'varchar', length: 2048 }) url: string;
  @Column({ type: 'varchar', length: 128, nullable: true }) checksum: string | null;
  @Column({ type: 'varchar', length: 64 }) addedBy: string;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt: Date;
}

/** Audit of every read of unmasked personal data (DOMAIN §10). Partitioned by month of `at`, hence the primary key (id, at). */
@Entity('pii_access_log')
@Index('ix_pii_access_ticket', ['ticketId', 'at'])
export class PiiAccess {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ type: 'uuid' }) ticketId: string;
  @Column({ type: 'varchar', length: 64 }) actorId: string;
  @Column({ type: 'uuid', nullable: true }) actorUnitId: string | null;
  @Column({ type: 'varchar', length: 128, nullable: true }) requestId: string | null;
  @CreateDateColumn({ type: 'timestamptz', primary: true }) at: Date;
}
