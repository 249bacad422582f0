import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { ChangeFeed } from '../database/change-feed';
import type { OfficialSchedule } from './domain/working-calendar';
import { OfficialCalendarYear } from './official-calendar.entity';

export interface YearSummary {
  year: number;
  source: string;
  importedAt: Date;
  holidays: number;
  workdays: number;
}

export interface SeedDay {
  date: string;
  year: number;
  kind: 'holiday' | 'workday';
  name: string | null;
}

/** The official schedule's years and days, and the announcement every calendar write makes on commit. */
@Injectable()
export class OfficialCalendarRepository {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly changes: ChangeFeed,
  ) {}

  /**
   * Inserts the given years the database does not have yet, with their days, and announces them.
   * One statement: the years this call inserted decide which days it inserts, so concurrent boots
   * insert each day once. Returns the years inserted.
   */
  async insertMissingYears(years: number[], source: string, days: SeedDay[]): Promise<number[]> {
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
      [years, source, JSON.stringify(days)],
    );
    if (inserted.length) await this.changes.announce('calendar');
    return inserted.map((r) => r.year);
  }

  /** Replaces one year's schedule in one transaction; every process reloads when it commits. */
  async replaceYear(schedule: OfficialSchedule, source: string, importedAt: Date): Promise<void> {
    await this.db.transaction(async (tx) => {
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
      await this.announce(tx);
    });
  }

  /** Tells every process (this one included) that calendars changed (official schedule or unit overrides), when `tx` commits. */
  announce(tx: EntityManager): Promise<void> {
    return this.changes.announce('calendar', tx);
  }

  async years(): Promise<YearSummary[]> {
    return this.db.query<YearSummary[]>(
      `SELECT y.year, y.source, y.imported_at AS "importedAt",
              count(d.date) FILTER (WHERE d.kind = 'holiday')::int AS holidays,
              count(d.date) FILTER (WHERE d.kind = 'workday')::int AS workdays
         FROM official_calendar_years y LEFT JOIN official_calendar_days d ON d.year = y.year
        GROUP BY y.year ORDER BY y.year`,
    );
  }

  get(year: number): Promise<OfficialCalendarYear | null> {
    return this.db.manager.findOne(OfficialCalendarYear, { where: { year } });
  }

  /** The whole official calendar (a few thousand rows at most: 40-odd per year). */
  async all(): Promise<{ years: number[]; days: { date: string; kind: string }[] }> {
    const [years, days] = await Promise.all([
      this.db.query<{ year: number }[]>('SELECT year FROM official_calendar_years'),
      this.db.query<{ date: string; kind: string }[]>(`SELECT to_char(date, 'YYYY-MM-DD') AS date, kind FROM official_calendar_days`),
    ]);
    return { years: years.map((y) => y.year), days };
  }
}
