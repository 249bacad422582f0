/**
 * The commands no person issues: filing's initial state, the timers' warnings and breaches,
 * auto-upgrade and annotations. Pure, like the state machine: the writer loads the facts, asks
 * here what changes, and writes the answer in one transaction with the ticket row locked first.
 */
import type { DomainEvent, TicketEventType } from './ticket-events';
import { ChainUnit, escalationTarget, orderEscalationTarget } from './escalation';
import { refuse } from './ticket-command-handlers';
import type { RecountReason, TransitionRefused } from './ticket-commands';
import { OPEN_STATUSES, StageKind, TicketStatus } from './ticket.types';

export type StageStatus = 'open' | 'completed' | 'cancelled';

/** A stage as the writer locked it. */
export interface StageFacts {
  id: string;
  kind: StageKind;
  ownerUnitId: string;
  status: StageStatus;
  warnAt: Date;
  dueAt: Date;
  deadlineGen: number;
  completedAt: Date | null;
  warnedAt: Date | null;
  breachedAt: Date | null;
}

export type SystemCommand =
  /** A stage's warning instant passed (timer or reconciler); `gen` is the deadline generation armed for. */
  | { type: 'record_warning'; stageId: string; gen: number }
  /** A stage's deadline passed (timer or reconciler). */
  | { type: 'record_breach'; stageId: string; gen: number }
  /** A supervision order's warning instant passed. */
  | { type: 'record_order_warning'; orderId: string; gen: number }
  /** A supervision order's deadline passed. */
  | { type: 'record_order_breach'; orderId: string; gen: number }
  /** The ticket stayed unresolved past the policy age (DOMAIN §3). */
  | { type: 'auto_upgrade'; afterHours: number; filedBefore: Date };

/** An order's deadline as the policy (or the supervisor) set it, computed by the writer before it decides. */
export interface OrderDeadline {
  id: string;
  warnAt: Date;
  dueAt: Date;
  /** Why it is due then (policy and limit, or the supervisor's own instant). */
  basis: string;
}

/** A supervision order to issue (督办), as a stage effect of a breach or of a supervisor's command. */
export interface SupervisionOrderPlan extends OrderDeadline {
  stageId: string | null;
  issuerUnitId: string;
  targetUnitId: string;
  note: string;
  automatic: boolean;
  /** The breached order this one escalates. */
  escalatedFromId: string | null;
}

/** A supervision order as the writer locked it: timed like a stage. */
export interface OrderFacts {
  id: string;
  stageId: string | null;
  issuerUnitId: string;
  targetUnitId: string;
  status: 'open' | 'resolved';
  warnAt: Date;
  dueAt: Date;
  deadlineGen: number;
  resolvedAt: Date | null;
  warnedAt: Date | null;
  breachedAt: Date | null;
}

export interface StageMark {
  stageId: string;
  warnedAt?: Date;
  breachedAt?: Date;
  /** Put at risk by something other than the clock; unlike a warning it never stops the warning from firing. */
  atRiskAt?: Date;
}

export interface OrderMark {
  orderId: string;
  warnedAt?: Date;
  breachedAt?: Date;
}

/** What a system command changes; the writer applies all of it or nothing. */
export interface SystemOutcome {
  events: DomainEvent[];
  stageMarks: StageMark[];
  orderMarks: OrderMark[];
  ticketMarks: { escalated?: true; severityUpgradedAt?: Date };
  supervisionOrders: SupervisionOrderPlan[];
  /** Units that become supervisors of the ticket (escalation never replaces the owner). */
  supervisorUnitIds: string[];
}

const NOTHING: SystemOutcome = {
  events: [],
  stageMarks: [],
  orderMarks: [],
  ticketMarks: {},
  supervisionOrders: [],
  supervisorUnitIds: [],
};

function ev(type: TicketEventType, data: Record<string, unknown>): DomainEvent {
  return { type, data };
}

/** DOMAIN §6, exactly once: a deadline counts iff the stage was still open at that instant (closed strictly later, or not at all). */
export function openAt(stage: Pick<StageFacts, 'completedAt'>, instant: Date): boolean {
  return stage.completedAt === null || stage.completedAt.getTime() > instant.getTime();
}

/** What a timer watches, a stage's deadline or a supervision order's; `closedAt` is when it stopped being open. */
interface Timed {
  warnAt: Date;
  dueAt: Date;
  deadlineGen: number;
  warnedAt: Date | null;
  breachedAt: Date | null;
  closedAt: Date | null;
}

const stageTiming = (s: StageFacts): Timed => ({ ...s, closedAt: s.completedAt });
const orderTiming = (o: OrderFacts): Timed => ({ ...o, closedAt: o.resolvedAt });

/** The warning of deadline generation `gen` is due now: not recorded, its instant come, and open at that instant. */
function warningDue(t: Timed, gen: number, now: Date): boolean {
  return (
    t.deadlineGen === gen && t.warnedAt === null && t.warnAt.getTime() <= now.getTime() && openAt({ completedAt: t.closedAt }, t.warnAt)
  );
}

/** The breach of deadline generation `gen` is due now: not recorded, the deadline come, and open at it. */
function breachDue(t: Timed, gen: number, now: Date): boolean {
  return (
    t.deadlineGen === gen && t.breachedAt === null && t.dueAt.getTime() <= now.getTime() && openAt({ completedAt: t.closedAt }, t.dueAt)
  );
}

/** What closing at `now` finds unrecorded although its instant passed while still open (DOMAIN §6, exactly once). */
function missedOnClosing(t: Timed, now: Date): { warn: boolean; breach: boolean } {
  const closed = { completedAt: now };
  return {
    warn: t.warnedAt === null && t.warnAt.getTime() < now.getTime() && openAt(closed, t.warnAt),
    breach: t.breachedAt === null && t.dueAt.getTime() < now.getTime() && openAt(closed, t.dueAt),
  };
}

function warningEvent(stage: StageFacts, recordedOnClose: boolean): DomainEvent {
  return ev('stage.warning', {
    stageId: stage.id,
    stage: stage.kind,
    ownerUnitId: stage.ownerUnitId,
    warnAt: stage.warnAt,
    dueAt: stage.dueAt,
    ...(recordedOnClose ? { recordedOnClose: true } : {}),
  });
}

function breachEvent(stage: StageFacts, now: Date, recordedOnClose: boolean): DomainEvent {
  return ev('stage.breached', {
    stageId: stage.id,
    stage: stage.kind,
    ownerUnitId: stage.ownerUnitId,
    dueAt: stage.dueAt,
    overdueMs: now.getTime() - stage.dueAt.getTime(),
    ...(recordedOnClose ? { recordedOnClose: true } : {}),
  });
}

/**
 * The timer's warning: once per deadline generation, and only if the warning instant has come and
 * the stage was open then (a completion after that instant that recorded nothing leaves it to us).
 */
export function recordWarning(stage: StageFacts, gen: number, now: Date): SystemOutcome {
  if (!warningDue(stageTiming(stage), gen, now)) return NOTHING;
  return { ...NOTHING, events: [warningEvent(stage, false)], stageMarks: [{ stageId: stage.id, warnedAt: now }] };
}

export interface BreachContext {
  /** The stage owner, then its ancestors nearest first (see escalation.ts). */
  ownerChain: readonly ChainUnit[];
  /** Id and deadline (from the policy) of the automatic supervision order, should the breach escalate. */
  order: OrderDeadline;
}

/**
 * The timer's breach (DOMAIN §6, exactly once): recorded once, if the deadline has come and the stage
 * was open at it. It escalates only if the stage is still open now: a supervision order from the
 * nearest centre above the owner to the owner, that centre added as supervisor, the ticket marked
 * escalated. A national owner has nothing above: recorded and notified only.
 */
export function recordBreach(stage: StageFacts, gen: number, now: Date, ctx: BreachContext): SystemOutcome {
  if (!breachDue(stageTiming(stage), gen, now)) return NOTHING;
  const breached = breachEvent(stage, now, false);
  const target = stage.status === 'open' ? escalationTarget(ctx.ownerChain) : null;
  if (!target) return { ...NOTHING, events: [breached], stageMarks: [{ stageId: stage.id, breachedAt: now }] };
  const escalation = escalate({
    stageId: stage.id,
    from: { unitId: stage.ownerUnitId, tier: ctx.ownerChain[0]?.tier ?? null },
    to: target,
    answeringUnitId: stage.ownerUnitId,
    order: ctx.order,
    note: `automatic: ${stage.kind} stage breached its deadline ${stage.dueAt.toISOString()}`,
    escalatedFromId: null,
  });
  return { ...escalation, events: [breached, ...escalation.events], stageMarks: [{ stageId: stage.id, breachedAt: now }] };
}

/**
 * DOMAIN §6 escalation, one tier up: the centre `to` issues an automatic supervision order (timed
 * on the policy's supervision limit) to the unit that must answer, becomes a supervisor of the
 * ticket (the owner stays), and the ticket is marked escalated.
 */
function escalate(e: {
  stageId: string | null;
  /** Who failed: the breached stage's owner, or the centre whose order went unanswered. */
  from: { unitId: string; tier: string | null };
  to: ChainUnit;
  answeringUnitId: string;
  order: OrderDeadline;
  note: string;
  escalatedFromId: string | null;
}): SystemOutcome {
  const order: SupervisionOrderPlan = {
    ...e.order,
    stageId: e.stageId,
    issuerUnitId: e.to.id,
    targetUnitId: e.answeringUnitId,
    note: e.note,
    automatic: true,
    escalatedFromId: e.escalatedFromId,
  };
  const fromOrder = e.escalatedFromId ? { supervisionOrderId: e.escalatedFromId } : {};
  return {
    ...NOTHING,
    events: [
      ev('ticket.escalated', {
        stageId: e.stageId,
        ...fromOrder,
        fromUnitId: e.from.unitId,
        fromTier: e.from.tier,
        toUnitId: e.to.id,
        toTier: e.to.tier,
      }),
      ev('supervision.issued', {
        supervisionOrderId: order.id,
        stageId: e.stageId,
        fromUnitId: e.to.id,
        toUnitId: e.answeringUnitId,
        warnAt: order.warnAt.toISOString(),
        dueAt: order.dueAt.toISOString(),
        automatic: true,
        ...(e.escalatedFromId ? { escalatedFromOrderId: e.escalatedFromId } : {}),
      }),
    ],
    ticketMarks: { escalated: true },
    supervisionOrders: [order],
    supervisorUnitIds: [e.to.id],
  };
}

function orderEvent(type: 'supervision.warning' | 'supervision.breached', order: OrderFacts, now: Date, recordedOnResolve: boolean) {
  return ev(type, {
    supervisionOrderId: order.id,
    stageId: order.stageId,
    fromUnitId: order.issuerUnitId,
    toUnitId: order.targetUnitId,
    warnAt: order.warnAt,
    dueAt: order.dueAt,
    ...(type === 'supervision.breached' ? { overdueMs: now.getTime() - order.dueAt.getTime() } : {}),
    ...(recordedOnResolve ? { recordedOnResolve: true } : {}),
  });
}

/** A supervision order's warning: once per deadline generation, if its instant came while the order was open. */
export function recordOrderWarning(order: OrderFacts, gen: number, now: Date): SystemOutcome {
  if (!warningDue(orderTiming(order), gen, now)) return NOTHING;
  return { ...NOTHING, events: [orderEvent('supervision.warning', order, now, false)], orderMarks: [{ orderId: order.id, warnedAt: now }] };
}

export interface OrderBreachContext {
  /** The unit that had to answer, then its ancestors nearest first. */
  targetChain: readonly ChainUnit[];
  /** Id and deadline of the order the next tier issues, should the breach escalate. */
  order: OrderDeadline;
}

/**
 * A supervision order's breach, like a stage's (DOMAIN §6): recorded once if the order was open
 * at its deadline; escalated only if it is still open now, one tier above its issuer
 * (`orderEscalationTarget`), with a new automatic order from there to the same unit. An order the
 * national centre issued has nothing above: recorded and notified only.
 */
export function recordOrderBreach(order: OrderFacts, gen: number, now: Date, ctx: OrderBreachContext): SystemOutcome {
  if (!breachDue(orderTiming(order), gen, now)) return NOTHING;
  const breached = orderEvent('supervision.breached', order, now, false);
  const marks = { orderMarks: [{ orderId: order.id, breachedAt: now }] };
  const target = order.status === 'open' ? orderEscalationTarget(ctx.targetChain, order.issuerUnitId) : null;
  if (!target) return { ...NOTHING, events: [breached], ...marks };
  const issuerTier = ctx.targetChain.find((u) => u.id === order.issuerUnitId)?.tier ?? null;
  const escalation = escalate({
    stageId: order.stageId,
    from: { unitId: order.issuerUnitId, tier: issuerTier },
    to: target,
    answeringUnitId: order.targetUnitId,
    order: ctx.order,
    note: `automatic: supervision order ${order.id} went unanswered past ${order.dueAt.toISOString()}`,
    escalatedFromId: order.id,
  });
  return { ...escalation, events: [breached, ...escalation.events], ...marks };
}

/** Resolving orders after their warning instant or deadline records what their timers have not yet; never escalates. */
export function ordersMissedOnResolve(orders: readonly OrderFacts[], now: Date): SystemOutcome {
  const out: SystemOutcome = { ...NOTHING, events: [], orderMarks: [] };
  for (const order of orders) {
    const missed = missedOnClosing(orderTiming(order), now);
    if (!missed.warn && !missed.breach) continue;
    if (missed.warn) out.events.push(orderEvent('supervision.warning', order, now, true));
    if (missed.breach) out.events.push(orderEvent('supervision.breached', order, now, true));
    out.orderMarks.push({ orderId: order.id, ...(missed.warn ? { warnedAt: now } : {}), ...(missed.breach ? { breachedAt: now } : {}) });
  }
  return out;
}

/**
 * A transition closing a stage after its warning instant or deadline records what the timer has
 * not recorded yet, in the same transaction, so timer lag never changes the outcome. A breach
 * recorded this way never escalates: the stage is no longer open when it is recorded.
 */
export function missedOnClose(stage: StageFacts, now: Date): SystemOutcome {
  const { warn, breach } = missedOnClosing(stageTiming(stage), now);
  if (!warn && !breach) return NOTHING;
  return {
    ...NOTHING,
    events: [...(warn ? [warningEvent(stage, true)] : []), ...(breach ? [breachEvent(stage, now, true)] : [])],
    stageMarks: [{ stageId: stage.id, ...(warn ? { warnedAt: now } : {}), ...(breach ? { breachedAt: now } : {}) }],
  };
}

export interface AgingFacts {
  status: TicketStatus;
  filedAt: Date;
  severityUpgradedAt: Date | null;
}

/** DOMAIN §3: an open ticket filed before `filedBefore` and not yet upgraded is upgraded, once. */
export function autoUpgrade(ticket: AgingFacts, command: Extract<SystemCommand, { type: 'auto_upgrade' }>, now: Date): SystemOutcome {
  const due =
    ticket.severityUpgradedAt === null &&
    OPEN_STATUSES.includes(ticket.status) &&
    ticket.filedAt.getTime() <= command.filedBefore.getTime();
  if (!due) return NOTHING;
  return {
    ...NOTHING,
    events: [ev('ticket.upgraded', { reason: 'unresolved past the policy age', filedAt: ticket.filedAt, afterHours: command.afterHours })],
    ticketMarks: { severityUpgradedAt: now },
  };
}

export type Annotation =
  | { type: 'customer.updated'; data: { text: string } }
  | { type: 'attachment.added'; data: { attachmentId: string; name: string; contentType: string; size: number } };

/** Customer updates and attachments add to an open or closed ticket's history; an archived ticket is read-only. */
export function annotate(status: TicketStatus, annotation: Annotation): SystemOutcome | TransitionRefused {
  if (status === 'archived') return refuse('TICKET_ARCHIVED', 'archived tickets are read-only');
  return { ...NOTHING, events: [ev(annotation.type, annotation.data)] };
}

/** An open stage counted provisionally across a year, and its recount on that year's official schedule. */
export interface ProvisionalStage {
  id: string;
  kind: StageKind;
  ownerUnitId: string;
  warnAt: Date;
  dueAt: Date;
  deadlineGen: number;
  warnedAt: Date | null;
  breachedAt: Date | null;
  /** Null while the owner's calendar does not hold the year: the stage waits for the next import or boot. */
  recounted: { warnAt: Date; dueAt: Date; basis: string } | null;
}

export interface MovedDeadline {
  stageId: string;
  warnAt: Date;
  dueAt: Date;
  deadlineGen: number;
  basis: string;
  warnedAt: Date | null;
  breachedAt: Date | null;
}

/** What settling a ticket's provisional deadlines changes; the writer applies all of it or nothing. */
export interface DeadlineSettlement {
  /** Stages whose instants stay: only their basis loses the provisional mark. */
  settled: { stageId: string; basis: string }[];
  moved: MovedDeadline[];
  ticket: { commitmentDueAt?: Date; handlingDueAt?: Date };
  events: { event: DomainEvent; before: Record<string, unknown>; after: Record<string, unknown> }[];
}

/**
 * DOMAIN §11, provisional deadlines: once a year's official schedule is in, each deadline counted provisionally across it
 * takes its recount, under a new deadline generation (jobs armed for the old one become harmless).
 * What already fired stays fired only if the new instant has passed too; otherwise it fires again.
 * A breach recorded under the provisional calendar stays in history, marked as such, in the event.
 */
export function settleProvisionalDeadlines(
  ticket: { handlingDueAt: Date | null; commitmentDueAt: Date | null },
  stages: readonly ProvisionalStage[],
  year: number,
  importedAt: Date,
  now: Date,
): DeadlineSettlement {
  const out: DeadlineSettlement = { settled: [], moved: [], ticket: {}, events: [] };
  for (const stage of stages) {
    const r = stage.recounted;
    if (!r) continue;
    if (r.dueAt.getTime() === stage.dueAt.getTime() && r.warnAt.getTime() === stage.warnAt.getTime()) {
      out.settled.push({ stageId: stage.id, basis: r.basis });
      continue;
    }
    const moved = moveDeadline(stage, r, now);
    const { deadlineGen, breachedAt } = moved;
    out.moved.push(moved);
    // The ticket's commitment is the filing's; a re-handling round's own commitment moves only its stage.
    if (stage.kind === 'commitment' && ticket.commitmentDueAt?.getTime() === stage.dueAt.getTime()) out.ticket.commitmentDueAt = r.dueAt;
    if (stage.kind === 'handling' && ticket.handlingDueAt?.getTime() === stage.dueAt.getTime()) out.ticket.handlingDueAt = r.dueAt;
    out.events.push({
      before: { warnAt: stage.warnAt, dueAt: stage.dueAt, deadlineGen: stage.deadlineGen },
      after: { warnAt: r.warnAt, dueAt: r.dueAt, deadlineGen },
      event: ev('stage.deadline_recomputed', {
        stageId: stage.id,
        stage: stage.kind,
        ownerUnitId: stage.ownerUnitId,
        year,
        importedAt: importedAt.toISOString(),
        warnAt: r.warnAt,
        dueAt: r.dueAt,
        deadlineGen,
        provisionalBreach: stage.breachedAt
          ? { breachedAt: stage.breachedAt, dueAt: stage.dueAt, stillBreached: breachedAt !== null }
          : null,
        provisionalWarning: stage.warnedAt ? { warnedAt: stage.warnedAt, warnAt: stage.warnAt } : null,
      }),
    });
  }
  return out;
}

/**
 * A deadline moved to `next` under a new generation (jobs armed for the old one become harmless). What
 * already fired stays fired only if the new instant has passed too; otherwise it fires again.
 */
function moveDeadline(
  stage: Pick<ProvisionalStage, 'id' | 'deadlineGen' | 'warnedAt' | 'breachedAt'>,
  next: { warnAt: Date; dueAt: Date; basis: string },
  now: Date,
): MovedDeadline {
  const warnedAt = stage.warnedAt && next.warnAt.getTime() <= now.getTime() ? stage.warnedAt : null;
  const breachedAt = stage.breachedAt && next.dueAt.getTime() <= now.getTime() ? stage.breachedAt : null;
  return {
    stageId: stage.id,
    warnAt: next.warnAt,
    dueAt: next.dueAt,
    deadlineGen: stage.deadlineGen + 1,
    basis: next.basis,
    warnedAt,
    breachedAt,
  };
}

/** An open stage whose policy deadline is counted again, as the writer locked it. */
export type RecountedStage = Omit<ProvisionalStage, 'recounted'> & { round: number; startedAt: Date };

/** A recount that moved a deadline: the stage's new instants (and start, when counted from another instant) and its event. */
export interface DeadlineRecount {
  moved: MovedDeadline & { startedAt: Date };
  event: { event: DomainEvent; before: Record<string, unknown>; after: Record<string, unknown> };
}

/**
 * An open stage's deadline counted again from `counted.startedAt` under the ticket's facts after a change
 * (a regrade, or the national dispatch of an escalated complaint): a new generation, and an event whose
 * basis says why, so "why is this due then?" stays answerable. Null when nothing moves.
 */
export function recountDeadline(
  stage: RecountedStage,
  counted: { warnAt: Date; dueAt: Date; basis: string; startedAt: Date },
  reason: RecountReason,
  note: string,
  now: Date,
): DeadlineRecount | null {
  const same =
    counted.dueAt.getTime() === stage.dueAt.getTime() &&
    counted.warnAt.getTime() === stage.warnAt.getTime() &&
    counted.startedAt.getTime() === stage.startedAt.getTime();
  if (same) return null;
  const basis = `${counted.basis} (${note})`;
  const moved = { ...moveDeadline(stage, { ...counted, basis }, now), startedAt: counted.startedAt };
  return {
    moved,
    event: {
      before: { warnAt: stage.warnAt, dueAt: stage.dueAt, deadlineGen: stage.deadlineGen },
      after: { warnAt: moved.warnAt, dueAt: moved.dueAt, deadlineGen: moved.deadlineGen },
      event: ev('stage.deadline_recomputed', {
        stageId: stage.id,
        stage: stage.kind,
        ownerUnitId: stage.ownerUnitId,
        round: stage.round,
        reason,
        basis,
        startedAt: moved.startedAt.toISOString(),
        warnAt: moved.warnAt.toISOString(),
        dueAt: moved.dueAt.toISOString(),
        deadlineGen: moved.deadlineGen,
        previousDueAt: stage.dueAt.toISOString(),
      }),
    },
  };
}

/** The facts a system command is decided on: the locked ticket, and for timer commands the locked stage and its owner's chain. */
export interface SystemFacts {
  ticket: AgingFacts;
  stage?: StageFacts;
  breach?: BreachContext;
  order?: OrderFacts;
  orderBreach?: OrderBreachContext;
}

/** One entry point for every system command, so the writer applies them all the same way. */
export function decideSystem(command: SystemCommand, facts: SystemFacts, now: Date): SystemOutcome {
  switch (command.type) {
    case 'record_warning':
      return facts.stage?.id === command.stageId ? recordWarning(facts.stage, command.gen, now) : NOTHING;
    case 'record_breach':
      return facts.stage?.id === command.stageId && facts.breach ? recordBreach(facts.stage, command.gen, now, facts.breach) : NOTHING;
    case 'record_order_warning':
      return facts.order?.id === command.orderId ? recordOrderWarning(facts.order, command.gen, now) : NOTHING;
    case 'record_order_breach':
      return facts.order?.id === command.orderId && facts.orderBreach
        ? recordOrderBreach(facts.order, command.gen, now, facts.orderBreach)
        : NOTHING;
    case 'auto_upgrade':
      return autoUpgrade(facts.ticket, command, now);
  }
}
