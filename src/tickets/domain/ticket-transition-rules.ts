/**
 * In which status a command may be issued (DOMAIN §4), and the link from each command to its
 * authorization policy entry (DOMAIN §10, src/auth/policy/policy.ts).
 */
import { identityMay, OperationKey, POLICY, RelationRefusal, relationRefusal } from '../../auth/policy/policy';
import type { Actor, CommandType, TicketState } from './ticket-commands';
import { OPEN_STATUSES, TicketStatus } from './ticket.types';

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
  report_analysis_schedule: ['handling'],
  submit_analysis: ['handling'],
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

/** Each command's entry in the authorization policy: its roles and relations are read from there, nowhere else. */
export const COMMAND_OPERATIONS: { readonly [T in CommandType]: OperationKey } = {
  regrade: 'tickets.regrade',
  resolve_at_centre: 'tickets.resolve',
  dispatch: 'tickets.dispatch',
  sign: 'tickets.sign',
  return: 'tickets.return',
  transfer: 'tickets.transfer',
  add_cohandling: 'tickets.addCohandling',
  cancel_cohandling: 'tickets.cancelCohandling',
  cohandling_opinion: 'tickets.cohandlingOpinion',
  request_extension: 'tickets.requestExtension',
  approve_extension: 'tickets.approveExtension',
  reject_extension: 'tickets.rejectExtension',
  escalate_for_help: 'tickets.escalate',
  submit_feedback: 'tickets.submitFeedback',
  report_analysis_schedule: 'tickets.reportAnalysisSchedule',
  submit_analysis: 'tickets.submitAnalysis',
  accept_feedback: 'tickets.acceptFeedback',
  reject_feedback: 'tickets.rejectFeedback',
  progress_reply: 'tickets.progressReply',
  reply: 'tickets.reply',
  close: 'tickets.close',
  revisit: 'tickets.revisit',
  urge: 'tickets.urge',
  supervise: 'tickets.supervise',
  withdraw: 'tickets.withdraw',
  archive: 'tickets.archive',
};

/**
 * Automated steps (timers, routing rules) run as the system, which is no API identity: it acts for
 * whichever unit the step concerns, so neither the role nor the relation part of the policy applies to it.
 */
export function roleMayIssue(actor: Actor, type: CommandType): boolean {
  if (actor.kind === 'system') return true;
  const role = actor.kind === 'staff' && actor.role !== 'channel' && actor.role !== 'system' ? actor.role : null;
  return identityMay(POLICY[COMMAND_OPERATIONS[type]].who, { kind: actor.kind, role, tier: actor.tier });
}

/**
 * Whether the ticket can move this way at all in its status. A ticket a centre other than its province
 * reviews has a province in the middle of its dispatch chain, which may dispatch it on during handling.
 */
export function allowedInStatus(state: Pick<TicketState, 'status' | 'reviewUnitId' | 'provinceId'>, type: CommandType): boolean {
  if (type === 'dispatch' && state.status === 'handling') return state.reviewUnitId !== state.provinceId;
  return ALLOWED_STATUSES[type].includes(state.status);
}

/**
 * The policy entry whose relations decide a command in this state. A dispatch during handling is the
 * owning province passing its level down, so it asks for the owner's relation, not the reviewer's.
 */
export function relationOperation(state: Pick<TicketState, 'status'>, type: CommandType): CommandType {
  return type === 'dispatch' && state.status === 'handling' ? 'transfer' : type;
}

/** The refusal code when the actor holds none of the relations the policy asks for this command, else null. */
export function missingRelation(actor: Actor, type: CommandType): RelationRefusal | null {
  if (actor.kind === 'system') return null;
  return relationRefusal(COMMAND_OPERATIONS[type], actor.relations);
}
