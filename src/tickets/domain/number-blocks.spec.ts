import { NumberBlocks } from './number-blocks';

/** A counter row per (prefix, day), as the database keeps it: each reservation adds `count` and returns the new value. */
function counter() {
  const rows = new Map<string, number>();
  const calls: { key: string; count: number }[] = [];
  const reserve = async (prefix: string, day: string, count: number) => {
    await Promise.resolve();
    const key = `${prefix}|${day}`;
    calls.push({ key, count });
    const seq = (rows.get(key) ?? 0) + count;
    rows.set(key, seq);
    return seq;
  };
  return { reserve, calls, rows };
}

describe('NumberBlocks', () => {
  it('gives a quiet province consecutive numbers, one reservation each', async () => {
    const c = counter();
    let t = 0;
    const blocks = new NumberBlocks(c.reserve, () => t);
    const taken: number[] = [];
    for (let i = 0; i < 5; i++) {
      taken.push(await blocks.take('HA', '20261201'));
      t += 5_000;
    }
    expect(taken).toEqual([1, 2, 3, 4, 5]);
    expect(c.calls.map((x) => x.count)).toEqual([1, 1, 1, 1, 1]);
  });

  it('reserves growing blocks while filings come fast, and every number once', async () => {
    const c = counter();
    const blocks = new NumberBlocks(c.reserve, () => 0, 16);
    const taken = await Promise.all(Array.from({ length: 200 }, () => blocks.take('HA', '20261201')));
    expect(new Set(taken).size).toBe(200);
    expect([...taken].sort((a, b) => a - b)).toEqual(Array.from({ length: 200 }, (_, i) => i + 1));
    expect(c.calls.length).toBeLessThan(25);
    expect(Math.max(...c.calls.map((x) => x.count))).toBe(16);
  });

  it('keeps two processes unique: each hands out its own blocks of one counter', async () => {
    const c = counter();
    const a = new NumberBlocks(c.reserve, () => 0, 8);
    const b = new NumberBlocks(c.reserve, () => 0, 8);
    const taken = await Promise.all(Array.from({ length: 100 }, (_, i) => (i % 2 ? a : b).take('HA', '20261201')));
    expect(new Set(taken).size).toBe(100);
    expect(Math.max(...taken)).toBeLessThanOrEqual(c.rows.get('HA|20261201')!);
  });

  it('counts each province and day on its own, and a new day starts at 1', async () => {
    const c = counter();
    const blocks = new NumberBlocks(c.reserve, () => 0);
    expect(await blocks.take('HA', '20261201')).toBe(1);
    expect(await blocks.take('GD', '20261201')).toBe(1);
    expect(await blocks.take('HA', '20261201')).toBe(2);
    expect(await blocks.take('HA', '20261202')).toBe(1);
  });

  it('passes a failed reservation to its waiters and tries again on the next filing', async () => {
    const c = counter();
    let fail = true;
    const blocks = new NumberBlocks(async (p, d, n) => {
      if (fail) throw new Error('connection lost');
      return c.reserve(p, d, n);
    });
    const first = await Promise.allSettled([blocks.take('HA', '20261201'), blocks.take('HA', '20261201')]);
    expect(first.map((r) => r.status)).toEqual(['rejected', 'rejected']);
    fail = false;
    expect(await blocks.take('HA', '20261201')).toBe(1);
  });
});
