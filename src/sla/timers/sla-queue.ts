export const SLA_QUEUE = 'sla-timers';

export type TimerKind = 'warn' | 'breach';

export interface TimerJobData {
  stageId: string;
  /** Deadline generation the job was armed for; a moved deadline makes the job a no-op. */
  gen: number;
  requestId?: string;
}

/** Deterministic job id: arming the same deadline twice adds one job, not two. */
export const timerJobId = (kind: TimerKind, stageId: string, gen: number) => `${kind}:${stageId}:${gen}`;
