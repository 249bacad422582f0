/**
 * One handler per command. By the time a handler runs, `transition` has already checked that the
 * command is allowed in the current status, for the actor's role and for its relation to the ticket
 * (all from the authorization policy); handlers check the command's payload, then describe the new
 * state, events and stage effects.
 */
import type {
  Actor,
  Command,
  CommandType,
  CountOrigin,
  DomainEvent,
  StageEffect,
  TicketState,
  TransitionOk,
  TransitionRefused,
  TransitionResult,
} from './ticket-commands';
import type { TicketEventType } from './ticket-events';
import { REFUSAL_CLASSES, RefusalCode } from './refusals';

type CommandOf<T extends CommandType> = Extract<Command, { type: T }>;

interface Context<T extends CommandType> {
  state: TicketState;
  command: CommandOf<T>;
  actor: Actor;
  now: Date;
}

export type CommandHandler<T extends CommandType> = (ctx: Context<T>) => TransitionResult;

export function refuse(code: RefusalCode, message: string): TransitionRefused {
  return { ok: false, code, class: REFUSAL_CLASSES[code], message };
}

/** Refusal unless `condition` holds; chain with `??` so the first failing check wins. */
function ensure(condition: boolean, code: RefusalCode, message: string): TransitionRefused | undefined {
  return condition ? undefined : refuse(code, message);
}

function accept(state: TicketState, patch: Partial<TicketState>, events: DomainEvent[], stages: StageEffect[] = []): TransitionOk {
  // The array is copied so callers can never alias (and later mutate) the previous state's list.
  const next: TicketState = { ...state, openCohandlingUnitIds: [...state.openCohandlingUnitIds], ...patch };
  return { ok: true, next, events, stages };
}

function event(type: TicketEventType, data: Record<string, unknown> = {}): DomainEvent {
  // Optional command fields arrive as `undefined`; dropping them keeps stored event payloads clean JSON.
  const defined = Object.entries(data).filter(([, value]) => value !== undefined);
  return { type, data: Object.fromEntries(defined) };
}

function hasText(text: string | undefined): boolean {
  return text !== undefined && text.trim().length > 0;
}

function isBefore(a: Date, b: Date): boolean {
  return a.getTime() < b.getTime();
}

/** Event payloads are persisted and sent as JSON, so instants are recorded as ISO strings. */
function iso(date: Date): string {
  return date.toISOString();
}

/** The deadline a new one must beat; without a recorded handling deadline, "later than now". */
function currentDeadline(state: TicketState, now: Date): Date {
  return state.handlingDueAt ?? now;
}

/**
 * The province between the reviewing national centre and its own units (escalated complaints, appeals):
 * the middle level of the dispatch chain national → province → unit.
 */
function isMiddleProvince(state: TicketState, unitId: string | null): boolean {
  return unitId !== null && state.reviewUnitId !== state.provinceId && unitId === state.provinceId;
}

/**
 * An escalated complaint the national centre took in: the province's 3 / 7 working days run from the
 * national centre's dispatch (DOMAIN §5), and so does the commitment, which the filing could only count from filing.
 */
function countsFromNationalDispatch(state: TicketState): boolean {
  return state.kind === 'escalated_complaint' && state.reviewUnitId !== state.provinceId;
}

/** Where the round's handling deadline counts from when it is not the lead's sign. */
function roundOrigin(state: TicketState): CountOrigin | null {
  return state.roundDispatchedAt ? { at: state.roundDispatchedAt, what: 'national dispatch' } : null;
}

/**
 * The province takes its level back (its unit's feedback accepted, or the ticket returned to it): it leads
 * again and owes its own feedback to the level above, so the reviewer becomes the dispatcher once more.
 */
function provinceResumes(
  state: TicketState,
  completed: 'sign_for' | 'feedback_review',
): { patch: Partial<TicketState>; stages: StageEffect[] } {
  const province = state.provinceId;
  return {
    patch: {
      status: 'handling',
      ownerUnitId: province,
      leadUnitId: province,
      dispatcherUnitId: state.reviewUnitId,
      handlingRound: Math.max(1, state.handlingRound),
    },
    stages: [
      { op: 'complete', kind: completed },
      { op: 'open', kind: 'handling', ownerUnitId: province, due: state.handlingDueAt ? 'keep_round' : 'policy' },
    ],
  };
}

/** A new level promises the customer another commitment (24 / 48 / 72 h or the policy's): it is counted again. */
const regrade: CommandHandler<'regrade'> = ({ state, command }) =>
  ensure(command.level !== state.level, 'LEVEL_UNCHANGED', `The ticket is already at level ${state.level}`) ??
  accept(
    state,
    { level: command.level },
    [event('ticket.regraded', { from: state.level, to: command.level, reason: command.reason })],
    [{ op: 'recount', kind: 'commitment', reason: 'regraded' }],
  );

const resolveAtCentre: CommandHandler<'resolve_at_centre'> = ({ state, command }) => {
  const refused = analysisRequired(state);
  if (refused) return refused;
  // The centre becomes its own dispatcher so the reply/close/revisit steps need no special case.
  const centre = state.reviewUnitId;
  return accept(
    state,
    { status: 'reply', ownerUnitId: centre, dispatcherUnitId: centre },
    [event('ticket.resolved_at_centre', { note: command.note })],
    [
      { op: 'complete', kind: 'review' },
      { op: 'open', kind: 'reply', ownerUnitId: centre, due: 'policy' },
    ],
  );
};

/** The province in the middle passes its level down to one of its own units, and becomes that level's dispatcher. */
const dispatchFromProvince: CommandHandler<'dispatch'> = ({ state, command, actor }) => {
  const { target } = command;
  const refused =
    ensure(
      isMiddleProvince(state, actor.unitId) && state.ownerUnitId === actor.unitId && state.dispatcherUnitId !== actor.unitId,
      'INVALID_TRANSITION',
      'During handling only the province leading an escalated ticket dispatches it to its own units',
    ) ??
    ensure(target.inActorScope, 'TARGET_OUT_OF_SCOPE', 'The target unit is outside your scope') ??
    ensure(
      target.tier !== 'national' && target.unitId !== actor.unitId,
      'INVALID_TARGET',
      'The province dispatches to its own departments and cities',
    ) ??
    ensure(
      state.openCohandlingUnitIds.length === 0,
      'COHANDLING_OPEN',
      'Complete or cancel the open co-handling tasks before dispatching',
    ) ??
    ensure(!state.extensionPending, 'EXTENSION_PENDING', 'An extension request awaits the dispatcher’s decision');
  if (refused) return refused;
  // handlingDueAt is kept: the unit below works to the deadline the province was given.
  return accept(
    state,
    { status: 'sign_for', ownerUnitId: target.unitId, dispatcherUnitId: actor.unitId, leadUnitId: null },
    [event('ticket.dispatched', { fromUnitId: actor.unitId, toUnitId: target.unitId, note: command.note })],
    [
      { op: 'complete', kind: 'handling' },
      { op: 'open', kind: 'sign_for', ownerUnitId: target.unitId, due: 'policy' },
    ],
  );
};

const dispatch: CommandHandler<'dispatch'> = (ctx) => {
  const { state, command, actor, now } = ctx;
  if (state.status === 'handling') return dispatchFromProvince(ctx);
  const { target } = command;
  const refused =
    ensure(target.inActorScope, 'TARGET_OUT_OF_SCOPE', 'The target unit is outside your scope') ??
    ensure(target.tier !== 'national', 'INVALID_TARGET', 'A ticket cannot be dispatched to the national centre') ??
    ensure(
      target.unitId !== actor.unitId && target.unitId !== state.reviewUnitId,
      'INVALID_TARGET',
      'A centre resolves its own tickets with resolve_at_centre, not by dispatching to itself',
    );
  if (refused) return refused;
  const stages: StageEffect[] = [
    { op: 'complete', kind: 'review' },
    { op: 'open', kind: 'sign_for', ownerUnitId: target.unitId, due: 'policy' },
  ];
  const national = countsFromNationalDispatch(state);
  // The commitment is counted from the first dispatch only: a return and a new dispatch restart the
  // province's handling time, never the customer's clock.
  if (national && !state.everDispatched) {
    stages.push({ op: 'recount', kind: 'commitment', reason: 'national_dispatch', countFrom: { at: now, what: 'national dispatch' } });
  }
  // National staff dispatching on the centre's behalf do not become the dispatcher:
  // the reviewing centre keeps accepting feedback and replying.
  return accept(
    state,
    {
      status: 'sign_for',
      ownerUnitId: target.unitId,
      dispatcherUnitId: state.reviewUnitId,
      everDispatched: true,
      roundDispatchedAt: national ? now : state.roundDispatchedAt,
    },
    [event('ticket.dispatched', { toUnitId: target.unitId, note: command.note })],
    stages,
  );
};

const sign: CommandHandler<'sign'> = ({ state }) => {
  // A deadline already set means the ticket was transferred mid-round: the customer's clock keeps running.
  const firstSignOfRound = state.handlingDueAt === null;
  const origin = roundOrigin(state);
  const handling: StageEffect = firstSignOfRound
    ? { op: 'open', kind: 'handling', ownerUnitId: state.ownerUnitId, due: 'policy', ...(origin ? { countFrom: origin } : {}) }
    : { op: 'open', kind: 'handling', ownerUnitId: state.ownerUnitId, due: 'keep_round' };
  return accept(
    state,
    { status: 'handling', leadUnitId: state.ownerUnitId, handlingRound: Math.max(1, state.handlingRound) },
    [event('ticket.signed', { unitId: state.ownerUnitId })],
    [{ op: 'complete', kind: 'sign_for' }, handling],
  );
};

const returnToDispatcher: CommandHandler<'return'> = ({ state, command }) => {
  const refused = ensure(
    command.reason !== 'other' || hasText(command.text),
    'RETURN_TEXT_REQUIRED',
    'A return with reason "other" needs an explanation',
  );
  if (refused) return refused;
  if (isMiddleProvince(state, state.dispatcherUnitId)) {
    const resumed = provinceResumes(state, 'sign_for');
    return accept(
      state,
      resumed.patch,
      [event('ticket.returned', { fromUnitId: state.ownerUnitId, toUnitId: state.provinceId, reason: command.reason, text: command.text })],
      resumed.stages,
    );
  }
  const dispatcher = state.dispatcherUnitId ?? state.reviewUnitId;
  // The round's deadline is dropped: whoever signs after the re-dispatch starts a fresh policy deadline.
  return accept(
    state,
    { status: 'review', ownerUnitId: dispatcher, leadUnitId: null, handlingDueAt: null, roundDispatchedAt: null },
    [event('ticket.returned', { fromUnitId: state.ownerUnitId, reason: command.reason, text: command.text })],
    [
      { op: 'complete', kind: 'sign_for' },
      { op: 'open', kind: 'review', ownerUnitId: dispatcher, due: 'policy' },
    ],
  );
};

const transfer: CommandHandler<'transfer'> = ({ state, command, actor }) => {
  const { target } = command;
  const refused =
    ensure(target.inActorScope, 'TARGET_OUT_OF_SCOPE', 'The target unit is outside your scope') ??
    ensure(target.unitId !== state.ownerUnitId, 'INVALID_TARGET', 'A ticket cannot be transferred to its current owner') ??
    ensure(
      state.openCohandlingUnitIds.length === 0,
      'COHANDLING_OPEN',
      'Complete or cancel the open co-handling tasks before transferring',
    ) ??
    ensure(!state.extensionPending, 'EXTENSION_PENDING', 'An extension request awaits the dispatcher’s decision');
  if (refused) return refused;
  // The province handing its own level to one of its units dispatches it: it, not the national centre, decides that feedback.
  const provinceDispatches = isMiddleProvince(state, actor.unitId) && state.ownerUnitId === actor.unitId;
  // handlingDueAt is deliberately kept: the customer's clock does not restart on a transfer (§4).
  return accept(
    state,
    { status: 'sign_for', ownerUnitId: target.unitId, leadUnitId: null, ...(provinceDispatches ? { dispatcherUnitId: actor.unitId } : {}) },
    [event('ticket.transferred', { fromUnitId: state.ownerUnitId, toUnitId: target.unitId, reason: command.reason })],
    [
      { op: 'complete', kind: state.status === 'handling' ? 'handling' : 'sign_for' },
      { op: 'open', kind: 'sign_for', ownerUnitId: target.unitId, due: 'policy' },
    ],
  );
};

const addCohandling: CommandHandler<'add_cohandling'> = ({ state, command, now }) => {
  const { target, dueAt } = command;
  // A co-handler reads the ticket, so it must lie where the lead's unit may send the ticket at all.
  const refused =
    ensure(target.inActorScope, 'TARGET_OUT_OF_SCOPE', 'The co-handling unit is outside your scope') ??
    ensure(target.unitId !== state.ownerUnitId, 'INVALID_TARGET', 'The lead unit cannot co-handle its own ticket') ??
    ensure(!state.openCohandlingUnitIds.includes(target.unitId), 'COHANDLING_EXISTS', 'This unit already has an open co-handling task') ??
    ensure(isBefore(now, dueAt), 'INVALID_DUE', 'The co-handling deadline must be in the future') ??
    ensure(
      state.handlingDueAt === null || !isBefore(state.handlingDueAt, dueAt),
      'COHANDLING_DUE_AFTER_LEAD',
      'A co-handling task cannot be due after the lead’s handling deadline',
    );
  if (refused) return refused;
  return accept(
    state,
    { openCohandlingUnitIds: [...state.openCohandlingUnitIds, target.unitId] },
    [event('cohandling.assigned', { unitId: target.unitId, task: command.task, dueAt: iso(dueAt) })],
    [{ op: 'open', kind: 'cohandling', ownerUnitId: target.unitId, due: dueAt }],
  );
};

const cancelCohandling: CommandHandler<'cancel_cohandling'> = ({ state, command }) => {
  const refused = ensure(
    state.openCohandlingUnitIds.includes(command.unitId),
    'COHANDLING_NOT_FOUND',
    'This unit has no open co-handling task',
  );
  if (refused) return refused;
  return accept(
    state,
    { openCohandlingUnitIds: state.openCohandlingUnitIds.filter((id) => id !== command.unitId) },
    [event('cohandling.cancelled', { unitId: command.unitId, reason: command.reason })],
    [{ op: 'cancel', kind: 'cohandling', unitId: command.unitId }],
  );
};

const cohandlingOpinion: CommandHandler<'cohandling_opinion'> = ({ state, command, actor }) =>
  // The task answered is the actor's own unit's. The policy's `cohandler` relation already holds for
  // callers; the system, which acts without relations, co-handles nothing and so answers no task.
  ensure(state.openCohandlingUnitIds.includes(actor.unitId), 'NOT_COHANDLER', 'Your unit has no open co-handling task on this ticket') ??
  accept(
    state,
    { openCohandlingUnitIds: state.openCohandlingUnitIds.filter((id) => id !== actor.unitId) },
    [event('cohandling.opinion_submitted', { unitId: actor.unitId, opinion: command.opinion })],
    [{ op: 'complete', kind: 'cohandling', unitId: actor.unitId }],
  );

const requestExtension: CommandHandler<'request_extension'> = ({ state, command, now }) => {
  const refused =
    ensure(!state.extensionPending, 'EXTENSION_PENDING', 'An extension request is already pending') ??
    ensure(state.extensionsUsed < state.maxExtensions, 'EXTENSION_LIMIT', `At most ${state.maxExtensions} extensions per handling stage`) ??
    ensure(
      state.handlingDueAt === null || isBefore(now, state.handlingDueAt),
      'DEADLINE_PASSED',
      'Extensions must be requested before the deadline',
    ) ??
    ensure(
      isBefore(currentDeadline(state, now), command.requestedDueAt),
      'INVALID_EXTENSION',
      'The requested deadline must be later than the current one',
    );
  if (refused) return refused;
  // The allowance is counted on approval: a rejected request leaves it intact (one pending request at a time).
  return accept(state, { extensionPending: true }, [
    event('extension.requested', { requestedDueAt: iso(command.requestedDueAt), reason: command.reason }),
  ]);
};

/**
 * The handling deadline moves (approved extension, reported analysis schedule), re-arming its timers. Handling
 * that now ends after the reply promised to the customer puts the promise at risk: the reviewing centre hears
 * of it (and owes the customer a progress reply), and the commitment shows as at risk.
 */
function handlingMoved(state: TicketState, dueAt: Date, moved: DomainEvent, patch: Partial<TicketState>): TransitionOk {
  const events = [moved];
  const stages: StageEffect[] = [{ op: 'move_due', kind: 'handling', dueAt }];
  if (state.commitmentDueAt && isBefore(state.commitmentDueAt, dueAt)) {
    events.push(event('commitment.at_risk', { handlingDueAt: iso(dueAt), commitmentDueAt: iso(state.commitmentDueAt) }));
    stages.push({ op: 'flag_at_risk', kind: 'commitment' });
  }
  return accept(state, { ...patch, handlingDueAt: dueAt }, events, stages);
}

const approveExtension: CommandHandler<'approve_extension'> = ({ state, command, now }) =>
  ensure(state.extensionPending, 'NO_PENDING_EXTENSION', 'There is no extension request to decide') ??
  ensure(
    isBefore(currentDeadline(state, now), command.newDueAt),
    'INVALID_EXTENSION',
    'The new deadline must be later than the current one',
  ) ??
  handlingMoved(state, command.newDueAt, event('extension.decided', { approved: true, dueAt: iso(command.newDueAt), note: command.note }), {
    extensionPending: false,
    extensionsUsed: state.extensionsUsed + 1,
  });

const rejectExtension: CommandHandler<'reject_extension'> = ({ state, command }) =>
  ensure(state.extensionPending, 'NO_PENDING_EXTENSION', 'There is no extension request to decide') ??
  accept(state, { extensionPending: false }, [event('extension.decided', { approved: false, reason: command.reason })]);

const escalateForHelp: CommandHandler<'escalate_for_help'> = ({ state, command }) =>
  accept(state, {}, [event('ticket.help_requested', { parentUnitId: command.parentUnitId, reason: command.reason })]);

/** The lead's result goes to the dispatcher's review: never while co-handling tasks or an extension request are open. */
function toDispatcherReview(state: TicketState, submitted: DomainEvent, patch: Partial<TicketState> = {}): TransitionResult {
  const refused =
    ensure(
      state.openCohandlingUnitIds.length === 0,
      'COHANDLING_OPEN',
      'Co-handling tasks are still open; wait for their opinions or cancel them',
    ) ?? ensure(!state.extensionPending, 'EXTENSION_PENDING', 'An extension request awaits the dispatcher’s decision');
  if (refused) return refused;
  const dispatcher = state.dispatcherUnitId ?? state.reviewUnitId;
  return accept(
    state,
    { ...patch, status: 'feedback_review', ownerUnitId: dispatcher },
    [submitted],
    [
      { op: 'complete', kind: 'handling' },
      { op: 'open', kind: 'feedback_review', ownerUnitId: dispatcher, due: 'policy' },
    ],
  );
}

/** A suggestion is answered from its department's analysis and adoption decision (DOMAIN §3), never without one. */
function analysisRequired(state: TicketState): TransitionRefused | undefined {
  return ensure(
    state.kind !== 'suggestion',
    'ANALYSIS_REQUIRED',
    'A suggestion is answered from the responsible department’s analysis and adoption decision (submit_analysis)',
  );
}

function suggestionOnly(state: TicketState): TransitionRefused | undefined {
  return ensure(state.kind === 'suggestion', 'SUGGESTION_ONLY', 'Only a suggestion has an analysis schedule and an adoption decision');
}

const submitFeedback: CommandHandler<'submit_feedback'> = ({ state, command }) =>
  analysisRequired(state) ?? toDispatcherReview(state, event('feedback.submitted', { result: command.result }));

/**
 * The department's schedule replaces the month the policy gives for the analysis, once: a later move
 * is an extension the dispatcher approves. It is reported while the current deadline still stands.
 */
const reportAnalysisSchedule: CommandHandler<'report_analysis_schedule'> = ({ state, command, now }) =>
  suggestionOnly(state) ??
  ensure(
    state.analysisScheduleAt === null,
    'SCHEDULE_ALREADY_REPORTED',
    'The analysis schedule was reported already; a later deadline needs an approved extension',
  ) ??
  ensure(!state.extensionPending, 'EXTENSION_PENDING', 'An extension request awaits the dispatcher’s decision') ??
  ensure(
    state.handlingDueAt === null || isBefore(now, state.handlingDueAt),
    'DEADLINE_PASSED',
    'A schedule is reported before the analysis deadline',
  ) ??
  ensure(isBefore(now, command.dueAt), 'INVALID_DUE', 'The schedule must end in the future') ??
  handlingMoved(
    state,
    command.dueAt,
    event('suggestion.schedule_reported', {
      dueAt: iso(command.dueAt),
      previousDueAt: state.handlingDueAt ? iso(state.handlingDueAt) : null,
      plan: command.plan,
    }),
    { analysisScheduleAt: command.dueAt },
  );

const submitAnalysis: CommandHandler<'submit_analysis'> = ({ state, command }) => {
  const { analysis, decision, reason, effectiveFrom } = command;
  const refused =
    suggestionOnly(state) ??
    ensure(hasText(reason), 'REASON_REQUIRED', 'An adoption decision states its reason') ??
    ensure(
      decision !== 'adopted' || effectiveFrom !== undefined,
      'EFFECTIVE_DATE_REQUIRED',
      'An adopted suggestion states when it takes effect',
    ) ??
    ensure(decision === 'adopted' || effectiveFrom === undefined, 'EFFECTIVE_DATE_NOT_ALLOWED', 'Only an adopted suggestion takes effect');
  if (refused) return refused;
  const adoption = { decision, reason, effectiveFrom: effectiveFrom ?? null };
  return toDispatcherReview(state, event('suggestion.analysed', { analysis, ...adoption }), { adoption });
};

const acceptFeedback: CommandHandler<'accept_feedback'> = ({ state, command }) => {
  if (isMiddleProvince(state, state.dispatcherUnitId)) {
    const resumed = provinceResumes(state, 'feedback_review');
    return accept(state, resumed.patch, [event('feedback.accepted', { note: command.note, byUnitId: state.provinceId })], resumed.stages);
  }
  const dispatcher = state.dispatcherUnitId ?? state.reviewUnitId;
  return accept(
    state,
    { status: 'reply', ownerUnitId: dispatcher },
    [event('feedback.accepted', { note: command.note })],
    [
      { op: 'complete', kind: 'feedback_review' },
      { op: 'open', kind: 'reply', ownerUnitId: dispatcher, due: 'policy' },
    ],
  );
};

const rejectFeedback: CommandHandler<'reject_feedback'> = ({ state, command }) => {
  const refused = ensure(hasText(command.reason), 'REASON_REQUIRED', 'Rejecting feedback needs a reason');
  if (refused) return refused;
  const lead = state.leadUnitId ?? state.ownerUnitId;
  return accept(
    state,
    { status: 'handling', ownerUnitId: lead },
    [event('feedback.rejected', { reason: command.reason })],
    [
      { op: 'complete', kind: 'feedback_review' },
      { op: 'open', kind: 'handling', ownerUnitId: lead, due: 'keep_round' },
    ],
  );
};

const progressReply: CommandHandler<'progress_reply'> = ({ state, command }) =>
  accept(state, {}, [event('ticket.progress_replied', { text: command.text })]);

/** The final reply; a suggestion's tells the proposer whether it was adopted, why, and from when. */
const reply: CommandHandler<'reply'> = ({ state, command }) =>
  ensure(
    state.kind !== 'suggestion' || state.adoption !== null,
    'ANALYSIS_REQUIRED',
    'A suggestion is answered with its adoption decision',
  ) ??
  accept(
    state,
    { status: 'replied' },
    [event('ticket.replied', { text: command.text, final: true, adoption: state.kind === 'suggestion' ? state.adoption : undefined })],
    [{ op: 'complete', kind: 'reply' }],
  );

const close: CommandHandler<'close'> = ({ state, command }) => {
  const refused =
    ensure(
      command.attitude !== 'rejected' || hasText(command.companyPosition),
      'COMPANY_POSITION_REQUIRED',
      'When the customer rejects the answer, state the company’s position',
    ) ??
    ensure(
      state.kind !== 'appeal' || command.conclusion !== undefined,
      'CONCLUSION_REQUIRED',
      'Closing an appeal records its conclusion',
    ) ??
    ensure(
      state.kind === 'appeal' ||
        (command.conclusion === undefined && command.responsibilityType === undefined && command.responsibleUnitId === undefined),
      'CONCLUSION_NOT_ALLOWED',
      'Only an appeal records a conclusion and a responsible unit',
    ) ??
    ensure(
      command.conclusion !== 'withdrawn',
      'CONCLUSION_NOT_ALLOWED',
      'An appeal is concluded as withdrawn by withdrawing it, not by closing it',
    ) ??
    ensure(
      command.conclusion !== 'company_responsibility' || (hasText(command.responsibilityType) && hasText(command.responsibleUnitId)),
      'RESPONSIBILITY_REQUIRED',
      'A company-responsibility conclusion names the responsibility type and the responsible unit',
    );
  if (refused) return refused;
  const { attitude, companyPosition, conclusion, responsibilityType, responsibleUnitId } = command;
  return accept(
    state,
    { status: 'closed', conclusion: conclusion ?? null },
    [event('ticket.closed', { attitude, companyPosition, conclusion, responsibilityType, responsibleUnitId })],
    [{ op: 'open', kind: 'revisit', ownerUnitId: state.ownerUnitId, due: 'policy' }],
  );
};

const revisit: CommandHandler<'revisit'> = ({ state, command, now }) => {
  const refused = ensure(
    command.result !== 'unsatisfied' || command.cause !== undefined,
    'CAUSE_REQUIRED',
    'An unsatisfied revisit records its cause',
  );
  if (refused) return refused;
  const revisited = event('ticket.revisited', { result: command.result, cause: command.cause, note: command.note });
  const completeRevisit: StageEffect = { op: 'complete', kind: 'revisit' };

  if (command.result !== 'unsatisfied' || command.cause !== 'poor_handling') {
    return accept(state, { status: 'revisited' }, [revisited], [completeRevisit]);
  }
  // Poor handling earns a new round, counted separately for KPIs (round 2 is the first re-handling, also of
  // a ticket the centre resolved itself). Like the first, the round promises the customer a reply by its own
  // commitment, timed like the first round's, and has a fresh extension allowance; its handling deadline is
  // set when the unit signs.
  const round = Math.max(1, state.handlingRound) + 1;
  const fresh: Partial<TicketState> = { handlingRound: round, extensionsUsed: 0, extensionPending: false, handlingDueAt: null };
  const commitment: StageEffect = { op: 'open', kind: 'commitment', ownerUnitId: state.reviewUnitId, due: 'policy' };
  if (state.leadUnitId === null) {
    // The centre resolved it itself: it reviews the new round, to resolve it again or dispatch it.
    const centre = state.reviewUnitId;
    return accept(
      state,
      { ...fresh, status: 'review', ownerUnitId: centre, roundDispatchedAt: null },
      [revisited, event('ticket.reopened', { round, unitId: centre })],
      [completeRevisit, commitment, { op: 'open', kind: 'review', ownerUnitId: centre, due: 'policy' }],
    );
  }
  // The lead signs for the new round as it did for the first; the dispatcher stays the one it answers to.
  const lead = state.leadUnitId;
  return accept(
    state,
    {
      ...fresh,
      status: 'sign_for',
      ownerUnitId: lead,
      leadUnitId: null,
      roundDispatchedAt: countsFromNationalDispatch(state) ? now : null,
    },
    [revisited, event('ticket.reopened', { round, unitId: lead })],
    [completeRevisit, commitment, { op: 'open', kind: 'sign_for', ownerUnitId: lead, due: 'policy' }],
  );
};

const urge: CommandHandler<'urge'> = ({ state, command }) =>
  accept(state, {}, [event('ticket.urged', { toUnitId: state.ownerUnitId, note: command.note })]);

const supervise: CommandHandler<'supervise'> = ({ state, command, now }) =>
  ensure(command.dueAt !== null && isBefore(now, command.dueAt), 'INVALID_DUE', 'A supervision order must be due in the future') ??
  accept(state, {}, [
    event('supervision.issued', {
      ...(command.orderId ? { supervisionOrderId: command.orderId } : {}),
      toUnitId: state.ownerUnitId,
      dueAt: command.dueAt && iso(command.dueAt),
      note: command.note,
    }),
  ]);

const withdraw: CommandHandler<'withdraw'> = ({ state, command }) => {
  // A withdrawn appeal is concluded as such (DOMAIN: appeal conclusions), so its statistics need no second source.
  const conclusion = state.kind === 'appeal' ? 'withdrawn' : state.conclusion;
  return accept(
    state,
    { status: 'withdrawn', openCohandlingUnitIds: [], extensionPending: false, conclusion },
    [event('ticket.withdrawn', { reason: command.reason, conclusion: state.kind === 'appeal' ? conclusion : undefined })],
    [{ op: 'cancel' }],
  );
};

const archive: CommandHandler<'archive'> = ({ state }) => accept(state, { status: 'archived' }, [event('ticket.archived')]);

export const COMMAND_HANDLERS: { readonly [T in CommandType]: CommandHandler<T> } = {
  regrade,
  resolve_at_centre: resolveAtCentre,
  dispatch,
  sign,
  return: returnToDispatcher,
  transfer,
  add_cohandling: addCohandling,
  cancel_cohandling: cancelCohandling,
  cohandling_opinion: cohandlingOpinion,
  request_extension: requestExtension,
  approve_extension: approveExtension,
  reject_extension: rejectExtension,
  escalate_for_help: escalateForHelp,
  submit_feedback: submitFeedback,
  report_analysis_schedule: reportAnalysisSchedule,
  submit_analysis: submitAnalysis,
  accept_feedback: acceptFeedback,
  reject_feedback: rejectFeedback,
  progress_reply: progressReply,
  reply,
  close,
  revisit,
  urge,
  supervise,
  withdraw,
  archive,
};
