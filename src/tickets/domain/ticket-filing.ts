/**
 * Filing as a pure function: from the facts the intake gathered (deadlines already computed), the
 * ticket's initial state, its first stages, its first event and participants. The writer stores
 * exactly this, so a filed ticket and a transitioned one are written by the same hands.
 */
import type { DomainEvent } from './ticket-events';
import type { TicketLevel } from './ticket.types';
import type { Channel } from '../../common/vocabulary';

export interface Deadline {
  warnAt: Date;
  dueAt: Date;
  basis: string;
}

export interface FilingFacts {
  number: string;
  level: TicketLevel;
  channel: Channel;
  reviewUnitId: string;
  contactedAt: Date;
  linkedTicketIds: string[];
  /** Intake limit counted from first contact; review and commitment from filing. */
  deadlines: { intake: Deadline; review: Deadline; commitment: Deadline };
}

export interface InitialStage {
  kind: 'intake' | 'commitment' | 'review';
  status: 'open' | 'completed';
  ownerUnitId: string;
  round: number;
  startedAt: Date;
  warnAt: Date;
  dueAt: Date;
  basis: string;
  completedAt: Date | null;
  breachedAt: Date | null;
}

export interface FiledTicket {
  state: {
    status: 'review';
    ownerUnitId: string;
    dispatcherUnitId: null;
    leadUnitId: null;
    lateIntake: boolean;
    commitmentDueAt: Date;
    filedAt: Date;
  };
  stages: InitialStage[];
  events: DomainEvent[];
  participants: { unitId: string; role: 'reviewer' }[];
}

/**
 * The reviewing centre owns the new ticket in review. Intake is already over: a filing after the
 * intake limit is recorded late, its intake stage breached at filing (it was open at its deadline).
 */
export function fileTicket(facts: FilingFacts, now: Date): FiledTicket {
  const { intake, review, commitment } = facts.deadlines;
  const late = now.getTime() > intake.dueAt.getTime();
  const base = { ownerUnitId: facts.reviewUnitId, round: 0 };
  return {
    state: {
      status: 'review',
      ownerUnitId: facts.reviewUnitId,
      dispatcherUnitId: null,
      leadUnitId: null,
      lateIntake: late,
      commitmentDueAt: commitment.dueAt,
      filedAt: now,
    },
    stages: [
      {
        ...base,
        kind: 'intake',
        status: 'completed',
        startedAt: facts.contactedAt,
        ...intake,
        completedAt: now,
        breachedAt: late ? now : null,
      },
      { ...base, kind: 'commitment', status: 'open', startedAt: now, ...commitment, completedAt: null, breachedAt: null },
      { ...base, kind: 'review', status: 'open', startedAt: now, ...review, completedAt: null, breachedAt: null },
    ],
    events: [
      {
        type: 'ticket.filed',
        data: {
          number: facts.number,
          level: facts.level,
          channel: facts.channel,
          reviewUnitId: facts.reviewUnitId,
          lateIntake: late,
          linkedTicketIds: facts.linkedTicketIds,
        },
      },
    ],
    participants: [{ unitId: facts.reviewUnitId, role: 'reviewer' }],
  };
}
