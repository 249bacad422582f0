import { ChainUnit } from './escalation';
import {
  AgingFacts,
  StageFacts,
  annotate,
  autoUpgrade,
  decideSystem,
  missedOnClose,
  openAt,
  OrderFacts,
  ordersMissedOnResolve,
  ProvisionalStage,
  RecountedStage,
  recordBreach,
  recordOrderBreach,
  recordOrderWarning,
  recountDeadline,
  recordWarning,
  settleProvisionalDeadlines,
} from './ticket-system-commands';

const T0 = new Date('2026-11-22T10:00:00.000Z');
const at = (ms: number) => new Date(T0.getTime() + ms);
const WARN = at(9_000);
const DUE = at(10_000);

const DEPT: ChainUnit = { id: 'dept', tier: 'department' };
const CITY: ChainUnit = { id: 'city', tier: 'city' };
const PROVINCE: ChainUnit = { id: 'province', tier: 'provincial' };
const NATIONAL: ChainUnit = { id: 'national', tier: 'national' };

function stage(overrides: Partial<StageFacts> = {}): StageFacts {
  return {
    id: 'stage-1',
    kind: 'handling',
    ownerUnitId: 'dept',
    status: 'open',
    warnAt: WARN,
    dueAt: DUE,
    deadlineGen: 1,
    completedAt: null,
    warnedAt: null,
    breachedAt: null,
    ...overrides,
  };
}

const closed = (when: Date): Partial<StageFacts> => ({ status: 'completed', completedAt: when });
const NEXT_ORDER = { id: 'order-1', warnAt: at(19_000), dueAt: at(20_000), basis: "policy 'default' supervision order 2 hours" };
const breachCtx = (chain: ChainUnit[] = [DEPT, CITY, PROVINCE, NATIONAL]) => ({ ownerChain: chain, order: NEXT_ORDER });

describe('openAt (DOMAIN §6: open at an instant = closed strictly later, or not closed)', () => {
  it.each<[string, Date | null, boolean]>([
    ['never closed', null, true],
    ['closed after the instant', at(10_001), true],
    ['closed exactly at the instant', DUE, false],
    ['closed before the instant', at(9_999), false],
  ])('%s', (_t, completedAt, expected) => {
    expect(openAt({ completedAt }, DUE)).toBe(expected);
  });
});

describe('record_warning', () => {
  it.each<[string, Partial<StageFacts>, number, Date, boolean]>([
    ['open, warning instant reached', {}, 1, WARN, true],
    ['open, one millisecond early', {}, 1, at(8_999), false],
    ['already warned', { warnedAt: WARN }, 1, at(9_500), false],
    ['armed for an older generation', { deadlineGen: 2 }, 1, at(9_500), false],
    ['completed after the warning instant, nothing recorded yet', closed(at(9_500)), 1, at(9_600), true],
    ['completed before the warning instant', closed(at(8_000)), 1, at(9_600), false],
  ])('%s → recorded: %p', (_t, over, gen, now, recorded) => {
    const out = recordWarning(stage(over), gen, now);
    expect(out.events.map((e) => e.type)).toEqual(recorded ? ['stage.warning'] : []);
    expect(out.stageMarks).toEqual(recorded ? [{ stageId: 'stage-1', warnedAt: now }] : []);
    expect(out.supervisionOrders).toEqual([]);
  });
});

describe('record_breach', () => {
  it('an open stage past its deadline is breached and escalates to the nearest centre above the owner', () => {
    const now = at(10_050);
    const out = recordBreach(stage(), 1, now, breachCtx());
    expect(out.events.map((e) => e.type)).toEqual(['stage.breached', 'ticket.escalated', 'supervision.issued']);
    expect(out.events[0].data).toMatchObject({ stageId: 'stage-1', overdueMs: 50 });
    expect(out.events[1].data).toMatchObject({ fromUnitId: 'dept', fromTier: 'department', toUnitId: 'province', toTier: 'provincial' });
    expect(out.events[2].data).toMatchObject({ supervisionOrderId: 'order-1', fromUnitId: 'province', toUnitId: 'dept', automatic: true });
    expect(out.stageMarks).toEqual([{ stageId: 'stage-1', breachedAt: now }]);
    expect(out.ticketMarks).toEqual({ escalated: true });
    expect(out.supervisorUnitIds).toEqual(['province']);
    expect(out.supervisionOrders).toEqual([
      expect.objectContaining({
        id: 'order-1',
        stageId: 'stage-1',
        issuerUnitId: 'province',
        targetUnitId: 'dept',
        warnAt: at(19_000),
        dueAt: at(20_000),
        basis: NEXT_ORDER.basis,
        escalatedFromId: null,
      }),
    ]);
  });

  it.each<[string, Partial<StageFacts>, number, Date, string[]]>([
    ['one millisecond early', {}, 1, at(9_999), []],
    ['exactly at the deadline', {}, 1, DUE, ['stage.breached', 'ticket.escalated', 'supervision.issued']],
    ['already breached (a completion recorded it)', { breachedAt: at(10_001) }, 1, at(10_050), []],
    ['stale generation (deadline moved)', { deadlineGen: 2 }, 1, at(10_050), []],
    ['completed before the deadline', closed(at(9_999)), 1, at(10_050), []],
    ['completed exactly at the deadline', closed(DUE), 1, at(10_050), []],
    ['completed after the deadline, unrecorded: breached, not escalated', closed(at(10_001)), 1, at(10_050), ['stage.breached']],
    ['cancelled after the deadline, unrecorded', { status: 'cancelled', completedAt: at(10_001) }, 1, at(10_050), ['stage.breached']],
  ])('%s → %p', (_t, over, gen, now, types) => {
    expect(recordBreach(stage(over), gen, now, breachCtx()).events.map((e) => e.type)).toEqual(types);
  });

  it('a national owner has no higher tier: recorded, not escalated', () => {
    const out = recordBreach(stage({ ownerUnitId: 'national' }), 1, at(10_050), breachCtx([NATIONAL]));
    expect(out.events.map((e) => e.type)).toEqual(['stage.breached']);
    expect(out.ticketMarks).toEqual({});
    expect(out.supervisionOrders).toEqual([]);
  });

  it('a provincial owner escalates to national', () => {
    const out = recordBreach(stage({ ownerUnitId: 'province' }), 1, at(10_050), breachCtx([PROVINCE, NATIONAL]));
    expect(out.supervisorUnitIds).toEqual(['national']);
  });
});

describe('missed on close: a closing transition records what the timer has not', () => {
  it.each<[string, Partial<StageFacts>, Date, string[]]>([
    ['closed before the warning instant', {}, at(8_000), []],
    ['closed after warning, before deadline', {}, at(9_500), ['stage.warning']],
    ['closed exactly at the deadline: warned, not breached', {}, DUE, ['stage.warning']],
    ['closed after the deadline, nothing recorded', {}, at(10_001), ['stage.warning', 'stage.breached']],
    ['closed after the deadline, warning already recorded', { warnedAt: WARN }, at(10_001), ['stage.breached']],
    ['closed after the deadline, both recorded by the timer', { warnedAt: WARN, breachedAt: DUE }, at(10_001), []],
  ])('%s → %p', (_t, over, now, types) => {
    const out = missedOnClose(stage(over), now);
    expect(out.events.map((e) => e.type)).toEqual(types);
    expect(out.events.every((e) => e.data.recordedOnClose === true)).toBe(true);
    expect(out.supervisionOrders).toEqual([]);
    expect(out.ticketMarks).toEqual({});
  });

  it('whichever comes first records the breach once: close then timer, or timer then close', () => {
    const closeAt = at(10_020);
    const afterClose = missedOnClose(stage(), closeAt);
    const marked = stage({ ...closed(closeAt), warnedAt: closeAt, breachedAt: closeAt });
    expect(afterClose.events.filter((e) => e.type === 'stage.breached')).toHaveLength(1);
    expect(recordBreach(marked, 1, at(10_050), breachCtx()).events).toEqual([]);

    const timer = recordBreach(stage({ warnedAt: WARN }), 1, at(10_010), breachCtx());
    expect(timer.events.filter((e) => e.type === 'stage.breached')).toHaveLength(1);
    expect(missedOnClose(stage({ warnedAt: WARN, breachedAt: at(10_010) }), closeAt).events).toEqual([]);
  });
});

describe('supervision orders are timed like stages', () => {
  const OWARN = at(19_000);
  const ODUE = at(20_000);
  const order = (over: Partial<OrderFacts> = {}): OrderFacts => ({
    id: 'order-1',
    stageId: 'stage-1',
    issuerUnitId: 'province',
    targetUnitId: 'dept',
    status: 'open',
    warnAt: OWARN,
    dueAt: ODUE,
    deadlineGen: 1,
    resolvedAt: null,
    warnedAt: null,
    breachedAt: null,
    ...over,
  });
  const resolved = (when: Date): Partial<OrderFacts> => ({ status: 'resolved', resolvedAt: when });
  const NEXT = { id: 'order-2', warnAt: at(29_000), dueAt: at(30_000), basis: "policy 'default' supervision order 2 hours" };
  const ctx = (chain: ChainUnit[] = [DEPT, CITY, PROVINCE, NATIONAL]) => ({ targetChain: chain, order: NEXT });

  it.each<[string, Partial<OrderFacts>, number, Date, boolean]>([
    ['open, warning instant reached', {}, 1, OWARN, true],
    ['open, one millisecond early', {}, 1, at(18_999), false],
    ['already warned', { warnedAt: OWARN }, 1, at(19_500), false],
    ['armed for an older generation', { deadlineGen: 2 }, 1, at(19_500), false],
    ['resolved after the warning instant, nothing recorded yet', resolved(at(19_500)), 1, at(19_600), true],
    ['resolved before the warning instant', resolved(at(18_000)), 1, at(19_600), false],
  ])('warning: %s → recorded %p', (_t, over, gen, now, recorded) => {
    const out = recordOrderWarning(order(over), gen, now);
    expect(out.events.map((e) => e.type)).toEqual(recorded ? ['supervision.warning'] : []);
    expect(out.orderMarks).toEqual(recorded ? [{ orderId: 'order-1', warnedAt: now }] : []);
    expect(out.stageMarks).toEqual([]);
    if (recorded) expect(out.events[0].data).toMatchObject({ supervisionOrderId: 'order-1', fromUnitId: 'province', toUnitId: 'dept' });
  });

  it('an open order past its deadline is breached and escalates one tier above its issuer, to the answering unit', () => {
    const now = at(20_050);
    const out = recordOrderBreach(order(), 1, now, ctx());
    expect(out.events.map((e) => e.type)).toEqual(['supervision.breached', 'ticket.escalated', 'supervision.issued']);
    expect(out.events[0].data).toMatchObject({ supervisionOrderId: 'order-1', fromUnitId: 'province', toUnitId: 'dept', overdueMs: 50 });
    expect(out.events[1].data).toMatchObject({
      supervisionOrderId: 'order-1',
      fromUnitId: 'province',
      fromTier: 'provincial',
      toUnitId: 'national',
      toTier: 'national',
    });
    expect(out.events[2].data).toMatchObject({
      supervisionOrderId: 'order-2',
      escalatedFromOrderId: 'order-1',
      fromUnitId: 'national',
      toUnitId: 'dept',
      automatic: true,
    });
    expect(out.orderMarks).toEqual([{ orderId: 'order-1', breachedAt: now }]);
    expect(out.ticketMarks).toEqual({ escalated: true });
    expect(out.supervisorUnitIds).toEqual(['national']);
    expect(out.supervisionOrders).toEqual([
      {
        ...NEXT,
        stageId: 'stage-1',
        issuerUnitId: 'national',
        targetUnitId: 'dept',
        note: expect.any(String),
        automatic: true,
        escalatedFromId: 'order-1',
      },
    ]);
  });

  it.each<[string, Partial<OrderFacts>, number, Date, string[]]>([
    ['one millisecond early', {}, 1, at(19_999), []],
    ['exactly at the deadline', {}, 1, ODUE, ['supervision.breached', 'ticket.escalated', 'supervision.issued']],
    ['already breached (its resolution recorded it)', { breachedAt: at(20_001) }, 1, at(20_050), []],
    ['stale generation', { deadlineGen: 2 }, 1, at(20_050), []],
    ['resolved before the deadline', resolved(at(19_999)), 1, at(20_050), []],
    ['resolved exactly at the deadline', resolved(ODUE), 1, at(20_050), []],
    ['resolved after the deadline, unrecorded: breached, not escalated', resolved(at(20_001)), 1, at(20_050), ['supervision.breached']],
  ])('breach: %s → %p', (_t, over, gen, now, types) => {
    expect(recordOrderBreach(order(over), gen, now, ctx()).events.map((e) => e.type)).toEqual(types);
  });

  it('an order the national centre issued has nothing above it: recorded and notified, not escalated', () => {
    const out = recordOrderBreach(order({ issuerUnitId: 'national' }), 1, at(20_050), ctx());
    expect(out.events.map((e) => e.type)).toEqual(['supervision.breached']);
    expect(out.ticketMarks).toEqual({});
    expect(out.supervisionOrders).toEqual([]);
    expect(out.supervisorUnitIds).toEqual([]);
  });

  it('an order to a provincial centre from national has nothing above it', () => {
    const out = recordOrderBreach(order({ issuerUnitId: 'national', targetUnitId: 'province' }), 1, at(20_050), ctx([PROVINCE, NATIONAL]));
    expect(out.events.map((e) => e.type)).toEqual(['supervision.breached']);
  });

  it.each<[string, Partial<OrderFacts>, Date, string[]]>([
    ['resolved before the warning instant', {}, at(18_000), []],
    ['resolved after warning, before deadline', {}, at(19_500), ['supervision.warning']],
    ['resolved exactly at the deadline: warned, not breached', {}, ODUE, ['supervision.warning']],
    ['resolved after the deadline, nothing recorded', {}, at(20_001), ['supervision.warning', 'supervision.breached']],
    ['resolved after the deadline, both recorded by the timer', { warnedAt: OWARN, breachedAt: ODUE }, at(20_001), []],
  ])('missed on resolve: %s → %p', (_t, over, now, types) => {
    const out = ordersMissedOnResolve([order(over)], now);
    expect(out.events.map((e) => e.type)).toEqual(types);
    expect(out.events.every((e) => e.data.recordedOnResolve === true)).toBe(true);
    expect(out.supervisionOrders).toEqual([]);
    expect(out.ticketMarks).toEqual({});
  });

  it('whichever comes first records the breach once: resolve then timer, or timer then resolve', () => {
    const resolveAt = at(20_020);
    expect(ordersMissedOnResolve([order()], resolveAt).events.filter((e) => e.type === 'supervision.breached')).toHaveLength(1);
    const marked = order({ ...resolved(resolveAt), warnedAt: resolveAt, breachedAt: resolveAt });
    expect(recordOrderBreach(marked, 1, at(20_050), ctx()).events).toEqual([]);
    expect(recordOrderBreach(order({ warnedAt: OWARN }), 1, at(20_010), ctx()).events[0].type).toBe('supervision.breached');
    expect(ordersMissedOnResolve([order({ warnedAt: OWARN, breachedAt: at(20_010) })], resolveAt).events).toEqual([]);
  });

  it('decideSystem routes order commands and ignores an order that is not the command’s', () => {
    const facts = {
      ticket: { status: 'handling' as const, filedAt: at(-1), severityUpgradedAt: null },
      order: order(),
      orderBreach: ctx(),
    };
    expect(decideSystem({ type: 'record_order_warning', orderId: 'order-1', gen: 1 }, facts, OWARN).events).toHaveLength(1);
    expect(decideSystem({ type: 'record_order_breach', orderId: 'order-1', gen: 1 }, facts, ODUE).events).toHaveLength(3);
    expect(decideSystem({ type: 'record_order_breach', orderId: 'other', gen: 1 }, facts, ODUE).events).toHaveLength(0);
    expect(decideSystem({ type: 'record_warning', stageId: 'stage-1', gen: 1 }, facts, OWARN).events).toHaveLength(0);
  });
});

describe('auto_upgrade', () => {
  const filedBefore = at(0);
  const ticket = (over: Partial<AgingFacts> = {}): AgingFacts => ({
    status: 'handling',
    filedAt: at(-1),
    severityUpgradedAt: null,
    ...over,
  });
  it.each<[string, Partial<AgingFacts>, boolean]>([
    ['open and old enough', {}, true],
    ['filed exactly at the limit', { filedAt: at(0) }, true],
    ['too young', { filedAt: at(1) }, false],
    ['already upgraded', { severityUpgradedAt: at(-1) }, false],
    ['closed', { status: 'closed' }, false],
    ['withdrawn', { status: 'withdrawn' }, false],
  ])('%s → %p', (_t, over, upgraded) => {
    const out = autoUpgrade(ticket(over), { type: 'auto_upgrade', afterHours: 48, filedBefore }, at(5));
    expect(out.events.map((e) => e.type)).toEqual(upgraded ? ['ticket.upgraded'] : []);
    expect(out.ticketMarks).toEqual(upgraded ? { severityUpgradedAt: at(5) } : {});
  });
});

describe('annotate', () => {
  it('adds the annotation as an event on any ticket but an archived one', () => {
    expect(annotate('closed', { type: 'customer.updated', data: { text: 'hi' } })).toMatchObject({
      events: [{ type: 'customer.updated', data: { text: 'hi' } }],
    });
    expect(annotate('archived', { type: 'customer.updated', data: { text: 'hi' } })).toMatchObject({
      ok: false,
      code: 'TICKET_ARCHIVED',
      class: 'conflict',
    });
  });
});

describe('decideSystem', () => {
  it('routes each command to its rule and ignores a stage that is not the command’s', () => {
    const facts = {
      ticket: { status: 'handling' as const, filedAt: at(-1), severityUpgradedAt: null },
      stage: stage(),
      breach: breachCtx(),
    };
    expect(decideSystem({ type: 'record_warning', stageId: 'stage-1', gen: 1 }, facts, WARN).events).toHaveLength(1);
    expect(decideSystem({ type: 'record_breach', stageId: 'stage-1', gen: 1 }, facts, DUE).events).toHaveLength(3);
    expect(decideSystem({ type: 'record_breach', stageId: 'other', gen: 1 }, facts, DUE).events).toHaveLength(0);
    expect(decideSystem({ type: 'auto_upgrade', afterHours: 1, filedBefore: at(0) }, facts, DUE).events).toHaveLength(1);
  });
});

describe('settling provisional deadlines (DOMAIN §11)', () => {
  const IMPORTED = at(20_000);
  function provisional(overrides: Partial<ProvisionalStage> = {}): ProvisionalStage {
    return {
      id: 'stage-1',
      kind: 'handling',
      ownerUnitId: 'dept',
      warnAt: WARN,
      dueAt: DUE,
      deadlineGen: 3,
      warnedAt: null,
      breachedAt: null,
      recounted: { warnAt: at(50_000), dueAt: at(60_000), basis: 'recounted' },
      ...overrides,
    };
  }

  it('a moved deadline takes a new generation, moves the round deadline it was, and records the move with the old and new instants', () => {
    const out = settleProvisionalDeadlines({ handlingDueAt: DUE, commitmentDueAt: null }, [provisional()], 2099, IMPORTED, at(30_000));
    expect(out.moved).toEqual([
      { stageId: 'stage-1', warnAt: at(50_000), dueAt: at(60_000), deadlineGen: 4, basis: 'recounted', warnedAt: null, breachedAt: null },
    ]);
    expect(out.ticket).toEqual({ handlingDueAt: at(60_000) });
    expect(out.settled).toEqual([]);
    expect(out.events).toHaveLength(1);
    expect(out.events[0].event.type).toBe('stage.deadline_recomputed');
    expect(out.events[0].before).toEqual({ warnAt: WARN, dueAt: DUE, deadlineGen: 3 });
    expect(out.events[0].after).toEqual({ warnAt: at(50_000), dueAt: at(60_000), deadlineGen: 4 });
  });

  it.each<[string, Date, Date | null, boolean]>([
    ['the new deadline has not come: the breach no longer stands on the stage', at(30_000), null, false],
    ['the new deadline has passed too: the breach stands', at(70_000), at(15_000), true],
  ])('%s, and the history keeps it marked provisional', (_title, now, breachedAt, stillBreached) => {
    const out = settleProvisionalDeadlines(
      { handlingDueAt: null, commitmentDueAt: null },
      [provisional({ warnedAt: at(9_500), breachedAt: at(15_000) })],
      2099,
      IMPORTED,
      now,
    );
    expect(out.moved[0].breachedAt).toEqual(breachedAt);
    expect(out.ticket).toEqual({});
    expect(out.events[0].event.data.provisionalBreach).toEqual({ breachedAt: at(15_000), dueAt: DUE, stillBreached });
  });

  it('an unchanged deadline only loses its mark, and a calendar still lacking the year leaves the stage alone', () => {
    const same = provisional({ id: 'same', kind: 'commitment', recounted: { warnAt: WARN, dueAt: DUE, basis: 'settled' } });
    const waiting = provisional({ id: 'waiting', recounted: null });
    const out = settleProvisionalDeadlines({ handlingDueAt: DUE, commitmentDueAt: DUE }, [same, waiting], 2099, IMPORTED, at(30_000));
    expect(out.settled).toEqual([{ stageId: 'same', basis: 'settled' }]);
    expect(out.moved).toEqual([]);
    expect(out.events).toEqual([]);
    expect(out.ticket).toEqual({});
  });
});

describe('counting an open deadline again (regrade, national dispatch)', () => {
  const stage: RecountedStage = {
    id: 'commitment-1',
    kind: 'commitment',
    ownerUnitId: 'centre',
    round: 0,
    startedAt: T0,
    warnAt: WARN,
    dueAt: DUE,
    deadlineGen: 1,
    warnedAt: null,
    breachedAt: null,
  };
  const later = { warnAt: at(18_000), dueAt: at(20_000), basis: "policy 'national' commitment 72 hours", startedAt: T0 };

  it('moves the deadline under a new generation, with an event whose basis says why', () => {
    const out = recountDeadline(stage, later, 'regraded', 'regraded to national', at(1_000))!;
    expect(out.moved).toEqual({
      stageId: 'commitment-1',
      startedAt: T0,
      warnAt: at(18_000),
      dueAt: at(20_000),
      deadlineGen: 2,
      basis: "policy 'national' commitment 72 hours (regraded to national)",
      warnedAt: null,
      breachedAt: null,
    });
    expect(out.event.event.type).toBe('stage.deadline_recomputed');
    expect(out.event.event.data).toMatchObject({
      stageId: 'commitment-1',
      stage: 'commitment',
      reason: 'regraded',
      basis: "policy 'national' commitment 72 hours (regraded to national)",
      previousDueAt: DUE.toISOString(),
      dueAt: at(20_000).toISOString(),
      deadlineGen: 2,
    });
    expect(out.event.before).toEqual({ warnAt: WARN, dueAt: DUE, deadlineGen: 1 });
    expect(out.event.after).toEqual({ warnAt: at(18_000), dueAt: at(20_000), deadlineGen: 2 });
  });

  it('a warning or breach of the old deadline stands only if the new instant has passed too', () => {
    const fired = { ...stage, warnedAt: at(9_100), breachedAt: at(10_100) };
    const pending = recountDeadline(fired, later, 'regraded', 'r', at(11_000))!;
    expect([pending.moved.warnedAt, pending.moved.breachedAt]).toEqual([null, null]);
    const earlier = { warnAt: at(4_000), dueAt: at(5_000), basis: 'b', startedAt: T0 };
    const passed = recountDeadline(fired, earlier, 'regraded', 'r', at(11_000))!;
    expect([passed.moved.warnedAt, passed.moved.breachedAt]).toEqual([at(9_100), at(10_100)]);
  });

  it('counted from another instant, the stage starts there', () => {
    const from = { ...later, startedAt: at(3_000) };
    expect(recountDeadline(stage, from, 'national_dispatch', 'counted from the national dispatch', at(3_000))!.moved.startedAt).toEqual(
      at(3_000),
    );
  });

  it('changes nothing when the deadline and its start stay where they are', () => {
    expect(recountDeadline(stage, { warnAt: WARN, dueAt: DUE, basis: 'same', startedAt: T0 }, 'regraded', 'r', at(1_000))).toBeNull();
  });
});
