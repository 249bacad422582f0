import type { OrgTier } from '../../common/vocabulary';
import type { TimerSubject } from '../stage-timer.port';
import type { TimerKind } from './sla-queue';

/** One warning or breach the ticket writer recorded, as the timers report it (counters, firing lag). */
export interface Firing {
  kind: TimerKind;
  /** Whose deadline it was: a stage's or a supervision order's. */
  subject: TimerSubject;
  /** The warning instant or deadline that passed. */
  instant: Date;
  /** The tier a breach escalated to; null without escalation. */
  escalatedToTier: OrgTier | null;
  /** Automatic supervision orders issued with it. */
  supervisionOrders: number;
}

/**
 * How the SLA timers have the ticket writer record what a passed deadline means. The timers own
 * this port and the tickets context implements it, so the dependency points from tickets to SLA:
 * a passed instant becomes the writer's `record_warning` / `record_breach` (or, for a supervision
 * order, `record_order_warning` / `record_order_breach`) / `auto_upgrade` command, never a write of
 * its own. The deadline of an order an escalation issues comes from the ticket's SLA policy.
 */
export abstract class TicketFiringPort {
  /**
   * One armed job: records the warning or breach of the stage (or supervision order) for generation
   * `gen` if it is due; null when nothing changed.
   */
  abstract recordDeadline(kind: TimerKind, id: string, gen: number, subject?: TimerSubject): Promise<Firing | null>;

  /**
   * Tickets (ids in order, up to `limit`) with a `kind` instant of a stage or an open supervision order passed unrecorded
   * (by `upTo` when given and earlier than now).
   */
  abstract dueTickets(kind: TimerKind, limit: number, upTo?: Date): Promise<string[]>;

  /**
   * Of the `kind` instants of stages and open supervision orders not yet recorded: whether one passed
   * by `at`, and the earliest one after `at` (null when there is none).
   */
  abstract timerInstants(kind: TimerKind, at: Date): Promise<{ due: boolean; next: Date | null }>;

  /**
   * Claims up to `limit` tickets (among `among` when given) with a `kind` instant of a stage or an
   * open supervision order passed unrecorded (by `upTo` when given and earlier than now; skipping
   * locked ones, or with `wait` waiting for them) and records each.
   */
  abstract recordDue(
    kind: TimerKind,
    limit: number,
    opts?: { among?: string[]; wait?: boolean; upTo?: Date },
  ): Promise<{ claimed: number; firings: Firing[] }>;

  /** Auto-upgrades up to `limit` open tickets filed before `filedBefore`; returns how many were upgraded. */
  abstract upgradeAged(filedBefore: Date, afterHours: number, limit: number): Promise<number>;
}
