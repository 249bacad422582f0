import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';

/** Finds the open deadlines counted provisionally (their basis carries the mark) that a recount may settle. */
@Injectable()
export class CalendarRecomputeRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** The years the official calendar now covers that open deadlines were counted provisionally across, with their import instant. */
  async coveredProvisionalYears(): Promise<{ year: number; importedAt: Date }[]> {
    return this.db.query<{ year: number; importedAt: Date }[]>(
      `SELECT DISTINCT m[1]::int AS year, y.imported_at AS "importedAt"
         FROM ticket_stages s
        CROSS JOIN LATERAL regexp_matches(s.basis, '\\[provisional: no official (\\d{4}) calendar', 'g') AS m
         JOIN official_calendar_years y ON y.year = m[1]::int
        WHERE s.status = 'open' AND s.basis LIKE '%[provisional: no official %'`,
    );
  }

  /** Tickets with an open stage whose basis carries `mark`, in id order. */
  async ticketsWithOpenStagesMarked(mark: string): Promise<string[]> {
    const rows = await this.db.query<{ id: string }[]>(
      `SELECT DISTINCT ticket_id AS id FROM ticket_stages WHERE status = 'open' AND basis LIKE $1 ORDER BY ticket_id`,
      [`%${mark}%`],
    );
    return rows.map((r) => r.id);
  }
}
