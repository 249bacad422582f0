import { Injectable } from '@nestjs/common';
import { RequestActor } from '../auth/actor';
import { administersNationwide } from '../auth/policy/identity';
import { Clock } from '../common/clock';
import { BadRequestError, ForbiddenError } from '../common/domain-error';
import { CalendarRecomputeService } from './calendar-recompute.service';
import { CalendarService } from './calendar.service';
import { normalisedSchedule, scheduleProblems } from './domain/official-schedule';
import { OfficialScheduleImported, OfficialYear } from './dto/official-calendar.dto';
import { OfficialCalendarService } from './official-calendar.service';

export interface ScheduleInput {
  year: number;
  holidays: string[];
  workdays: string[];
  source?: string;
}

/**
 * Imports a year's official schedule (the API and `npm run calendar:import`): replaces the year's
 * days in one transaction, which announces itself to every process on commit, then recounts the open
 * deadlines that were provisional in that year. Importing the same schedule again changes nothing.
 */
@Injectable()
export class OfficialCalendarImportService {
  constructor(
    private readonly official: OfficialCalendarService,
    private readonly calendars: CalendarService,
    private readonly recompute: CalendarRecomputeService,
    private readonly clock: Clock,
  ) {}

  list(): Promise<OfficialYear[]> {
    return this.official.years();
  }

  /** The official calendar binds every province, so only the national tier's administrators import it. */
  async importForActor(actor: RequestActor, input: ScheduleInput): Promise<OfficialScheduleImported> {
    if (!administersNationwide(actor)) {
      throw new ForbiddenError('FORBIDDEN_SCOPE', 'the official calendar applies nationwide; only national administrators import it');
    }
    return this.importSchedule(input, input.source ?? `imported by ${actor.kind} ${actor.id}`);
  }

  async importSchedule(input: ScheduleInput, source: string): Promise<OfficialScheduleImported> {
    const errors = scheduleProblems(input);
    if (errors.length)
      throw new BadRequestError('INVALID_SCHEDULE', 'the schedule is not a sound official arrangement for its year', { errors });
    const schedule = normalisedSchedule(input);
    const importedAt = this.clock.now();
    await this.official.replaceYear(schedule, source, importedAt);
    // This process recounts at once, without waiting for its own announcement to come back.
    this.calendars.invalidate();
    await this.official.reload();
    const recomputedStages = await this.recompute.recomputeProvisionalDeadlines(schedule.year, importedAt);
    return {
      year: schedule.year,
      source,
      importedAt,
      holidays: schedule.holidays.length,
      workdays: schedule.workdays.length,
      recomputedStages,
    };
  }
}
