import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { TimerKind } from './sla-queue';

/** An open stage's warning or deadline instant not recorded yet, with the generation it belongs to. */
export interface UnrecordedInstant {
  id: string;
  gen: number;
  at: Date;
}

/** What the reconciler arms: stage instants read straight from Postgres, the truth about deadlines. */
@Injectable()
export class StageDeadlineRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** Up to `limit` unrecorded `kind` instants of open stages after `(after.at, after.id)` and up to `until`, in that order. */
  async unrecorded(kind: TimerKind, after: { at: Date; id: string }, until: Date, limit: number): Promise<UnrecordedInstant[]> {
    const [column, instant] = kind === 'warn' ? ['warned_at', 'warn_at'] : ['breached_at', 'due_at'];
    return this.db.query<UnrecordedInstant[]>(
      `SELECT id, deadline_gen AS gen, ${instant} AS at FROM ticket_stages
        WHERE status = 'open' AND ${column} IS NULL AND (${instant}, id) > ($1, $2) AND ${instant} <= $3
        ORDER BY ${instant}, id LIMIT ${limit}`,
      [after.at, after.id, until],
    );
  }
}
