/**
 * Ticket numbers taken from the province's day counter in blocks. Every filing takes the next number
 * of its (prefix, day); a block of numbers is reserved from the counter row with one short statement
 * of its own, so filings never queue on that row while their own writes commit, and under load one
 * reservation serves many filings.
 *
 * The block grows while filings come fast (the previous reservation less than `fastMs` ago, doubling
 * up to `maxBlock`) and falls back to one number when they do not: a quiet province gets consecutive
 * numbers, a busy one reserves a few dozen at a time. Numbers stay unique; what a process reserved and
 * did not hand out when it stops is a gap (as a refused filing always left one), and two processes
 * filing for one province at once hand out interleaved blocks, so numbers are unique and increase
 * within a process but are not in filing order across processes.
 */
export type ReserveNumbers = (prefix: string, day: string, count: number) => Promise<number>;

interface Block {
  next: number;
  last: number;
  size: number;
  reservedAt: number;
  pending: Promise<void> | null;
}

export class NumberBlocks {
  private readonly blocks = new Map<string, Block>();

  constructor(
    private readonly reserve: ReserveNumbers,
    private readonly now: () => number = Date.now,
    private readonly maxBlock = 64,
    private readonly fastMs = 1_000,
  ) {}

  /** The next number of `prefix` on `day` (a China local date, YYYYMMDD). */
  async take(prefix: string, day: string): Promise<number> {
    const key = `${prefix}|${day}`;
    let block = this.blocks.get(key);
    if (!block) {
      // A new day: the other days' blocks are done with.
      for (const k of this.blocks.keys()) if (!k.endsWith(`|${day}`)) this.blocks.delete(k);
      block = { next: 1, last: 0, size: 0, reservedAt: -Infinity, pending: null };
      this.blocks.set(key, block);
    }
    for (;;) {
      if (block.next <= block.last) return block.next++;
      if (!block.pending) block.pending = this.refill(block, prefix, day);
      await block.pending;
    }
  }

  private async refill(block: Block, prefix: string, day: string): Promise<void> {
    try {
      const at = this.now();
      const size = at - block.reservedAt < this.fastMs ? Math.min(this.maxBlock, Math.max(1, block.size * 2)) : 1;
      const last = await this.reserve(prefix, day, size);
      block.next = last - size + 1;
      block.last = last;
      block.size = size;
      block.reservedAt = at;
    } finally {
      block.pending = null;
    }
  }
}
