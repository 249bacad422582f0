import type { OrgTier } from '../../common/vocabulary';
import type { TimerKind } from './sla-queue';

/** How long a supervised owner has to act on an automatic supervision order. */
export interface BreachPolicy {
  supervisionMs: number;
}

/** One warning or breach the ticket writer recorded, as the timers report it (counters, firing lag). */
export interface Firing {
  kind: TimerKind;
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
 * a passed instant becomes the writer's `record_warning` / `record_breach` / `auto_upgrade` command,
 * never a write of its own.
 */
export abstract class TicketFiringPort {
  /** One armed job: records the warning or breach of the stage for generation `gen` if it is due; null when nothing changed. */
  abstract recordDeadline(kind: TimerKind, stageId: string, gen: number, policy: BreachPolicy): Promise<Firing | null>;

  /** Claims up to `limit` tickets with a `kind` instant passed unrecorded (skipping locked ones) and records each. */
  abstract recordDue(kind: TimerKind, limit: number, policy: BreachPolicy): Promise<{ claimed: number; firings: Firing[] }>;

  /** Auto-upgrades up to `limit` open tickets filed before `filedBefore`; returns how many were upgraded. */
  abstract upgradeAged(filedBefore: Date, afterHours: number, limit: number): Promise<number>;
}
