/** A stage deadline to watch, as committed to Postgres. */
export interface ArmableStage {
  id: string;
  warnAt: Date;
  dueAt: Date;
  deadlineGen: number;
}

/**
 * What the lifecycle tells the SLA timers after a commit: these stages (re)started or moved.
 * Losing this call is harmless (the reconciler re-arms from Postgres); it only makes firing prompt.
 */
export abstract class StageTimerPort {
  abstract armAfterCommit(stages: ArmableStage[]): Promise<void>;
}
