/**
 * Vocabulary of the work-order domain (DOMAIN §3–§4). Pure types and constants:
 * no Nest, no TypeORM, so the state machine and its tests stay framework-free.
 */

export const TICKET_KINDS = ['complaint', 'escalated_complaint', 'appeal', 'inquiry', 'suggestion'] as const;
export type TicketKind = (typeof TICKET_KINDS)[number];

/**
 * Kinds an unresolved ticket of is auto-upgraded in severity after the policy age (DOMAIN §3). Not a
 * suggestion: its analysis runs for a month by design, and a proposal has no severity to raise.
 */
export const AGING_KINDS: readonly TicketKind[] = TICKET_KINDS.filter((kind) => kind !== 'suggestion');

export const TICKET_LEVELS = ['general', 'provincial', 'national'] as const;
export type TicketLevel = (typeof TICKET_LEVELS)[number];

/**
 * Ticket status: which stage the ticket is waiting in.
 * - review: a centre reviews and dispatches (or resolves itself)
 * - sign_for: dispatched/transferred, waiting for the receiving unit to sign
 * - handling: the lead unit handles (co-handling tasks may be open)
 * - feedback_review: the dispatcher decides on the lead's feedback
 * - reply: the centre must tell the customer the result
 * - replied: customer told; the centre closes with the customer's attitude
 * - closed: closed, revisit pending
 * - revisited: revisit recorded, may be archived
 * - archived: read-only
 * - withdrawn: withdrawn by the customer, may be archived
 */
export const TICKET_STATUSES = [
  'review',
  'sign_for',
  'handling',
  'feedback_review',
  'reply',
  'replied',
  'closed',
  'revisited',
  'archived',
  'withdrawn',
] as const;
export type TicketStatus = (typeof TICKET_STATUSES)[number];

export const OPEN_STATUSES: readonly TicketStatus[] = ['review', 'sign_for', 'handling', 'feedback_review', 'reply', 'replied'];

/** `commitment` is the ticket's overall deadline to the customer (filing → reply), watched like a stage. */
export const STAGE_KINDS = [
  'commitment',
  'intake',
  'review',
  'sign_for',
  'handling',
  'cohandling',
  'feedback_review',
  'reply',
  'revisit',
] as const;
export type StageKind = (typeof STAGE_KINDS)[number];

/** The stage kinds flow timeliness measures (DOMAIN §9), in lifecycle order: every kind but the commitment. */
export const FLOW_KINDS: readonly StageKind[] = STAGE_KINDS.filter((k) => k !== 'commitment');

/** The time zone of the KPIs' days and periods (China Standard Time). */
export const KPI_TIME_ZONE = 'Asia/Shanghai';

export const RETURN_REASONS = ['not_our_responsibility', 'wrong_category', 'insufficient_information', 'duplicate', 'other'] as const;
export type ReturnReason = (typeof RETURN_REASONS)[number];

export const CUSTOMER_ATTITUDES = ['accepted', 'partially_accepted', 'rejected', 'no_opinion'] as const;
export type CustomerAttitude = (typeof CUSTOMER_ATTITUDES)[number];

export const REVISIT_RESULTS = ['satisfied', 'unsatisfied', 'unreachable'] as const;
export type RevisitResult = (typeof REVISIT_RESULTS)[number];

export const UNSATISFIED_CAUSES = ['poor_handling', 'policy', 'customer_expectation', 'other'] as const;
export type UnsatisfiedCause = (typeof UNSATISFIED_CAUSES)[number];

export const APPEAL_CONCLUSIONS = ['company_responsibility', 'properly_handled_beforehand', 'withdrawn', 'customer_cause'] as const;
export type AppealConclusion = (typeof APPEAL_CONCLUSIONS)[number];

/** A suggestion's outcome (DOMAIN §3): the responsible department adopts it or not, with a reason. */
export const ADOPTION_DECISIONS = ['adopted', 'not_adopted'] as const;
export type AdoptionDecision = (typeof ADOPTION_DECISIONS)[number];

/** The adoption decision of a suggestion's analysis, as the proposer is told it; `effectiveFrom` (YYYY-MM-DD, China local) only when adopted. */
export interface Adoption {
  decision: AdoptionDecision;
  reason: string;
  effectiveFrom: string | null;
}
