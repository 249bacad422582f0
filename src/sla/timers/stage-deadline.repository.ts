import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { TimerSubject } from '../stage-timer.port';
import { TimerKind } from './sla-queue';

/** Where each kind of timed deadline lives; both tables carry the same timer columns and partial indexes. */
const TABLES: Record<TimerSubject, string> = { stage: 'ticket_stages', order: 'supervision_orders' };

/** An open stage's (or supervision order's) warning or deadline instant not recorded yet, with the generation it belongs to. */
export interface UnrecordedInstant {
  id: string;
  gen: number;
  at: Date;
}

/** What the reconciler arms: stage and supervision-order instants read straight from Postgres, the truth about deadlines. */
@Injectable()
export class StageDeadlineRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /**
   * Up to `limit` unrecorded `kind` instants of open stages (or open supervision orders) after
   * `(after.at, after.id)` and up to `until`, in that order.
   */
  async unrecorded(
    kind: TimerKind,
    after: { at: Date; id: string },
    until: Date,
    limit: number,
    subject: TimerSubject = 'stage',
  ): Promise<UnrecordedInstant[]> {
    const [column, instant] = kind === 'warn' ? ['warned_at', 'warn_at'] : ['breached_at', 'due_at'];
    return this.db.query<UnrecordedInstant[]>(
      `SELECT id, deadline_gen AS gen, ${instant} AS at FROM ${TABLES[subject]}
        WHERE status = 'open' AND ${column} IS NULL AND (${instant}, id) > ($1, $2) AND ${instant} <= $3
        ORDER BY ${instant}, id LIMIT ${limit}`,
      [after.at, after.id, until],
    );
  }
}
