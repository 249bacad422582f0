/**
 * The vocabulary of the state machine: the ticket state it decides on, who acts, the commands and
 * what a decision yields. A leaf module: the machine, its rules and its handlers all import it, and
 * it imports none of them.
 */
import type {
  Adoption,
  AdoptionDecision,
  AppealConclusion,
  CustomerAttitude,
  ReturnReason,
  RevisitResult,
  StageKind,
  TicketKind,
  TicketLevel,
  TicketStatus,
  UnsatisfiedCause,
} from './ticket.types';
import type { OrgTier, StaffRole } from '../../common/vocabulary';
import type { Relation } from '../../auth/policy/policy';
import type { RefusalClass, RefusalCode } from './refusals';
import type { DomainEvent } from './ticket-events';

/** What the state machine needs to know about a ticket. The service maps its entity to this. */
export interface TicketState {
  kind: TicketKind;
  level: TicketLevel;
  status: TicketStatus;
  /** Centre that reviews the ticket: the provincial centre, or national for escalated complaints and appeals. */
  reviewUnitId: string;
  /** The ticket's provincial centre; when another centre reviews, it is the middle level of the dispatch chain. */
  provinceId: string;
  /** Unit owning the current stage (the reviewing centre in review, the receiving unit in sign_for, the lead in handling, ...). */
  ownerUnitId: string;
  /**
   * Unit that dispatched the current owner's level; it decides on that level's feedback. Null before the first
   * dispatch. The chain is at most national → province → unit, so the level above the province is the reviewer.
   */
  dispatcherUnitId: string | null;
  /** Lead unit of the current handling round. Null until a unit signs. */
  leadUnitId: string | null;
  /** 0 before the first handling round; each re-handling after an unsatisfied revisit adds one. */
  handlingRound: number;
  /** Units with an open co-handling task. */
  openCohandlingUnitIds: string[];
  /** Extensions approved on the current handling round: a rejected request does not use up the allowance. */
  extensionsUsed: number;
  maxExtensions: number;
  /** An extension request waits for the dispatcher's decision. */
  extensionPending: boolean;
  /** Current handling deadline of the round, kept across transfers (the customer's clock keeps running). */
  handlingDueAt: Date | null;
  /**
   * The deadline promised to the customer for the current round: filing → first reply, or a re-handling
   * round's own promise (its open commitment stage). Null when none is open.
   */
  commitmentDueAt: Date | null;
  /**
   * When the national centre dispatched the current round of an escalated complaint: the province's 3 / 7
   * working days count from then (DOMAIN §5), not from its sign. Null for every other ticket and round.
   */
  roundDispatchedAt: Date | null;
  /** An appeal's conclusion, recorded when it is closed or withdrawn; null otherwise. */
  conclusion: AppealConclusion | null;
  /** Was it dispatched at least once (first-contact resolution is "closed without dispatch"). */
  everDispatched: boolean;
  /** A suggestion's adoption decision from its department's latest analysis; null before one (and on every other kind). */
  adoption: Adoption | null;
  /** The analysis schedule a suggestion's department reported, which became its analysis deadline; null until one is reported. */
  analysisScheduleAt: Date | null;
}

/** Who acts, with its relations to the ticket as the service computed them from the locked row and the org tree. */
export interface Actor {
  kind: 'staff' | 'channel' | 'system';
  unitId: string;
  tier: OrgTier;
  role: StaffRole | 'channel' | 'system';
  /** Relations of the authorization policy (src/auth/policy); the system holds none and needs none. */
  relations: readonly Relation[];
}

/** A target unit named by a command, with the facts the service checked against the org tree. */
export interface TargetUnit {
  unitId: string;
  tier: OrgTier;
  /** Target lies where the actor's unit may send a ticket: its province; anywhere for the national centre. */
  inActorScope: boolean;
}

export type Command =
  | { type: 'regrade'; level: TicketLevel; reason: string }
  | { type: 'resolve_at_centre'; note: string }
  | { type: 'dispatch'; target: TargetUnit; note?: string }
  | { type: 'sign' }
  | { type: 'return'; reason: ReturnReason; text?: string }
  | { type: 'transfer'; target: TargetUnit; reason: string }
  | { type: 'add_cohandling'; target: TargetUnit; task: string; dueAt: Date }
  | { type: 'cancel_cohandling'; unitId: string; reason: string }
  | { type: 'cohandling_opinion'; opinion: string }
  | { type: 'request_extension'; requestedDueAt: Date; reason: string }
  | { type: 'approve_extension'; newDueAt: Date; note?: string }
  | { type: 'reject_extension'; reason: string }
  | { type: 'escalate_for_help'; reason: string; parentUnitId: string }
  | { type: 'submit_feedback'; result: string }
  /** A suggestion's department reports when its analysis will be done: that instant becomes the analysis (handling) deadline. */
  | { type: 'report_analysis_schedule'; dueAt: Date; plan: string }
  /** A suggestion's feedback: the department's analysis with its adoption decision, to the dispatcher's review. */
  | { type: 'submit_analysis'; analysis: string; decision: AdoptionDecision; reason: string; effectiveFrom?: string }
  | { type: 'accept_feedback'; note?: string }
  | { type: 'reject_feedback'; reason: string }
  | { type: 'progress_reply'; text: string }
  | { type: 'reply'; text: string }
  | {
      type: 'close';
      attitude: CustomerAttitude;
      companyPosition?: string;
      conclusion?: AppealConclusion;
      responsibilityType?: string;
      responsibleUnitId?: string;
    }
  | { type: 'revisit'; result: RevisitResult; cause?: UnsatisfiedCause; note?: string }
  | { type: 'urge'; note: string }
  /**
   * `dueAt` null: the writer sets the policy's supervision limit before deciding. `orderId` is the
   * order the writer will store, named in the event.
   */
  | { type: 'supervise'; note: string; dueAt: Date | null; orderId?: string }
  | { type: 'withdraw'; reason: string }
  | { type: 'archive' };

export type CommandType = Command['type'];

/** Stage bookkeeping the service applies in the same transaction. */
export type StageEffect =
  /** Complete the open stage(s) of this kind (for cohandling: the one owned by `unitId`). */
  | { op: 'complete'; kind: StageKind; unitId?: string }
  /** Cancel every open stage (withdraw) or the open stage of this kind and unit. */
  | { op: 'cancel'; kind?: StageKind; unitId?: string }
  /**
   * Open a stage. `due` says how its deadline is computed:
   * - 'policy': from the SLA policy for this stage kind
   * - 'keep_round': reuse the round's handlingDueAt (transfer; the customer's clock keeps running)
   * - Date: an explicit instant (co-handling task deadline, supervision order)
   */
  | { op: 'open'; kind: StageKind; ownerUnitId: string; due: 'policy' | 'keep_round' | Date; countFrom?: CountOrigin }
  /**
   * Count the open stage's policy deadline again, under the ticket's facts after this change (a new
   * level), from the stage's own start or from `countFrom`; a deadline that moves gets a new generation,
   * an event saying why, and its timers re-armed.
   */
  | { op: 'recount'; kind: StageKind; reason: RecountReason; countFrom?: CountOrigin }
  /** Move the open stage's deadline (approved extension); timers are re-armed by the service. */
  | { op: 'move_due'; kind: StageKind; dueAt: Date }
  /** Record the open stage of this kind as at risk (its warning, now), so it shows in the at-risk queue. */
  | { op: 'flag_at_risk'; kind: StageKind };

export type { DomainEvent } from './ticket-events';

/** Why an open deadline is counted again. */
export type RecountReason = 'regraded' | 'national_dispatch';

/** A policy deadline counted from an instant other than now, and what that instant is. */
export interface CountOrigin {
  at: Date;
  what: 'national dispatch';
}

export interface TransitionOk {
  ok: true;
  next: TicketState;
  events: DomainEvent[];
  stages: StageEffect[];
}

export interface TransitionRefused {
  ok: false;
  /** Stable machine-readable reason, e.g. INVALID_TRANSITION, NOT_DISPATCHER, COHANDLING_OPEN. */
  code: RefusalCode;
  /** Who acted (forbidden), what was sent (invalid) or the ticket's state (conflict). */
  class: RefusalClass;
  message: string;
}

export type TransitionResult = TransitionOk | TransitionRefused;
