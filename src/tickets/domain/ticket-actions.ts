/**
 * The commands a caller may issue on a ticket now, decided by the state machine itself: each command is
 * tried with a probe — a payload that passes every check a payload can pass in this state — through
 * `transition`, the very function that decides real commands (status, role and relation from the
 * authorization policy, then the command's own guards). A command is available when its probe is
 * accepted; an enumerated field offers the values whose probe is accepted. Pure.
 */
import type { Actor, Command, CommandType, TicketState, TransitionResult } from './ticket-commands';
import { transition } from './ticket-state-machine';
import {
  ADOPTION_DECISIONS,
  APPEAL_CONCLUSIONS,
  CUSTOMER_ATTITUDES,
  RETURN_REASONS,
  REVISIT_RESULTS,
  TICKET_LEVELS,
  TicketStatus,
  UNSATISFIED_CAUSES,
} from './ticket.types';

/** Facts a probe needs that the state machine's ticket state does not hold. */
export interface ProbeFacts {
  /** The deadline an extension request asked for, which an approval without a date grants. */
  pendingExtensionDueAt: Date | null;
  /** The owner's parent unit, whom a call for help goes to; null at the national centre. */
  ownerParentUnitId: string | null;
}

/** Enumerated payload fields, by command, with every value the API's validation accepts. */
export const CHOICE_FIELDS: { readonly [T in CommandType]?: Readonly<Record<string, readonly string[]>> } = {
  regrade: { level: TICKET_LEVELS },
  return: { reason: RETURN_REASONS },
  submit_analysis: { decision: ADOPTION_DECISIONS },
  close: { attitude: CUSTOMER_ATTITUDES, conclusion: APPEAL_CONCLUSIONS },
  revisit: { result: REVISIT_RESULTS, cause: UNSATISFIED_CAUSES },
};

type Choices = Readonly<Record<string, string | undefined>>;
interface ProbeContext {
  state: TicketState;
  now: Date;
  facts: ProbeFacts;
  /** The co-handling task a cancellation names. */
  unitId?: string;
}

const HOUR_MS = 3_600_000;
const TEXT = 'probe';
/** A unit that is neither the ticket's owner, reviewer nor co-handler, inside the caller's scope: the best a target can be. */
const ANOTHER_UNIT = { unitId: 'another-unit', tier: 'department', inActorScope: true } as const;
const later = (instant: Date, hours: number) => new Date(instant.getTime() + hours * HOUR_MS);

/** Each command's probe: its most acceptable payload, with any enumerated field set to `choices` where given. */
const PROBES: { readonly [T in CommandType]: (c: ProbeContext, choices: Choices) => Extract<Command, { type: T }> | null } = {
  regrade: ({ state }, v) => ({
    type: 'regrade',
    level: (v.level ?? TICKET_LEVELS.find((l) => l !== state.level)) as (typeof TICKET_LEVELS)[number],
    reason: TEXT,
  }),
  resolve_at_centre: () => ({ type: 'resolve_at_centre', note: TEXT }),
  dispatch: () => ({ type: 'dispatch', target: ANOTHER_UNIT }),
  sign: () => ({ type: 'sign' }),
  return: (_, v) => ({ type: 'return', reason: (v.reason ?? 'duplicate') as (typeof RETURN_REASONS)[number], text: TEXT }),
  transfer: () => ({ type: 'transfer', target: ANOTHER_UNIT, reason: TEXT }),
  // As late as the lead's deadline allows: the latest a task may be due.
  add_cohandling: ({ state, now }) => ({
    type: 'add_cohandling',
    target: ANOTHER_UNIT,
    task: TEXT,
    dueAt: state.handlingDueAt ?? later(now, 1),
  }),
  cancel_cohandling: ({ unitId }) => (unitId ? { type: 'cancel_cohandling', unitId, reason: TEXT } : null),
  cohandling_opinion: () => ({ type: 'cohandling_opinion', opinion: TEXT }),
  request_extension: ({ state, now }) => ({
    type: 'request_extension',
    requestedDueAt: later(state.handlingDueAt ?? now, 24),
    reason: TEXT,
  }),
  approve_extension: ({ state, now, facts }) => ({
    type: 'approve_extension',
    newDueAt: facts.pendingExtensionDueAt ?? later(state.handlingDueAt ?? now, 24),
  }),
  reject_extension: () => ({ type: 'reject_extension', reason: TEXT }),
  escalate_for_help: ({ facts }) =>
    facts.ownerParentUnitId ? { type: 'escalate_for_help', reason: TEXT, parentUnitId: facts.ownerParentUnitId } : null,
  submit_feedback: () => ({ type: 'submit_feedback', result: TEXT }),
  report_analysis_schedule: ({ state, now }) => ({
    type: 'report_analysis_schedule',
    dueAt: later(state.handlingDueAt && state.handlingDueAt > now ? state.handlingDueAt : now, 24),
    plan: TEXT,
  }),
  submit_analysis: (_, v) => {
    const decision = (v.decision ?? 'not_adopted') as (typeof ADOPTION_DECISIONS)[number];
    return {
      type: 'submit_analysis',
      analysis: TEXT,
      decision,
      reason: TEXT,
      effectiveFrom: decision === 'adopted' ? '2100-01-01' : undefined,
    };
  },
  accept_feedback: () => ({ type: 'accept_feedback' }),
  reject_feedback: () => ({ type: 'reject_feedback', reason: TEXT }),
  progress_reply: () => ({ type: 'progress_reply', text: TEXT }),
  reply: () => ({ type: 'reply', text: TEXT }),
  close: ({ state }, v) => {
    const conclusion = (v.conclusion ?? (state.kind === 'appeal' ? 'customer_cause' : undefined)) as
      (typeof APPEAL_CONCLUSIONS)[number] | undefined;
    const responsible = conclusion === 'company_responsibility' ? { responsibilityType: TEXT, responsibleUnitId: ANOTHER_UNIT.unitId } : {};
    return {
      type: 'close',
      attitude: (v.attitude ?? 'accepted') as (typeof CUSTOMER_ATTITUDES)[number],
      companyPosition: TEXT,
      conclusion,
      ...responsible,
    };
  },
  revisit: (_, v) => ({
    type: 'revisit',
    result: (v.result ?? 'satisfied') as (typeof REVISIT_RESULTS)[number],
    cause: (v.cause ?? 'other') as (typeof UNSATISFIED_CAUSES)[number],
  }),
  urge: () => ({ type: 'urge', note: TEXT }),
  supervise: ({ now }) => ({ type: 'supervise', note: TEXT, dueAt: later(now, 1) }),
  withdraw: () => ({ type: 'withdraw', reason: TEXT }),
  archive: () => ({ type: 'archive' }),
};

export const COMMAND_TYPES = Object.keys(PROBES) as CommandType[];

export interface AvailableCommand {
  type: CommandType;
  /** The co-handling unit a cancellation is about (one entry per open task). */
  unitId?: string;
  /** The status the ticket is in once the command is accepted. */
  toStatus: TicketStatus;
  /** For each enumerated field, the values the command is accepted with now; an optional field none fits is absent. */
  choices: Record<string, string[]>;
}

/** Every command `actor` may issue on the ticket in `state` at `now`, in lifecycle order. */
export function availableCommands(state: TicketState, actor: Actor, now: Date, facts: ProbeFacts): AvailableCommand[] {
  const available: AvailableCommand[] = [];
  for (const type of COMMAND_TYPES) {
    const subjects = type === 'cancel_cohandling' ? state.openCohandlingUnitIds : [undefined];
    for (const unitId of subjects) {
      const ctx: ProbeContext = { state, now, facts, unitId };
      const tryWith = (choices: Choices): TransitionResult | null => {
        const command = PROBES[type](ctx, choices);
        return command ? transition(state, command, actor, now) : null;
      };
      const probed = tryWith({});
      if (!probed?.ok) continue;
      const choices: Record<string, string[]> = {};
      for (const [field, values] of Object.entries(CHOICE_FIELDS[type] ?? {})) {
        const accepted = values.filter((value) => tryWith({ [field]: value })?.ok === true);
        if (accepted.length) choices[field] = accepted;
      }
      available.push({ type, ...(unitId ? { unitId } : {}), toStatus: probed.next.status, choices });
    }
  }
  return available;
}
