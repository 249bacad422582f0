import { COMMAND_HANDLERS, CommandHandler, refuse } from './ticket-command-handlers';
import { REFUSAL_MESSAGES } from '../../auth/policy/policy';
import type { Actor, Command, CommandType, TicketState, TransitionResult } from './ticket-commands';
import { allowedInStatus, missingRelation, relationOperation, roleMayIssue } from './ticket-transition-rules';

export type {
  Actor,
  Command,
  CommandType,
  CountOrigin,
  RecountReason,
  StageEffect,
  TargetUnit,
  TicketState,
  TransitionOk,
  TransitionRefused,
  TransitionResult,
} from './ticket-commands';
export type { DomainEvent } from './ticket-events';

/**
 * Decide one command against a ticket. Pure: the same inputs always give the same result, and `state`
 * is never modified. Checks run from the most general to the most specific, so a caller learns first
 * that the ticket cannot move this way at all, then that the actor's role may not, then that this
 * actor's unit may not, and only then what is wrong with the payload.
 */
export function transition(state: TicketState, command: Command, actor: Actor, now: Date): TransitionResult {
  if (state.status === 'archived') {
    return refuse('TICKET_ARCHIVED', 'The ticket is archived and read-only');
  }
  if (!allowedInStatus(state, command.type)) {
    return refuse('INVALID_TRANSITION', `Command ${command.type} is not allowed in status ${state.status}`);
  }
  if (!roleMayIssue(actor, command.type)) {
    return refuse('FORBIDDEN_ROLE', `Role ${actor.role} may not ${command.type}`);
  }
  const missing = missingRelation(actor, relationOperation(state, command.type));
  if (missing) return refuse(missing, REFUSAL_MESSAGES[missing]);
  // TypeScript cannot correlate the handler's key with the command's type, hence the widening cast.
  const handler = COMMAND_HANDLERS[command.type] as CommandHandler<CommandType>;
  return handler({ state, command, actor, now });
}
