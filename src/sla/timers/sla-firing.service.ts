import { Injectable, Logger, OnModuleDestroy } from '@nestjs/common';
import { Clock } from '../../common/clock';
import { MetricsService } from '../../metrics/metrics.service';
import type { TimerSubject } from '../stage-timer.port';
import { Firing, TicketFiringPort } from './ticket-firing.port';
import { TimerKind } from './sla-queue';

export type FireResult = 'fired' | 'skipped';

/** Tickets claimed per transaction of an instant's drain: short transactions, so API transitions on them wait little. */
const DRAIN_BATCH = 200;
/**
 * Claiming transactions an instant's drain runs side by side (SKIP LOCKED keeps them apart): while
 * one waits on Postgres the next one's batch is decided in this process.
 */
const DRAIN_LANES = 2;
/** Due tickets read per round of a drain; a larger pile-up takes several rounds. */
const DRAIN_READ = 20_000;
/**
 * Drains of instants' jobs running side by side in this process, per kind; jobs arriving while
 * that many run share the one that starts next.
 */
const DRAINS_SIDE_BY_SIDE = 2;

/**
 * How far apart the clocks of the process that armed a job and of the worker may be: a drain covers
 * a job's instant without a statement only if it started at least this long after the job was armed.
 */
const ARMING_CLOCK_SKEW_MS = 1000;

/**
 * How far ahead of a drain's end the next unrecorded instant may lie for the worker to start a drain
 * at that instant itself (an in-process timer) instead of waiting for the instant's job.
 */
const FOLLOW_AHEAD_MS = 60_000;

/** One drain of instants that ended: its cutoff (the service clock at its start) and its start on the wall clock. */
interface DrainMark {
  cutoff: number;
  startedAt: number;
}

/** What one drain did: recorded `fired`; `clear`: nothing was left due by its cutoff when it ended (nothing held elsewhere). */
interface Drained {
  fired: number;
  mark: DrainMark;
  clear: boolean;
}

/** The instants' drains of one kind in this process. */
interface InstantDrains {
  running: number;
  /** The drains running now, by their marks: a job whose instant one of them covers waits for it. */
  inFlight: Map<DrainMark, Promise<Drained>>;
  /** The drain that starts when a running one ends, shared by every job that arrived meanwhile. */
  next?: { promise: Promise<Drained>; resolve: (drained: Drained) => void; reject: (err: unknown) => void };
  /** The latest drain that ended, and the latest that ended clear. */
  ended?: DrainMark;
  clear?: DrainMark;
}

/**
 * Turns a passed deadline of a stage or a supervision order into the writer's `record_warning` /
 * `record_breach` (or `record_order_…`) command. Exactly once per deadline: the writer records only for the deadline generation the job was armed for
 * and only what is not recorded yet, so a duplicated, stale or early job changes nothing.
 * What the writer recorded is counted here, once, whichever path (queue job or reconciler) fired it.
 */
@Injectable()
export class SlaFiringService implements OnModuleDestroy {
  private readonly logger = new Logger(SlaFiringService.name);

  constructor(
    private readonly transitions: TicketFiringPort,
    private readonly metrics: MetricsService,
    private readonly clock: Clock,
  ) {}

  /** One armed job: the stage (or supervision order) and the deadline generation it was armed for. */
  async fire(kind: TimerKind, id: string, gen: number, subject: TimerSubject = 'stage'): Promise<FireResult> {
    const firing = await this.transitions.recordDeadline(kind, id, gen, subject);
    if (!firing) return 'skipped';
    this.count(firing, 'queue');
    return 'fired';
  }

  private readonly drains: Record<TimerKind, InstantDrains> = {
    warn: { running: 0, inFlight: new Map() },
    breach: { running: 0, inFlight: new Map() },
  };

  /** Whether drains start a drain at the next unrecorded instant themselves (the worker's; see `followInstants`). */
  private following = false;
  /** The pending in-process timer of each kind: the instant it starts a drain at. */
  private readonly follows: Partial<Record<TimerKind, { at: number; timer: NodeJS.Timeout }>> = {};
  /** Drains started by those timers and still running, awaited at shutdown. */
  private readonly followed = new Set<Promise<unknown>>();

  /**
   * From now on a drain that ends looks up the next unrecorded instant of its kind (the same read as
   * its check that nothing is left due) and, when that instant is at most `FOLLOW_AHEAD_MS` ahead,
   * starts a drain at it with an in-process timer, which then does the same. The instant's job stays
   * the durable trigger, and usually finds its instant covered by that drain and runs no statement.
   * Why: a delayed BullMQ job is picked up when Redis ends the worker's blocking wait, and Redis ends
   * timed-out blocking commands on its event loop's next turn (at its default `hz` 10, up to 100 ms
   * late; 29 ms at p50, 98 ms at p99 in `bench:timers`' steady part), which was most of the lag.
   */
  followInstants(): void {
    this.following = true;
  }

  async onModuleDestroy(): Promise<void> {
    this.following = false;
    for (const kind of ['warn', 'breach'] as const) {
      const pending = this.follows[kind];
      if (pending) clearTimeout(pending.timer);
      this.follows[kind] = undefined;
    }
    await Promise.all([...this.followed]);
  }

  /** Keeps (or sets) a timer starting a `kind` drain at instant `next`, the earliest of the pending one and this. */
  private follow(kind: TimerKind, next: Date | null): void {
    if (!this.following || !next) return;
    // Instants are stored with microseconds and read back truncated to milliseconds: a cutoff 1 ms later covers it.
    const at = next.getTime() + 1;
    const delay = at - this.clock.now().getTime();
    if (delay <= FOLLOW_AHEAD_MS) this.schedule(kind, at, delay, false);
  }

  private schedule(kind: TimerKind, at: number, delay: number, again: boolean): void {
    const pending = this.follows[kind];
    if (pending && pending.at <= at) return;
    if (pending) clearTimeout(pending.timer);
    const timer = setTimeout(() => this.atInstant(kind, at, again), Math.max(0, delay));
    timer.unref();
    this.follows[kind] = { at, timer };
  }

  private atInstant(kind: TimerKind, at: number, again = false): void {
    if (this.follows[kind]?.at === at) this.follows[kind] = undefined;
    if (!this.following) return;
    const left = at - this.clock.now().getTime();
    // A timer may fire a millisecond or so before the wall clock shows its instant: it waits once more.
    // A clock that did not move on (a test's) starts nothing.
    if (left > 0) {
      if (!again && left <= 5) this.schedule(kind, at, left, true);
      return;
    }
    const drain = this.drainShared(kind).catch((err: unknown) =>
      this.logger.warn({ err, kind }, 'drain at an instant failed; its job will drain'),
    );
    this.followed.add(drain);
    void drain.finally(() => this.followed.delete(drain));
  }

  /**
   * An instant's job: has every `kind` instant passed unrecorded recorded by a drain (the writer's
   * batches) that starts after the job's instant, then waits for tickets another transaction held
   * whose instant is the job's `at` or earlier, so a ticket being changed by a user at that moment
   * is recorded as soon as it is free, not at the next reconciliation. Tickets due after `at` are not
   * waited for: they are their own instants' jobs' to wait for (waiting for everything due by now
   * queued every job behind the other jobs' claims).
   *
   * Instants come one job each (about 190 a second in `bench:timers`' steady part) and a drain costs
   * several statements however little is due, so jobs share drains. Up to `DRAINS_SIDE_BY_SIDE` run
   * side by side (SKIP LOCKED keeps their claims apart); a job arriving while that many run shares
   * the one that starts next, so the drains' rate adapts to their cost. A job whose instant is
   * already covered — by a drain that started after the job was armed (`armedAt`, the wall clock) and
   * after its instant (the service clock) — runs no drain: none of its own, only the read for held
   * tickets, and not even that when the drain ended with nothing due. So jobs that waited in the
   * queue cost nothing, and the queue cannot grow behind them.
   */
  async fireInstant(kind: TimerKind, at?: Date, armedAt?: number): Promise<number> {
    const drains = this.drains[kind];
    // The job's instant has millisecond precision; a stored instant may carry microseconds within it.
    const upTo = at && new Date(at.getTime() + 1);
    const covers = (mark: DrainMark | undefined): boolean =>
      mark !== undefined &&
      upTo !== undefined &&
      armedAt !== undefined &&
      upTo.getTime() <= mark.cutoff &&
      armedAt + ARMING_CLOCK_SKEW_MS <= mark.startedAt;
    if (covers(drains.clear)) return 0;
    let fired = 0;
    if (!covers(drains.ended)) {
      // A running drain that covers the instant, or else one that starts after this call (so after the
      // job was armed: its cutoff alone tells).
      const running = [...drains.inFlight].find(([mark]) => covers(mark))?.[1];
      const drained = await (running ?? this.drainShared(kind));
      if (drained.clear && upTo && upTo.getTime() <= drained.mark.cutoff) return drained.fired;
      fired = drained.fired;
    }
    return fired + ((await this.dueBy(kind, upTo)) ? await this.fireHeld(kind, upTo) : 0);
  }

  /** A drain that starts now, or the next one when enough are running. */
  private drainShared(kind: TimerKind): Promise<Drained> {
    const drains = this.drains[kind];
    if (drains.running < DRAINS_SIDE_BY_SIDE) return this.drainNow(kind);
    if (!drains.next) {
      let resolve!: (drained: Drained) => void;
      let reject!: (err: unknown) => void;
      const promise = new Promise<Drained>((res, rej) => ((resolve = res), (reject = rej)));
      drains.next = { promise, resolve, reject };
    }
    return drains.next.promise;
  }

  private drainNow(kind: TimerKind): Promise<Drained> {
    const inFlight = this.drains[kind].inFlight;
    const mark: DrainMark = { cutoff: this.clock.now().getTime(), startedAt: Date.now() };
    const drained = this.drain(kind, mark);
    inFlight.set(mark, drained);
    void drained.finally(() => inFlight.delete(mark)).catch(() => undefined);
    return drained;
  }

  private async drain(kind: TimerKind, mark: DrainMark): Promise<Drained> {
    const drains = this.drains[kind];
    drains.running++;
    const cutoff = new Date(mark.cutoff);
    try {
      const fired = await this.fireDue(kind, DRAIN_BATCH, () => true, { lanes: DRAIN_LANES, path: 'queue' });
      const { due, next } = await this.transitions.timerInstants(kind, cutoff);
      const clear = !due;
      this.follow(kind, next);
      const later = (last: DrainMark | undefined) => (last && last.startedAt > mark.startedAt ? last : mark);
      drains.ended = later(drains.ended);
      if (clear) drains.clear = later(drains.clear);
      return { fired, mark, clear };
    } finally {
      drains.running--;
      const next = drains.next;
      drains.next = undefined;
      if (next) this.drainNow(kind).then(next.resolve, next.reject);
    }
  }

  /** Whether a `kind` instant passed (by `at` when given) is still unrecorded: one read through the partial indexes. */
  private async dueBy(kind: TimerKind, at?: Date): Promise<boolean> {
    return (await this.transitions.dueTickets(kind, 1, at)).length > 0;
  }

  /**
   * Records every `kind` instant that passed unrecorded: one claim of `batch` tickets; when that is
   * not all, reads the tickets due (in id order) and has the writer claim them `batch` at a time
   * with SKIP LOCKED, `lanes` batches side by side,
   * while `proceed` holds (a stopping process starts no further batch; the rest is left to the next
   * pass, wherever it runs). A ticket another writer holds is left to it, or to the next pass.
   */
  async fireDue(
    kind: TimerKind,
    batch: number,
    proceed: () => boolean = () => true,
    opts: { lanes?: number; path?: 'queue' | 'reconciler' } = {},
  ): Promise<number> {
    // Most passes find a few deadlines due: one claim records them. A full claim means a pile-up.
    const first = await this.transitions.recordDue(kind, batch);
    for (const firing of first.firings) this.count(firing, opts.path ?? 'reconciler');
    let fired = first.firings.length;
    if (first.claimed < batch) return fired;
    while (proceed()) {
      const due = await this.transitions.dueTickets(kind, DRAIN_READ);
      let next = 0;
      let round = 0;
      const lane = async () => {
        while (proceed() && next < due.length) {
          const among = due.slice(next, (next += batch));
          const pass = await this.transitions.recordDue(kind, batch, { among });
          for (const firing of pass.firings) this.count(firing, opts.path ?? 'reconciler');
          round += pass.firings.length;
        }
      };
      await Promise.all(Array.from({ length: opts.lanes ?? 1 }, lane));
      fired += round;
      // A full read is followed by another; one that recorded nothing (all held elsewhere) ends the pass.
      if (due.length < DRAIN_READ || round === 0) break;
    }
    return fired;
  }

  /** Records, waiting for their locks, what was due by `at` and is still unrecorded after a drain: tickets other writers held meanwhile. */
  private async fireHeld(kind: TimerKind, at?: Date): Promise<number> {
    let fired = 0;
    for (;;) {
      const pass = await this.transitions.recordDue(kind, DRAIN_BATCH, { wait: true, upTo: at });
      for (const firing of pass.firings) this.count(firing, 'queue');
      fired += pass.firings.length;
      if (pass.claimed < DRAIN_BATCH) return fired;
    }
  }

  private count(firing: Firing, path: 'queue' | 'reconciler'): void {
    this.metrics.slaFired(firing.kind, this.clock.now().getTime() - firing.instant.getTime(), path);
    if (firing.escalatedToTier) this.metrics.escalated(firing.escalatedToTier);
    for (let i = 0; i < firing.supervisionOrders; i++) this.metrics.supervisionOrderIssued('automatic');
  }
}
