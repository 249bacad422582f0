import { Injectable, Logger, OnModuleDestroy, OnModuleInit } from '@nestjs/common';
import chineseDaysPackage from 'chinese-days/package.json';
import { ChangeFeed } from '../database/change-feed';
import { OfficialCalendar, OfficialSchedule, packagedSchedules } from './domain/working-calendar';
import { OfficialCalendarYear } from './official-calendar.entity';
import { OfficialCalendarRepository, SeedDay, YearSummary } from './official-calendar.repository';
/** Safety net for a listener that lost its connection without noticing: reload at least this often. */
const REFRESH_INTERVAL_MS = 60_000;
/** While the change feed is not connected, announcements are not heard: reload this often instead. */
const UNHEARD_REFRESH_MS = 1_000;

/** Names the seeded data's origin, so an operator can tell shipped years from imported ones. */
const PACKAGE_SOURCE = `chinese-days ${chineseDaysPackage.version}`;

/**
 * The official calendar of this process, held in memory and kept current by the change feed (Postgres
 * LISTEN/NOTIFY): a write anywhere announces the `calendar` topic when it commits, and every process
 * reloads; while the feed is not connected it reloads every second instead.
 * `generation` changes on every reload and every announcement, so caches built on the calendar
 * (the per-unit calendars) know they are stale without a time-to-live.
 */
@Injectable()
export class OfficialCalendarService implements OnModuleInit, OnModuleDestroy {
  private readonly logger = new Logger(OfficialCalendarService.name);
  private calendar = new OfficialCalendar([], [], []);
  private gen = 0;
  private loadsStarted = 0;
  private loadApplied = 0;
  private lastLoadAt = 0;
  private refresh: NodeJS.Timeout | null = null;
  private unsubscribe: (() => void) | null = null;

  constructor(
    private readonly calendars: OfficialCalendarRepository,
    private readonly changes: ChangeFeed,
  ) {}

  async onModuleInit(): Promise<void> {
    // Every announcement, and the feed's loss and return (announcements may have been missed), reloads.
    this.unsubscribe = this.changes.on('calendar', () => {
      this.gen++;
      this.reloadQuietly();
    });
    await this.seedFromPackage();
    await this.reload();
    this.refresh = setInterval(() => {
      const age = Date.now() - this.lastLoadAt;
      if (age >= REFRESH_INTERVAL_MS || (!this.changes.live && age >= UNHEARD_REFRESH_MS)) this.reloadQuietly();
    }, UNHEARD_REFRESH_MS);
    this.refresh.unref();
  }

  onModuleDestroy(): void {
    if (this.refresh) clearInterval(this.refresh);
    this.unsubscribe?.();
  }

  current(): OfficialCalendar {
    return this.calendar;
  }

  get generation(): number {
    return this.gen;
  }

  /** Ends the generation at once, for a write made by this process (its own announcement comes back later). */
  markStale(): void {
    this.gen++;
  }

  /**
   * Inserts the years the shipped package covers and the database does not have yet. A year already
   * present is left alone: it is either the same data or an operator's import, which wins.
   */
  async seedFromPackage(): Promise<number[]> {
    const schedules = packagedSchedules();
    const days = schedules.flatMap((s): SeedDay[] => [
      ...s.holidays.map((date) => ({ date, year: s.year, kind: 'holiday' as const, name: s.names?.[date] ?? null })),
      ...s.workdays.map((date) => ({ date, year: s.year, kind: 'workday' as const, name: s.names?.[date] ?? null })),
    ]);
    return this.calendars.insertMissingYears(
      schedules.map((s) => s.year),
      PACKAGE_SOURCE,
      days,
    );
  }

  /** Replaces one year's schedule in its own transaction; every process reloads when it commits. */
  replaceYear(schedule: OfficialSchedule, source: string, importedAt: Date): Promise<void> {
    return this.calendars.replaceYear(schedule, source, importedAt);
  }

  years(): Promise<YearSummary[]> {
    return this.calendars.years();
  }

  get(year: number): Promise<OfficialCalendarYear | null> {
    return this.calendars.get(year);
  }

  /**
   * Reads the whole official calendar (a few thousand rows at most: 40-odd per year). When it returns,
   * the calendar held here is at least as new as the database was when it was called: a load started
   * later may have been applied instead, never an older one.
   */
  async reload(): Promise<void> {
    const seq = ++this.loadsStarted;
    this.lastLoadAt = Date.now();
    const { years, days } = await this.calendars.all();
    if (seq > this.loadApplied) {
      this.loadApplied = seq;
      this.calendar = new OfficialCalendar(
        years,
        days.filter((d) => d.kind === 'holiday').map((d) => d.date),
        days.filter((d) => d.kind === 'workday').map((d) => d.date),
      );
    }
    this.gen++;
  }

  private reloadQuietly(): void {
    void this.reload().catch((err: unknown) => this.logger.warn({ err }, 'calendar reload failed'));
  }
}
