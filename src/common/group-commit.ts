/**
 * Group commit: work items that arrive while the database is busy with earlier ones are written
 * together, by one statement (one round trip, one commit) per group, and each caller's promise
 * settles when its group's write does.
 *
 * - While fewer than `maxInFlight` writes run, a new item goes out with whatever else arrived in the
 *   same turn of the event loop: under light load an item is written alone, at once.
 * - While `maxInFlight` writes run, items wait and go together (up to `maxBatch`) when one finishes:
 *   the busier the database, the larger the groups.
 * - Items are grouped by `key` (items of one key can share a statement).
 * - When a group's write fails with an error `isolate` accepts (the statement failed and wrote
 *   nothing: a constraint, a bad value), each item is written again alone, so one item's failure is
 *   its own. Any other error (the connection was lost, the outcome is unknown) fails every item of the
 *   group: writing them again could write them twice.
 */
export interface GroupCommitOptions {
  maxBatch: number;
  maxInFlight: number;
  /** Whether a failed group's items are written again one by one (see above). */
  isolate: (err: unknown) => boolean;
}

interface Waiting<T, R> {
  item: T;
  resolve: (result: R) => void;
  reject: (err: unknown) => void;
}

/**
 * `write` is given a group's items and may answer one result per item, in their order (a grouped
 * read); each caller's promise resolves to its own.
 */
export class GroupCommit<T, R = void> {
  private readonly queues = new Map<string, Waiting<T, R>[]>();
  private inFlight = 0;
  private scheduled = false;

  constructor(
    private readonly write: (items: T[]) => Promise<R[] | void>,
    private readonly opts: GroupCommitOptions,
  ) {}

  /** Writes `item` with the others of its `key` that are waiting; settles when that write does. */
  submit(key: string, item: T): Promise<R> {
    return new Promise<R>((resolve, reject) => {
      const queue = this.queues.get(key);
      if (queue) queue.push({ item, resolve, reject });
      else this.queues.set(key, [{ item, resolve, reject }]);
      this.schedule();
    });
  }

  /** Items waiting for a write (for metrics and tests). */
  get waiting(): number {
    let n = 0;
    for (const q of this.queues.values()) n += q.length;
    return n;
  }

  private schedule(): void {
    if (this.scheduled || this.inFlight >= this.opts.maxInFlight) return;
    this.scheduled = true;
    // The rest of this turn's arrivals join the group.
    setImmediate(() => {
      this.scheduled = false;
      this.drain();
    });
  }

  private drain(): void {
    while (this.inFlight < this.opts.maxInFlight && this.queues.size > 0) {
      const [key, queue] = this.queues.entries().next().value as [string, Waiting<T, R>[]];
      const group = queue.splice(0, this.opts.maxBatch);
      // A key with items left goes to the back, so one busy key does not starve the others.
      this.queues.delete(key);
      if (queue.length) this.queues.set(key, queue);
      this.inFlight++;
      void this.run(group).finally(() => {
        this.inFlight--;
        if (this.queues.size > 0) this.schedule();
      });
    }
  }

  private async run(group: Waiting<T, R>[]): Promise<void> {
    try {
      const results = await this.write(group.map((w) => w.item));
      group.forEach((w, i) => w.resolve(results ? results[i] : (undefined as R)));
    } catch (err) {
      if (group.length === 1 || !this.opts.isolate(err)) {
        for (const w of group) w.reject(err);
        return;
      }
      await Promise.all(
        group.map((w) =>
          this.write([w.item]).then(
            (results) => w.resolve(results ? results[0] : (undefined as R)),
            (alone: unknown) => w.reject(alone),
          ),
        ),
      );
    }
  }
}
