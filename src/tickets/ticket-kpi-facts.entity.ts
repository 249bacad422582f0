import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * One narrow row per ticket with everything the KPI report counts about it (DOMAIN §9), so the report
 * is one index range over a province's window instead of a probe into stages and events per ticket.
 * Written only by the one writer (TicketStateRepository), in the transaction of every change to the
 * ticket, recomputed from the ticket, its stages and its events (`KPI_FACTS` there); the migration
 * TicketKpiFacts filled it from the tickets stored before.
 *
 * The few facts that depend on the instant the report is read keep what that instant needs: a breached
 * stage still open counts its overrun up to then (`breachedOpen`, the sum of their deadlines in
 * `breachedOpenDue`), and an open stage past its deadline counts as late in flow timeliness
 * (`openKinds`/`openDue`).
 */
@Entity('ticket_kpi_facts')
// Partial, with INCLUDE columns for index-only scans (migration TicketKpiFacts), which TypeORM cannot declare.
@Index('ix_kpi_facts_province_filed', { synchronize: false })
@Index('ix_kpi_facts_province_due', { synchronize: false })
@Index('ix_kpi_facts_province_open', { synchronize: false })
@Index('ix_kpi_facts_province_suggestions_filed', { synchronize: false })
@Index('ix_kpi_facts_province_analysis_due', { synchronize: false })
export class TicketKpiFacts {
  @PrimaryColumn({ type: 'uuid' }) ticketId: string;

  // Scope and grouping: copies of the ticket's columns.
  @Column({ type: 'uuid' }) provinceId: string;
  @Column({ type: 'uuid', nullable: true }) channelSystemId: string | null;
  @Column({ type: 'uuid' }) ownerUnitId: string;
  @Column({ type: 'varchar', length: 32 }) kind: string;
  @Column({ type: 'varchar', length: 16 }) level: string;
  @Column({ type: 'varchar', length: 24 }) channel: string;
  @Column({ type: 'varchar', length: 8 }) customerTier: string;
  @Column({ type: 'varchar', length: 64 }) businessType: string;

  // The report's windows and the handling time.
  @Column({ type: 'timestamptz' }) filedAt: Date;
  @Column({ type: 'timestamptz', nullable: true }) commitmentDueAt: Date | null;
  /** A suggestion's analysis deadline. */
  @Column({ type: 'timestamptz', nullable: true }) handlingDueAt: Date | null;
  @Column({ type: 'timestamptz', nullable: true }) closedAt: Date | null;
  @Column({ type: 'boolean' }) withdrawn: boolean;

  @Column({ type: 'boolean' }) everDispatched: boolean;
  /** The first reply came by the commitment deadline. */
  @Column({ type: 'boolean' }) repliedInTime: boolean;
  @Column({ type: 'boolean' }) returned: boolean;
  /** An extension was approved in some round. */
  @Column({ type: 'boolean' }) extended: boolean;
  /** A second handling round was opened. */
  @Column({ type: 'boolean' }) reHandled: boolean;
  @Column({ type: 'boolean' }) escalated: boolean;
  @Column({ type: 'varchar', length: 16, nullable: true }) revisitResult: string | null;

  /** Breached stages of every kind and round; the overrun in seconds of those closed; those still open and the sum of their deadlines (epoch seconds). */
  @Column({ type: 'int' }) breachedStages: number;
  @Column({ type: 'numeric' }) breachSeconds: string;
  @Column({ type: 'int' }) breachedOpen: number;
  @Column({ type: 'numeric' }) breachedOpenDue: string;

  /** Per stage kind but the commitment, in STAGE_KINDS order: stage instances completed, and completed by their deadline. */
  @Column({ type: 'smallint', array: true }) flowDone: number[];
  @Column({ type: 'smallint', array: true }) flowInTime: number[];
  /** The open stages but the commitment: kinds and deadlines, side by side; null when there is none. */
  @Column({ type: 'text', array: true, nullable: true }) openKinds: string[] | null;
  @Column({ type: 'timestamptz', array: true, nullable: true }) openDue: Date[] | null;

  // Suggestions (counted apart): the proposer told `adopted`, told a decision, the analysis in time.
  @Column({ type: 'boolean' }) adopted: boolean;
  @Column({ type: 'boolean' }) answered: boolean;
  @Column({ type: 'boolean' }) analysedInTime: boolean;
}
