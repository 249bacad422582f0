import { Injectable, Logger } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { RequestActor } from '../auth/actor';
import type { OperationKey } from '../auth/policy/policy';
import { Clock } from '../common/clock';
import { ConflictError, DomainError } from '../common/domain-error';
import { databaseFailure } from '../common/database-errors';
import { GroupCommit } from '../common/group-commit';
import { OrgUnit } from '../org/org-unit.entity';
import { TransactionRunner } from '../database/transaction-runner';
import { DeadlinePolicy, TicketSlaFacts } from '../sla/deadline-policy';
import { DeadlineRecountPort } from '../sla/deadline-recount.port';
import { provisionalMarkOf } from '../sla/domain/policy-terms';
import { ArmableStage, StageTimerPort, TimerSubject } from '../sla/stage-timer.port';
import { Firing, TicketFiringPort } from '../sla/timers/ticket-firing.port';
import { orderChain } from './domain/escalation';
import { refusalHttpStatus } from './domain/refusals';
import { DomainEvent, isNotified } from './domain/ticket-events';
import { FilingFacts, fileTicket } from './domain/ticket-filing';
import { NoticeStageFacts, channelNoticeOf, noticeOf } from './domain/ticket-notice';
import { RecipientContext, recipientsOf } from './domain/ticket-recipients';
import {
  Actor as MachineActor,
  Command,
  CountOrigin,
  StageEffect,
  TicketState,
  TransitionRefused,
  transition,
} from './domain/ticket-state-machine';
import {
  Annotation,
  OrderDeadline,
  StageFacts,
  SupervisionOrderPlan,
  SystemCommand,
  SystemFacts,
  SystemOutcome,
  annotate,
  decideSystem,
  missedOnClose,
  ordersMissedOnResolve,
  recountDeadline,
  settleProvisionalDeadlines,
} from './domain/ticket-system-commands';
import { AGING_KINDS, OPEN_STATUSES, StageKind } from './domain/ticket.types';
import { ANONYMISED_EVENT, AnonymisationReason, openTicketsOf } from '../privacy/domain/personal-data';
import { OrgTier } from '../common/vocabulary';
import { TicketAccessService } from './ticket-access.service';
import {
  Changes,
  DeadlineKind,
  LockedOrder,
  EventRow,
  LockedStage,
  OpenStageRow,
  Parties,
  Performer,
  FilingRows,
  TicketHead,
  TicketStateRepository as repo,
  noChanges,
} from './ticket-state.repository';
import { Ticket } from './ticket.entity';
import { TicketStage } from './ticket-stage.entity';
import { ParticipantRole, TicketAttachment } from './ticket-support.entity';

export type { Performer } from './ticket-state.repository';

export interface TransitionOutcome {
  ticket: Ticket;
  armed: ArmableStage[];
}

/** Maps a refusal of the machine to the API's problem+json: its class decides the status. */
export function refusalError(refused: TransitionRefused): DomainError {
  return new DomainError(refusalHttpStatus(refused.class), refused.code, refused.message);
}

/** A filing, as the intake prepared it: the ticket's descriptive fields and the facts the pure filing needs. */
/** A filed ticket and, when the filing alone decided them, its open stages as stored (the answer then needs no read-back). */
export interface FiledTicket {
  ticket: Ticket;
  openStages: TicketStage[] | null;
}

export interface FilingInput {
  record: Partial<Ticket>;
  facts: FilingFacts;
  now: Date;
  performer: Performer;
  idempotency?: { actorId: string; key: string; requestHash: string };
  attachments: Omit<TicketAttachment, 'id' | 'ticketId' | 'createdAt'>[];
  /** A routing rule in `auto` mode: dispatched at filing, in the same transaction, as the system. */
  autoDispatch?: { ruleId: string; target: OrgUnit };
}

type OpenStage = OpenStageRow;

/** The reason recorded with a recount's events (DOMAIN §5: every deadline move is an event with its reason). */
const CALENDAR_IMPORTED = 'calendar_imported';

const TIMER_COMMAND = {
  stage: { warn: 'record_warning', breach: 'record_breach' },
  order: { warn: 'record_order_warning', breach: 'record_order_breach' },
} as const;

const TIMER: Performer = { kind: 'system', id: 'sla-timer', unitId: null };
const AGING: Performer = { kind: 'system', id: 'ticket-aging', unitId: null };
const CALENDAR_IMPORT: Performer = { kind: 'system', id: 'calendar-import', unitId: null };
const RETENTION: Performer = { kind: 'system', id: 'personal-data-retention', unitId: null };

/** At most this many filings share a statement, and at most this many such statements run at once. */
const FILING_GROUP_MAX = 32;
const FILING_GROUPS_IN_FLIGHT = 4;

/** Filings giving the same ticket columns can share a statement. */
const filingGroupKey = (ticket: Ticket) =>
  Object.entries(ticket)
    .filter(([, v]) => v !== undefined)
    .map(([k]) => k)
    .sort()
    .join(',');

/** The statement failed and wrote nothing (a constraint, a bad value), as opposed to an unknown outcome (a lost connection). */
const statementFailed = (err: unknown) => databaseFailure(err)?.status !== 503;

/**
 * The only writer of ticket state. Every change is a command decided by the pure machine
 * (transition, filing, the timers' warnings and breaches, auto-upgrade, annotations) and written
 * here in one transaction: the ticket row locked first, then its stages, then the ticket, stage,
 * event, participant, supervision-order and outbox rows. Timers are armed only after commit.
 */
@Injectable()
export class TicketTransitionService implements DeadlineRecountPort, TicketFiringPort {
  private readonly logger = new Logger(TicketTransitionService.name);
  /**
   * Common filings that arrive while earlier ones are being written go together, one statement (and
   * commit) per group; one filing alone under light load (src/common/group-commit.ts).
   */
  private readonly filings = new GroupCommit<FilingRows>((group) => this.transactions.statement((db) => repo.fileAtOnce(db, group)), {
    maxBatch: FILING_GROUP_MAX,
    maxInFlight: FILING_GROUPS_IN_FLIGHT,
    isolate: statementFailed,
  });

  constructor(
    private readonly transactions: TransactionRunner,
    private readonly access: TicketAccessService,
    private readonly deadlines: DeadlinePolicy,
    private readonly timers: StageTimerPort,
    private readonly clock: Clock,
  ) {}

  /** Runs one command for an API caller; out-of-scope tickets are 404, refused transitions 403/409/422. */
  async execute(
    actor: RequestActor,
    ticketId: string,
    command: Command,
    opts: { requestId?: string; expectedVersion?: number } = {},
  ): Promise<Ticket> {
    const outcome = await this.transactions.run(async (tx) => {
      const ticket = await this.access.visible(actor, ticketId, tx, true);
      if (opts.expectedVersion !== undefined && opts.expectedVersion !== ticket.version) {
        throw new ConflictError('VERSION_CONFLICT', `ticket is at version ${ticket.version}, not ${opts.expectedVersion}`);
      }
      const machineActor = await this.access.machineActor(actor, ticket, tx);
      const performer: Performer = { kind: actor.kind, id: actor.id, unitId: actor.unitId, requestId: opts.requestId };
      return this.applyLocked(tx, ticket, command, machineActor, performer);
    });
    await this.armQuietly(outcome.armed);
    return outcome.ticket;
  }

  async armQuietly(stages: ArmableStage[]): Promise<void> {
    if (stages.length === 0) return;
    // Redis being down must not fail a committed change: the reconciler re-arms from Postgres.
    await this.timers
      .armAfterCommit(stages)
      .catch((err: unknown) => this.logger.warn({ err }, 'arming timers failed; reconciler will re-arm'));
  }

  static stateOf(t: Ticket): TicketState {
    return {
      kind: t.kind,
      level: t.level,
      status: t.status,
      reviewUnitId: t.reviewUnitId,
      provinceId: t.provinceId,
      ownerUnitId: t.ownerUnitId,
      dispatcherUnitId: t.dispatcherUnitId,
      leadUnitId: t.leadUnitId,
      handlingRound: t.handlingRound,
      openCohandlingUnitIds: [],
      extensionsUsed: t.extensionsUsed,
      maxExtensions: t.maxExtensions,
      extensionPending: t.extensionPending,
      handlingDueAt: t.handlingDueAt,
      commitmentDueAt: t.commitmentDueAt,
      roundDispatchedAt: t.roundDispatchedAt,
      conclusion: t.conclusion,
      everDispatched: t.everDispatched,
      adoption: t.adoption ? { decision: t.adoption, reason: t.adoptionReason ?? '', effectiveFrom: t.adoptionEffectiveFrom } : null,
      analysisScheduleAt: t.analysisScheduleAt,
    };
  }

  static factsOf(t: Ticket): TicketSlaFacts {
    return { kind: t.kind, level: t.level, customerTier: t.customerTier, businessType: t.businessType, requestedDueAt: t.requestedDueAt };
  }

  /** Applies a command to a ticket already locked in `tx`. Used by the API and by automatic actions (routing). */
  async applyLocked(
    tx: EntityManager,
    ticket: Ticket,
    requested: Command,
    actor: MachineActor,
    performer: Performer,
  ): Promise<TransitionOutcome> {
    const now = this.clock.now();
    const state = TicketTransitionService.stateOf(ticket);
    const open = await repo.lockOpenStages(tx, ticket.id);
    state.openCohandlingUnitIds = open.filter((s) => s.kind === 'cohandling').map((s) => s.ownerUnitId);
    // The promise of the current round: the filing's, or a re-handling round's own commitment stage.
    state.commitmentDueAt = open.find((s) => s.kind === 'commitment')?.dueAt ?? null;

    const order = requested.type === 'supervise' ? await this.supervisorsOrder(tx, ticket, requested, now) : null;
    const command: Command = order && requested.type === 'supervise' ? { ...requested, dueAt: order.dueAt, orderId: order.id } : requested;
    const result = transition(state, command, actor, now);
    if (!result.ok) throw refusalError(result);

    const next = result.next;
    const before = { status: ticket.status, ownerUnitId: ticket.ownerUnitId, level: ticket.level };
    const patch: Partial<Ticket> = {
      level: next.level,
      status: next.status,
      ownerUnitId: next.ownerUnitId,
      dispatcherUnitId: next.dispatcherUnitId,
      leadUnitId: next.leadUnitId,
      handlingRound: next.handlingRound,
      extensionsUsed: next.extensionsUsed,
      extensionPending: next.extensionPending,
      handlingDueAt: next.handlingDueAt,
      roundDispatchedAt: next.roundDispatchedAt,
      everDispatched: next.everDispatched,
      conclusion: next.conclusion,
      ...this.commandFields(command, now),
    };
    const changes = noChanges();
    changes.tickets.push(ticket.id);
    const facts = TicketTransitionService.factsOf({ ...ticket, ...patch });
    const recounts: EventRow[] = [];
    const armed = await this.applyStages(tx, ticket, patch, result.stages, facts, command, now, open, changes, recounts);
    // The stages as they stand after the change: those locked (closed ones marked so), with the opened and moved ones.
    const touched = new Map<string, NoticeStageFacts>(open.map((s) => [s.id, s]));
    for (const stage of armed) touched.set(stage.id, stage);
    if (patch.status === 'replied') await this.closeStages(tx, open, 'completed', now, changes, { kind: 'commitment' });
    // An order about no stage is answered once the ticket is no longer open (closed, withdrawn …).
    if (OPEN_STATUSES.includes(ticket.status) && !OPEN_STATUSES.includes(next.status)) {
      await this.resolveOrders(tx, ticket.id, [], true, now, changes);
    }
    if (command.type === 'approve_extension' || command.type === 'reject_extension') patch.pendingExtensionDueAt = null;

    const updated = await repo.updateTicket(tx, ticket.id, patch, now);

    this.recordParticipants(changes, ticket, updated, command, actor);
    const ordered: ArmableStage[] = [];
    if (order && command.type === 'supervise') {
      const target = open
        .filter((s) => s.ownerUnitId === updated.ownerUnitId && s.status === 'open')
        .sort((a, b) => b.startedAt.getTime() - a.startedAt.getTime())[0];
      const plan: SupervisionOrderPlan = {
        ...order,
        stageId: target?.id ?? null,
        issuerUnitId: actor.unitId,
        targetUnitId: updated.ownerUnitId,
        note: command.note,
        automatic: false,
        escalatedFromId: null,
      };
      changes.supervisionOrders.push({ ...plan, ticketId: ticket.id });
      ordered.push(armableOrder(plan));
    }
    const after = { status: updated.status, ownerUnitId: updated.ownerUnitId, level: updated.level };
    // What closing stages recorded late (warnings, breaches) happened before this transition: it comes first.
    const missed = changes.events.map((e) => e.event);
    const reason = reasonOf(command);
    changes.events.push(...result.events.map((event) => ({ ticketId: ticket.id, event, reason, before, after })), ...recounts);
    // Parties as they are after this change: those recorded before plus those it adds.
    const parties = (await repo.parties(tx, [ticket.id])).get(ticket.id)!;
    for (const p of changes.participants) {
      if (p.role === 'supervisor') parties.supervisorUnitIds.push(p.unitId);
      if (p.role === 'cohandler') parties.cohandlerUnitIds.push(p.unitId);
    }
    this.notify(changes, headOf(updated), parties, [...missed, ...result.events], now, before.ownerUnitId, [...touched.values()]);
    await repo.write(tx, changes, performer, now);
    return { ticket: updated, armed: [...armed, ...ordered] };
  }

  /** Files a ticket: the pure filing's initial state, stages, event and participants, then an automatic dispatch if a rule says so. */
  async file(input: FilingInput): Promise<FiledTicket> {
    if (input.idempotency || input.attachments.length || input.autoDispatch) {
      const outcome = await this.fileInTransaction(input);
      await this.armQuietly(outcome.armed);
      return { ticket: outcome.ticket, openStages: null };
    }
    const outcome = await this.fileAtOnce(input);
    await this.armQuietly(outcome.openStages);
    return outcome;
  }

  /**
   * The common filing (no idempotency key, attachments or automatic dispatch) as one statement, which
   * commits alone: the ticket and stage ids are made here, so nothing is read back.
   */
  private async fileAtOnce(input: FilingInput): Promise<{ ticket: Ticket; openStages: TicketStage[] }> {
    const { now, performer } = input;
    const filed = fileTicket(input.facts, now);
    // Built here, not read back: the ids are made now and the stored row's defaults are copied onto the ticket.
    const ticket = Object.assign(new Ticket(), { ...input.record, ...filed.state, id: randomUUID() });
    const stages = filed.stages.map((s) =>
      Object.assign(new TicketStage(), {
        ...s,
        id: randomUUID(),
        ticketId: ticket.id,
        deadlineGen: 1,
        task: null,
        opinion: null,
        warnedAt: null,
        atRiskAt: null,
      }),
    );
    const changes = noChanges();
    changes.participants.push(...filed.participants.map((p) => ({ ticketId: ticket.id, ...p })));
    changes.events.push(
      ...filed.events.map((event) => ({
        ticketId: ticket.id,
        event,
        after: { status: ticket.status, ownerUnitId: ticket.ownerUnitId, level: ticket.level },
      })),
    );
    this.notify(changes, headOf(ticket), { supervisorUnitIds: [], cohandlerUnitIds: [] }, filed.events, now, null, stages);
    // One statement with the filings that arrived alongside, atomic alone: no BEGIN and COMMIT round trips.
    await this.filings.submit(filingGroupKey(ticket), { ticket, stages, changes, performer, now });
    return { ticket, openStages: stages.filter((s) => s.status === 'open').sort((a, b) => a.dueAt.getTime() - b.dueAt.getTime()) };
  }

  private async fileInTransaction(input: FilingInput): Promise<{ ticket: Ticket; armed: ArmableStage[] }> {
    return this.transactions.run(async (tx) => {
      const { now, performer } = input;
      const filed = fileTicket(input.facts, now);
      const ticket = await repo.insertTicket(tx, { ...input.record, ...filed.state }, input.idempotency);
      await repo.linkRepeats(tx, ticket.id, ticket.linkedTicketIds, now);
      const stages = await repo.insertStages(
        tx,
        ticket.id,
        filed.stages.map((s) => ({ ...s, deadlineGen: 1, task: null, opinion: null, warnedAt: null, atRiskAt: null })),
      );
      await repo.insertAttachments(tx, ticket.id, input.attachments);
      const changes = noChanges();
      changes.participants.push(...filed.participants.map((p) => ({ ticketId: ticket.id, ...p })));
      changes.events.push(
        ...filed.events.map((event) => ({
          ticketId: ticket.id,
          event,
          after: { status: ticket.status, ownerUnitId: ticket.ownerUnitId, level: ticket.level },
        })),
      );
      this.notify(changes, headOf(ticket), { supervisorUnitIds: [], cohandlerUnitIds: [] }, filed.events, now, null, stages);
      await repo.write(tx, changes, performer, now);
      const armed: ArmableStage[] = stages.filter((s) => s.status === 'open');

      const rule = input.autoDispatch;
      if (!rule) return { ticket, armed };
      const locked = await repo.lockTicket(tx, ticket.id);
      const dispatched = await this.applyLocked(
        tx,
        locked,
        {
          type: 'dispatch',
          target: { unitId: rule.target.id, tier: rule.target.tier, inActorScope: rule.target.provinceId === ticket.provinceId },
          note: `routing rule ${rule.ruleId}`,
        },
        { kind: 'system', unitId: ticket.reviewUnitId, tier: 'provincial', role: 'system', relations: [] },
        { kind: 'system', id: `routing-rule:${rule.ruleId}`, unitId: ticket.reviewUnitId, requestId: performer.requestId },
      );
      return { ticket: dispatched.ticket, armed: [...armed, ...dispatched.armed] };
    });
  }

  /**
   * Adds a customer update or an attachment to a visible ticket's history: 404 out of scope, 403 without
   * one of the relations the policy entry `operation` asks for, 409 archived.
   */
  async annotate(
    actor: RequestActor,
    ticketId: string,
    operation: Extract<OperationKey, 'tickets.customerUpdate' | 'tickets.addAttachment'>,
    annotation: Annotation,
    opts: { attachment?: TicketAttachment; requestId?: string } = {},
  ): Promise<Ticket> {
    return this.transactions.run(async (tx) => {
      const ticket = await this.access.visible(actor, ticketId, tx, true);
      await this.access.requireRelation(actor, ticket, operation, tx);
      const decided = annotate(ticket.status, annotation);
      if ('ok' in decided) throw refusalError(decided);
      if (opts.attachment) await repo.insertAttachment(tx, opts.attachment);
      const now = this.clock.now();
      const changes = noChanges();
      changes.ticketMarks.push({ ticketId, escalated: false, severityUpgradedAt: null });
      changes.events.push(...decided.events.map((event) => ({ ticketId, event })));
      const performer: Performer = { kind: actor.kind, id: actor.id, unitId: actor.unitId, requestId: opts.requestId };
      await repo.write(tx, changes, performer, now);
      return repo.ticket(tx, ticketId);
    });
  }

  /**
   * The timer's command for one armed deadline (job `kind`, stage or supervision order, generation):
   * records the warning or breach if it is due, nothing otherwise. Locks the ticket, then the stage or
   * order. Orders an escalation issued are armed after the commit.
   */
  async recordDeadline(kind: DeadlineKind, id: string, gen: number, subject: TimerSubject = 'stage'): Promise<Firing | null> {
    const { firings, armed } = await this.transactions.run(async (tx) => {
      const head = await repo.lockTicketOf(tx, subject, id);
      if (!head) return NO_FIRINGS;
      const [stage] = subject === 'stage' ? await repo.lockStages(tx, [head.id], { stageId: id }) : [];
      const [order] = subject === 'order' ? await repo.lockOrders(tx, [head.id], { orderId: id }) : [];
      const timed = stage ?? order;
      if (!timed) return NO_FIRINGS;
      const command = timerCommand(kind, subject, id, gen);
      return this.fired(kind, await this.apply(tx, [{ head, parties: timed, stage, order, command }], TIMER));
    });
    await this.armQuietly(armed);
    return firings[0] ?? null;
  }

  /**
   * Tickets (ids in order, up to `limit`) with a `kind` instant of a stage or an open supervision order passed unrecorded
   * (by `upTo` when earlier than now), read without locks.
   */
  async dueTickets(kind: DeadlineKind, limit: number, upTo?: Date): Promise<string[]> {
    return this.transactions.read((db) => repo.dueTicketIds(db, kind, this.cutoff(upTo), limit));
  }

  /** Whether a `kind` instant passed by `at` is still unrecorded, and the next unrecorded one after `at`, read without locks. */
  async timerInstants(kind: DeadlineKind, at: Date): Promise<{ due: boolean; next: Date | null }> {
    return this.transactions.read((db) => repo.timerInstants(db, kind, at));
  }

  /** Now, or `upTo` when it is earlier: a timer pass for an instant records what was due by that instant. */
  private cutoff(upTo?: Date): Date {
    const now = this.clock.now();
    return upTo && upTo < now ? upTo : now;
  }

  /**
   * A timer batch: claims up to `limit` tickets (among `among` when given) with a `kind` instant of a
   * stage or an open supervision order passed unrecorded (by `upTo` when given and earlier than now;
   * tickets another writer holds are skipped, or with `wait` waited for), then locks their due
   * stages, then their due orders, and records each.
   */
  async recordDue(
    kind: DeadlineKind,
    limit: number,
    opts: { among?: string[]; wait?: boolean; upTo?: Date } = {},
  ): Promise<{ claimed: number; firings: Firing[] }> {
    const { claimed, firings, armed } = await this.transactions.run(async (tx) => {
      const now = this.cutoff(opts.upTo);
      const heads = await repo.claimTicketsWithDueStages(tx, kind, now, limit, opts);
      if (heads.length === 0) return { claimed: 0, ...NO_FIRINGS };
      const byId = new Map(heads.map((h) => [h.id, h]));
      const ids = heads.map((h) => h.id);
      const stages = await repo.lockStages(tx, ids, { due: kind, now });
      const orders = await repo.lockOrders(tx, ids, { due: kind, now });
      const items: SystemItem[] = [
        ...stages.map((stage) => ({
          head: byId.get(stage.ticketId)!,
          parties: stage,
          stage,
          command: timerCommand(kind, 'stage', stage.id, stage.deadlineGen),
        })),
        ...orders.map((order) => ({
          head: byId.get(order.ticketId)!,
          parties: order,
          order,
          command: timerCommand(kind, 'order', order.id, order.deadlineGen),
        })),
      ];
      return { claimed: heads.length, ...this.fired(kind, await this.apply(tx, items, TIMER)) };
    });
    await this.armQuietly(armed);
    return { claimed, firings };
  }

  /** What a timer pass recorded, for the timers' counters, and the orders its escalations issued, to arm after commit. */
  private fired(kind: DeadlineKind, applied: (SystemItem & { outcome: SystemOutcome })[]): { firings: Firing[]; armed: ArmableStage[] } {
    return {
      firings: applied.map((a) => firingOf(kind, a)),
      armed: applied.flatMap((a) => a.outcome.supervisionOrders.map(armableOrder)),
    };
  }

  /** DOMAIN §3 auto-upgrade for up to `limit` open tickets filed before `filedBefore`; returns how many were upgraded. */
  async upgradeAged(filedBefore: Date, afterHours: number, limit: number): Promise<number> {
    return this.transactions.run(async (tx) => {
      const heads = await repo.claimAgedTickets(tx, filedBefore, OPEN_STATUSES, AGING_KINDS, limit);
      if (heads.length === 0) return 0;
      const parties = await repo.parties(
        tx,
        heads.map((h) => h.id),
      );
      const command: SystemCommand = { type: 'auto_upgrade', afterHours, filedBefore };
      const applied = await this.apply(
        tx,
        heads.map(({ openStages, ...head }) => ({ head, parties: parties.get(head.id)!, command, stages: openStages })),
        AGING,
      );
      return applied.length;
    });
  }

  /**
   * Personal data past its retention: anonymises up to `limit` archived tickets archived at or before
   * `archivedBefore` (longest ago first; tickets another writer holds are left to the next pass), each
   * with its `ticket.anonymised` event. Returns how many were anonymised.
   */
  async anonymiseArchived(archivedBefore: Date, limit: number): Promise<number> {
    return this.transactions.run(async (tx) => {
      const ids = await repo.claimAnonymisable(tx, archivedBefore, limit);
      await this.anonymiseLocked(tx, ids, 'retention', RETENTION);
      return ids.length;
    });
  }

  /**
   * Erasure on a customer's request: anonymises the tickets `ticketIds` (the customer's, as the caller
   * found them in its scope), locked in id order, unless one of them is still open (409, nothing
   * erased). Tickets already anonymised are left as they are. Returns the ids it anonymised.
   */
  async erase(ticketIds: string[], performer: Performer): Promise<string[]> {
    return this.transactions.run(async (tx) => {
      const tickets = await repo.lockForErasure(tx, ticketIds);
      const open = openTicketsOf(tickets);
      if (open.length > 0) {
        throw new ConflictError(
          'CUSTOMER_TICKETS_OPEN',
          `the customer has ${open.length} open ticket(s): erase once they are closed or withdrawn`,
          {
            openTicketIds: open.map((t) => t.id),
          },
        );
      }
      const ids = tickets.filter((t) => t.anonymisedAt === null).map((t) => t.id);
      await this.anonymiseLocked(tx, ids, 'erasure', performer);
      return ids;
    });
  }

  private async anonymiseLocked(tx: EntityManager, ids: string[], reason: AnonymisationReason, performer: Performer): Promise<void> {
    if (ids.length === 0) return;
    const now = this.clock.now();
    await repo.anonymise(tx, ids, now);
    const changes = noChanges();
    for (const ticketId of ids) {
      changes.ticketMarks.push({ ticketId, escalated: false, severityUpgradedAt: null });
      changes.events.push({ ticketId, event: { type: ANONYMISED_EVENT, data: { reason } } });
    }
    await repo.write(tx, changes, performer, now);
  }

  /**
   * Recounts one ticket's open deadlines that were counted provisionally across `year`,
   * now that its official schedule is in. Ticket row locked first, then those stages; each moved
   * deadline gets a new generation and an event with the reason, and is armed after the commit.
   * Returns how many deadlines moved.
   */
  async recountProvisional(ticketId: string, year: number, importedAt: Date): Promise<number> {
    const armed = await this.transactions.run(async (tx) => {
      const now = this.clock.now();
      const ticket = await repo.lockTicketDeadlines(tx, ticketId);
      if (!ticket) return [];
      const rows = await repo.lockProvisionalStages(tx, ticketId, provisionalMarkOf(year));
      const stages = [];
      for (const row of rows) {
        // A handling deadline kept across a transfer or a rework counts from the round's first handling stage.
        // An escalated complaint's handling counts from the national dispatch of its round.
        const origin =
          row.kind === 'handling' ? (ticket.roundDispatchedAt ?? (await repo.handlingRoundStart(tx, ticketId, row.round))) : row.startedAt;
        const recounted = await this.deadlines.recountProvisional(row.ownerUnitId, origin, row, year, importedAt, tx);
        stages.push({ ...row, recounted });
      }
      const settlement = settleProvisionalDeadlines(ticket, stages, year, importedAt, now);
      await repo.writeDeadlines(tx, ticketId, settlement, now);
      if (settlement.events.length) {
        const changes = noChanges();
        changes.events.push(...settlement.events.map((e) => ({ ticketId, ...e, reason: CALENDAR_IMPORTED })));
        await repo.write(tx, changes, CALENDAR_IMPORT, now);
      }
      return settlement.moved.map((m): ArmableStage => ({ id: m.stageId, warnAt: m.warnAt, dueAt: m.dueAt, deadlineGen: m.deadlineGen }));
    });
    await this.armQuietly(armed);
    return armed.length;
  }

  /**
   * Applies system commands to tickets (and stages) the caller has locked, ticket rows first: each
   * decided by the pure machine, all written as one statement. Returns the items that changed something, with their outcomes.
   */
  private async apply(tx: EntityManager, items: SystemItem[], performer: Performer): Promise<(SystemItem & { outcome: SystemOutcome })[]> {
    const now = this.clock.now();
    const changes = noChanges();
    const applied: (SystemItem & { outcome: SystemOutcome })[] = [];
    // Breaches of one batch share `now`: an order to the same unit under the same policy facts is due at the same instant.
    const deadlines = new Map<string, Promise<OrderDeadline>>();
    for (const item of items) {
      const { head, parties, stage, order, command } = item;
      const facts: SystemFacts = { ticket: head, stage, order };
      const orderDue = async (targetUnitId: string): Promise<OrderDeadline> => {
        // Only these facts choose the policy (orderDeadline reads nothing else).
        const key = [head.kind, head.level, head.customerTier, head.businessType, targetUnitId].join('|');
        let due = deadlines.get(key);
        if (!due) deadlines.set(key, (due = this.orderDeadline(tx, head, targetUnitId, now, null)));
        return { ...(await due), id: randomUUID() };
      };
      // The order an escalation would issue, due by the ticket's policy on the answering unit's calendar.
      if (stage && command.type === 'record_breach') {
        const next = await orderDue(stage.ownerUnitId);
        facts.breach = { ownerChain: orderChain(stage.ownerPath, stage.chainUnits), order: next };
      }
      if (order && command.type === 'record_order_breach') {
        const next = await orderDue(order.targetUnitId);
        facts.orderBreach = { targetChain: orderChain(order.targetPath, order.chainUnits), order: next };
      }
      const outcome = decideSystem(command, facts, now);
      if (outcome.events.length === 0) continue;
      applied.push({ ...item, outcome });
      this.collect(
        changes,
        head,
        parties,
        outcome,
        now,
        { stage: stage?.deadlineGen, order: order?.deadlineGen },
        item.stages ?? (stage ? [stage] : []),
      );
      const open = (stage ?? order)?.status === 'open';
      if ((command.type === 'record_breach' || command.type === 'record_order_breach') && open && outcome.supervisionOrders.length === 0) {
        this.logger.warn({ ticketId: head.id, stageId: stage?.id, supervisionOrderId: order?.id }, 'national-tier deadline breached');
      }
    }
    if (applied.length === 0) return applied;
    const { marked } = await repo.write(tx, changes, performer, now);
    // Ticket and stage are both locked, so the guard can only disagree if a lock was not taken: never commit that.
    const asked = changes.stageMarks.length + changes.orderMarks.length;
    if (marked !== asked) throw new Error(`deadline guard: ${marked} of ${asked} marks applied`);
    return applied;
  }

  /** Adds a system outcome for one ticket to the pass's changes, with its notifications; marks carry the stage's or order's generation. */
  private collect(
    changes: Changes,
    head: TicketHead,
    parties: Parties,
    outcome: SystemOutcome,
    now: Date,
    gen: { stage?: number; order?: number },
    stages: readonly NoticeStageFacts[],
  ): void {
    changes.stageMarks.push(...outcome.stageMarks.map((m) => ({ ...m, gen: gen.stage ?? 0 })));
    changes.orderMarks.push(...outcome.orderMarks.map((m) => ({ ...m, gen: gen.order ?? 0 })));
    if (outcome.ticketMarks.escalated || outcome.ticketMarks.severityUpgradedAt || outcome.events.length) {
      changes.ticketMarks.push({
        ticketId: head.id,
        escalated: outcome.ticketMarks.escalated ?? false,
        severityUpgradedAt: outcome.ticketMarks.severityUpgradedAt ?? null,
      });
    }
    changes.supervisionOrders.push(...outcome.supervisionOrders.map((o) => ({ ...o, ticketId: head.id })));
    changes.participants.push(...outcome.supervisorUnitIds.map((unitId) => ({ ticketId: head.id, unitId, role: 'supervisor' as const })));
    changes.events.push(...outcome.events.map((event) => ({ ticketId: head.id, event })));
    const withNew: Parties = {
      supervisorUnitIds: [...parties.supervisorUnitIds, ...outcome.supervisorUnitIds],
      cohandlerUnitIds: parties.cohandlerUnitIds,
    };
    this.notify(changes, head, withNew, outcome.events, now, null, stages);
  }

  /**
   * Outbox rows for the notified events, addressed by the one recipients rule, with the bodies built
   * from the ticket and stages in hand (no read): the units' body, and the channel's for a milestone.
   */
  private notify(
    changes: Changes,
    head: TicketHead,
    parties: Parties,
    events: DomainEvent[],
    now: Date,
    previousOwnerUnitId: string | null,
    stages: readonly NoticeStageFacts[],
  ): void {
    const ctx: RecipientContext = {
      ownerUnitId: head.ownerUnitId,
      previousOwnerUnitId: previousOwnerUnitId !== head.ownerUnitId ? previousOwnerUnitId : null,
      dispatcherUnitId: head.dispatcherUnitId,
      reviewUnitId: head.reviewUnitId,
      cohandlerUnitIds: parties.cohandlerUnitIds,
      supervisorUnitIds: parties.supervisorUnitIds,
      channelSystemId: head.channelSystemId,
      provinceUnitId: head.provinceId,
      dispatched: head.everDispatched,
    };
    for (const event of events) {
      if (!isNotified(event.type)) continue;
      const notified = { ...event, type: event.type };
      const recipients = recipientsOf(notified, ctx);
      const facts = { eventId: randomUUID(), occurredAt: now, ticket: head, stages };
      const channelPayload = recipients.channelSystemIds.length ? channelNoticeOf(notified, facts) : null;
      changes.outbox.push({
        ticketId: head.id,
        type: event.type,
        // A channel system hears only what has a channel body: the recipients rule and the notice rules must agree.
        recipients: channelPayload ? recipients : { ...recipients, channelSystemIds: [] },
        payload: noticeOf(notified, facts),
        channelPayload,
      });
    }
  }

  private commandFields(command: Command, now: Date): Partial<Ticket> {
    switch (command.type) {
      case 'resolve_at_centre':
        return { resolution: command.note };
      case 'submit_feedback':
        return { resolution: command.result };
      case 'report_analysis_schedule':
        return { analysisScheduleAt: command.dueAt };
      case 'submit_analysis':
        return {
          resolution: command.analysis,
          analysedAt: now,
          adoption: command.decision,
          adoptionReason: command.reason,
          adoptionEffectiveFrom: command.effectiveFrom ?? null,
        };
      case 'request_extension':
        return { pendingExtensionDueAt: command.requestedDueAt };
      case 'reply':
        return { replyText: command.text, repliedAt: now };
      case 'close':
        return {
          attitude: command.attitude,
          companyPosition: command.companyPosition ?? null,
          conclusion: command.conclusion ?? null,
          responsibilityType: command.responsibilityType ?? null,
          responsibleUnitId: command.responsibleUnitId ?? null,
          closedAt: now,
        };
      case 'revisit':
        return { revisitResult: command.result, revisitCause: command.cause ?? null };
      case 'withdraw':
        return { withdrawnAt: now };
      case 'archive':
        return { archivedAt: now };
      // Everything these change comes from the machine's next state, stages and events: nothing more to copy from the command.
      case 'regrade':
      case 'dispatch':
      case 'sign':
      case 'return':
      case 'transfer':
      case 'add_cohandling':
      case 'cancel_cohandling':
      case 'cohandling_opinion':
      case 'approve_extension':
      case 'reject_extension':
      case 'escalate_for_help':
      case 'accept_feedback':
      case 'reject_feedback':
      case 'progress_reply':
      case 'urge':
      case 'supervise':
        return {};
    }
  }

  private async applyStages(
    tx: EntityManager,
    ticket: Ticket,
    patch: Partial<Ticket>,
    effects: StageEffect[],
    facts: TicketSlaFacts,
    command: Command,
    now: Date,
    open: OpenStage[],
    changes: Changes,
    recounts: EventRow[],
  ): Promise<TicketStage[]> {
    const armed: TicketStage[] = [];
    for (const effect of effects) {
      switch (effect.op) {
        case 'complete':
          await this.closeStages(tx, open, 'completed', now, changes, {
            kind: effect.kind,
            unitId: effect.unitId,
            opinion: command.type === 'cohandling_opinion' ? command.opinion : undefined,
          });
          break;
        case 'cancel':
          await this.closeStages(tx, open, 'cancelled', now, changes, { kind: effect.kind, unitId: effect.unitId });
          break;
        case 'open': {
          const stage = await this.openStage(tx, ticket, patch, effect, facts, command, now);
          armed.push(stage);
          break;
        }
        case 'recount': {
          const moved = await this.recount(tx, ticket, patch, effect, facts, open, now, recounts);
          if (moved) armed.push(moved);
          break;
        }
        case 'move_due': {
          const moved = await this.moveDue(tx, open, effect.kind, effect.dueAt, facts, now, command.type === 'report_analysis_schedule');
          if (moved) armed.push(moved);
          break;
        }
        case 'flag_at_risk':
          // Its own column, not the warning's: the warning still fires at the stage's warning instant (the first flag stays).
          for (const stage of open.filter((s) => s.kind === effect.kind)) {
            changes.stageMarks.push({ stageId: stage.id, gen: stage.deadlineGen, atRiskAt: now });
          }
          break;
      }
    }
    return armed;
  }

  /**
   * Closes the matching open stages. A stage closed after its warning instant or deadline gets
   * what the timer has not recorded yet, recorded now (DOMAIN §6, exactly once), so a late completion and a
   * lagging timer can never both record, nor both miss, a breach.
   */
  private async closeStages(
    tx: EntityManager,
    open: OpenStage[],
    status: 'completed' | 'cancelled',
    now: Date,
    changes: Changes,
    which: { kind?: StageKind; unitId?: string; opinion?: string },
  ): Promise<void> {
    const closing = open.filter(
      (s) => s.status === 'open' && (!which.kind || s.kind === which.kind) && (!which.unitId || s.ownerUnitId === which.unitId),
    );
    for (const stage of closing) {
      const missed = missedOnClose(stage, now);
      changes.stageMarks.push(...missed.stageMarks.map((m) => ({ ...m, gen: stage.deadlineGen })));
      changes.events.push(...missed.events.map((event) => ({ ticketId: stage.ticketId, event })));
      stage.status = status;
    }
    await repo.closeStages(
      tx,
      closing.map((s) => s.id),
      status,
      now,
      which.opinion,
    );
    const ordered = closing.filter((s) => s.openOrders);
    if (ordered.length) {
      await this.resolveOrders(
        tx,
        ordered[0].ticketId,
        ordered.map((s) => s.id),
        false,
        now,
        changes,
      );
    }
  }

  /**
   * Answers the open supervision orders about closing stages (or, `stageless`, about no stage),
   * locked after the stages; an order resolved past its warning instant or deadline gets what its
   * timer has not recorded yet, recorded now, as a closing stage does (DOMAIN §6, exactly once).
   */
  private async resolveOrders(
    tx: EntityManager,
    ticketId: string,
    stageIds: string[],
    stageless: boolean,
    now: Date,
    changes: Changes,
  ): Promise<void> {
    const orders = await repo.lockOrders(tx, [ticketId], { stageIds, stageless });
    if (orders.length === 0) return;
    const missed = ordersMissedOnResolve(orders, now);
    const gens = new Map(orders.map((o) => [o.id, o.deadlineGen]));
    changes.orderMarks.push(...missed.orderMarks.map((m) => ({ ...m, gen: gens.get(m.orderId)! })));
    changes.events.push(...missed.events.map((event) => ({ ticketId, event })));
    await repo.resolveOrders(
      tx,
      orders.map((o) => o.id),
      now,
    );
  }

  /** The deadline of an order to `targetUnitId` issued now: the ticket's policy, or the supervisor's instant. */
  private async orderDeadline(
    tx: EntityManager,
    head: Pick<TicketHead, 'kind' | 'level' | 'customerTier' | 'businessType'>,
    targetUnitId: string,
    now: Date,
    dueAt: Date | null,
  ): Promise<OrderDeadline> {
    const facts: TicketSlaFacts = { kind: head.kind, level: head.level, customerTier: head.customerTier, businessType: head.businessType };
    const computed = await this.deadlines.supervisionDeadline(facts, targetUnitId, now, dueAt, tx);
    return { id: randomUUID(), ...computed };
  }

  /**
   * A supervisor's order: the instant they set, or, when they set none, the policy's supervision
   * limit. An instant not in the future is left for the machine to refuse.
   */
  private async supervisorsOrder(
    tx: EntityManager,
    ticket: Ticket,
    command: Extract<Command, { type: 'supervise' }>,
    now: Date,
  ): Promise<OrderDeadline | null> {
    if (command.dueAt && command.dueAt.getTime() <= now.getTime()) return null;
    return this.orderDeadline(tx, ticket, ticket.ownerUnitId, now, command.dueAt);
  }

  private async openStage(
    tx: EntityManager,
    ticket: Ticket,
    patch: Partial<Ticket>,
    effect: Extract<StageEffect, { op: 'open' }>,
    facts: TicketSlaFacts,
    command: Command,
    now: Date,
  ): Promise<TicketStage> {
    const round = patch.handlingRound ?? ticket.handlingRound;
    let warnAt: Date;
    let dueAt: Date;
    let basis: string;
    let carried: Pick<TicketStage, 'warnedAt' | 'breachedAt'> = { warnedAt: null, breachedAt: null };
    if (effect.due === 'keep_round' && (patch.handlingDueAt ?? ticket.handlingDueAt)) {
      dueAt = (patch.handlingDueAt ?? ticket.handlingDueAt)!;
      const previous = await repo.latestHandlingStage(tx, ticket.id, round);
      // Same deadline as the round's earlier handling stage: keep its warning point and what already fired.
      if (previous && previous.dueAt.getTime() === dueAt.getTime()) {
        warnAt = previous.warnAt;
        carried = { warnedAt: previous.warnedAt, breachedAt: previous.breachedAt };
        basis = `${previous.basis} (kept across transfer/rework: the customer's clock keeps running)`;
      } else {
        warnAt = await this.deadlines.warnAtFor(facts, effect.ownerUnitId, now, dueAt, tx);
        basis = `round ${round} handling deadline kept`;
      }
    } else if (effect.due instanceof Date) {
      dueAt = effect.due;
      warnAt = await this.deadlines.warnAtFor(facts, effect.ownerUnitId, now, dueAt, tx);
      basis = command.type === 'add_cohandling' ? 'co-handling task deadline set by the lead unit' : 'explicit deadline';
    } else {
      // A re-handling round's commitment is the policy's: the customer's request was about the first answer.
      const stageFacts = effect.kind === 'commitment' ? { ...facts, requestedDueAt: null } : facts;
      const start = effect.countFrom?.at ?? now;
      const computed = await this.deadlines.stageDeadline(stageFacts, effect.kind, effect.ownerUnitId, start, tx);
      ({ warnAt, dueAt } = computed);
      basis = effect.countFrom ? `${computed.basis} (${countedFrom(effect.countFrom)})` : computed.basis;
      if (effect.kind === 'handling') patch.handlingDueAt = dueAt;
    }
    const stage = await repo.insertStage(tx, {
      ticketId: ticket.id,
      kind: effect.kind,
      ownerUnitId: effect.ownerUnitId,
      round,
      status: 'open',
      startedAt: now,
      warnAt,
      dueAt,
      deadlineGen: 1,
      basis,
      task: command.type === 'add_cohandling' ? command.task : null,
      atRiskAt: null,
      ...carried,
    });
    return stage;
  }

  /**
   * Counts an open stage's policy deadline again under the ticket's facts after this change, from the
   * stage's start or the effect's origin; the pure recount decides whether and how it moves. The filing's
   * commitment carries the customer's requested date and moves the ticket's commitment with it.
   */
  private async recount(
    tx: EntityManager,
    ticket: Ticket,
    patch: Partial<Ticket>,
    effect: Extract<StageEffect, { op: 'recount' }>,
    facts: TicketSlaFacts,
    open: OpenStage[],
    now: Date,
    recounts: EventRow[],
  ): Promise<TicketStage | null> {
    const stage = open.find((s) => s.kind === effect.kind && s.status === 'open');
    if (!stage) return null;
    const filingCommitment = stage.kind === 'commitment' && stage.round === 0;
    const stageFacts = filingCommitment ? facts : { ...facts, requestedDueAt: null };
    const startedAt = effect.countFrom?.at ?? stage.startedAt;
    const computed = await this.deadlines.stageDeadline(stageFacts, stage.kind, stage.ownerUnitId, startedAt, tx);
    const note = effect.countFrom
      ? countedFrom(effect.countFrom)
      : `recounted ${now.toISOString()}: ${effect.reason === 'regraded' ? `regraded to ${facts.level}` : effect.reason}`;
    const decided = recountDeadline(stage, { ...computed, startedAt }, effect.reason, note, now);
    if (!decided) return null;
    await repo.moveDeadlines(tx, [decided.moved]);
    if (filingCommitment) patch.commitmentDueAt = decided.moved.dueAt;
    recounts.push({ ticketId: ticket.id, reason: effect.reason, ...decided.event });
    return repo.stage(tx, stage.id);
  }

  private async moveDue(
    tx: EntityManager,
    open: OpenStage[],
    kind: StageKind,
    dueAt: Date,
    facts: TicketSlaFacts,
    now: Date,
    reportedSchedule: boolean,
  ): Promise<TicketStage | null> {
    const locked = open.find((s) => s.kind === kind && s.status === 'open');
    if (!locked) return null;
    const stage = await repo.stage(tx, locked.id);
    const warnAt = await this.deadlines.warnAtFor(facts, stage.ownerUnitId, stage.startedAt, dueAt, tx);
    stage.dueAt = dueAt;
    stage.warnAt = warnAt;
    // A new generation makes jobs armed for the old deadline harmless; the new deadline may warn and breach again.
    stage.deadlineGen += 1;
    stage.warnedAt = null;
    stage.breachedAt = null;
    stage.basis = reportedSchedule
      ? `${stage.basis}; analysis schedule reported ${now.toISOString()}: due ${dueAt.toISOString()}`
      : `${stage.basis}; extended to ${dueAt.toISOString()} (approved ${now.toISOString()})`;
    return repo.saveStage(tx, stage);
  }

  private recordParticipants(changes: Changes, before: Ticket, after: Ticket, command: Command, actor: MachineActor): void {
    const rows: { unitId: string; role: ParticipantRole }[] = [{ unitId: after.ownerUnitId, role: 'owner' }];
    if (command.type === 'add_cohandling') rows.push({ unitId: command.target.unitId, role: 'cohandler' });
    if (command.type === 'escalate_for_help') rows.push({ unitId: command.parentUnitId, role: 'supervisor' });
    if ((command.type === 'supervise' || command.type === 'urge') && actor.unitId) rows.push({ unitId: actor.unitId, role: 'supervisor' });
    // The owner's row exists already unless ownership moved; write only when something is new.
    if (before.ownerUnitId !== after.ownerUnitId || rows.length > 1) {
      changes.participants.push(...rows.map((r) => ({ ticketId: after.id, ...r })));
    }
  }
}

interface SystemItem {
  head: TicketHead;
  parties: Parties;
  stage?: LockedStage;
  order?: LockedOrder;
  /** The ticket's stages a notification may name, when more than the locked stage (an upgrade names the owner's). */
  stages?: NoticeStageFacts[];
  command: SystemCommand;
}

const NO_FIRINGS: { firings: Firing[]; armed: ArmableStage[] } = { firings: [], armed: [] };

function timerCommand(kind: DeadlineKind, subject: TimerSubject, id: string, gen: number): SystemCommand {
  return subject === 'stage'
    ? { type: TIMER_COMMAND.stage[kind], stageId: id, gen }
    : { type: TIMER_COMMAND.order[kind], orderId: id, gen };
}

function firingOf(kind: DeadlineKind, applied: { stage?: StageFacts; order?: LockedOrder; outcome: SystemOutcome }): Firing {
  const timed = (applied.stage ?? applied.order)!;
  const escalation = applied.outcome.events.find((e) => e.type === 'ticket.escalated');
  return {
    kind,
    subject: applied.stage ? 'stage' : 'order',
    instant: kind === 'warn' ? timed.warnAt : timed.dueAt,
    escalatedToTier: escalation ? (escalation.data.toTier as OrgTier) : null,
    supervisionOrders: applied.outcome.supervisionOrders.length,
  };
}

/** A supervision order's deadline as the timers arm it. */
function armableOrder(order: Pick<SupervisionOrderPlan, 'id' | 'warnAt' | 'dueAt'>): ArmableStage {
  return { subject: 'order', id: order.id, warnAt: order.warnAt, dueAt: order.dueAt, deadlineGen: 1 };
}

function headOf(t: Ticket): TicketHead {
  return {
    id: t.id,
    number: t.number,
    kind: t.kind,
    subject: t.subject,
    businessType: t.businessType,
    level: t.level,
    customerTier: t.customerTier,
    commitmentDueAt: t.commitmentDueAt,
    externalRef: t.externalRef,
    status: t.status,
    ownerUnitId: t.ownerUnitId,
    dispatcherUnitId: t.dispatcherUnitId,
    reviewUnitId: t.reviewUnitId,
    provinceId: t.provinceId,
    // A ticket being filed has no stored row yet: it was never dispatched.
    everDispatched: t.everDispatched ?? false,
    channelSystemId: t.channelSystemId,
    filedAt: t.filedAt,
    severityUpgradedAt: t.severityUpgradedAt,
  };
}

/** A deadline's basis when its time counts from an instant other than its stage's start. */
function countedFrom(origin: CountOrigin): string {
  return `counted from the ${origin.what} at ${origin.at.toISOString()}`;
}

function reasonOf(command: Command): string | null {
  if ('reason' in command && typeof command.reason === 'string') return command.reason;
  if ('note' in command && typeof command.note === 'string') return command.note;
  if ('text' in command && typeof command.text === 'string') return command.text;
  return null;
}
