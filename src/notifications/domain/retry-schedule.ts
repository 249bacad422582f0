/** How long failed deliveries are retried, and how far apart. */
export interface RetryPolicy {
  /** Wait before the first retry; each further retry waits twice as long... */
  baseMs: number;
  /** ...up to this wait. */
  capMs: number;
  /** Retries stop once they have spanned at least this long (DOMAIN §7: at least 24 h). */
  windowMs: number;
}

export const DEFAULT_RETRY_POLICY: RetryPolicy = { baseMs: 10_000, capMs: 3_600_000, windowMs: 24 * 3_600_000 };

const waitBefore = (retry: number, p: RetryPolicy) => Math.min(p.baseMs * 2 ** (retry - 1), p.capMs);

/**
 * After `failures` failed attempts in a row: the wait before the next attempt, or null to give up.
 * The retry that first reaches past the window is still made, so the window is a lower bound.
 */
export function nextRetryDelay(failures: number, policy: RetryPolicy = DEFAULT_RETRY_POLICY): number | null {
  if (failures < 1) return 0;
  let spanned = 0;
  for (let retry = 1; retry < failures; retry++) {
    spanned += waitBefore(retry, policy);
    if (spanned >= policy.windowMs) return null;
  }
  return waitBefore(failures, policy);
}
