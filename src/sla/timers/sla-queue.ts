import type { TimerSubject } from '../stage-timer.port';

export const SLA_QUEUE = 'sla-timers';

export type TimerKind = 'warn' | 'breach';

/**
 * A job of one deadline carries `stageId` (a stage's) or `orderId` (a supervision order's) and the
 * deadline generation; an instant's job carries `at` only and stands for every deadline of its kind
 * due by then.
 */
export type TimerJobData =
  | (({ stageId: string; orderId?: undefined } | { orderId: string; stageId?: undefined }) & {
      /** Deadline generation the job was armed for; a moved deadline makes the job a no-op. */
      gen: number;
      requestId?: string;
      at?: undefined;
    })
  | { at: string; stageId?: undefined; orderId?: undefined };

/** Deterministic job id of one deadline: arming the same deadline twice adds one job, not two. */
export const timerJobId = (kind: TimerKind, id: string, gen: number, subject: TimerSubject = 'stage') =>
  subject === 'stage' ? `${kind}:${id}:${gen}` : `order-${kind}:${id}:${gen}`;

/** The job's payload for a deadline of `subject`. */
export const timerJobData = (subject: TimerSubject, id: string, gen: number): TimerJobData =>
  subject === 'stage' ? { stageId: id, gen } : { orderId: id, gen };

/**
 * Deterministic job id of an instant: every stage and supervision order whose `kind` instant it is
 * shares one job, so deadlines that fall together (a holiday's filings all counting from the next
 * working day's start) are one job in Redis and one batched drain in the worker.
 */
export const instantJobId = (kind: TimerKind, at: Date) => `${kind}@${at.getTime()}`;
