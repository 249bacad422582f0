/** What a timed deadline belongs to: a ticket stage, or a supervision order (timed like a stage). */
export type TimerSubject = 'stage' | 'order';

/** A deadline to watch, as committed to Postgres. */
export interface ArmableStage {
  id: string;
  warnAt: Date;
  dueAt: Date;
  deadlineGen: number;
  /** A stage when omitted. */
  subject?: TimerSubject;
}

/**
 * What the lifecycle tells the SLA timers after a commit: these stages or supervision orders
 * (re)started or moved. Losing this call is harmless (the reconciler re-arms from Postgres); it
 * only makes firing prompt.
 */
export abstract class StageTimerPort {
  abstract armAfterCommit(stages: ArmableStage[]): Promise<void>;
}
