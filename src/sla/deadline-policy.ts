import type { EntityManager } from 'typeorm';
import type { StageKind, TicketKind, TicketLevel } from '../tickets/domain/ticket.types';
import type { CustomerTier } from '../common/vocabulary';
import type { DeadlineExplanation } from './dto/deadline-explanation.dto';

/** The facts of a ticket that choose its SLA policy. */
export interface TicketSlaFacts {
  kind: TicketKind;
  level: TicketLevel;
  customerTier: CustomerTier;
  businessType: string;
  /** A deadline the customer asked for; when stricter than the policy's commitment it wins. */
  requestedDueAt?: Date | null;
}

export interface ComputedDeadline {
  warnAt: Date;
  dueAt: Date;
  /** Human-readable provenance ("policy 'national VIP' handling 24 h"), stored with the stage so "why is this due then?" is answerable. */
  basis: string;
}

/**
 * The one interface through which the lifecycle asks "when is this due?". The ticket service never
 * computes deadlines itself; the SLA module provides the implementation.
 */
export abstract class DeadlinePolicy {
  /** Deadline of a stage of `kind` owned by `ownerUnitId`, starting at `start`. */
  abstract stageDeadline(
    facts: TicketSlaFacts,
    kind: StageKind,
    ownerUnitId: string,
    start: Date,
    tx?: EntityManager,
  ): Promise<ComputedDeadline>;

  /** The ticket's overall commitment to the customer (filing → reply), stricter customer request applied. */
  abstract commitmentDeadline(facts: TicketSlaFacts, reviewUnitId: string, filedAt: Date, tx?: EntityManager): Promise<ComputedDeadline>;

  /** Warning point for an explicit deadline (co-handling task, approved extension), at the policy's warning ratio. */
  abstract warnAtFor(facts: TicketSlaFacts, ownerUnitId: string, start: Date, dueAt: Date, tx?: EntityManager): Promise<Date>;

  /**
   * Deadline of a supervision order issued at `start` to `targetUnitId`: the policy's supervision
   * limit on the target's calendar, or, when the supervisor set `dueAt`, that instant with the
   * warning point at the policy's ratio of the time it gives.
   */
  abstract supervisionDeadline(
    facts: TicketSlaFacts,
    targetUnitId: string,
    start: Date,
    dueAt: Date | null,
    tx?: EntityManager,
  ): Promise<ComputedDeadline>;

  /** Why a deadline of a stage of `kind` owned by `ownerUnitId`, started at `start`, falls at `dueAt`. */
  abstract explain(facts: TicketSlaFacts, kind: StageKind, ownerUnitId: string, start: Date, dueAt: Date): Promise<DeadlineExplanation>;

  /** How many extensions one handling stage may have. */
  abstract maxExtensions(facts: TicketSlaFacts, tx?: EntityManager): Promise<number>;

  /**
   * A deadline counted provisionally across `year` (no official schedule then), recounted on the
   * schedule imported at `importedAt`: the same counted working time from the same origin, its basis
   * saying so. Null while the owner's calendar does not hold the year yet.
   */
  abstract recountProvisional(
    ownerUnitId: string,
    origin: Date,
    deadline: ComputedDeadline,
    year: number,
    importedAt: Date,
    tx?: EntityManager,
  ): Promise<ComputedDeadline | null>;
}
