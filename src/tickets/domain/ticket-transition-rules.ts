/**
 * Who may issue which command, and in which status (DOMAIN.md §4, §10).
 * Kept as plain tables so the rules can be read, reviewed and tested at a glance.
 */
import type { Actor, CommandType } from './ticket-state-machine';
import { OPEN_STATUSES, STAFF_ROLES, TicketStatus } from './ticket.types';

/** Open statuses in which the customer can still be given an interim notice (after `replied` they already have the answer). */
const PROGRESS_STATUSES: readonly TicketStatus[] = ['review', 'sign_for', 'handling', 'feedback_review', 'reply'];

/** Statuses in which a command may be issued at all; anything else is INVALID_TRANSITION. */
export const ALLOWED_STATUSES: { readonly [T in CommandType]: readonly TicketStatus[] } = {
  regrade: ['review', 'sign_for', 'handling'],
  resolve_at_centre: ['review'],
  dispatch: ['review'],
  sign: ['sign_for'],
  return: ['sign_for'],
  transfer: ['sign_for', 'handling'],
  add_cohandling: ['handling'],
  cancel_cohandling: ['handling'],
  cohandling_opinion: ['handling'],
  request_extension: ['handling'],
  approve_extension: ['handling'],
  reject_extension: ['handling'],
  escalate_for_help: ['handling'],
  submit_feedback: ['handling'],
  accept_feedback: ['feedback_review'],
  reject_feedback: ['feedback_review'],
  reply: ['reply'],
  close: ['replied'],
  revisit: ['closed'],
  progress_reply: PROGRESS_STATUSES,
  urge: OPEN_STATUSES,
  supervise: OPEN_STATUSES,
  withdraw: OPEN_STATUSES,
  archive: ['revisited', 'withdrawn'],
};

export type ActorRole = Actor['role'];

/** Automated steps run as 'system' and must be able to do whatever a member of staff could. */
const STAFF_OR_SYSTEM: readonly ActorRole[] = [...STAFF_ROLES, 'system'];

/** Commands whose roles differ from "any staff or system"; unlisted commands use STAFF_OR_SYSTEM. */
const ROLE_OVERRIDES: { readonly [T in CommandType]?: readonly ActorRole[] } = {
  // The customer withdraws through the channel they filed with; the service checks that it filed the ticket.
  withdraw: [...STAFF_OR_SYSTEM, 'channel'],
  // Agents chase tickets on behalf of calling customers; handlers are the ones being chased.
  urge: ['agent', 'supervisor', 'admin', 'system'],
  // A supervision order is a formal instrument; breaches issue it automatically as 'system'.
  supervise: ['supervisor', 'admin', 'system'],
};

export function roleMayIssue(role: ActorRole, type: CommandType): boolean {
  return (ROLE_OVERRIDES[type] ?? STAFF_OR_SYSTEM).includes(role);
}

/**
 * Admins and national staff may act as any centre (§10: "national centre staff: everything"), and the
 * system acts for whichever unit an automated step concerns, so unit-relation checks do not apply to them.
 */
export function actsForAnyUnit(actor: Actor): boolean {
  if (actor.kind === 'system') return true;
  return actor.kind === 'staff' && (actor.role === 'admin' || actor.tier === 'national');
}
