import { NOTIFIED_EVENT_TYPES, NotifiedEventType } from './ticket-events';
import { AUDIENCE, RecipientContext, recipientsOf } from './ticket-recipients';

const CTX: RecipientContext = {
  ownerUnitId: 'owner',
  previousOwnerUnitId: null,
  dispatcherUnitId: 'dispatcher',
  reviewUnitId: 'reviewer',
  cohandlerUnitIds: ['cohandler'],
  supervisorUnitIds: ['supervisor'],
  channelSystemId: 'channel',
  provinceUnitId: 'reviewer',
  dispatched: true,
};
const PARTIES = ['owner', 'dispatcher', 'reviewer', 'cohandler', 'supervisor'];

const of = (type: NotifiedEventType, data: Record<string, unknown> = {}, ctx: Partial<RecipientContext> = {}) =>
  recipientsOf({ type, data }, { ...CTX, ...ctx });

describe('recipientsOf', () => {
  it.each<[NotifiedEventType, Record<string, unknown>, string[], string[]]>([
    ['ticket.filed', {}, [], ['channel']],
    ['ticket.dispatched', { toUnitId: 'owner' }, [], []],
    ['ticket.signed', { unitId: 'owner' }, [], ['channel']],
    ['ticket.returned', { fromUnitId: 'dept' }, ['dept'], []],
    ['ticket.transferred', { fromUnitId: 'dept', toUnitId: 'dept2' }, ['dept', 'dept2'], []],
    ['cohandling.assigned', { unitId: 'new-cohandler' }, ['new-cohandler'], []],
    ['cohandling.cancelled', { unitId: 'old-cohandler' }, ['old-cohandler'], []],
    ['extension.requested', {}, [], []],
    ['extension.decided', {}, [], []],
    ['ticket.help_requested', { parentUnitId: 'parent' }, ['parent'], []],
    ['feedback.submitted', {}, [], []],
    ['feedback.rejected', {}, [], []],
    ['ticket.replied', {}, [], ['channel']],
    ['ticket.closed', {}, [], ['channel']],
    ['ticket.reopened', { unitId: 'lead' }, ['lead'], ['channel']],
    ['stage.warning', { ownerUnitId: 'cohandling-dept' }, ['cohandling-dept'], []],
    ['stage.breached', { ownerUnitId: 'cohandling-dept' }, ['cohandling-dept'], []],
    ['ticket.escalated', { fromUnitId: 'dept', toUnitId: 'centre' }, ['dept', 'centre'], []],
    ['supervision.issued', { fromUnitId: 'centre', toUnitId: 'dept' }, ['centre', 'dept'], []],
    ['supervision.warning', { fromUnitId: 'issuing-centre', toUnitId: 'answering-dept' }, ['issuing-centre', 'answering-dept'], []],
    ['supervision.breached', { fromUnitId: 'issuing-centre', toUnitId: 'answering-dept' }, ['issuing-centre', 'answering-dept'], []],
    ['ticket.urged', { toUnitId: 'owner' }, [], []],
    ['ticket.upgraded', {}, [], []],
    ['commitment.at_risk', {}, [], []],
    ['ticket.revisited', {}, [], ['channel']],
    ['ticket.withdrawn', {}, [], ['channel']],
    ['ticket.archived', {}, [], ['channel']],
    ['suggestion.schedule_reported', { dueAt: '2027-02-01T00:00:00.000Z' }, [], []],
    ['suggestion.analysed', { decision: 'adopted' }, [], []],
  ])('%s → every party, plus %p; channel %p', (type, data, extraUnits, channels) => {
    const got = of(type, data);
    expect(got.unitIds.sort()).toEqual([...new Set([...PARTIES, ...extraUnits])].sort());
    expect(got.channelSystemIds).toEqual(channels);
  });

  it('has a row for every notified type, and is tested for each', () => {
    expect(Object.keys(AUDIENCE).sort()).toEqual([...NOTIFIED_EVENT_TYPES].sort());
  });

  it('the previous owner hears where the ticket went', () => {
    expect(of('ticket.transferred', {}, { previousOwnerUnitId: 'before' }).unitIds).toContain('before');
  });

  it('names each unit once, and skips missing parties', () => {
    const got = of(
      'ticket.urged',
      { toUnitId: 'owner' },
      { dispatcherUnitId: null, reviewUnitId: 'owner', provinceUnitId: 'owner', cohandlerUnitIds: [], supervisorUnitIds: [] },
    );
    expect(got.unitIds).toEqual(['owner']);
  });

  describe('the province in the middle of an escalated complaint or appeal', () => {
    // After the province fed back to the national centre, the national centre owns, dispatches and reviews.
    const national: Partial<RecipientContext> = {
      ownerUnitId: 'national',
      dispatcherUnitId: 'national',
      reviewUnitId: 'national',
      cohandlerUnitIds: [],
      supervisorUnitIds: [],
      provinceUnitId: 'province',
    };
    it.each<[NotifiedEventType, Record<string, unknown>]>([
      ['ticket.replied', {}],
      ['ticket.closed', {}],
      ['ticket.revisited', {}],
      ['ticket.reopened', { unitId: 'national' }],
      ['ticket.archived', {}],
      ['stage.warning', { ownerUnitId: 'national' }],
      ['stage.breached', { ownerUnitId: 'national' }],
      ['ticket.urged', { toUnitId: 'national' }],
      ['ticket.withdrawn', {}],
    ])('keeps hearing %s after its feedback to the national centre', (type, data) => {
      expect(of(type, data, { ...national, dispatched: true }).unitIds.sort()).toEqual(['national', 'province']);
    });

    it('is no party before the national centre dispatched the ticket', () => {
      expect(of('ticket.filed', {}, { ...national, dispatched: false }).unitIds).toEqual(['national']);
    });
  });

  it('a ticket filed by staff has no channel system to tell', () => {
    expect(of('ticket.replied', {}, { channelSystemId: null }).channelSystemIds).toEqual([]);
  });

  it('tells the channel exactly the customer-facing milestones (DOMAIN §7)', () => {
    const milestones = Object.entries(AUDIENCE)
      .filter(([, audience]) => audience.channel)
      .map(([type]) => type)
      .sort();
    expect(milestones).toEqual(
      [
        'ticket.filed',
        'ticket.signed',
        'ticket.replied',
        'ticket.closed',
        'ticket.revisited',
        'ticket.reopened',
        'ticket.withdrawn',
        'ticket.archived',
      ].sort(),
    );
  });

  it("a suggestion's proposer hears the adoption decision in the reply, never the department's schedule or analysis", () => {
    const adoption = { decision: 'adopted', reason: 'cheaper for families', effectiveFrom: '2027-01-01' };
    expect(of('ticket.replied', { text: 'adopted', adoption }).channelSystemIds).toEqual(['channel']);
    for (const type of ['suggestion.schedule_reported', 'suggestion.analysed'] as const) {
      expect(of(type, { adoption }).channelSystemIds).toEqual([]);
      // The dispatching centre decides on the analysis and answers the proposer: it hears both.
      expect(of(type).unitIds).toEqual(expect.arrayContaining(['owner', 'dispatcher', 'reviewer']));
    }
  });

  it('never tells the channel about warnings, breaches, escalations or supervision (DOMAIN §7)', () => {
    for (const type of [
      'stage.warning',
      'stage.breached',
      'ticket.escalated',
      'supervision.issued',
      'supervision.warning',
      'supervision.breached',
      'ticket.urged',
    ] as const) {
      expect(of(type).channelSystemIds).toEqual([]);
    }
  });
});

describe('every unit concerned hears of it, though not (yet) a party of the ticket', () => {
  // The ticket as it stands before these units are recorded: owner, dispatcher and reviewer only.
  const BARE: Partial<RecipientContext> = { cohandlerUnitIds: [], supervisorUnitIds: [] };
  it.each<[string, NotifiedEventType, Record<string, unknown>, Partial<RecipientContext>, string]>([
    ['a co-handler, on its assignment', 'cohandling.assigned', { unitId: 'co' }, BARE, 'co'],
    ['a co-handler, on the cancellation of its task', 'cohandling.cancelled', { unitId: 'co' }, BARE, 'co'],
    ['a co-handler, on the warning of its own deadline', 'stage.warning', { stage: 'cohandling', ownerUnitId: 'co' }, BARE, 'co'],
    ['a co-handler, on the breach of its own deadline', 'stage.breached', { stage: 'cohandling', ownerUnitId: 'co' }, BARE, 'co'],
    ['the parent tier, when asked for help', 'ticket.help_requested', { parentUnitId: 'parent' }, BARE, 'parent'],
    ['the centre a breach escalates to', 'ticket.escalated', { fromUnitId: 'owner', toUnitId: 'centre' }, BARE, 'centre'],
    [
      'the centre issuing an automatic supervision order',
      'supervision.issued',
      { fromUnitId: 'centre', toUnitId: 'owner' },
      BARE,
      'centre',
    ],
    // A national stage has nothing above it: the breach is recorded and told to the national centre owning it.
    [
      'the national centre, on a national breach',
      'stage.breached',
      { stage: 'review', ownerUnitId: 'national' },
      { ...BARE, reviewUnitId: 'province' },
      'national',
    ],
    ['the unit a ticket is dispatched to', 'ticket.dispatched', { toUnitId: 'target' }, BARE, 'target'],
    ['the unit a ticket is transferred to', 'ticket.transferred', { fromUnitId: 'owner', toUnitId: 'target' }, BARE, 'target'],
  ])('%s', (_, type, data, ctx, unit) => {
    expect(of(type, data, ctx).unitIds).toContain(unit);
    // Without the event naming it, the unit would not have heard: the rule, not the context, reaches it.
    expect(of(type, {}, ctx).unitIds).not.toContain(unit);
  });

  it('a co-handler keeps hearing the ticket’s events (it is a party), the channel never its deadlines', () => {
    expect(of('ticket.urged', { toUnitId: 'owner' }, { cohandlerUnitIds: ['co'] }).unitIds).toContain('co');
    expect(of('stage.warning', { ownerUnitId: 'co' }).channelSystemIds).toEqual([]);
  });

  it.each(NOTIFIED_EVENT_TYPES.filter((type) => AUDIENCE[type].channel))('the filing channel system hears %s of its ticket', (type) => {
    expect(of(type).channelSystemIds).toEqual(['channel']);
    expect(of(type, {}, { channelSystemId: 'another' }).channelSystemIds).toEqual(['another']);
  });
});
