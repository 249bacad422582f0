import { GroupCommit } from './group-commit';

/** A write the test finishes by hand, recording the groups it was given. */
function manualWrites() {
  const groups: number[][] = [];
  const pending: { resolve: () => void; reject: (e: unknown) => void }[] = [];
  const write = (items: number[]) =>
    new Promise<void>((resolve, reject) => {
      groups.push(items);
      pending.push({ resolve, reject });
    });
  return { groups, pending, write };
}

const turn = () => new Promise((resolve) => setImmediate(resolve));

describe('GroupCommit', () => {
  it('writes an item alone and at once while the database is idle', async () => {
    const w = manualWrites();
    const gc = new GroupCommit(w.write, { maxBatch: 8, maxInFlight: 2, isolate: () => true });
    const done = gc.submit('k', 1);
    await turn();
    expect(w.groups).toEqual([[1]]);
    w.pending[0].resolve();
    await expect(done).resolves.toBeUndefined();
  });

  it('groups what arrives while the writes in flight run, up to maxBatch, in arrival order', async () => {
    const w = manualWrites();
    const gc = new GroupCommit(w.write, { maxBatch: 3, maxInFlight: 1, isolate: () => true });
    const all = [gc.submit('k', 1)];
    await turn();
    for (let i = 2; i <= 6; i++) all.push(gc.submit('k', i));
    await turn();
    expect(w.groups).toEqual([[1]]);
    expect(gc.waiting).toBe(5);
    w.pending[0].resolve();
    await turn();
    await turn();
    expect(w.groups).toEqual([[1], [2, 3, 4]]);
    w.pending[1].resolve();
    await turn();
    await turn();
    expect(w.groups).toEqual([[1], [2, 3, 4], [5, 6]]);
    w.pending[2].resolve();
    await expect(Promise.all(all)).resolves.toHaveLength(6);
  });

  it('never mixes keys in one write', async () => {
    const w = manualWrites();
    const gc = new GroupCommit(w.write, { maxBatch: 8, maxInFlight: 4, isolate: () => true });
    const all = [gc.submit('a', 1), gc.submit('b', 2), gc.submit('a', 3)];
    await turn();
    expect(w.groups).toEqual([[1, 3], [2]]);
    w.pending.forEach((p) => p.resolve());
    await Promise.all(all);
  });

  it('writes a failed group again item by item, so only the failing item fails', async () => {
    const failing = new Set([2]);
    const groups: number[][] = [];
    const gc = new GroupCommit(
      async (items: number[]) => {
        groups.push(items);
        if (items.some((i) => failing.has(i))) throw Object.assign(new Error('duplicate key'), { code: '23505' });
      },
      { maxBatch: 8, maxInFlight: 1, isolate: () => true },
    );
    const first = gc.submit('k', 0);
    const rest = [1, 2, 3].map((i) => gc.submit('k', i));
    const outcomes = await Promise.allSettled([first, ...rest]);
    expect(outcomes.map((o) => o.status)).toEqual(['fulfilled', 'fulfilled', 'rejected', 'fulfilled']);
    expect((outcomes[2] as PromiseRejectedResult).reason.code).toBe('23505');
    expect(groups).toEqual([[0, 1, 2, 3], [0], [1], [2], [3]]);
  });

  it('fails the whole group, writing nothing again, when the outcome is unknown', async () => {
    const groups: number[][] = [];
    const lost = Object.assign(new Error('Connection terminated unexpectedly'), { code: 'ECONNRESET' });
    const gc = new GroupCommit(
      async (items: number[]) => {
        groups.push(items);
        throw lost;
      },
      { maxBatch: 8, maxInFlight: 1, isolate: (err) => err !== lost },
    );
    const outcomes = await Promise.allSettled([1, 2, 3].map((i) => gc.submit('k', i)));
    expect(outcomes.every((o) => o.status === 'rejected' && o.reason === lost)).toBe(true);
    expect(groups).toEqual([[1, 2, 3]]);
  });

  it('answers each caller its own result of a grouped read, alone or grouped', async () => {
    const groups: number[][] = [];
    const gc = new GroupCommit<number, string>(
      async (items) => {
        groups.push(items);
        if (items.includes(13)) throw new Error('bad lookup');
        return items.map((i) => `answer ${i}`);
      },
      { maxBatch: 8, maxInFlight: 1, isolate: () => true },
    );
    const outcomes = await Promise.allSettled([1, 2, 13, 4].map((i) => gc.submit('k', i)));
    expect(outcomes.map((o) => (o.status === 'fulfilled' ? o.value : 'failed'))).toEqual(['answer 1', 'answer 2', 'failed', 'answer 4']);
    expect(groups).toEqual([[1, 2, 13, 4], [1], [2], [13], [4]]);
  });
});
