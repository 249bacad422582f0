import type { TimerSubject } from '../stage-timer.port';

export const SLA_QUEUE = 'sla-timers';

export type TimerKind = 'warn' | 'breach';

/** A job of a stage deadline carries `stageId`, one of a supervision order's deadline `orderId`. */
export type TimerJobData = ({ stageId: string; orderId?: undefined } | { orderId: string; stageId?: undefined }) & {
  /** Deadline generation the job was armed for; a moved deadline makes the job a no-op. */
  gen: number;
  requestId?: string;
};

/** Deterministic job id: arming the same deadline twice adds one job, not two. */
export const timerJobId = (kind: TimerKind, id: string, gen: number, subject: TimerSubject = 'stage') =>
  subject === 'stage' ? `${kind}:${id}:${gen}` : `order-${kind}:${id}:${gen}`;

/** The job's payload for a deadline of `subject`. */
export const timerJobData = (subject: TimerSubject, id: string, gen: number): TimerJobData =>
  subject === 'stage' ? { stageId: id, gen } : { orderId: id, gen };
