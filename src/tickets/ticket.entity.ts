import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, UpdateDateColumn, VersionColumn } from 'typeorm';
import type {
  AdoptionDecision,
  AppealConclusion,
  CustomerAttitude,
  RevisitResult,
  TicketKind,
  TicketLevel,
  TicketStatus,
  UnsatisfiedCause,
} from './domain/ticket.types';
import type { Channel, CustomerTier } from '../common/vocabulary';
import { encryptedColumn } from '../pii/pii-columns';

/** A work order (工单). Only TicketTransitionService (the one writer, with TicketStateRepository) writes it. */
@Entity('tickets')
@Index('ux_tickets_channel_ref', ['channelSystemId', 'externalRef'], { unique: true, where: 'external_ref IS NOT NULL' })
@Index('ix_tickets_province_created', ['provinceId', 'createdAt', 'id'])
@Index('ix_tickets_created', ['createdAt', 'id'])
@Index('ix_tickets_status_created', ['status', 'createdAt'])
@Index('ix_tickets_owner', ['ownerUnitId', 'status'])
// The repeat-complaint look-ups at filing: by the blind index of the phone, and of the ID number where given.
@Index('ix_tickets_customer_phone_index', ['customerPhoneIndex', 'createdAt'])
@Index('ix_tickets_customer_id_number_index', ['customerIdNumberIndex', 'createdAt'], { where: 'customer_id_number_index IS NOT NULL' })
@Index('ix_tickets_aging', ['filedAt'], { where: 'severity_upgraded_at IS NULL' })
@Index('ix_tickets_anonymisable', ['archivedAt'], { where: 'anonymised_at IS NULL' })
// (province_id, filed_at) and (province_id, commitment_due_at) with INCLUDE columns for the KPI aggregates (migration KpiIndexes), which TypeORM cannot declare.
@Index('ix_tickets_province_filed', { synchronize: false })
@Index('ix_tickets_province_commitment', { synchronize: false })
// Suggestions by analysis deadline, for their KPI (migration SuggestionFlow, partial with INCLUDE).
@Index('ix_tickets_suggestion_analysis', { synchronize: false })
export class Ticket {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ type: 'varchar', length: 32, unique: true }) number: string;
  @Column({ type: 'varchar', length: 32 }) kind: TicketKind;
  @Column({ type: 'varchar', length: 16 }) level: TicketLevel;
  @Column({ type: 'varchar', length: 8 }) customerTier: CustomerTier;
  @Column({ type: 'varchar', length: 24 }) status: TicketStatus;
  @Column({ type: 'varchar', length: 24 }) channel: Channel;
  @Column({ type: 'uuid', nullable: true }) @Index() channelSystemId: string | null;
  @Column({ type: 'varchar', length: 128, nullable: true }) externalRef: string | null;
  /** sha256 of the canonical intake body: a replay with another body is refused. */
  @Column({ type: 'char', length: 64 }) intakeHash: string;

  /** Home provincial centre: the province whose ticket this is (scope, numbering). */
  @Column({ type: 'uuid' }) provinceId: string;
  @Column({ type: 'uuid' }) reviewUnitId: string;
  @Column({ type: 'uuid' }) ownerUnitId: string;
  @Column({ type: 'uuid', nullable: true }) dispatcherUnitId: string | null;
  @Column({ type: 'uuid', nullable: true }) leadUnitId: string | null;
  @Column({ type: 'int', default: 0 }) handlingRound: number;
  @Column({ type: 'int', default: 0 }) extensionsUsed: number;
  @Column({ type: 'int', default: 2 }) maxExtensions: number;
  @Column({ type: 'boolean', default: false }) extensionPending: boolean;
  @Column({ type: 'timestamptz', nullable: true }) pendingExtensionDueAt: Date | null;
  @Column({ type: 'timestamptz', nullable: true }) handlingDueAt: Date | null;
  /** When the national centre dispatched the current round of an escalated complaint: the province's working days count from it. */
  @Column({ type: 'timestamptz', nullable: true }) roundDispatchedAt: Date | null;
  @Column({ type: 'boolean', default: false }) everDispatched: boolean;
  /** A breach escalated it to a higher tier (supervisors added, never replacing the owner). */
  @Column({ type: 'boolean', default: false }) escalated: boolean;

  // Personal data is stored encrypted (src/pii): the properties hold plaintext, the columns AES-256-GCM ciphertext.
  @Column({ type: 'bytea', name: 'customer_name_enc', transformer: encryptedColumn('customer_name') }) customerName: string;
  @Column({ type: 'bytea', name: 'customer_phone_enc', transformer: encryptedColumn('customer_phone') }) customerPhone: string;
  @Column({ type: 'bytea', name: 'customer_id_number_enc', nullable: true, transformer: encryptedColumn('customer_id_number') })
  customerIdNumber: string | null;
  /**
   * Keyed blind index of the phone (HMAC, see PiiKeyring.blindIndex): finds a customer's tickets without the plaintext.
   * Null once the ticket is anonymised, so it is no longer found as the customer's.
   */
  @Column({ type: 'bytea', nullable: true }) customerPhoneIndex: Buffer | null;
  @Column({ type: 'bytea', nullable: true }) customerIdNumberIndex: Buffer | null;
  /**
   * The masked renderings (src/tickets/domain/customer-masks.ts), stored when the ticket is filed: what
   * every staff member sees unless revealed, so lists and exports that show only these decrypt nothing.
   * Derived personal data: anonymised with the values they mask.
   */
  @Column({ type: 'varchar', length: 32 }) customerNameMasked: string;
  @Column({ type: 'varchar', length: 32 }) customerPhoneMasked: string;
  @Column({ type: 'varchar', length: 32, nullable: true }) customerIdNumberMasked: string | null;
  @Column({ type: 'varchar', length: 8 }) homeProvince: string;
  @Column({ type: 'varchar', length: 8, nullable: true }) occurredProvince: string | null;
  @Column({ type: 'varchar', length: 64 }) businessType: string;
  @Column({ type: 'text', array: true, default: () => "'{}'" }) natures: string[];
  @Column({ type: 'varchar', length: 300 }) subject: string;
  @Column({ type: 'text' }) description: string;
  @Column({ type: 'text', nullable: true }) customerRequest: string | null;
  @Column({ type: 'timestamptz', nullable: true }) occurredAt: Date | null;
  @Column({ type: 'varchar', length: 300, nullable: true }) occurredPlace: string | null;
  @Column({ type: 'varchar', length: 300, nullable: true }) complainedParty: string | null;
  @Column({ type: 'varchar', length: 32, nullable: true }) contactPreference: string | null;
  @Column({ type: 'text', array: true, default: () => "'{}'" }) riskFlags: string[];
  /** The same customer's earlier tickets of the last 30 days, found at filing: this ticket repeats them. */
  @Column({ type: 'uuid', array: true, default: () => "'{}'" }) linkedTicketIds: string[];
  /** The same customer's later tickets that found this one at their filing (the other direction of linkedTicketIds). */
  @Column({ type: 'uuid', array: true, default: () => "'{}'" }) repeatedByTicketIds: string[];
  @Column({ type: 'timestamptz' }) contactedAt: Date;
  @Column({ type: 'timestamptz' }) filedAt: Date;
  @Column({ type: 'boolean', default: false }) lateIntake: boolean;
  /** Set once when an open ticket outlives AUTO_UPGRADE_AFTER_HOURS unresolved (DOMAIN §3 auto-upgrade). */
  @Column({ type: 'timestamptz', nullable: true }) severityUpgradedAt: Date | null;
  @Column({ type: 'timestamptz', nullable: true }) requestedDueAt: Date | null;
  /**
   * The commitment made at filing (filing → first reply): moved only by a regrade, the national dispatch of an
   * escalated complaint or a calendar recount, and the anchor of the on-time closure KPI. A re-handling round's
   * own promise is that round's commitment stage.
   */
  @Column({ type: 'timestamptz', nullable: true }) commitmentDueAt: Date | null;

  @Column({ type: 'text', nullable: true }) resolution: string | null;
  @Column({ type: 'text', nullable: true }) replyText: string | null;
  @Column({ type: 'timestamptz', nullable: true }) repliedAt: Date | null;
  @Column({ type: 'varchar', length: 24, nullable: true }) attitude: CustomerAttitude | null;
  @Column({ type: 'text', nullable: true }) companyPosition: string | null;
  @Column({ type: 'varchar', length: 40, nullable: true }) conclusion: AppealConclusion | null;
  @Column({ type: 'varchar', length: 64, nullable: true }) responsibilityType: string | null;
  @Column({ type: 'uuid', nullable: true }) responsibleUnitId: string | null;
  @Column({ type: 'varchar', length: 16, nullable: true }) revisitResult: RevisitResult | null;
  @Column({ type: 'varchar', length: 32, nullable: true }) revisitCause: UnsatisfiedCause | null;
  @Column({ type: 'timestamptz', nullable: true }) closedAt: Date | null;
  @Column({ type: 'timestamptz', nullable: true }) archivedAt: Date | null;
  /** When its personal data was anonymised (retention past archive, or erasure on request: src/privacy); null while it holds it. */
  @Column({ type: 'timestamptz', nullable: true }) anonymisedAt: Date | null;
  @Column({ type: 'timestamptz', nullable: true }) withdrawnAt: Date | null;

  /** A suggestion's analysis schedule as its department reported it (it became the analysis deadline); null until reported. */
  @Column({ type: 'timestamptz', nullable: true }) analysisScheduleAt: Date | null;
  /** When the department last submitted the suggestion's analysis with its adoption decision. */
  @Column({ type: 'timestamptz', nullable: true }) analysedAt: Date | null;
  @Column({ type: 'varchar', length: 16, nullable: true }) adoption: AdoptionDecision | null;
  @Column({ type: 'text', nullable: true }) adoptionReason: string | null;
  /** China local date from which an adopted suggestion takes effect. */
  @Column({ type: 'date', nullable: true }) adoptionEffectiveFrom: string | null;

  @VersionColumn() version: number;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt: Date;
  @UpdateDateColumn({ type: 'timestamptz' }) updatedAt: Date;
}
