import { Inject, Injectable, Logger, OnModuleDestroy, OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import chineseDaysPackage from 'chinese-days/package.json';
import { Client } from 'pg';
import { DataSource, EntityManager } from 'typeorm';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import { OfficialCalendar, OfficialSchedule, packagedSchedules } from './domain/working-calendar';
import { OfficialCalendarYear } from './official-calendar.entity';

/** Postgres channel on which every calendar write (official schedule or unit override) is announced. */
export const CALENDAR_CHANNEL = 'calendar_changed';
/** Safety net for a listener that lost its connection without noticing: reload at least this often. */
const REFRESH_INTERVAL_MS = 60_000;
const RECONNECT_DELAY_MS = 1_000;

/** Names the seeded data's origin, so an operator can tell shipped years from imported ones. */
const PACKAGE_SOURCE = `chinese-days ${chineseDaysPackage.version}`;

export interface YearSummary {
  year: number;
  source: string;
  importedAt: Date;
  holidays: number;
  workdays: number;
}

/**
 * The official calendar of this process, held in memory and kept current by Postgres LISTEN/NOTIFY:
 * a write anywhere announces itself on CALENDAR_CHANNEL when it commits, and every process reloads.
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
  private listener: Client | null = null;
  private refresh: NodeJS.Timeout | null = null;
  private reconnect: NodeJS.Timeout | null = null;
  private closing = false;

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async onModuleInit(): Promise<void> {
    await this.seedFromPackage();
    await this.reload();
    await this.listen();
    this.refresh = setInterval(
      () => void this.reload().catch((err: unknown) => this.logger.warn({ err }, 'calendar reload failed')),
      REFRESH_INTERVAL_MS,
    );
    this.refresh.unref();
  }

  async onModuleDestroy(): Promise<void> {
    this.closing = true;
    if (this.refresh) clearInterval(this.refresh);
    if (this.reconnect) clearTimeout(this.reconnect);
    await this.listener?.end().catch(() => undefined);
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
    const days = schedules.flatMap((s) => [
      ...s.holidays.map((date) => ({ date, year: s.year, kind: 'holiday', name: s.names?.[date] ?? null })),
      ...s.workdays.map((date) => ({ date, year: s.year, kind: 'workday', name: s.names?.[date] ?? null })),
    ]);
    // One statement: the years this call inserted decide which days it inserts, so concurrent boots insert each day once.
    const inserted = await this.db.query<{ year: number }[]>(
      `WITH new_years AS (
         INSERT INTO official_calendar_years (year, source, imported_at)
         SELECT y, $2, now() FROM unnest($1::int[]) AS y
         ON CONFLICT (year) DO NOTHING
         RETURNING year
       ), new_days AS (
         INSERT INTO official_calendar_days (date, year, kind, name)
         SELECT d.date, d.year, d.kind, d.name
           FROM jsonb_to_recordset($3::jsonb) AS d(date date, year int, kind varchar, name varchar)
          WHERE d.year IN (SELECT year FROM new_years)
       )
       SELECT year FROM new_years ORDER BY year`,
      [schedules.map((s) => s.year), PACKAGE_SOURCE, JSON.stringify(days)],
    );
    if (inserted.length) await this.db.query('SELECT pg_notify($1, $2)', [CALENDAR_CHANNEL, 'official']);
    return inserted.map((r) => r.year);
  }

  /** Replaces one year's schedule inside the caller's transaction; every process reloads when it commits. */
  async replaceYear(tx: EntityManager, schedule: OfficialSchedule, source: string, importedAt: Date): Promise<void> {
    await tx.query(
      `INSERT INTO official_calendar_years (year, source, imported_at) VALUES ($1, $2, $3)
       ON CONFLICT (year) DO UPDATE SET source = excluded.source, imported_at = excluded.imported_at`,
      [schedule.year, source, importedAt],
    );
    await tx.query('DELETE FROM official_calendar_days WHERE year = $1', [schedule.year]);
    await tx.query(
      `INSERT INTO official_calendar_days (date, year, kind, name)
       SELECT d, $1, k, NULL FROM unnest($2::date[], $3::varchar[]) AS x(d, k)`,
      [
        schedule.year,
        [...schedule.holidays, ...schedule.workdays],
        [...schedule.holidays.map(() => 'holiday'), ...schedule.workdays.map(() => 'workday')],
      ],
    );
    await this.announce(tx, 'official');
  }

  /** Tells every process (this one included) that calendars changed, when `tx` commits. */
  async announce(tx: EntityManager, what: 'official' | 'overrides'): Promise<void> {
    await tx.query('SELECT pg_notify($1, $2)', [CALENDAR_CHANNEL, what]);
  }

  async years(): Promise<YearSummary[]> {
    const rows = await this.db.query<YearSummary[]>(
      `SELECT y.year, y.source, y.imported_at AS "importedAt",
              count(d.date) FILTER (WHERE d.kind = 'holiday')::int AS holidays,
              count(d.date) FILTER (WHERE d.kind = 'workday')::int AS workdays
         FROM official_calendar_years y LEFT JOIN official_calendar_days d ON d.year = y.year
        GROUP BY y.year ORDER BY y.year`,
    );
    return rows;
  }

  async get(year: number): Promise<OfficialCalendarYear | null> {
    return this.db.manager.findOne(OfficialCalendarYear, { where: { year } });
  }

  /**
   * Reads the whole official calendar (a few thousand rows at most: 40-odd per year). When it returns,
   * the calendar held here is at least as new as the database was when it was called: a load started
   * later may have been applied instead, never an older one.
   */
  async reload(): Promise<void> {
    const seq = ++this.loadsStarted;
    const [years, days] = await Promise.all([
      this.db.query<{ year: number }[]>('SELECT year FROM official_calendar_years'),
      this.db.query<{ date: string; kind: string }[]>(`SELECT to_char(date, 'YYYY-MM-DD') AS date, kind FROM official_calendar_days`),
    ]);
    if (seq > this.loadApplied) {
      this.loadApplied = seq;
      this.calendar = new OfficialCalendar(
        years.map((y) => y.year),
        days.filter((d) => d.kind === 'holiday').map((d) => d.date),
        days.filter((d) => d.kind === 'workday').map((d) => d.date),
      );
    }
    this.gen++;
  }

  private async listen(): Promise<void> {
    if (this.closing) return;
    const client = new Client({ connectionString: this.config.DATABASE_URL });
    const retry = (err?: Error) => {
      if (this.closing || this.listener !== client) return;
      this.listener = null;
      if (err) this.logger.warn({ err }, 'calendar listener lost its connection; reconnecting');
      client.end().catch(() => undefined);
      this.reconnect = setTimeout(() => void this.listen(), RECONNECT_DELAY_MS);
      this.reconnect.unref();
    };
    this.listener = client;
    client.on('error', retry);
    client.on('end', () => retry());
    client.on('notification', () => {
      this.gen++;
      void this.reload().catch((err: unknown) => this.logger.warn({ err }, 'calendar reload failed'));
    });
    try {
      await client.connect();
      await client.query(`LISTEN ${CALENDAR_CHANNEL}`);
      // Announcements sent while no listener was connected are lost: catch up.
      await this.reload();
    } catch (err) {
      retry(err as Error);
    }
  }
}
