import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { Page } from '../common/cursor';
import { PageQuery, pageOfSorted } from '../common/page-query';
import { RequestActor } from '../auth/actor';
import { BadRequestError, ConflictError, NotFoundError } from '../common/domain-error';
import { ChangeFeed } from '../database/change-feed';
import { OrgService } from '../org/org.service';
import { CalendarOverride } from './calendar-override.entity';
import { CalendarOverrideRepository } from './calendar-override.repository';
import { localDatesBetween, localDaySpan, mergeUnitOverrides, pathUnitIds } from './domain/unit-calendar';
import { WorkingCalendar } from './domain/working-calendar';
import { CreateCalendarOverrideDto, MAX_WORKING_DAYS_RANGE, WorkingDay, WorkingDaysQuery } from './dto/calendar.dto';
import { OfficialCalendarService } from './official-calendar.service';

@Injectable()
export class CalendarService {
  /**
   * Per unit; bounded by the number of org units. An entry is good while the calendar generation it
   * was built in lasts: every calendar write, here or in another process, ends that generation. Kept
   * and answered only while the change feed is connected (otherwise another process's write could go unheard).
   */
  private readonly cache = new Map<string, { calendar: WorkingCalendar; generation: number }>();

  constructor(
    private readonly overrides: CalendarOverrideRepository,
    private readonly org: OrgService,
    private readonly official: OfficialCalendarService,
    private readonly changes: ChangeFeed,
  ) {}

  /** The unit's working calendar: official days plus the overrides of the unit and its ancestors, nearest first. */
  async calendarFor(unitId: string, tx?: EntityManager): Promise<WorkingCalendar> {
    const generation = this.official.generation;
    const live = this.changes.live;
    const cached = live ? this.cache.get(unitId) : undefined;
    if (cached && cached.generation === generation) return cached.calendar;
    const unit = await this.org.findById(unitId, tx);
    if (!unit) throw new NotFoundError('org unit');
    const pathIds = pathUnitIds(unit.path);
    const overrides = await this.overrides.forUnits(pathIds, tx);
    const calendar = new WorkingCalendar(mergeUnitOverrides(pathIds, overrides), this.official.current());
    // Built from data read while the generation lasted; if it ended meanwhile, use it once without keeping it.
    if (live && generation === this.official.generation) this.cache.set(unitId, { calendar, generation });
    return calendar;
  }

  /** The unit's own overrides; inherited ones show in its working days. */
  async list(actor: RequestActor, unitId: string, q: PageQuery): Promise<Page<CalendarOverride>> {
    await this.org.getVisible(actor, unitId);
    return this.overrides.page(unitId, q);
  }

  async add(actor: RequestActor, unitId: string, dto: CreateCalendarOverrideDto): Promise<CalendarOverride> {
    await this.org.getVisible(actor, unitId);
    // Descendants inherit the override, so every process's cached calendars may be stale: the write announces itself.
    const saved = await this.overrides.add({ orgUnitId: unitId, date: dto.date, kind: dto.kind, note: dto.note ?? null });
    if (!saved) throw new ConflictError('DUPLICATE', `the unit already has an override on ${dto.date}`);
    this.invalidate();
    return saved;
  }

  async remove(actor: RequestActor, unitId: string, overrideId: string): Promise<void> {
    await this.org.getVisible(actor, unitId);
    if (!(await this.overrides.remove(unitId, overrideId))) throw new NotFoundError('calendar override');
    this.invalidate();
  }

  async workingDays(actor: RequestActor, unitId: string, query: WorkingDaysQuery): Promise<Page<WorkingDay>> {
    await this.org.getVisible(actor, unitId);
    const span = localDaySpan(query.from, query.to);
    if (span < 1) throw new BadRequestError('INVALID_RANGE', 'to must not be before from');
    if (span > MAX_WORKING_DAYS_RANGE) {
      throw new BadRequestError('RANGE_TOO_LONG', `at most ${MAX_WORKING_DAYS_RANGE} days per query, asked for ${span}`);
    }
    const calendar = await this.calendarFor(unitId);
    const days = localDatesBetween(query.from, query.to).map((date) => ({ date, working: calendar.isWorkingDay(date) }));
    return pageOfSorted(days, (d) => [d.date], ['text'], query);
  }

  /** This process need not wait for its own announcement to come back. */
  invalidate(): void {
    this.official.markStale();
    this.cache.clear();
  }
}
