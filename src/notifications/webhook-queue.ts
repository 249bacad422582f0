export const WEBHOOK_QUEUE = 'webhooks';

export interface DeliveryJobData {
  deliveryId: string;
  /** The delivery's attempt count the job was enqueued for; once it moved on, the job is stale and does nothing. */
  attempt: number;
}

/** Deterministic: enqueuing the same attempt twice (after-commit path and sweeper) adds one job. */
export const deliveryJobId = (deliveryId: string, attempt: number) => `${deliveryId}-${attempt}`;
