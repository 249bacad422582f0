import { Injectable } from '@nestjs/common';
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
 * Turns a passed deadline of a stage or a supervision order into the writer's `record_warning` /
 * `record_breach` (or `record_order_…`) command. Exactly once per deadline: the writer records only for the deadline generation the job was armed for
 * and only what is not recorded yet, so a duplicated, stale or early job changes nothing.
 * What the writer recorded is counted here, once, whichever path (queue job or reconciler) fired it.
 */
@Injectable()
export class SlaFiringService {
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

  /**
   * An instant's job: records every `kind` instant passed unrecorded, as the writer's batches,
   * starting now (so after the instant). Jobs of instants close together run side by side: SKIP
   * LOCKED keeps their claims apart. A last pass waits for tickets another transaction held whose
   * instant is this job's `at` or earlier, so a ticket being changed by a user at that moment is
   * recorded as soon as it is free, not at the next reconciliation. Tickets due after `at` are left
   * to their own instants' jobs: a job that waited for everything due by now would queue behind
   * the other jobs' claims, and under a steady stream of instants every job would.
   */
  async fireInstant(kind: TimerKind, at?: Date): Promise<number> {
    const fired = await this.fireDue(kind, DRAIN_BATCH, () => true, { lanes: DRAIN_LANES, path: 'queue' });
    // The job's instant has millisecond precision; a stored instant may carry microseconds within it.
    const upTo = at && new Date(at.getTime() + 1);
    const held = (await this.transitions.dueTickets(kind, 1, upTo)).length > 0;
    return fired + (held ? await this.fireHeld(kind, upTo) : 0);
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
