import { Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { CalendarRecomputeRepository } from './calendar-recompute.repository';
import { DeadlineRecountPort } from './deadline-recount.port';
import { provisionalMarkOf } from './domain/policy-terms';

/**
 * Settles deadlines that were counted provisionally across a year with no official schedule, once
 * that schedule is in: finds the tickets with such open stages and has the ticket writer recount
 * each (the same counted working time from the same origin, a new deadline generation and an event
 * with the reason, timers armed after the commit), one ticket per transaction.
 */
@Injectable()
export class CalendarRecomputeService implements OnApplicationBootstrap {
  private readonly logger = new Logger(CalendarRecomputeService.name);

  constructor(
    private readonly stages: CalendarRecomputeRepository,
    private readonly writer: DeadlineRecountPort,
  ) {}

  /** A process that starts with newly seeded years (a package upgrade), or after a crashed import, settles what it can. */
  onApplicationBootstrap(): void {
    void this.settleCoveredYears().catch((err: unknown) => this.logger.warn({ err }, 'settling provisional deadlines failed'));
  }

  /** Recounts the open deadlines marked provisional for any year the official calendar now covers. */
  async settleCoveredYears(): Promise<number> {
    const rows = await this.stages.coveredProvisionalYears();
    let recounted = 0;
    for (const { year, importedAt } of rows) recounted += await this.recomputeProvisionalDeadlines(year, importedAt);
    return recounted;
  }

  /** Returns how many stage deadlines moved. The official calendar in this process must already hold `year`. */
  async recomputeProvisionalDeadlines(year: number, importedAt: Date): Promise<number> {
    const tickets = await this.stages.ticketsWithOpenStagesMarked(provisionalMarkOf(year));
    let moved = 0;
    for (const id of tickets) moved += await this.writer.recountProvisional(id, year, importedAt);
    return moved;
  }
}
