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
 * `breachedOpenDueUs`), and an open stage past its deadline counts as late in flow timeliness
 * (`openKinds`/`openDue`). Durations are whole microseconds: summed exactly, and the report's seconds
 * with their six decimals.
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
  /** The local (Asia/Shanghai) day of filing and of the commitment deadline: a report groups by day, then by its period. */
  @Column({ type: 'date' }) filedDay: string;
  @Column({ type: 'date', nullable: true }) dueDay: string | null;
  @Column({ type: 'timestamptz', nullable: true }) commitmentDueAt: Date | null;
  /** A suggestion's analysis deadline. */
  @Column({ type: 'timestamptz', nullable: true }) handlingDueAt: Date | null;
  @Column({ type: 'timestamptz', nullable: true }) closedAt: Date | null;
  /** Filing to close in microseconds; null while not closed. */
  @Column({ type: 'bigint', nullable: true }) handlingUs: string | null;
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

  /** Breached stages of every kind and round; the overrun of those closed and the sum of the deadlines of those still open, in microseconds (epoch). */
  @Column({ type: 'int' }) breachedStages: number;
  @Column({ type: 'bigint' }) breachUs: string;
  @Column({ type: 'int' }) breachedOpen: number;
  @Column({ type: 'bigint' }) breachedOpenDueUs: string;

  /** Per stage kind but the commitment (FLOW_KINDS): stage instances completed × 2^32 + those completed by their deadline. */
  @Column({ type: 'bigint' }) intakeFlow: string;
  @Column({ type: 'bigint' }) reviewFlow: string;
  @Column({ type: 'bigint' }) signForFlow: string;
  @Column({ type: 'bigint' }) handlingFlow: string;
  @Column({ type: 'bigint' }) cohandlingFlow: string;
  @Column({ type: 'bigint' }) feedbackReviewFlow: string;
  @Column({ type: 'bigint' }) replyFlow: string;
  @Column({ type: 'bigint' }) revisitFlow: string;
  /** The open stages but the commitment: kinds and deadlines, side by side; null when there is none. */
  @Column({ type: 'text', array: true, nullable: true }) openKinds: string[] | null;
  @Column({ type: 'timestamptz', array: true, nullable: true }) openDue: Date[] | null;

  // Suggestions (counted apart): the proposer told `adopted`, told a decision, the analysis in time.
  @Column({ type: 'boolean' }) adopted: boolean;
  @Column({ type: 'boolean' }) answered: boolean;
  @Column({ type: 'boolean' }) analysedInTime: boolean;
}
