import fc from 'fast-check';
import {
  Actor,
  Command,
  CommandType,
  StageEffect,
  TargetUnit,
  TicketState,
  TransitionOk,
  TransitionRefused,
  TransitionResult,
  transition,
} from './ticket-state-machine';
import { RELATIONS, Relation } from '../../auth/policy/policy';
import { RequestActor, ticketRelations } from '../../auth/policy/identity';
import { RefusalCode } from './refusals';
import { OPEN_STATUSES, TICKET_STATUSES, TicketStatus } from './ticket.types';
import { OrgTier } from '../../common/vocabulary';

// ---------------------------------------------------------------------------------------------
// Fixtures: one province (centre HA) with a city branch, two departments and an unrelated city; another province HB.
// ---------------------------------------------------------------------------------------------

const NATIONAL = 'national';
const CENTRE = 'prov-HA';
const CITY = 'city-ZZ';
const DEPT = 'dept-billing';
const DEPT2 = 'dept-network';
const OUTSIDER = 'city-elsewhere';
const OTHER_CENTRE = 'prov-HB';

const NOW = new Date('2026-11-22T10:00:00.000Z');
const hoursFromNow = (h: number) => new Date(NOW.getTime() + h * 3_600_000);
const HANDLING_DUE = hoursFromNow(24);

const TIERS: Record<string, OrgTier> = {
  [NATIONAL]: 'national',
  [CENTRE]: 'provincial',
  [CITY]: 'city',
  [DEPT]: 'department',
  [DEPT2]: 'department',
  [OUTSIDER]: 'city',
  [OTHER_CENTRE]: 'provincial',
};

/** Org tree paths: the relations a supervising centre holds come from them. */
const PATHS: Record<string, string> = {
  [NATIONAL]: '/n/',
  [CENTRE]: '/n/ha/',
  [CITY]: '/n/ha/zz/',
  [DEPT]: '/n/ha/billing/',
  [DEPT2]: '/n/ha/network/',
  [OUTSIDER]: '/n/ha/elsewhere/',
  [OTHER_CENTRE]: '/n/hb/',
};
const PROVINCE: Record<string, string | null> = {
  [NATIONAL]: null,
  [CENTRE]: CENTRE,
  [CITY]: CENTRE,
  [DEPT]: CENTRE,
  [DEPT2]: CENTRE,
  [OUTSIDER]: CENTRE,
  [OTHER_CENTRE]: OTHER_CENTRE,
};
const FILING_CHANNEL = 'channel-hotline';

/** An actor before the transition service has computed its relations; `run` computes them the same way, unless given. */
type Caller = Omit<Actor, 'relations'> & { relations?: readonly Relation[] };

function staff(unitId: string, overrides: Partial<Caller> = {}): Caller {
  return { kind: 'staff', unitId, tier: TIERS[unitId] ?? 'city', role: 'handler', ...overrides };
}

/** The channel system that filed the ticket, attached to the provincial centre. */
const CHANNEL: Caller = { kind: 'channel', unitId: CENTRE, tier: 'provincial', role: 'channel' };
const SYSTEM: Caller = { kind: 'system', unitId: OUTSIDER, tier: 'city', role: 'system' };

/** The relations the transition service computes for this caller on this ticket (src/auth/policy/identity.ts). */
function withRelations(state: TicketState, caller: Caller): Actor {
  if (caller.relations) return { ...caller, relations: caller.relations };
  if (caller.kind === 'system') return { ...caller, relations: [] };
  const requestActor: RequestActor = {
    kind: caller.kind,
    id: caller.kind === 'channel' ? FILING_CHANNEL : 'staff-1',
    role: caller.role === 'system' ? 'channel' : caller.role,
    unitId: caller.unitId,
    tier: caller.tier,
    unitPath: PATHS[caller.unitId] ?? '/n/elsewhere/',
    provinceId: PROVINCE[caller.unitId] ?? null,
  };
  const relations = ticketRelations(requestActor, {
    channelSystemId: FILING_CHANNEL,
    provinceId: state.provinceId,
    reviewUnitId: state.reviewUnitId,
    dispatcherUnitId: state.dispatcherUnitId,
    ownerUnitId: state.ownerUnitId,
    ownerUnitPath: PATHS[state.ownerUnitId] ?? '/n/elsewhere/',
    openCohandlingUnitIds: state.openCohandlingUnitIds,
  });
  return { ...caller, relations };
}

/** A realistic ticket in each status: reviewed by CENTRE, dispatched to CITY, which leads handling. */
function stateIn(status: TicketStatus, overrides: Partial<TicketState> = {}): TicketState {
  const base: TicketState = {
    kind: 'complaint',
    level: 'general',
    status,
    reviewUnitId: CENTRE,
    provinceId: CENTRE,
    ownerUnitId: CENTRE,
    dispatcherUnitId: CENTRE,
    leadUnitId: CITY,
    handlingRound: 1,
    openCohandlingUnitIds: [],
    extensionsUsed: 0,
    maxExtensions: 2,
    extensionPending: false,
    handlingDueAt: HANDLING_DUE,
    commitmentDueAt: null,
    roundDispatchedAt: null,
    conclusion: null,
    everDispatched: true,
    adoption: null,
    analysisScheduleAt: null,
  };
  const byStatus: Partial<Record<TicketStatus, Partial<TicketState>>> = {
    review: { dispatcherUnitId: null, leadUnitId: null, handlingRound: 0, handlingDueAt: null, everDispatched: false },
    sign_for: { ownerUnitId: CITY, leadUnitId: null, handlingRound: 0, handlingDueAt: null },
    handling: { ownerUnitId: CITY },
  };
  return { ...base, ...byStatus[status], ...overrides };
}

const target = (unitId: string, inActorScope = true) => ({ unitId, tier: TIERS[unitId] ?? 'city', inActorScope });

function run(state: TicketState, command: Command, caller: Caller, now = NOW): TransitionResult {
  return transition(state, command, withRelations(state, caller), now);
}

function expectOk(result: TransitionResult): TransitionOk {
  if (!result.ok) throw new Error(`expected success, got ${result.code}: ${result.message}`);
  return result;
}

function expectRefused(result: TransitionResult, code: string): TransitionRefused {
  if (result.ok) throw new Error(`expected refusal ${code}, got success`);
  expect(result.code).toBe(code);
  expect(result.message.length).toBeGreaterThan(0);
  return result;
}

// ---------------------------------------------------------------------------------------------
// One valid sample per command: the command, an actor entitled to it, and any state it presupposes.
// ---------------------------------------------------------------------------------------------

type CommandOf<T extends CommandType> = Extract<Command, { type: T }>;
interface Sample<T extends CommandType> {
  command: CommandOf<T>;
  actor: (state: TicketState) => Caller;
  /** Preconditions of the command itself (a pending extension, an open co-handling task). */
  prepare?: (state: TicketState) => TicketState;
}

const reviewer = () => staff(CENTRE, { role: 'agent' });
const owner = (s: TicketState) => staff(s.ownerUnitId);
const dispatcher = () => staff(CENTRE, { role: 'supervisor' });
/** A higher tier over whoever owns the stage: the province over its units, the national centre over the province. */
const supervisor = (s: TicketState) => staff(s.ownerUnitId === CENTRE ? NATIONAL : CENTRE, { role: 'supervisor' });
const withPendingExtension = (s: TicketState) => ({ ...s, extensionPending: true, extensionsUsed: 1 });
const withCohandler = (s: TicketState) => ({ ...s, openCohandlingUnitIds: [DEPT2] });
const asSuggestion = (s: TicketState): TicketState => ({ ...s, kind: 'suggestion' });

const SAMPLES: { [T in CommandType]: Sample<T> } = {
  regrade: { command: { type: 'regrade', level: 'provincial', reason: 'roaming' }, actor: reviewer },
  resolve_at_centre: { command: { type: 'resolve_at_centre', note: 'explained tariff' }, actor: reviewer },
  dispatch: { command: { type: 'dispatch', target: target(CITY), note: 'please check' }, actor: reviewer },
  sign: { command: { type: 'sign' }, actor: owner },
  return: { command: { type: 'return', reason: 'duplicate' }, actor: owner },
  transfer: { command: { type: 'transfer', target: target(DEPT), reason: 'billing matter' }, actor: owner },
  add_cohandling: {
    command: { type: 'add_cohandling', target: target(DEPT2), task: 'check the cell', dueAt: hoursFromNow(12) },
    actor: owner,
  },
  cancel_cohandling: {
    command: { type: 'cancel_cohandling', unitId: DEPT2, reason: 'not needed' },
    actor: owner,
    prepare: withCohandler,
  },
  cohandling_opinion: {
    command: { type: 'cohandling_opinion', opinion: 'cell fixed' },
    actor: () => staff(DEPT2),
    prepare: withCohandler,
  },
  request_extension: {
    command: { type: 'request_extension', requestedDueAt: hoursFromNow(48), reason: 'waiting for vendor' },
    actor: owner,
  },
  approve_extension: {
    command: { type: 'approve_extension', newDueAt: hoursFromNow(48), note: 'ok' },
    actor: dispatcher,
    prepare: withPendingExtension,
  },
  reject_extension: {
    command: { type: 'reject_extension', reason: 'too long' },
    actor: dispatcher,
    prepare: withPendingExtension,
  },
  escalate_for_help: {
    command: { type: 'escalate_for_help', reason: 'needs HQ', parentUnitId: CENTRE },
    actor: owner,
  },
  submit_feedback: { command: { type: 'submit_feedback', result: 'refunded' }, actor: owner },
  report_analysis_schedule: {
    command: { type: 'report_analysis_schedule', dueAt: hoursFromNow(24 * 60), plan: 'tariff review with marketing' },
    actor: owner,
    prepare: asSuggestion,
  },
  submit_analysis: {
    command: { type: 'submit_analysis', analysis: 'feasible', decision: 'adopted', reason: 'cheaper for all', effectiveFrom: '2027-01-01' },
    actor: owner,
    prepare: asSuggestion,
  },
  accept_feedback: { command: { type: 'accept_feedback', note: 'good' }, actor: dispatcher },
  reject_feedback: { command: { type: 'reject_feedback', reason: 'incomplete' }, actor: dispatcher },
  progress_reply: { command: { type: 'progress_reply', text: 'still working on it' }, actor: reviewer },
  reply: { command: { type: 'reply', text: 'we refunded you' }, actor: owner },
  close: { command: { type: 'close', attitude: 'accepted' }, actor: owner },
  revisit: { command: { type: 'revisit', result: 'satisfied' }, actor: owner },
  urge: {
    command: { type: 'urge', note: 'customer called again' },
    actor: supervisor,
  },
  supervise: {
    command: { type: 'supervise', note: 'fix by tonight', dueAt: hoursFromNow(4) },
    actor: supervisor,
  },
  withdraw: { command: { type: 'withdraw', reason: 'customer solved it' }, actor: reviewer },
  archive: { command: { type: 'archive' }, actor: reviewer },
};

const COMMAND_TYPES = Object.keys(SAMPLES) as CommandType[];

/** Runs a command's sample in `status`, optionally as another actor or on a tweaked state. */
function runSample(
  type: CommandType,
  status: TicketStatus,
  options: { actor?: Caller; state?: Partial<TicketState>; command?: Partial<Command> } = {},
): TransitionResult {
  const sample = SAMPLES[type] as Sample<CommandType>;
  let state = stateIn(status, options.state);
  if (sample.prepare) state = sample.prepare(state);
  const command = { ...sample.command, ...options.command } as Command;
  return run(state, command, options.actor ?? sample.actor(state));
}

// ---------------------------------------------------------------------------------------------
// The specification tables (written independently of the implementation's tables).
// ---------------------------------------------------------------------------------------------

const UNTIL_REPLIED = OPEN_STATUSES;
const UNTIL_REPLY: TicketStatus[] = ['review', 'sign_for', 'handling', 'feedback_review', 'reply'];

const ALLOWED_IN: Record<CommandType, readonly TicketStatus[]> = {
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
  progress_reply: UNTIL_REPLY,
  reply: ['reply'],
  close: ['replied'],
  revisit: ['closed'],
  urge: UNTIL_REPLIED,
  supervise: UNTIL_REPLIED,
  withdraw: UNTIL_REPLIED,
  archive: ['revisited', 'withdrawn'],
};

type Role = Actor['role'];
const ROLES: Role[] = ['agent', 'handler', 'supervisor', 'admin', 'channel', 'system'];
/** Administrators administer; they never act in the workflow (DOMAIN §10, docs/security.md). */
const WORKERS_AND_SYSTEM: Role[] = ['agent', 'handler', 'supervisor', 'system'];
const ROLES_ALLOWED: Record<CommandType, Role[]> = {
  ...(Object.fromEntries(COMMAND_TYPES.map((t) => [t, WORKERS_AND_SYSTEM])) as Record<CommandType, Role[]>),
  withdraw: ['agent', 'supervisor', 'system', 'channel'],
  urge: ['agent', 'supervisor', 'system'],
  supervise: ['supervisor', 'system'],
  // A suggestion's analysis and adoption decision are the department's handlers' (and their supervisors').
  report_analysis_schedule: ['handler', 'supervisor', 'system'],
  submit_analysis: ['handler', 'supervisor', 'system'],
};

/** What an unrelated unit (a city in another branch, no supervision over the owner) gets. */
const OUTSIDER_REFUSAL: Record<CommandType, string> = {
  regrade: 'NOT_REVIEWER',
  resolve_at_centre: 'NOT_REVIEWER',
  dispatch: 'NOT_REVIEWER',
  sign: 'NOT_OWNER',
  return: 'NOT_OWNER',
  transfer: 'NOT_OWNER',
  add_cohandling: 'NOT_OWNER',
  cancel_cohandling: 'NOT_OWNER',
  cohandling_opinion: 'NOT_COHANDLER',
  request_extension: 'NOT_OWNER',
  approve_extension: 'NOT_DISPATCHER',
  reject_extension: 'NOT_DISPATCHER',
  escalate_for_help: 'NOT_OWNER',
  submit_feedback: 'NOT_OWNER',
  report_analysis_schedule: 'NOT_OWNER',
  submit_analysis: 'NOT_OWNER',
  accept_feedback: 'NOT_DISPATCHER',
  reject_feedback: 'NOT_DISPATCHER',
  progress_reply: 'NOT_OWNER',
  reply: 'NOT_OWNER',
  close: 'NOT_OWNER',
  revisit: 'NOT_OWNER',
  urge: 'NOT_SUPERVISOR',
  supervise: 'NOT_SUPERVISOR',
  withdraw: 'NOT_REVIEWER',
  archive: 'NOT_REVIEWER',
};

function expectedFor(type: CommandType, status: TicketStatus): 'allowed' | RefusalCode {
  if (status === 'archived') return 'TICKET_ARCHIVED';
  return ALLOWED_IN[type].includes(status) ? 'allowed' : 'INVALID_TRANSITION';
}

function actorWithRole(base: Caller, role: Role): Caller {
  if (role === 'channel') return { ...CHANNEL };
  if (role === 'system') return { ...base, kind: 'system', role };
  return { ...base, kind: 'staff', role };
}

const outsider = staff(OUTSIDER, { role: 'supervisor' });

// ---------------------------------------------------------------------------------------------
// Exhaustive matrices
// ---------------------------------------------------------------------------------------------

describe('status × command matrix', () => {
  const cells = COMMAND_TYPES.flatMap((type) => TICKET_STATUSES.map((status) => [type, status, expectedFor(type, status)] as const));

  it('covers every command and every status', () => {
    expect(cells).toHaveLength(26 * 10);
  });

  it.each(cells)('%s in %s → %s', (type, status, expected) => {
    const result = runSample(type, status);
    if (expected === 'allowed') expectOk(result);
    else expectRefused(result, expected);
  });

  it('withdrawn tickets accept only archive', () => {
    const allowed = COMMAND_TYPES.filter((type) => runSample(type, 'withdrawn').ok);
    expect(allowed).toEqual(['archive']);
  });

  it('archived tickets refuse even an admin and the system', () => {
    for (const type of COMMAND_TYPES) {
      expectRefused(runSample(type, 'archived', { actor: staff(NATIONAL, { role: 'admin' }) }), 'TICKET_ARCHIVED');
      expectRefused(runSample(type, 'archived', { actor: SYSTEM }), 'TICKET_ARCHIVED');
    }
  });
});

describe('command × role matrix', () => {
  const cells = COMMAND_TYPES.flatMap((type) =>
    ROLES.map((role) => [type, role, ROLES_ALLOWED[type].includes(role) ? 'allowed' : 'FORBIDDEN_ROLE'] as const),
  );

  it.each(cells)('%s by %s → %s', (type, role, expected) => {
    const status = ALLOWED_IN[type][0];
    const state = stateIn(status);
    const actor = actorWithRole(SAMPLES[type].actor(SAMPLES[type].prepare?.(state) ?? state), role);
    const result = runSample(type, status, { actor });
    if (expected === 'allowed') expectOk(result);
    else expectRefused(result, expected);
  });

  it('checks the status before the role', () => {
    expectRefused(runSample('sign', 'review', { actor: CHANNEL }), 'INVALID_TRANSITION');
  });

  it('a channel may withdraw a ticket in any open status', () => {
    for (const status of OPEN_STATUSES) {
      expect(runSample('withdraw', status, { actor: CHANNEL }).ok).toBe(true);
    }
  });
});

describe('unit relation matrix', () => {
  const cells = COMMAND_TYPES.flatMap((type) => ALLOWED_IN[type].map((status) => [type, status, OUTSIDER_REFUSAL[type]] as const));

  it.each(cells)('%s in %s by an unrelated unit → %s', (type, status, code) => {
    expectRefused(runSample(type, status, { actor: outsider }), code);
  });

  /** National staff stand in for the centre's relations, never for the owner's or a co-handler's own work below national. */
  const NATIONAL_STAFF: Record<CommandType, 'allowed' | RefusalCode> = {
    regrade: 'allowed',
    resolve_at_centre: 'allowed',
    dispatch: 'allowed',
    sign: 'NOT_OWNER',
    return: 'NOT_OWNER',
    transfer: 'NOT_OWNER',
    add_cohandling: 'NOT_OWNER',
    cancel_cohandling: 'NOT_OWNER',
    cohandling_opinion: 'NOT_COHANDLER',
    request_extension: 'NOT_OWNER',
    approve_extension: 'allowed',
    reject_extension: 'allowed',
    escalate_for_help: 'NOT_OWNER',
    submit_feedback: 'NOT_OWNER',
    report_analysis_schedule: 'NOT_OWNER',
    submit_analysis: 'NOT_OWNER',
    accept_feedback: 'allowed',
    reject_feedback: 'allowed',
    progress_reply: 'NOT_OWNER',
    reply: 'allowed',
    close: 'allowed',
    revisit: 'allowed',
    urge: 'allowed',
    supervise: 'allowed',
    withdraw: 'allowed',
    archive: 'allowed',
  };
  const nationalCells = COMMAND_TYPES.flatMap((type) => ALLOWED_IN[type].map((status) => [type, status, NATIONAL_STAFF[type]] as const));

  it.each(nationalCells)('%s in %s by national staff → %s', (type, status, expected) => {
    const result = runSample(type, status, { actor: staff(NATIONAL, { role: 'supervisor' }) });
    if (expected === 'allowed') expectOk(result);
    else expectRefused(result, expected);
  });

  it('national staff do the owner’s work where the national centre owns the stage itself', () => {
    const national = staff(NATIONAL, { role: 'handler' });
    const owned = { reviewUnitId: NATIONAL, dispatcherUnitId: NATIONAL, ownerUnitId: NATIONAL, leadUnitId: NATIONAL };
    expectOk(run(stateIn('sign_for', owned), { type: 'sign' }, national));
    expectOk(run(stateIn('handling', owned), { type: 'submit_feedback', result: 'done' }, national));
  });

  const administrators: Array<[string, Caller]> = [
    ['an admin of the owning unit', staff(CITY, { role: 'admin' })],
    ['an admin of the reviewing centre', staff(CENTRE, { role: 'admin' })],
    ['a national admin', staff(NATIONAL, { role: 'admin' })],
  ];
  const adminCells = COMMAND_TYPES.flatMap((type) =>
    ALLOWED_IN[type].flatMap((status) => administrators.map(([who, actor]) => [type, status, who, actor] as const)),
  );

  it.each(adminCells)('%s in %s by %s → FORBIDDEN_ROLE', (type, status, _who, actor) => {
    expectRefused(runSample(type, status, { actor }), 'FORBIDDEN_ROLE');
  });

  const systemCells = COMMAND_TYPES.flatMap((type) => ALLOWED_IN[type].map((status) => [type, status] as const));

  it.each(systemCells)('%s in %s by the system acts for any unit', (type, status) => {
    const result = runSample(type, status, { actor: SYSTEM });
    // A co-handling opinion answers the actor's own unit's task, so nobody can answer it for them.
    if (type === 'cohandling_opinion') expectRefused(result, 'NOT_COHANDLER');
    else expectOk(result);
  });

  it.each([
    ['the dispatcher cannot sign for the receiving unit', 'sign', 'sign_for', staff(CENTRE)],
    ['the dispatcher cannot submit the lead’s feedback', 'submit_feedback', 'handling', staff(CENTRE)],
    ['the lead cannot approve its own extension', 'approve_extension', 'handling', staff(CITY)],
    ['the lead cannot accept its own feedback', 'accept_feedback', 'feedback_review', staff(CITY)],
    ['the lead cannot dispatch', 'dispatch', 'review', staff(CITY)],
    ['a co-handler cannot transfer', 'transfer', 'handling', staff(DEPT2)],
    ['the lead cannot withdraw', 'withdraw', 'handling', staff(CITY, { role: 'supervisor' })],
    ['the lead cannot archive', 'archive', 'revisited', staff(CITY)],
    ['a supervisor that does not supervise the owner cannot urge', 'urge', 'handling', staff(CITY, { role: 'supervisor' })],
    ['a centre does not supervise its own stage', 'urge', 'reply', staff(CENTRE, { role: 'supervisor' })],
    ['another province’s centre cannot review', 'regrade', 'review', staff(OTHER_CENTRE, { role: 'supervisor' })],
    ['a channel cannot withdraw a ticket it did not file', 'withdraw', 'handling', { ...CHANNEL, relations: [] }],
  ] as const)('%s', (_title, type, status, actor) => {
    expectRefused(runSample(type, status, { actor }), OUTSIDER_REFUSAL[type]);
  });

  it('a co-handler and a transfer target must lie where the lead may send the ticket', () => {
    const handling = stateIn('handling');
    const lead = staff(CITY);
    const far = { unitId: OTHER_CENTRE, tier: 'provincial' as const, inActorScope: false };
    expectRefused(run(handling, { type: 'add_cohandling', target: far, task: 't', dueAt: hoursFromNow(2) }, lead), 'TARGET_OUT_OF_SCOPE');
    expectRefused(run(handling, { type: 'transfer', target: far, reason: 'r' }, lead), 'TARGET_OUT_OF_SCOPE');
  });

  it('progress replies may come from the reviewer, the dispatcher or the owner', () => {
    const state = stateIn('handling', { reviewUnitId: OTHER_CENTRE, dispatcherUnitId: CENTRE, ownerUnitId: DEPT });
    const command: Command = { type: 'progress_reply', text: 'soon' };
    for (const unit of [state.reviewUnitId, CENTRE, DEPT]) expectOk(run(state, command, staff(unit)));
    expectRefused(run(state, command, staff(CITY)), 'NOT_OWNER');
  });
});

// ---------------------------------------------------------------------------------------------
// Effects of every allowed transition, and payload refusals
// ---------------------------------------------------------------------------------------------

describe('review', () => {
  const review = stateIn('review');

  it('regrade changes the level and counts the commitment again for the new level', () => {
    const result = expectOk(run(review, { type: 'regrade', level: 'national', reason: 'cross-province' }, reviewer()));
    expect(result.next).toEqual({ ...review, level: 'national' });
    expect(result.events).toEqual([{ type: 'ticket.regraded', data: { from: 'general', to: 'national', reason: 'cross-province' } }]);
    expect(result.stages).toEqual<StageEffect[]>([{ op: 'recount', kind: 'commitment', reason: 'regraded' }]);
  });

  it.each(['sign_for', 'handling'] as const)('the reviewer may regrade in %s; only the commitment is counted again', (status) => {
    const state = stateIn(status);
    const result = expectOk(run(state, { type: 'regrade', level: 'provincial', reason: 'r' }, reviewer()));
    expect(result.next).toEqual({ ...state, level: 'provincial' });
    expect(result.stages).toEqual<StageEffect[]>([{ op: 'recount', kind: 'commitment', reason: 'regraded' }]);
  });

  it('regrade to the same level is refused', () => {
    expectRefused(run(review, { type: 'regrade', level: 'general', reason: 'r' }, reviewer()), 'LEVEL_UNCHANGED');
  });

  it('resolve_at_centre moves to reply with the centre as its own dispatcher', () => {
    const result = expectOk(run(review, { type: 'resolve_at_centre', note: 'explained' }, reviewer()));
    expect(result.next).toEqual({ ...review, status: 'reply', ownerUnitId: CENTRE, dispatcherUnitId: CENTRE });
    expect(result.next.everDispatched).toBe(false);
    expect(result.events).toEqual([{ type: 'ticket.resolved_at_centre', data: { note: 'explained' } }]);
    expect(result.stages).toEqual<StageEffect[]>([
      { op: 'complete', kind: 'review' },
      { op: 'open', kind: 'reply', ownerUnitId: CENTRE, due: 'policy' },
    ]);
  });

  it('dispatch sends the ticket to the target to sign for', () => {
    const result = expectOk(run(review, { type: 'dispatch', target: target(CITY) }, reviewer()));
    expect(result.next).toEqual({
      ...review,
      status: 'sign_for',
      ownerUnitId: CITY,
      dispatcherUnitId: CENTRE,
      everDispatched: true,
    });
    expect(result.events).toEqual([{ type: 'ticket.dispatched', data: { toUnitId: CITY } }]);
    expect(result.stages).toEqual<StageEffect[]>([
      { op: 'complete', kind: 'review' },
      { op: 'open', kind: 'sign_for', ownerUnitId: CITY, due: 'policy' },
    ]);
  });

  it('national staff dispatching on the centre’s behalf leave the centre as dispatcher', () => {
    const result = expectOk(run(review, { type: 'dispatch', target: target(CITY) }, staff(NATIONAL)));
    expect(result.next.dispatcherUnitId).toBe(CENTRE);
  });

  it('the national centre reviewing an escalated complaint dispatches to a province', () => {
    const state = stateIn('review', { kind: 'escalated_complaint', reviewUnitId: NATIONAL, ownerUnitId: NATIONAL });
    const result = expectOk(run(state, { type: 'dispatch', target: target(CENTRE) }, staff(NATIONAL)));
    expect(result.next).toMatchObject({ status: 'sign_for', ownerUnitId: CENTRE, dispatcherUnitId: NATIONAL });
  });

  describe('an escalated complaint’s working days run from the national centre’s dispatch (DOMAIN §5)', () => {
    const escalated = stateIn('review', {
      kind: 'escalated_complaint',
      reviewUnitId: NATIONAL,
      ownerUnitId: NATIONAL,
      dispatcherUnitId: null,
      leadUnitId: null,
      handlingRound: 0,
      handlingDueAt: null,
      everDispatched: false,
    });
    const origin = { at: NOW, what: 'national dispatch' } as const;

    it('the first dispatch counts the commitment again from the dispatch and records when the round was dispatched', () => {
      const result = expectOk(run(escalated, { type: 'dispatch', target: target(CENTRE) }, staff(NATIONAL)));
      expect(result.next.roundDispatchedAt).toEqual(NOW);
      expect(result.stages).toEqual<StageEffect[]>([
        { op: 'complete', kind: 'review' },
        { op: 'open', kind: 'sign_for', ownerUnitId: CENTRE, due: 'policy' },
        { op: 'recount', kind: 'commitment', reason: 'national_dispatch', countFrom: origin },
      ]);
    });

    it('the province’s handling counts from the dispatch, not from its sign', () => {
      const dispatched = expectOk(run(escalated, { type: 'dispatch', target: target(CENTRE) }, staff(NATIONAL))).next;
      const signed = expectOk(run(dispatched, { type: 'sign' }, staff(CENTRE), hoursFromNow(3)));
      expect(signed.stages).toContainEqual({ op: 'open', kind: 'handling', ownerUnitId: CENTRE, due: 'policy', countFrom: origin });
      expect(signed.next.handlingRound).toBe(1);
    });

    it('a department the province passes it to before signing works to the same origin', () => {
      const dispatched = expectOk(run(escalated, { type: 'dispatch', target: target(CENTRE) }, staff(NATIONAL))).next;
      const moved = expectOk(run(dispatched, { type: 'transfer', target: target(DEPT), reason: 'billing' }, staff(CENTRE))).next;
      const signed = expectOk(run(moved, { type: 'sign' }, staff(DEPT), hoursFromNow(5)));
      expect(signed.stages).toContainEqual({ op: 'open', kind: 'handling', ownerUnitId: DEPT, due: 'policy', countFrom: origin });
    });

    it('a return clears the round’s dispatch; the next dispatch restarts the province’s time but not the customer’s', () => {
      const dispatched = expectOk(run(escalated, { type: 'dispatch', target: target(CENTRE) }, staff(NATIONAL))).next;
      const returned = expectOk(run(dispatched, { type: 'return', reason: 'wrong_category' }, staff(CENTRE))).next;
      expect(returned).toMatchObject({ status: 'review', roundDispatchedAt: null });
      const again = expectOk(run(returned, { type: 'dispatch', target: target(CENTRE) }, staff(NATIONAL), hoursFromNow(2)));
      expect(again.next.roundDispatchedAt).toEqual(hoursFromNow(2));
      expect(again.stages.filter((e) => e.op === 'recount')).toEqual([]);
    });

    it('an ordinary complaint counts from its filing and its sign', () => {
      const result = expectOk(run(review, { type: 'dispatch', target: target(CITY) }, reviewer()));
      expect(result.next.roundDispatchedAt).toBeNull();
      expect(result.stages.filter((e) => e.op === 'recount')).toEqual([]);
      const signed = expectOk(run({ ...result.next, handlingDueAt: null }, { type: 'sign' }, staff(CITY)));
      expect(signed.stages).toContainEqual({ op: 'open', kind: 'handling', ownerUnitId: CITY, due: 'policy' });
    });
  });

  it.each([
    ['a target outside the actor’s scope', target(OUTSIDER, false), 'TARGET_OUT_OF_SCOPE'],
    ['the national centre', { unitId: NATIONAL, tier: 'national' as const, inActorScope: true }, 'INVALID_TARGET'],
    ['the centre itself', target(CENTRE), 'INVALID_TARGET'],
  ])('dispatch to %s is refused', (_title, to, code) => {
    expectRefused(run(review, { type: 'dispatch', target: to }, reviewer()), code);
  });
});

describe('sign_for', () => {
  const signFor = stateIn('sign_for');

  it('the first sign of a round opens handling on the policy deadline and starts round 1', () => {
    const result = expectOk(run(signFor, { type: 'sign' }, staff(CITY)));
    expect(result.next).toEqual({ ...signFor, status: 'handling', leadUnitId: CITY, handlingRound: 1 });
    expect(result.events).toEqual([{ type: 'ticket.signed', data: { unitId: CITY } }]);
    expect(result.stages).toEqual<StageEffect[]>([
      { op: 'complete', kind: 'sign_for' },
      { op: 'open', kind: 'handling', ownerUnitId: CITY, due: 'policy' },
    ]);
  });

  it('signing after a transfer keeps the round’s deadline, round and extensions', () => {
    const state = stateIn('sign_for', { ownerUnitId: DEPT, handlingRound: 2, handlingDueAt: HANDLING_DUE, extensionsUsed: 1 });
    const result = expectOk(run(state, { type: 'sign' }, staff(DEPT)));
    expect(result.next).toEqual({ ...state, status: 'handling', leadUnitId: DEPT });
    expect(result.stages).toContainEqual({ op: 'open', kind: 'handling', ownerUnitId: DEPT, due: 'keep_round' });
  });

  it('the first sign of a later round keeps the round number', () => {
    const state = stateIn('sign_for', { handlingRound: 2 });
    expect(expectOk(run(state, { type: 'sign' }, staff(CITY))).next.handlingRound).toBe(2);
  });

  it('return goes back to the dispatcher’s review and drops the round deadline', () => {
    const state = stateIn('sign_for', { ownerUnitId: DEPT, handlingDueAt: HANDLING_DUE });
    const result = expectOk(run(state, { type: 'return', reason: 'other', text: 'not ours' }, staff(DEPT)));
    expect(result.next).toEqual({ ...state, status: 'review', ownerUnitId: CENTRE, leadUnitId: null, handlingDueAt: null });
    expect(result.events).toEqual([{ type: 'ticket.returned', data: { fromUnitId: DEPT, reason: 'other', text: 'not ours' } }]);
    expect(result.stages).toEqual<StageEffect[]>([
      { op: 'complete', kind: 'sign_for' },
      { op: 'open', kind: 'review', ownerUnitId: CENTRE, due: 'policy' },
    ]);
  });

  it('return falls back to the reviewer when nobody dispatched', () => {
    const state = stateIn('sign_for', { dispatcherUnitId: null });
    expect(expectOk(run(state, { type: 'return', reason: 'duplicate' }, staff(CITY))).next.ownerUnitId).toBe(CENTRE);
  });

  it.each([undefined, '', '   '])('return with reason "other" and text %p is refused', (text) => {
    expectRefused(run(signFor, { type: 'return', reason: 'other', text }, staff(CITY)), 'RETURN_TEXT_REQUIRED');
  });

  it('transfer before signing completes the sign-for stage', () => {
    const result = expectOk(run(signFor, { type: 'transfer', target: target(DEPT), reason: 'billing' }, staff(CITY)));
    expect(result.next).toEqual({ ...signFor, ownerUnitId: DEPT, leadUnitId: null });
    expect(result.stages).toEqual<StageEffect[]>([
      { op: 'complete', kind: 'sign_for' },
      { op: 'open', kind: 'sign_for', ownerUnitId: DEPT, due: 'policy' },
    ]);
  });
});

describe('handling', () => {
  const handling = stateIn('handling');
  const lead = staff(CITY);

  describe('transfer', () => {
    it('hands over to the target without resetting the deadline', () => {
      const result = expectOk(run(handling, { type: 'transfer', target: target(DEPT), reason: 'billing' }, lead));
      expect(result.next).toEqual({ ...handling, status: 'sign_for', ownerUnitId: DEPT, leadUnitId: null });
      expect(result.next.handlingDueAt).toEqual(HANDLING_DUE);
      expect(result.events).toEqual([{ type: 'ticket.transferred', data: { fromUnitId: CITY, toUnitId: DEPT, reason: 'billing' } }]);
      expect(result.stages).toEqual<StageEffect[]>([
        { op: 'complete', kind: 'handling' },
        { op: 'open', kind: 'sign_for', ownerUnitId: DEPT, due: 'policy' },
      ]);
    });

    it.each<[string, Partial<TicketState>, TargetUnit, string]>([
      ['out of scope', {}, target(OUTSIDER, false), 'TARGET_OUT_OF_SCOPE'],
      ['to itself', {}, target(CITY), 'INVALID_TARGET'],
      ['with co-handling open', { openCohandlingUnitIds: [DEPT2] }, target(DEPT), 'COHANDLING_OPEN'],
      ['with an extension pending', { extensionPending: true }, target(DEPT), 'EXTENSION_PENDING'],
    ])('is refused %s', (_title, patch, to, code) => {
      expectRefused(run({ ...handling, ...patch }, { type: 'transfer', target: to, reason: 'r' }, lead), code);
    });
  });

  describe('co-handling', () => {
    const dueAt = hoursFromNow(12);

    it('add opens a task with its own deadline', () => {
      const command: Command = { type: 'add_cohandling', target: target(DEPT2), task: 'check', dueAt };
      const result = expectOk(run(handling, command, lead));
      expect(result.next).toEqual({ ...handling, openCohandlingUnitIds: [DEPT2] });
      expect(result.events).toEqual([{ type: 'cohandling.assigned', data: { unitId: DEPT2, task: 'check', dueAt: dueAt.toISOString() } }]);
      expect(result.stages).toEqual<StageEffect[]>([{ op: 'open', kind: 'cohandling', ownerUnitId: DEPT2, due: dueAt }]);
    });

    it('a task may be due exactly at the lead’s deadline, and anytime when the lead has none', () => {
      const add = (d: Date): Command => ({ type: 'add_cohandling', target: target(DEPT2), task: 't', dueAt: d });
      expectOk(run(handling, add(HANDLING_DUE), lead));
      expectOk(run({ ...handling, handlingDueAt: null }, add(hoursFromNow(100)), lead));
    });

    it.each<[string, Partial<TicketState>, string, Date, string]>([
      ['the lead itself', {}, CITY, dueAt, 'INVALID_TARGET'],
      ['a unit already co-handling', { openCohandlingUnitIds: [DEPT2] }, DEPT2, dueAt, 'COHANDLING_EXISTS'],
      ['a deadline in the past', {}, DEPT2, hoursFromNow(-1), 'INVALID_DUE'],
      ['a deadline of now', {}, DEPT2, NOW, 'INVALID_DUE'],
      ['a deadline after the lead’s', {}, DEPT2, hoursFromNow(25), 'COHANDLING_DUE_AFTER_LEAD'],
    ])('add is refused for %s', (_title, patch, unitId, due, code) => {
      const command: Command = { type: 'add_cohandling', target: target(unitId), task: 't', dueAt: due };
      expectRefused(run({ ...handling, ...patch }, command, lead), code);
    });

    const twoTasks = { ...handling, openCohandlingUnitIds: [DEPT, DEPT2] };

    it('cancel removes the task', () => {
      const result = expectOk(run(twoTasks, { type: 'cancel_cohandling', unitId: DEPT2, reason: 'solved' }, lead));
      expect(result.next).toEqual({ ...twoTasks, openCohandlingUnitIds: [DEPT] });
      expect(result.events).toEqual([{ type: 'cohandling.cancelled', data: { unitId: DEPT2, reason: 'solved' } }]);
      expect(result.stages).toEqual<StageEffect[]>([{ op: 'cancel', kind: 'cohandling', unitId: DEPT2 }]);
    });

    it('cancel of a unit without an open task is refused', () => {
      expectRefused(run(handling, { type: 'cancel_cohandling', unitId: DEPT2, reason: 'r' }, lead), 'COHANDLING_NOT_FOUND');
    });

    it('an opinion completes the co-handler’s own task', () => {
      const result = expectOk(run(twoTasks, { type: 'cohandling_opinion', opinion: 'fixed' }, staff(DEPT)));
      expect(result.next).toEqual({ ...twoTasks, openCohandlingUnitIds: [DEPT2] });
      expect(result.events).toEqual([{ type: 'cohandling.opinion_submitted', data: { unitId: DEPT, opinion: 'fixed' } }]);
      expect(result.stages).toEqual<StageEffect[]>([{ op: 'complete', kind: 'cohandling', unitId: DEPT }]);
    });

    it('the lead cannot give an opinion in a co-handler’s place', () => {
      expectRefused(run(twoTasks, { type: 'cohandling_opinion', opinion: 'x' }, lead), 'NOT_COHANDLER');
    });
  });

  describe('extensions', () => {
    const requested = hoursFromNow(48);
    const request: Command = { type: 'request_extension', requestedDueAt: requested, reason: 'vendor' };

    it('a request waits for the dispatcher and does not use up the allowance yet', () => {
      const result = expectOk(run(handling, request, lead));
      expect(result.next).toEqual({ ...handling, extensionPending: true, extensionsUsed: 0 });
      expect(result.events).toEqual([{ type: 'extension.requested', data: { requestedDueAt: requested.toISOString(), reason: 'vendor' } }]);
      expect(result.stages).toEqual([]);
    });

    it.each([
      ['while one is pending', { extensionPending: true }, NOW, requested, 'EXTENSION_PENDING'],
      ['beyond the limit', { extensionsUsed: 2 }, NOW, requested, 'EXTENSION_LIMIT'],
      ['at the deadline', {}, HANDLING_DUE, requested, 'DEADLINE_PASSED'],
      ['after the deadline', {}, hoursFromNow(30), requested, 'DEADLINE_PASSED'],
      ['for an earlier deadline', {}, NOW, hoursFromNow(10), 'INVALID_EXTENSION'],
      ['for the same deadline', {}, NOW, HANDLING_DUE, 'INVALID_EXTENSION'],
      ['without a deadline, for the past', { handlingDueAt: null }, NOW, hoursFromNow(-1), 'INVALID_EXTENSION'],
    ] as const)('a request is refused %s', (_title, patch, now, requestedDueAt, code) => {
      const command: Command = { type: 'request_extension', requestedDueAt, reason: 'r' };
      expectRefused(run({ ...handling, ...patch }, command, lead, now), code);
    });

    const pending = { ...handling, extensionPending: true, extensionsUsed: 1 };

    it('approval moves the handling deadline and uses up one extension', () => {
      const result = expectOk(run(pending, { type: 'approve_extension', newDueAt: requested }, dispatcher()));
      expect(result.next).toEqual({ ...pending, extensionPending: false, extensionsUsed: 2, handlingDueAt: requested });
      expect(result.events).toEqual([{ type: 'extension.decided', data: { approved: true, dueAt: requested.toISOString() } }]);
      expect(result.stages).toEqual<StageEffect[]>([{ op: 'move_due', kind: 'handling', dueAt: requested }]);
    });

    it('rejection clears the request and leaves the allowance as it was', () => {
      const result = expectOk(run(pending, { type: 'reject_extension', reason: 'no' }, dispatcher()));
      expect(result.next).toEqual({ ...pending, extensionPending: false, extensionsUsed: 1 });
      expect(result.events).toEqual([{ type: 'extension.decided', data: { approved: false, reason: 'no' } }]);
      expect(result.stages).toEqual([]);
    });

    it.each([
      ['approve', { type: 'approve_extension', newDueAt: requested }],
      ['reject', { type: 'reject_extension', reason: 'r' }],
    ] as const)('%s without a pending request is refused', (_title, command) => {
      expectRefused(run(handling, command, dispatcher()), 'NO_PENDING_EXTENSION');
    });

    it('a rejected request leaves room for another: only approvals count against the allowance', () => {
      const atLimitMinusOne = { ...handling, extensionsUsed: 1 };
      const rejected = expectOk(
        run(expectOk(run(atLimitMinusOne, request, lead)).next, { type: 'reject_extension', reason: 'no' }, dispatcher()),
      );
      const again = expectOk(run(rejected.next, request, lead));
      const approved = expectOk(run(again.next, { type: 'approve_extension', newDueAt: requested }, dispatcher()));
      expect(approved.next.extensionsUsed).toBe(2);
      const later: Command = { type: 'request_extension', requestedDueAt: hoursFromNow(60), reason: 'r' };
      expectRefused(run(approved.next, later, lead), 'EXTENSION_LIMIT');
    });

    it('an approval past the customer’s commitment flags the commitment at risk', () => {
      const committed = { ...pending, commitmentDueAt: hoursFromNow(36) };
      const result = expectOk(run(committed, { type: 'approve_extension', newDueAt: requested }, dispatcher()));
      expect(result.events[1]).toEqual({
        type: 'commitment.at_risk',
        data: { handlingDueAt: requested.toISOString(), commitmentDueAt: hoursFromNow(36).toISOString() },
      });
      expect(result.stages).toEqual<StageEffect[]>([
        { op: 'move_due', kind: 'handling', dueAt: requested },
        { op: 'flag_at_risk', kind: 'commitment' },
      ]);
    });

    it('an approval within the customer’s commitment flags nothing', () => {
      const committed = { ...pending, commitmentDueAt: requested };
      const result = expectOk(run(committed, { type: 'approve_extension', newDueAt: requested }, dispatcher()));
      expect(result.events.map((e) => e.type)).toEqual(['extension.decided']);
      expect(result.stages).toHaveLength(1);
    });

    it('approval must move the deadline later', () => {
      const command: Command = { type: 'approve_extension', newDueAt: HANDLING_DUE };
      expectRefused(run(pending, command, dispatcher()), 'INVALID_EXTENSION');
    });
  });

  it('escalate_for_help records the request only', () => {
    const result = expectOk(run(handling, { type: 'escalate_for_help', reason: 'need HQ', parentUnitId: CENTRE }, lead));
    expect(result.next).toEqual(handling);
    expect(result.events).toEqual([{ type: 'ticket.help_requested', data: { parentUnitId: CENTRE, reason: 'need HQ' } }]);
    expect(result.stages).toEqual([]);
  });

  describe('submit_feedback', () => {
    it('hands the result to the dispatcher', () => {
      const result = expectOk(run(handling, { type: 'submit_feedback', result: 'refunded' }, lead));
      expect(result.next).toEqual({ ...handling, status: 'feedback_review', ownerUnitId: CENTRE });
      expect(result.events).toEqual([{ type: 'feedback.submitted', data: { result: 'refunded' } }]);
      expect(result.stages).toEqual<StageEffect[]>([
        { op: 'complete', kind: 'handling' },
        { op: 'open', kind: 'feedback_review', ownerUnitId: CENTRE, due: 'policy' },
      ]);
    });

    it.each<[string, Partial<TicketState>, string]>([
      ['co-handling is open', { openCohandlingUnitIds: [DEPT2] }, 'COHANDLING_OPEN'],
      ['an extension is pending', { extensionPending: true }, 'EXTENSION_PENDING'],
    ])('is refused while %s', (_title, patch, code) => {
      expectRefused(run({ ...handling, ...patch }, { type: 'submit_feedback', result: 'r' }, lead), code);
    });
  });
});

describe('feedback_review', () => {
  const review = stateIn('feedback_review');

  it('accepting moves to the dispatcher’s reply', () => {
    const result = expectOk(run(review, { type: 'accept_feedback' }, dispatcher()));
    expect(result.next).toEqual({ ...review, status: 'reply', ownerUnitId: CENTRE });
    expect(result.events).toEqual([{ type: 'feedback.accepted', data: {} }]);
    expect(result.stages).toEqual<StageEffect[]>([
      { op: 'complete', kind: 'feedback_review' },
      { op: 'open', kind: 'reply', ownerUnitId: CENTRE, due: 'policy' },
    ]);
  });

  it('rejecting sends it back to the lead on the same round deadline', () => {
    const result = expectOk(run(review, { type: 'reject_feedback', reason: 'incomplete' }, dispatcher()));
    expect(result.next).toEqual({ ...review, status: 'handling', ownerUnitId: CITY });
    expect(result.events).toEqual([{ type: 'feedback.rejected', data: { reason: 'incomplete' } }]);
    expect(result.stages).toEqual<StageEffect[]>([
      { op: 'complete', kind: 'feedback_review' },
      { op: 'open', kind: 'handling', ownerUnitId: CITY, due: 'keep_round' },
    ]);
  });

  it.each(['', '  '])('rejecting with reason %p is refused', (reason) => {
    expectRefused(run(review, { type: 'reject_feedback', reason }, dispatcher()), 'REASON_REQUIRED');
  });
});

describe('reply and close', () => {
  it('reply tells the customer and completes the reply stage', () => {
    const state = stateIn('reply');
    const result = expectOk(run(state, { type: 'reply', text: 'refunded' }, staff(CENTRE)));
    expect(result.next).toEqual({ ...state, status: 'replied' });
    expect(result.events).toEqual([{ type: 'ticket.replied', data: { text: 'refunded', final: true } }]);
    expect(result.stages).toEqual<StageEffect[]>([{ op: 'complete', kind: 'reply' }]);
  });

  const replied = stateIn('replied');

  it('close opens the revisit for the centre', () => {
    const result = expectOk(run(replied, { type: 'close', attitude: 'accepted' }, staff(CENTRE)));
    expect(result.next).toEqual({ ...replied, status: 'closed' });
    expect(result.events).toEqual([{ type: 'ticket.closed', data: { attitude: 'accepted' } }]);
    expect(result.stages).toEqual<StageEffect[]>([{ op: 'open', kind: 'revisit', ownerUnitId: CENTRE, due: 'policy' }]);
  });

  it('a rejected answer closes with the company’s position', () => {
    const command: Command = { type: 'close', attitude: 'rejected', companyPosition: 'tariff is correct' };
    const result = expectOk(run(replied, command, staff(CENTRE)));
    expect(result.events[0].data).toEqual({ attitude: 'rejected', companyPosition: 'tariff is correct' });
  });

  it('an appeal closes with its conclusion and responsibility', () => {
    const appeal = stateIn('replied', { kind: 'appeal' });
    const command: Command = {
      type: 'close',
      attitude: 'partially_accepted',
      conclusion: 'company_responsibility',
      responsibilityType: 'billing_error',
      responsibleUnitId: DEPT,
    };
    const result = expectOk(run(appeal, command, staff(CENTRE)));
    expect(result.events[0].data).toEqual({
      attitude: 'partially_accepted',
      conclusion: 'company_responsibility',
      responsibilityType: 'billing_error',
      responsibleUnitId: DEPT,
    });
    expectOk(run(appeal, { type: 'close', attitude: 'accepted', conclusion: 'customer_cause' }, staff(CENTRE)));
  });

  it.each([
    ['a rejection without position', 'complaint', { attitude: 'rejected' }, 'COMPANY_POSITION_REQUIRED'],
    ['a rejection with a blank position', 'complaint', { attitude: 'rejected', companyPosition: ' ' }, 'COMPANY_POSITION_REQUIRED'],
    ['an appeal without conclusion', 'appeal', { attitude: 'accepted' }, 'CONCLUSION_REQUIRED'],
    [
      'company responsibility without a unit',
      'appeal',
      { attitude: 'accepted', conclusion: 'company_responsibility', responsibilityType: 'billing' },
      'RESPONSIBILITY_REQUIRED',
    ],
    [
      'company responsibility without a type',
      'appeal',
      { attitude: 'accepted', conclusion: 'company_responsibility', responsibleUnitId: DEPT },
      'RESPONSIBILITY_REQUIRED',
    ],
  ] as const)('close is refused for %s', (_title, kind, fields, code) => {
    const command = { type: 'close', ...fields } as Command;
    expectRefused(run(stateIn('replied', { kind }), command, staff(CENTRE)), code);
  });
});

describe('revisit', () => {
  const closed = stateIn('closed', { extensionsUsed: 2, handlingRound: 1 });

  it.each([
    ['satisfied', undefined],
    ['unreachable', undefined],
    ['unsatisfied', 'policy'],
    ['unsatisfied', 'customer_expectation'],
    ['unsatisfied', 'other'],
  ] as const)('%s (%s) ends the ticket’s active life', (result, cause) => {
    const outcome = expectOk(run(closed, { type: 'revisit', result, cause }, staff(CENTRE)));
    expect(outcome.next).toEqual({ ...closed, status: 'revisited' });
    expect(outcome.events).toEqual([{ type: 'ticket.revisited', data: cause ? { result, cause } : { result } }]);
    expect(outcome.stages).toEqual<StageEffect[]>([{ op: 'complete', kind: 'revisit' }]);
  });

  it('unsatisfied because of poor handling opens a new round: the lead signs for it, and the customer is promised a reply for it', () => {
    const command: Command = { type: 'revisit', result: 'unsatisfied', cause: 'poor_handling', note: 'still billed' };
    const result = expectOk(run(closed, command, staff(CENTRE)));
    expect(result.next).toEqual({
      ...closed,
      status: 'sign_for',
      ownerUnitId: CITY,
      leadUnitId: null,
      handlingRound: 2,
      extensionsUsed: 0,
      extensionPending: false,
      handlingDueAt: null,
      roundDispatchedAt: null,
    });
    expect(result.events).toEqual([
      { type: 'ticket.revisited', data: { result: 'unsatisfied', cause: 'poor_handling', note: 'still billed' } },
      { type: 'ticket.reopened', data: { round: 2, unitId: CITY } },
    ]);
    expect(result.stages).toEqual<StageEffect[]>([
      { op: 'complete', kind: 'revisit' },
      { op: 'open', kind: 'commitment', ownerUnitId: CENTRE, due: 'policy' },
      { op: 'open', kind: 'sign_for', ownerUnitId: CITY, due: 'policy' },
    ]);
  });

  it('the round’s sign opens its handling on a fresh policy deadline, in the new round', () => {
    const reopened = expectOk(run(closed, { type: 'revisit', result: 'unsatisfied', cause: 'poor_handling' }, staff(CENTRE))).next;
    const signed = expectOk(run(reopened, { type: 'sign' }, staff(CITY)));
    expect(signed.next).toMatchObject({ status: 'handling', leadUnitId: CITY, handlingRound: 2 });
    expect(signed.stages).toContainEqual({ op: 'open', kind: 'handling', ownerUnitId: CITY, due: 'policy' });
  });

  it('a ticket the centre resolved itself goes back to its review as round 2', () => {
    const state = stateIn('closed', { leadUnitId: null, handlingRound: 0, everDispatched: false });
    const command: Command = { type: 'revisit', result: 'unsatisfied', cause: 'poor_handling' };
    const result = expectOk(run(state, command, staff(CENTRE)));
    expect(result.next).toMatchObject({ status: 'review', ownerUnitId: CENTRE, leadUnitId: null, handlingRound: 2 });
    expect(result.events[1]).toEqual({ type: 'ticket.reopened', data: { round: 2, unitId: CENTRE } });
    expect(result.stages).toEqual<StageEffect[]>([
      { op: 'complete', kind: 'revisit' },
      { op: 'open', kind: 'commitment', ownerUnitId: CENTRE, due: 'policy' },
      { op: 'open', kind: 'review', ownerUnitId: CENTRE, due: 'policy' },
    ]);
  });

  it('an escalated complaint’s new round counts the province’s working days from the reopening', () => {
    const state = stateIn('closed', {
      kind: 'escalated_complaint',
      reviewUnitId: NATIONAL,
      ownerUnitId: NATIONAL,
      dispatcherUnitId: NATIONAL,
      leadUnitId: CENTRE,
    });
    const result = expectOk(run(state, { type: 'revisit', result: 'unsatisfied', cause: 'poor_handling' }, staff(NATIONAL)));
    expect(result.next).toMatchObject({ status: 'sign_for', ownerUnitId: CENTRE, dispatcherUnitId: NATIONAL, roundDispatchedAt: NOW });
    expect(result.stages).toContainEqual({ op: 'open', kind: 'commitment', ownerUnitId: NATIONAL, due: 'policy' });
  });

  it('unsatisfied without a cause is refused', () => {
    expectRefused(run(closed, { type: 'revisit', result: 'unsatisfied' }, staff(CENTRE)), 'CAUSE_REQUIRED');
  });
});

describe('commands available throughout the open life', () => {
  it.each(UNTIL_REPLY)('progress_reply in %s records a notice only', (status) => {
    const state = stateIn(status);
    const result = expectOk(run(state, { type: 'progress_reply', text: 'soon' }, reviewer()));
    expect(result.next).toEqual(state);
    expect(result.events).toEqual([{ type: 'ticket.progress_replied', data: { text: 'soon' } }]);
    expect(result.stages).toEqual([]);
  });

  it.each(UNTIL_REPLIED)('urge in %s is addressed to the owner', (status) => {
    const state = stateIn(status);
    const result = expectOk(run(state, SAMPLES.urge.command, SAMPLES.urge.actor(state)));
    expect(result.next).toEqual(state);
    expect(result.events).toEqual([{ type: 'ticket.urged', data: { toUnitId: state.ownerUnitId, note: 'customer called again' } }]);
    expect(result.stages).toEqual([]);
  });

  it.each(UNTIL_REPLIED)('supervise in %s issues an order to the owner', (status) => {
    const state = stateIn(status);
    const dueAt = hoursFromNow(4);
    const result = expectOk(run(state, SAMPLES.supervise.command, SAMPLES.supervise.actor(state)));
    expect(result.next).toEqual(state);
    expect(result.events).toEqual([
      {
        type: 'supervision.issued',
        data: { toUnitId: state.ownerUnitId, dueAt: dueAt.toISOString(), note: 'fix by tonight' },
      },
    ]);
    expect(result.stages).toEqual([]);
  });

  it.each([NOW, hoursFromNow(-1)])('a supervision order due at %p is refused', (dueAt) => {
    const command: Command = { type: 'supervise', note: 'n', dueAt };
    const actor = staff(CENTRE, { role: 'supervisor' });
    expectRefused(run(stateIn('handling'), command, actor), 'INVALID_DUE');
  });

  it.each(UNTIL_REPLIED)('withdraw in %s cancels every open stage', (status) => {
    const state = stateIn(status, status === 'handling' ? { openCohandlingUnitIds: [DEPT2], extensionPending: true } : {});
    const result = expectOk(run(state, { type: 'withdraw', reason: 'solved' }, CHANNEL));
    expect(result.next).toEqual({ ...state, status: 'withdrawn', openCohandlingUnitIds: [], extensionPending: false });
    expect(result.events).toEqual([{ type: 'ticket.withdrawn', data: { reason: 'solved' } }]);
    expect(result.stages).toEqual<StageEffect[]>([{ op: 'cancel' }]);
  });

  it.each(['revisited', 'withdrawn'] as const)('archive from %s makes the ticket read-only', (status) => {
    const state = stateIn(status);
    const result = expectOk(run(state, { type: 'archive' }, reviewer()));
    expect(result.next).toEqual({ ...state, status: 'archived' });
    expect(result.events).toEqual([{ type: 'ticket.archived', data: {} }]);
    expect(result.stages).toEqual([]);
  });
});

describe('a complete journey', () => {
  it('runs from review to archive, with a transfer, co-handling, an extension and a reopened round', () => {
    const steps: Array<[Command, Caller, Partial<TicketState>?]> = [
      [{ type: 'dispatch', target: target(CITY) }, reviewer()],
      [{ type: 'sign' }, staff(CITY), { handlingDueAt: HANDLING_DUE }], // the service records the policy deadline
      [{ type: 'transfer', target: target(DEPT), reason: 'billing' }, staff(CITY)],
      [{ type: 'sign' }, staff(DEPT)],
      [{ type: 'add_cohandling', target: target(DEPT2), task: 't', dueAt: hoursFromNow(6) }, staff(DEPT)],
      [{ type: 'cohandling_opinion', opinion: 'ok' }, staff(DEPT2)],
      [{ type: 'request_extension', requestedDueAt: hoursFromNow(30), reason: 'r' }, staff(DEPT)],
      [{ type: 'approve_extension', newDueAt: hoursFromNow(30) }, dispatcher()],
      [{ type: 'submit_feedback', result: 'refunded' }, staff(DEPT)],
      [{ type: 'accept_feedback' }, dispatcher()],
      [{ type: 'reply', text: 'refunded' }, staff(CENTRE)],
      [{ type: 'close', attitude: 'accepted' }, staff(CENTRE)],
      [{ type: 'revisit', result: 'unsatisfied', cause: 'poor_handling' }, staff(CENTRE)],
      [{ type: 'sign' }, staff(DEPT), { handlingDueAt: hoursFromNow(48) }],
      [{ type: 'submit_feedback', result: 'refunded twice' }, staff(DEPT)],
      [{ type: 'accept_feedback' }, dispatcher()],
      [{ type: 'reply', text: 'done' }, staff(CENTRE)],
      [{ type: 'close', attitude: 'accepted' }, staff(CENTRE)],
      [{ type: 'revisit', result: 'satisfied' }, staff(CENTRE)],
      [{ type: 'archive' }, reviewer()],
    ];
    let state = stateIn('review');
    const statuses: TicketStatus[] = [];
    for (const [command, actor, serviceSets] of steps) {
      state = { ...expectOk(run(state, command, actor)).next, ...serviceSets };
      statuses.push(state.status);
    }
    expect(statuses).toEqual([
      'sign_for',
      'handling',
      'sign_for',
      'handling',
      'handling',
      'handling',
      'handling',
      'handling',
      'feedback_review',
      'reply',
      'replied',
      'closed',
      'sign_for',
      'handling',
      'feedback_review',
      'reply',
      'replied',
      'closed',
      'revisited',
      'archived',
    ]);
    expect(state).toMatchObject({ handlingRound: 2, leadUnitId: DEPT, everDispatched: true, extensionsUsed: 0 });
  });
});

describe('purity', () => {
  const unitIds = [NATIONAL, CENTRE, CITY, DEPT, DEPT2, OUTSIDER];
  const unit = fc.constantFrom(...unitIds);
  const date = fc.integer({ min: -72, max: 72 }).map(hoursFromNow);

  const stateArb: fc.Arbitrary<TicketState> = fc.record({
    kind: fc.constantFrom('complaint', 'escalated_complaint', 'appeal', 'inquiry', 'suggestion'),
    level: fc.constantFrom('general', 'provincial', 'national'),
    status: fc.constantFrom(...TICKET_STATUSES),
    reviewUnitId: fc.constantFrom(NATIONAL, CENTRE),
    provinceId: fc.constant(CENTRE),
    ownerUnitId: unit,
    dispatcherUnitId: fc.option(unit, { nil: null }),
    leadUnitId: fc.option(unit, { nil: null }),
    handlingRound: fc.nat(3),
    openCohandlingUnitIds: fc.uniqueArray(unit, { maxLength: 3 }),
    extensionsUsed: fc.nat(3),
    maxExtensions: fc.nat(3),
    extensionPending: fc.boolean(),
    handlingDueAt: fc.option(date, { nil: null }),
    commitmentDueAt: fc.option(date, { nil: null }),
    roundDispatchedAt: fc.option(date, { nil: null }),
    conclusion: fc.constantFrom(null, 'company_responsibility', 'withdrawn'),
    everDispatched: fc.boolean(),
    adoption: fc.constantFrom(
      null,
      { decision: 'adopted', reason: 'r', effectiveFrom: '2027-01-01' },
      { decision: 'not_adopted', reason: 'r', effectiveFrom: null },
    ),
    analysisScheduleAt: fc.option(date, { nil: null }),
  });

  const actorArb: fc.Arbitrary<Actor> = fc.record({
    kind: fc.constantFrom('staff', 'channel', 'system'),
    unitId: unit,
    tier: fc.constantFrom('national', 'provincial', 'city', 'department'),
    role: fc.constantFrom(...ROLES),
    relations: fc.subarray([...RELATIONS]),
  });

  const commandArb: fc.Arbitrary<Command> = fc
    .tuple(fc.constantFrom(...COMMAND_TYPES), unit, date, fc.boolean())
    .map(([type, unitId, when, inActorScope]) => {
      const sample = SAMPLES[type].command;
      const overrides: Record<string, unknown> = {};
      if ('target' in sample) overrides.target = { ...target(unitId), inActorScope };
      for (const key of ['dueAt', 'requestedDueAt', 'newDueAt']) if (key in sample) overrides[key] = when;
      if ('unitId' in sample) overrides.unitId = unitId;
      return { ...sample, ...overrides };
    });

  it('never throws, never mutates its inputs, and only ever yields known statuses', () => {
    fc.assert(
      fc.property(stateArb, commandArb, actorArb, (state, command, actor) => {
        const before = structuredClone({ state, command, actor });
        const result = transition(state, command, actor, NOW);
        expect({ state, command, actor }).toEqual(before);
        if (!result.ok) {
          expect(result.code).toMatch(/^[A-Z]+(_[A-Z]+)*$/);
          return;
        }
        expect(result.next).not.toBe(state);
        expect(result.next.openCohandlingUnitIds).not.toBe(state.openCohandlingUnitIds);
        expect(TICKET_STATUSES).toContain(result.next.status);
        expect(state.status).not.toBe('archived');
        expect(result.events.length).toBeGreaterThan(0);
      }),
      { numRuns: 2000 },
    );
  });
});

describe('the province in the middle of an escalated ticket', () => {
  /** National reviewed and dispatched to the province, which signed: it leads, the national centre is its dispatcher. */
  const provinceLeads = (overrides: Partial<TicketState> = {}) =>
    stateIn('handling', {
      kind: 'escalated_complaint',
      level: 'national',
      reviewUnitId: NATIONAL,
      provinceId: CENTRE,
      dispatcherUnitId: NATIONAL,
      ownerUnitId: CENTRE,
      leadUnitId: CENTRE,
      ...overrides,
    });
  const province = staff(CENTRE, { role: 'handler' });
  const national = staff(NATIONAL, { role: 'supervisor' });

  function walk(state: TicketState, steps: Array<[Command, Caller]>): TicketState {
    return steps.reduce((s, [command, caller]) => expectOk(run(s, command, caller)).next, state);
  }

  it('the province dispatches to its own department and becomes the dispatcher of that level', () => {
    const result = expectOk(run(provinceLeads(), { type: 'dispatch', target: target(DEPT) }, province));
    expect(result.next).toMatchObject({ status: 'sign_for', ownerUnitId: DEPT, dispatcherUnitId: CENTRE, leadUnitId: null });
    expect(result.next.handlingDueAt).toEqual(HANDLING_DUE);
    expect(result.stages).toEqual([
      { op: 'complete', kind: 'handling' },
      { op: 'open', kind: 'sign_for', ownerUnitId: DEPT, due: 'policy' },
    ]);
    expect(result.events[0]).toMatchObject({ type: 'ticket.dispatched', data: { fromUnitId: CENTRE, toUnitId: DEPT } });
  });

  it('a transfer by the province to its department makes the province, not the national centre, that level’s dispatcher', () => {
    const result = expectOk(run(provinceLeads(), { type: 'transfer', target: target(DEPT), reason: 'billing' }, province));
    expect(result.next).toMatchObject({ ownerUnitId: DEPT, dispatcherUnitId: CENTRE });
  });

  it('a transfer between the province’s own units keeps the province as dispatcher', () => {
    const atDept = provinceLeads({ ownerUnitId: DEPT, leadUnitId: DEPT, dispatcherUnitId: CENTRE });
    const result = expectOk(run(atDept, { type: 'transfer', target: target(DEPT2), reason: 'network' }, staff(DEPT)));
    expect(result.next).toMatchObject({ ownerUnitId: DEPT2, dispatcherUnitId: CENTRE });
  });

  it('only the leading province dispatches during handling', () => {
    const atDept = provinceLeads({ ownerUnitId: DEPT, leadUnitId: DEPT, dispatcherUnitId: CENTRE });
    expectRefused(run(atDept, { type: 'dispatch', target: target(DEPT2) }, staff(DEPT)), 'INVALID_TRANSITION');
    expectRefused(run(provinceLeads(), { type: 'dispatch', target: target(DEPT) }, national), 'NOT_OWNER');
    expectRefused(run(stateIn('handling'), { type: 'dispatch', target: target(DEPT) }, staff(CITY)), 'INVALID_TRANSITION');
    expectRefused(run(provinceLeads(), { type: 'dispatch', target: target(OTHER_CENTRE, false) }, province), 'TARGET_OUT_OF_SCOPE');
    expectRefused(
      run(provinceLeads({ openCohandlingUnitIds: [DEPT2] }), { type: 'dispatch', target: target(DEPT) }, province),
      'COHANDLING_OPEN',
    );
  });

  it('feedback goes back one level: department → province → national, which replies', () => {
    const dept = staff(DEPT);
    const atDept = walk(provinceLeads(), [
      [{ type: 'dispatch', target: target(DEPT) }, province],
      [{ type: 'sign' }, dept],
    ]);
    const toProvince = expectOk(run(atDept, { type: 'submit_feedback', result: 'refunded' }, dept));
    expect(toProvince.next).toMatchObject({ status: 'feedback_review', ownerUnitId: CENTRE, dispatcherUnitId: CENTRE });
    // The national centre is not the department's dispatcher: the province decides on that feedback.
    expect(withRelations(toProvince.next, province).relations).toContain('dispatcher');
    expect(withRelations(toProvince.next, national).relations).not.toContain('dispatcher');

    const resumed = expectOk(run(toProvince.next, { type: 'accept_feedback', note: 'checked' }, province));
    expect(resumed.next).toMatchObject({ status: 'handling', ownerUnitId: CENTRE, leadUnitId: CENTRE, dispatcherUnitId: NATIONAL });
    expect(resumed.stages).toEqual([
      { op: 'complete', kind: 'feedback_review' },
      { op: 'open', kind: 'handling', ownerUnitId: CENTRE, due: 'keep_round' },
    ]);

    const toNational = expectOk(run(resumed.next, { type: 'submit_feedback', result: 'province: refunded' }, province));
    expect(toNational.next).toMatchObject({ status: 'feedback_review', ownerUnitId: NATIONAL });
    const reply = expectOk(run(toNational.next, { type: 'accept_feedback' }, national));
    expect(reply.next).toMatchObject({ status: 'reply', ownerUnitId: NATIONAL });
  });

  it('the province rejects its department’s feedback back to the department', () => {
    const atReview = provinceLeads({ status: 'feedback_review', ownerUnitId: CENTRE, leadUnitId: DEPT, dispatcherUnitId: CENTRE });
    const result = expectOk(run(atReview, { type: 'reject_feedback', reason: 'no refund proof' }, province));
    expect(result.next).toMatchObject({ status: 'handling', ownerUnitId: DEPT, dispatcherUnitId: CENTRE });
  });

  it('a department returning the ticket gives the province its level back, not the national centre', () => {
    const atSign = provinceLeads({ status: 'sign_for', ownerUnitId: DEPT, leadUnitId: null, dispatcherUnitId: CENTRE });
    const result = expectOk(run(atSign, { type: 'return', reason: 'not_our_responsibility' }, staff(DEPT)));
    expect(result.next).toMatchObject({ status: 'handling', ownerUnitId: CENTRE, leadUnitId: CENTRE, dispatcherUnitId: NATIONAL });
    expect(result.events[0]).toMatchObject({ type: 'ticket.returned', data: { fromUnitId: DEPT, toUnitId: CENTRE } });
  });
});

describe('appeal conclusions', () => {
  const appeal = (status: TicketStatus) => stateIn(status, { kind: 'appeal' });
  const centre = staff(CENTRE, { role: 'agent' });

  it('a withdrawn appeal records the withdrawn conclusion', () => {
    const result = expectOk(run(appeal('handling'), { type: 'withdraw', reason: 'customer satisfied' }, centre));
    expect(result.next.conclusion).toBe('withdrawn');
    expect(result.events[0]).toEqual({ type: 'ticket.withdrawn', data: { reason: 'customer satisfied', conclusion: 'withdrawn' } });
  });

  it('a withdrawn complaint records no conclusion', () => {
    const result = expectOk(run(stateIn('handling'), { type: 'withdraw', reason: 'resolved' }, centre));
    expect(result.next.conclusion).toBeNull();
    expect(result.events[0].data).toEqual({ reason: 'resolved' });
  });

  it('closing an appeal records its conclusion', () => {
    const close: Command = { type: 'close', attitude: 'accepted', conclusion: 'properly_handled_beforehand' };
    expect(expectOk(run(appeal('replied'), close, centre)).next.conclusion).toBe('properly_handled_beforehand');
  });

  it.each([
    ['a conclusion', { conclusion: 'customer_cause' }],
    ['a responsible unit', { responsibleUnitId: DEPT }],
    ['a responsibility type', { responsibilityType: 'network_fault' }],
  ] as const)('a complaint is not closed with %s', (_title, extra) => {
    expectRefused(run(stateIn('replied'), { type: 'close', attitude: 'accepted', ...extra }, centre), 'CONCLUSION_NOT_ALLOWED');
  });

  it('an appeal is not closed as withdrawn', () => {
    expectRefused(
      run(appeal('replied'), { type: 'close', attitude: 'accepted', conclusion: 'withdrawn' }, centre),
      'CONCLUSION_NOT_ALLOWED',
    );
  });
});
