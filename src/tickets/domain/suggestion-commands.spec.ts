/**
 * Suggestions (DOMAIN §3): the department analyses within a month or by the schedule it reports, decides
 * on adoption with a reason (and an effective date when adopted), and the proposer is told the outcome in
 * the reply. Table tests of the commands that differ from a complaint's lifecycle.
 */
import { Actor, Command, StageEffect, TicketState, TransitionOk, TransitionResult, transition } from './ticket-state-machine';
import type { Relation } from '../../auth/policy/policy';

const CENTRE = 'prov-HA';
const DEPT = 'dept-marketing';
const NOW = new Date('2026-11-22T10:00:00.000Z');
const days = (n: number) => new Date(NOW.getTime() + n * 86_400_000);
const ANALYSIS_DUE = days(30);
const COMMITMENT_DUE = days(32);

/** A suggestion dispatched by the provincial centre to its marketing department, which signed for it. */
function suggestion(overrides: Partial<TicketState> = {}): TicketState {
  return {
    kind: 'suggestion',
    level: 'general',
    status: 'handling',
    reviewUnitId: CENTRE,
    provinceId: CENTRE,
    ownerUnitId: DEPT,
    dispatcherUnitId: CENTRE,
    leadUnitId: DEPT,
    handlingRound: 1,
    openCohandlingUnitIds: [],
    extensionsUsed: 0,
    maxExtensions: 2,
    extensionPending: false,
    handlingDueAt: ANALYSIS_DUE,
    commitmentDueAt: COMMITMENT_DUE,
    conclusion: null,
    everDispatched: true,
    roundDispatchedAt: null,
    adoption: null,
    analysisScheduleAt: null,
    ...overrides,
  };
}

const actor = (unitId: string, relations: Relation[], role: Actor['role'] = 'handler'): Actor => ({
  kind: 'staff',
  unitId,
  tier: unitId === CENTRE ? 'provincial' : 'department',
  role,
  relations,
});
const department = actor(DEPT, ['owner', 'participant']);
const centre = actor(CENTRE, ['reviewer', 'dispatcher', 'province_staff', 'participant'], 'supervisor');
/** The centre holding the reply stage. */
const replying: Actor = { ...centre, relations: [...centre.relations, 'owner'] };

function ok(result: TransitionResult): TransitionOk {
  if (!result.ok) throw new Error(`expected success, got ${result.code}: ${result.message}`);
  return result;
}

function refusal(result: TransitionResult): string {
  return result.ok ? 'accepted' : `${result.code} (${result.class})`;
}

const schedule = (dueAt: Date): Command => ({ type: 'report_analysis_schedule', dueAt, plan: 'joint review with billing' });
const adopted: Extract<Command, { type: 'submit_analysis' }> = {
  type: 'submit_analysis',
  analysis: 'A family plan is feasible with the current billing system',
  decision: 'adopted',
  reason: 'Cheaper for families, no cost to build',
  effectiveFrom: '2027-01-01',
};
const notAdopted: Extract<Command, { type: 'submit_analysis' }> = {
  type: 'submit_analysis',
  analysis: 'The regulator fixes this fee',
  decision: 'not_adopted',
  reason: 'Not ours to change',
};

describe('reporting an analysis schedule', () => {
  it('makes the schedule the analysis deadline, once, with its own event and a new deadline generation', () => {
    const dueAt = days(20);
    const result = ok(transition(suggestion(), schedule(dueAt), department, NOW));
    expect(result.next).toEqual(suggestion({ handlingDueAt: dueAt, analysisScheduleAt: dueAt }));
    expect(result.events).toEqual([
      {
        type: 'suggestion.schedule_reported',
        data: { dueAt: dueAt.toISOString(), previousDueAt: ANALYSIS_DUE.toISOString(), plan: 'joint review with billing' },
      },
    ]);
    expect(result.stages).toEqual<StageEffect[]>([{ op: 'move_due', kind: 'handling', dueAt }]);
  });

  it('a schedule beyond the promise to the proposer puts the commitment at risk', () => {
    const dueAt = days(60);
    const result = ok(transition(suggestion(), schedule(dueAt), department, NOW));
    expect(result.events.map((e) => e.type)).toEqual(['suggestion.schedule_reported', 'commitment.at_risk']);
    expect(result.events[1].data).toEqual({ handlingDueAt: dueAt.toISOString(), commitmentDueAt: COMMITMENT_DUE.toISOString() });
    expect(result.stages).toEqual<StageEffect[]>([
      { op: 'move_due', kind: 'handling', dueAt },
      { op: 'flag_at_risk', kind: 'commitment' },
    ]);
  });

  it.each<[string, Partial<TicketState>, Command, Actor, string]>([
    ['on a complaint', { kind: 'complaint' }, schedule(days(20)), department, 'SUGGESTION_ONLY (invalid)'],
    ['on an appeal', { kind: 'appeal' }, schedule(days(20)), department, 'SUGGESTION_ONLY (invalid)'],
    [
      'a second time',
      { analysisScheduleAt: days(20), handlingDueAt: days(20) },
      schedule(days(40)),
      department,
      'SCHEDULE_ALREADY_REPORTED (conflict)',
    ],
    ['after the analysis deadline passed', { handlingDueAt: days(-1) }, schedule(days(20)), department, 'DEADLINE_PASSED (conflict)'],
    ['with a schedule ending in the past', {}, schedule(days(-1)), department, 'INVALID_DUE (invalid)'],
    ['while an extension request waits', { extensionPending: true }, schedule(days(20)), department, 'EXTENSION_PENDING (conflict)'],
    ['by the centre, which does not own the analysis', {}, schedule(days(20)), centre, 'NOT_OWNER (forbidden)'],
    ['by an agent of the department', {}, schedule(days(20)), actor(DEPT, ['owner'], 'agent'), 'FORBIDDEN_ROLE (forbidden)'],
    ['in review', { status: 'review', ownerUnitId: CENTRE }, schedule(days(20)), centre, 'INVALID_TRANSITION (conflict)'],
  ])('is refused %s', (_title, state, command, by, expected) => {
    expect(refusal(transition(suggestion(state), command, by, NOW))).toBe(expected);
  });
});

describe('submitting the analysis with the adoption decision', () => {
  it.each([
    ['adopted', adopted, { decision: 'adopted', reason: adopted.reason, effectiveFrom: '2027-01-01' }],
    ['not adopted', notAdopted, { decision: 'not_adopted', reason: notAdopted.reason, effectiveFrom: null }],
  ] as const)('%s: goes to the dispatcher’s review as the suggestion’s feedback, the decision recorded', (_title, command, adoption) => {
    const result = ok(transition(suggestion(), command, department, NOW));
    expect(result.next).toEqual(suggestion({ status: 'feedback_review', ownerUnitId: CENTRE, adoption }));
    expect(result.events).toEqual([{ type: 'suggestion.analysed', data: { analysis: command.analysis, ...adoption } }]);
    expect(result.stages).toEqual<StageEffect[]>([
      { op: 'complete', kind: 'handling' },
      { op: 'open', kind: 'feedback_review', ownerUnitId: CENTRE, due: 'policy' },
    ]);
  });

  it.each<[string, Partial<TicketState>, Command, string]>([
    ['on a complaint', { kind: 'complaint' }, adopted, 'SUGGESTION_ONLY (invalid)'],
    ['without a reason', {}, { ...adopted, reason: '  ' }, 'REASON_REQUIRED (invalid)'],
    ['adopted without an effective date', {}, { ...adopted, effectiveFrom: undefined }, 'EFFECTIVE_DATE_REQUIRED (invalid)'],
    ['not adopted with an effective date', {}, { ...notAdopted, effectiveFrom: '2027-01-01' }, 'EFFECTIVE_DATE_NOT_ALLOWED (invalid)'],
    ['while a co-handler has not answered', { openCohandlingUnitIds: ['dept-billing'] }, adopted, 'COHANDLING_OPEN (conflict)'],
    ['while an extension request waits', { extensionPending: true }, adopted, 'EXTENSION_PENDING (conflict)'],
  ])('is refused %s', (_title, state, command, expected) => {
    expect(refusal(transition(suggestion(state), command, department, NOW))).toBe(expected);
  });

  it('a rejected analysis goes back to the department, which may decide otherwise', () => {
    const reviewed = ok(transition(suggestion(), adopted, department, NOW)).next;
    const back = ok(transition(reviewed, { type: 'reject_feedback', reason: 'cost not assessed' }, centre, NOW)).next;
    expect(back).toMatchObject({ status: 'handling', ownerUnitId: DEPT, handlingDueAt: ANALYSIS_DUE });
    const again = ok(transition(back, notAdopted, department, NOW)).next;
    expect(again.adoption).toEqual({ decision: 'not_adopted', reason: notAdopted.reason, effectiveFrom: null });
  });
});

describe('a suggestion is never answered without the department’s decision', () => {
  it.each<[string, Partial<TicketState>, Command, Actor]>([
    ['plain feedback', {}, { type: 'submit_feedback', result: 'noted' }, department],
    [
      'resolving it at the centre',
      { status: 'review', ownerUnitId: CENTRE, dispatcherUnitId: null, leadUnitId: null },
      { type: 'resolve_at_centre', note: 'noted' },
      centre,
    ],
    ['a reply with no decision recorded', { status: 'reply', ownerUnitId: CENTRE }, { type: 'reply', text: 'thanks' }, replying],
  ])('%s is refused', (_title, state, command, by) => {
    expect(refusal(transition(suggestion(state), command, by, NOW))).toBe('ANALYSIS_REQUIRED (invalid)');
  });

  it('the reply tells the proposer the decision, its reason and when it takes effect', () => {
    const adoption = { decision: 'adopted', reason: adopted.reason, effectiveFrom: '2027-01-01' } as const;
    const result = ok(
      transition(suggestion({ status: 'reply', ownerUnitId: CENTRE, adoption }), { type: 'reply', text: 'Adopted' }, replying, NOW),
    );
    expect(result.events).toEqual([{ type: 'ticket.replied', data: { text: 'Adopted', final: true, adoption } }]);
  });

  it('a complaint’s reply carries no adoption', () => {
    const result = ok(
      transition(suggestion({ kind: 'complaint', status: 'reply', ownerUnitId: CENTRE }), { type: 'reply', text: 'Fixed' }, replying, NOW),
    );
    expect(result.events).toEqual([{ type: 'ticket.replied', data: { text: 'Fixed', final: true } }]);
  });

  it('walks from dispatch to archive like a complaint, the analysis in place of the feedback', () => {
    const steps: [Command, Actor][] = [
      [{ type: 'dispatch', target: { unitId: DEPT, tier: 'department', inActorScope: true } }, centre],
      [{ type: 'sign' }, department],
      [schedule(days(25)), department],
      [adopted, department],
      [{ type: 'accept_feedback' }, centre],
      [{ type: 'reply', text: 'Adopted from 1 January' }, centre],
      [{ type: 'close', attitude: 'accepted' }, centre],
      [{ type: 'revisit', result: 'satisfied' }, centre],
      [{ type: 'archive' }, centre],
    ];
    let state = suggestion({
      status: 'review',
      ownerUnitId: CENTRE,
      dispatcherUnitId: null,
      leadUnitId: null,
      handlingRound: 0,
      handlingDueAt: null,
    });
    const statuses: string[] = [];
    for (const [command, by] of steps) {
      // Relations follow the ticket: whoever owns the stage acts as its owner.
      const relations: readonly Relation[] = by.unitId === state.ownerUnitId ? [...by.relations, 'owner'] : by.relations;
      state = ok(transition(state, command, { ...by, relations }, NOW)).next;
      statuses.push(state.status);
    }
    expect(statuses).toEqual([
      'sign_for',
      'handling',
      'handling',
      'feedback_review',
      'reply',
      'replied',
      'closed',
      'revisited',
      'archived',
    ]);
    expect(state).toMatchObject({ analysisScheduleAt: days(25), adoption: { decision: 'adopted', effectiveFrom: '2027-01-01' } });
  });
});
