import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, In } from 'typeorm';
import { RequestActor } from '../auth/actor';
import { Clock } from '../common/clock';
import { runInTransaction } from '../common/transaction';
import { ConflictError, DomainError } from '../common/domain-error';
import { DeadlinePolicy, TicketSlaFacts } from '../sla/deadline-policy';
import { WEBHOOK_EVENT_TYPES } from '../notifications/domain/webhook-events';
import { ArmableStage, StageTimerPort } from '../sla/stage-timer.port';
import { Actor as MachineActor, Command, DomainEvent, StageEffect, TicketState, transition } from './domain/ticket-state-machine';
import { StageKind } from './domain/ticket.types';
import { TicketAccessService } from './ticket-access.service';
import { Ticket } from './ticket.entity';
import { TicketStage } from './ticket-stage.entity';
import { ParticipantRole, SupervisionOrder, TicketParticipant } from './ticket-support.entity';

/** Who performed a change, as recorded in the event log. */
export interface Performer {
  kind: 'staff' | 'channel' | 'admin' | 'system';
  id: string;
  unitId: string | null;
  requestId?: string | null;
}

export interface TransitionOutcome {
  ticket: Ticket;
  armed: ArmableStage[];
}

/** Refusal codes that are about who acts (403) or what was sent (422); all others are state conflicts (409). */
const FORBIDDEN_CODES = new Set(['FORBIDDEN_ROLE', 'NOT_OWNER', 'NOT_DISPATCHER', 'NOT_REVIEWER', 'NOT_SUPERVISOR', 'NOT_COHANDLER']);
const UNPROCESSABLE_CODES = new Set([
  'RETURN_TEXT_REQUIRED',
  'REASON_REQUIRED',
  'CAUSE_REQUIRED',
  'CONCLUSION_REQUIRED',
  'RESPONSIBILITY_REQUIRED',
  'COMPANY_POSITION_REQUIRED',
  'INVALID_TARGET',
  'TARGET_OUT_OF_SCOPE',
  'INVALID_EXTENSION',
  'INVALID_DUE',
  'COHANDLING_DUE_AFTER_LEAD',
  'LEVEL_UNCHANGED',
]);

export function refusalStatus(code: string): number {
  if (FORBIDDEN_CODES.has(code)) return 403;
  if (UNPROCESSABLE_CODES.has(code)) return 422;
  return 409;
}

/** Events that are also webhook notifications (DOMAIN §7). */
const NOTIFIED: ReadonlySet<string> = new Set(WEBHOOK_EVENT_TYPES);

/**
 * The only writer of ticket state. One transaction: lock the ticket row, run the pure state
 * machine, then write ticket, stage rows (with deadlines), event rows, participants and outbox rows.
 * Timers are armed only after commit, from what was committed.
 */
@Injectable()
export class TicketTransitionService {
  private readonly logger = new Logger(TicketTransitionService.name);

  constructor(
    @InjectDataSource() private readonly db: DataSource,
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
    const outcome = await runInTransaction(this.db, async (tx) => {
      const ticket = await this.access.visible(actor, ticketId, tx, true);
      if (opts.expectedVersion !== undefined && opts.expectedVersion !== ticket.version) {
        throw new ConflictError('VERSION_CONFLICT', `ticket is at version ${ticket.version}, not ${opts.expectedVersion}`);
      }
      const machineActor = await this.machineActor(tx, actor, ticket);
      const performer: Performer = { kind: actor.kind, id: actor.id, unitId: actor.unitId, requestId: opts.requestId };
      return this.applyLocked(tx, ticket, command, machineActor, performer);
    });
    await this.armQuietly(outcome.armed);
    return outcome.ticket;
  }

  async armQuietly(stages: ArmableStage[]): Promise<void> {
    if (stages.length === 0) return;
    // Redis being down must not fail a committed change: the reconciler re-arms from Postgres.
    await this.timers.armAfterCommit(stages).catch((err) => this.logger.warn({ err }, 'arming timers failed; reconciler will re-arm'));
  }

  /** The caller as the state machine sees it: its role, and its relations to the locked ticket, computed once per command. */
  private async machineActor(tx: EntityManager, actor: RequestActor, ticket: Ticket): Promise<MachineActor> {
    return {
      kind: actor.kind === 'channel' ? 'channel' : 'staff',
      unitId: actor.unitId ?? '',
      tier: actor.tier,
      role: actor.kind === 'admin' ? 'admin' : actor.role,
      relations: await this.access.relations(actor, ticket, tx),
    };
  }

  static stateOf(t: Ticket): TicketState {
    return {
      kind: t.kind,
      level: t.level,
      status: t.status,
      reviewUnitId: t.reviewUnitId,
      ownerUnitId: t.ownerUnitId,
      dispatcherUnitId: t.dispatcherUnitId,
      leadUnitId: t.leadUnitId,
      handlingRound: t.handlingRound,
      openCohandlingUnitIds: [],
      extensionsUsed: t.extensionsUsed,
      maxExtensions: t.maxExtensions,
      extensionPending: t.extensionPending,
      handlingDueAt: t.handlingDueAt,
      everDispatched: t.everDispatched,
    };
  }

  static factsOf(t: Ticket): TicketSlaFacts {
    return { kind: t.kind, level: t.level, customerTier: t.customerTier, businessType: t.businessType, requestedDueAt: t.requestedDueAt };
  }

  /** Applies a command to a ticket already locked in `tx`. Used by the API and by automatic actions (timers, routing). */
  async applyLocked(
    tx: EntityManager,
    ticket: Ticket,
    command: Command,
    actor: MachineActor,
    performer: Performer,
  ): Promise<TransitionOutcome> {
    const now = this.clock.now();
    const state = TicketTransitionService.stateOf(ticket);
    const openCohandling = await tx.find(TicketStage, { where: { ticketId: ticket.id, kind: 'cohandling', status: 'open' } });
    state.openCohandlingUnitIds = openCohandling.map((s) => s.ownerUnitId);

    const result = transition(state, command, actor, now);
    if (!result.ok) throw new DomainError(refusalStatus(result.code), result.code, result.message);

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
      everDispatched: next.everDispatched,
      ...this.commandFields(command, now),
    };
    const facts = TicketTransitionService.factsOf({ ...ticket, ...patch } as Ticket);
    const armed = await this.applyStages(tx, ticket, patch, result.stages, facts, command, now);
    if (patch.status === 'replied') await this.completeStage(tx, ticket.id, 'commitment', now);
    if (command.type === 'approve_extension' || command.type === 'reject_extension') patch.pendingExtensionDueAt = null;

    await tx
      .createQueryBuilder()
      .update(Ticket)
      .set({ ...patch, version: () => 'version + 1', updatedAt: now })
      .where('id = :id', { id: ticket.id })
      .execute();
    const updated = await tx.findOneByOrFail(Ticket, { id: ticket.id });

    await this.recordParticipants(tx, ticket, updated, command, actor);
    if (command.type === 'supervise') await this.issueSupervision(tx, updated, actor.unitId, command.note, command.dueAt, false);
    const after = { status: updated.status, ownerUnitId: updated.ownerUnitId, level: updated.level };
    await this.recordEvents(tx, updated, result.events, performer, now, { before, after, reason: reasonOf(command) });
    return { ticket: updated, armed };
  }

  private commandFields(command: Command, now: Date): Partial<Ticket> {
    switch (command.type) {
      case 'resolve_at_centre':
        return { resolution: command.note };
      case 'submit_feedback':
        return { resolution: command.result };
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
      default:
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
  ): Promise<ArmableStage[]> {
    const armed: ArmableStage[] = [];
    for (const effect of effects) {
      switch (effect.op) {
        case 'complete':
          await this.completeStage(
            tx,
            ticket.id,
            effect.kind,
            now,
            effect.unitId,
            command.type === 'cohandling_opinion' ? command.opinion : undefined,
          );
          break;
        case 'cancel':
          await this.closeStages(tx, ticket.id, 'cancelled', now, effect.kind, effect.unitId);
          break;
        case 'open': {
          const stage = await this.openStage(tx, ticket, patch, effect, facts, command, now);
          armed.push(stage);
          break;
        }
        case 'move_due': {
          const moved = await this.moveDue(tx, ticket, effect.kind, effect.dueAt, facts, now);
          if (moved) armed.push(moved);
          break;
        }
      }
    }
    return armed;
  }

  async completeStage(tx: EntityManager, ticketId: string, kind: StageKind, now: Date, unitId?: string, opinion?: string): Promise<void> {
    await this.closeStages(tx, ticketId, 'completed', now, kind, unitId, opinion);
  }

  private async closeStages(
    tx: EntityManager,
    ticketId: string,
    status: 'completed' | 'cancelled',
    now: Date,
    kind?: StageKind,
    unitId?: string,
    opinion?: string,
  ): Promise<void> {
    const qb = tx
      .createQueryBuilder()
      .update(TicketStage)
      .set({ status, completedAt: now, ...(opinion ? { opinion } : {}) })
      .where('ticket_id = :ticketId AND status = :open', { ticketId, open: 'open' })
      .returning(['id']);
    if (kind) qb.andWhere('kind = :kind', { kind });
    if (unitId) qb.andWhere('owner_unit_id = :unitId', { unitId });
    const res = await qb.execute();
    const ids = (res.raw as { id: string }[]).map((r) => r.id);
    // A supervision order about a stage is settled when the stage ends.
    if (ids.length) await tx.update(SupervisionOrder, { stageId: In(ids), status: 'open' }, { status: 'resolved', resolvedAt: now });
  }

  private async openStage(
    tx: EntityManager,
    ticket: Ticket,
    patch: Partial<Ticket>,
    effect: Extract<StageEffect, { op: 'open' }>,
    facts: TicketSlaFacts,
    command: Command,
    now: Date,
  ): Promise<ArmableStage> {
    const round = patch.handlingRound ?? ticket.handlingRound;
    let warnAt: Date;
    let dueAt: Date;
    let basis: string;
    let carried: Pick<TicketStage, 'warnedAt' | 'breachedAt'> = { warnedAt: null, breachedAt: null };
    if (effect.due === 'keep_round' && (patch.handlingDueAt ?? ticket.handlingDueAt)) {
      dueAt = (patch.handlingDueAt ?? ticket.handlingDueAt)!;
      const previous = await tx.findOne(TicketStage, {
        where: { ticketId: ticket.id, kind: 'handling', round },
        order: { startedAt: 'DESC' },
      });
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
      const computed = await this.deadlines.stageDeadline(facts, effect.kind, effect.ownerUnitId, now, tx);
      ({ warnAt, dueAt, basis } = computed);
      if (effect.kind === 'handling') patch.handlingDueAt = dueAt;
    }
    const stage = await tx.save(
      tx.create(TicketStage, {
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
        ...carried,
      }),
    );
    return stage;
  }

  private async moveDue(
    tx: EntityManager,
    ticket: Ticket,
    kind: StageKind,
    dueAt: Date,
    facts: TicketSlaFacts,
    now: Date,
  ): Promise<ArmableStage | null> {
    const stage = await tx.findOne(TicketStage, { where: { ticketId: ticket.id, kind, status: 'open' } });
    if (!stage) return null;
    const warnAt = await this.deadlines.warnAtFor(facts, stage.ownerUnitId, stage.startedAt, dueAt, tx);
    stage.dueAt = dueAt;
    stage.warnAt = warnAt;
    // A new generation makes jobs armed for the old deadline harmless; the new deadline may warn and breach again.
    stage.deadlineGen += 1;
    stage.warnedAt = null;
    stage.breachedAt = null;
    stage.basis = `${stage.basis}; extended to ${dueAt.toISOString()} (approved ${now.toISOString()})`;
    return tx.save(stage);
  }

  private async recordParticipants(tx: EntityManager, before: Ticket, after: Ticket, command: Command, actor: MachineActor): Promise<void> {
    const rows: { unitId: string; role: ParticipantRole }[] = [{ unitId: after.ownerUnitId, role: 'owner' }];
    if (command.type === 'add_cohandling') rows.push({ unitId: command.target.unitId, role: 'cohandler' });
    if (command.type === 'escalate_for_help') rows.push({ unitId: command.parentUnitId, role: 'supervisor' });
    if ((command.type === 'supervise' || command.type === 'urge') && actor.unitId) rows.push({ unitId: actor.unitId, role: 'supervisor' });
    // The owner's row exists already unless ownership moved; write only when something is new.
    if (before.ownerUnitId !== after.ownerUnitId || rows.length > 1) await this.addParticipants(tx, after.id, rows);
  }

  async addParticipants(tx: EntityManager, ticketId: string, rows: { unitId: string; role: ParticipantRole }[]): Promise<void> {
    // ticket_created_at is copied from the ticket row (written earlier in the same transaction), for the scoped list's index.
    await tx
      .createQueryBuilder()
      .insert()
      .into(TicketParticipant)
      .values(rows.map((r) => ({ ticketId, ...r, ticketCreatedAt: () => `(SELECT created_at FROM tickets WHERE id = :ticketId)` })))
      .setParameter('ticketId', ticketId)
      .orIgnore()
      .execute();
  }

  async issueSupervision(
    tx: EntityManager,
    ticket: Ticket,
    issuerUnitId: string,
    note: string,
    dueAt: Date,
    automatic: boolean,
    stageId?: string,
  ): Promise<SupervisionOrder> {
    const target = stageId
      ? null
      : await tx.findOne(TicketStage, {
          where: { ticketId: ticket.id, ownerUnitId: ticket.ownerUnitId, status: 'open' },
          order: { startedAt: 'DESC' },
        });
    return tx.save(
      tx.create(SupervisionOrder, {
        ticketId: ticket.id,
        stageId: stageId ?? target?.id ?? null,
        issuerUnitId,
        targetUnitId: ticket.ownerUnitId,
        note,
        dueAt,
        automatic,
        status: 'open',
      }),
    );
  }

  /**
   * Appends events to the ticket's history and, for notifying events, to the outbox, in the caller's
   * transaction. Plain multi-row INSERTs: this runs for every transition and every timer firing.
   */
  async recordEvents(
    tx: EntityManager,
    ticket: Pick<Ticket, 'id' | 'number' | 'status' | 'ownerUnitId' | 'dispatcherUnitId' | 'reviewUnitId'>,
    events: DomainEvent[],
    performer: Performer,
    now: Date,
    extra: {
      before?: Record<string, unknown> | null;
      after?: Record<string, unknown> | null;
      reason?: string | null;
      /** Units to notify beyond owner, dispatcher and reviewer (e.g. the centre a breach escalates to). */
      notifyUnitIds?: string[];
    } = {},
  ): Promise<void> {
    if (events.length === 0) return;
    const json = (v: unknown) => (v === null || v === undefined ? null : JSON.stringify(v));
    // seq continues the ticket's history; the caller holds the ticket's row lock, so it stays gap-free.
    await tx.query(
      `INSERT INTO ticket_events (ticket_id, seq, type, actor_kind, actor_id, actor_unit_id, at, reason, before, after, data, request_id)
       SELECT $1, last.seq + e.ord, e.type, $2, $3, $4, $5, $6, $7::jsonb, $8::jsonb, e.data, $9
         FROM unnest($10::text[], $11::jsonb[]) WITH ORDINALITY AS e(type, data, ord),
              (SELECT coalesce(max(seq), 0) AS seq FROM ticket_events WHERE ticket_id = $1) AS last`,
      [
        ticket.id,
        performer.kind,
        performer.id,
        performer.unitId,
        now,
        extra.reason ?? null,
        json(extra.before),
        json(extra.after),
        performer.requestId ?? null,
        events.map((e) => e.type),
        events.map((e) => JSON.stringify(e.data)),
      ],
    );
    const notify = events.filter((e) => NOTIFIED.has(e.type));
    if (notify.length === 0) return;
    const unitIds = [
      ...new Set(
        [
          ticket.ownerUnitId,
          ticket.dispatcherUnitId,
          ticket.reviewUnitId,
          ...(extra.before?.ownerUnitId ? [String(extra.before.ownerUnitId)] : []),
          ...(extra.notifyUnitIds ?? []),
        ].filter((id): id is string => !!id),
      ),
    ];
    await tx.query(
      `INSERT INTO outbox (event_type, ticket_id, unit_ids, payload)
       SELECT e.type, $1, $2::uuid[], e.payload FROM unnest($3::text[], $4::jsonb[]) AS e(type, payload)`,
      [
        ticket.id,
        unitIds,
        notify.map((e) => e.type),
        notify.map((e) =>
          JSON.stringify({
            type: e.type,
            ticketId: ticket.id,
            ticketNumber: ticket.number,
            at: now.toISOString(),
            status: ticket.status,
            data: e.data,
          }),
        ),
      ],
    );
  }
}

function reasonOf(command: Command): string | null {
  if ('reason' in command && typeof command.reason === 'string') return command.reason;
  if ('note' in command && typeof command.note === 'string') return command.note;
  if ('text' in command && typeof command.text === 'string') return command.text;
  return null;
}
