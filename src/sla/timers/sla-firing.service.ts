import { Injectable } from '@nestjs/common';
import { Clock } from '../../common/clock';
import { MetricsService } from '../../metrics/metrics.service';
import type { TimerSubject } from '../stage-timer.port';
import { Firing, TicketFiringPort } from './ticket-firing.port';
import { TimerKind } from './sla-queue';

export type FireResult = 'fired' | 'skipped';

/**
 * Turns a passed deadline of a stage or a supervision order into the writer's `record_warning` /
 * `record_breach` (or `record_order_…`) command. Exactly once per deadline: the writer records only for the deadline generation the job was armed
 * for and only what is not recorded yet, so a duplicated, stale or early job changes nothing.
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
   * Records every `kind` instant that passed unrecorded, in batches of tickets claimed with SKIP
   * LOCKED, while `proceed` holds (a stopping process starts no further batch; the rest is left to
   * the next pass, wherever it runs).
   */
  async fireDue(kind: TimerKind, batch: number, proceed: () => boolean = () => true): Promise<number> {
    let fired = 0;
    while (proceed()) {
      const pass = await this.transitions.recordDue(kind, batch);
      for (const firing of pass.firings) this.count(firing, 'reconciler');
      fired += pass.firings.length;
      if (pass.claimed < batch) break;
    }
    return fired;
  }

  private count(firing: Firing, path: 'queue' | 'reconciler'): void {
    this.metrics.slaFired(firing.kind, this.clock.now().getTime() - firing.instant.getTime(), path);
    if (firing.escalatedToTier) this.metrics.escalated(firing.escalatedToTier);
    for (let i = 0; i < firing.supervisionOrders; i++) this.metrics.supervisionOrderIssued('automatic');
  }
}
