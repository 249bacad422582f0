import { DEFAULT_RETRY_POLICY, nextRetryDelay, RetryPolicy } from './retry-schedule';

describe('nextRetryDelay', () => {
  it('doubles from the base up to the cap', () => {
    expect([1, 2, 3, 4].map((n) => nextRetryDelay(n))).toEqual([10_000, 20_000, 40_000, 80_000]);
    expect(nextRetryDelay(12)).toBe(3_600_000);
  });

  it('keeps retrying for at least the window, then gives up', () => {
    let spanned = 0;
    let failures = 1;
    for (let wait = nextRetryDelay(failures); wait !== null; wait = nextRetryDelay(++failures)) spanned += wait;
    expect(spanned).toBeGreaterThanOrEqual(DEFAULT_RETRY_POLICY.windowMs);
    expect(spanned - 3_600_000).toBeLessThan(DEFAULT_RETRY_POLICY.windowMs);
    expect(failures).toBeGreaterThan(20);
    expect(nextRetryDelay(failures + 100)).toBeNull();
  });

  it('makes the retry that reaches past the window, and no more', () => {
    const p: RetryPolicy = { baseMs: 100, capMs: 300, windowMs: 500 };
    expect([1, 2, 3, 4, 5].map((n) => nextRetryDelay(n, p))).toEqual([100, 200, 300, null, null]);
  });
});
