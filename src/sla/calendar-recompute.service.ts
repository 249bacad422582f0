import { Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { Clock } from '../common/clock';
import { CalendarService } from './calendar.service';
import { recountDeadline } from './domain/deadline';
import { provisionalMarkOf, settledBasis } from './domain/policy-terms';
import { ArmableStage, StageTimerPort } from './stage-timer.port';

/** The event a recount records, and its reason (DOMAIN §5: every deadline move is an event with its reason). */
export const DEADLINE_RECOMPUTED = 'stage.deadline_recomputed';
export const CALENDAR_IMPORTED = 'calendar_imported';

const PERFORMER_ID = 'calendar-import';

interface LockedStage {
  id: string;
  kind: string;
  ownerUnitId: string;
  round: number;
  startedAt: Date;
  warnAt: Date;
  dueAt: Date;
  deadlineGen: number;
  basis: string;
  warnedAt: Date | null;
  breachedAt: Date | null;
}

interface LockedTicket {
  id: string;
  commitmentDueAt: Date | null;
  handlingDueAt: Date | null;
}

/**
 * Settles deadlines that were counted provisionally across a year with no official schedule, once
 * that schedule is in: each open stage whose basis carries the year's provisional mark is recounted
 * on the official calendar (the same counted working time from the same origin), gets a new deadline
 * generation and an event with the reason, and its timers are armed after the commit.
 *
 * It writes tickets, stages and events itself, in the one lock order (ticket row, then its stages),
 * one ticket per transaction, so it can move into the ticket writer as one command.
 */
@Injectable()
export class CalendarRecomputeService implements OnApplicationBootstrap {
  private readonly logger = new Logger(CalendarRecomputeService.name);

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly calendars: CalendarService,
    private readonly timers: StageTimerPort,
    private readonly clock: Clock,
  ) {}

  /** A process that starts with newly seeded years (a package upgrade), or after a crashed import, settles what it can. */
  onApplicationBootstrap(): void {
    void this.settleCoveredYears().catch((err) => this.logger.warn({ err }, 'settling provisional deadlines failed'));
  }

  /** Recounts the open deadlines marked provisional for any year the official calendar now covers. */
  async settleCoveredYears(): Promise<number> {
    const rows = (await this.db.query(
      `SELECT DISTINCT m[1]::int AS year, y.imported_at AS "importedAt"
         FROM ticket_stages s
        CROSS JOIN LATERAL regexp_matches(s.basis, '\\[provisional: no official (\\d{4}) calendar', 'g') AS m
         JOIN official_calendar_years y ON y.year = m[1]::int
        WHERE s.status = 'open' AND s.basis LIKE '%[provisional: no official %'`,
    )) as { year: number; importedAt: Date }[];
    let recounted = 0;
    for (const { year, importedAt } of rows) recounted += await this.recomputeProvisionalDeadlines(year, importedAt);
    return recounted;
  }

  /** Returns how many stage deadlines moved. The official calendar in this process must already hold `year`. */
  async recomputeProvisionalDeadlines(year: number, importedAt: Date): Promise<number> {
    const tickets = (await this.db.query(
      `SELECT DISTINCT ticket_id AS id FROM ticket_stages WHERE status = 'open' AND basis LIKE $1 ORDER BY ticket_id`,
      [`%${provisionalMarkOf(year)}%`],
    )) as { id: string }[];
    let moved = 0;
    for (const { id } of tickets) {
      const armed = await this.db.transaction((tx) => this.recountTicket(tx, id, year, importedAt));
      moved += armed.length;
      // Redis being down must not undo the recount: the reconciler arms from Postgres.
      if (armed.length) await this.timers.armAfterCommit(armed).catch((err) => this.logger.warn({ err }, 'arming recounted timers failed'));
    }
    return moved;
  }

  private async recountTicket(tx: EntityManager, ticketId: string, year: number, importedAt: Date): Promise<ArmableStage[]> {
    const now = this.clock.now();
    const [ticket] = (await tx.query(
      `SELECT id, commitment_due_at AS "commitmentDueAt", handling_due_at AS "handlingDueAt" FROM tickets WHERE id = $1 FOR UPDATE`,
      [ticketId],
    )) as LockedTicket[];
    // The mark is re-read under the lock: a concurrent recount of the same year finds nothing left to do.
    // An approved extension set its deadline by hand; that deadline is no longer the provisional count.
    const stages = (await tx.query(
      `SELECT id, kind, owner_unit_id AS "ownerUnitId", round, started_at AS "startedAt", warn_at AS "warnAt", due_at AS "dueAt",
              deadline_gen AS "deadlineGen", basis, warned_at AS "warnedAt", breached_at AS "breachedAt"
         FROM ticket_stages
        WHERE ticket_id = $1 AND status = 'open' AND basis LIKE $2 AND basis NOT LIKE '%; extended to %'
        ORDER BY id FOR UPDATE`,
      [ticketId, `%${provisionalMarkOf(year)}%`],
    )) as LockedStage[];
    const armed: ArmableStage[] = [];
    const ticketPatch: { commitmentDueAt?: Date; handlingDueAt?: Date } = {};
    const events: { before: Record<string, unknown>; after: Record<string, unknown>; data: Record<string, unknown> }[] = [];
    for (const stage of stages) {
      const calendar = await this.calendars.calendarFor(stage.ownerUnitId, tx);
      // Only a calendar holding the year's schedule may settle its marks; the next import or boot retries.
      if (!calendar.coversYear(year)) continue;
      const origin = await this.originOf(tx, ticketId, stage);
      const recounted = recountDeadline(origin, stage, calendar.withoutOfficialYear(year), calendar);
      const basis = settledBasis(stage.basis, year, importedAt);
      const moved = recounted.dueAt.getTime() !== stage.dueAt.getTime() || recounted.warnAt.getTime() !== stage.warnAt.getTime();
      if (!moved) {
        await tx.query('UPDATE ticket_stages SET basis = $2 WHERE id = $1', [stage.id, basis]);
        continue;
      }
      // What already fired stays fired only if the new instant has passed too; otherwise it fires again, for the new generation.
      const warnedAt = stage.warnedAt && recounted.warnAt.getTime() <= now.getTime() ? stage.warnedAt : null;
      const breachedAt = stage.breachedAt && recounted.dueAt.getTime() <= now.getTime() ? stage.breachedAt : null;
      const deadlineGen = stage.deadlineGen + 1;
      await tx.query(
        `UPDATE ticket_stages SET warn_at = $2, due_at = $3, deadline_gen = $4, basis = $5, warned_at = $6, breached_at = $7 WHERE id = $1`,
        [stage.id, recounted.warnAt, recounted.dueAt, deadlineGen, basis, warnedAt, breachedAt],
      );
      if (stage.kind === 'commitment') ticketPatch.commitmentDueAt = recounted.dueAt;
      if (stage.kind === 'handling' && ticket.handlingDueAt?.getTime() === stage.dueAt.getTime())
        ticketPatch.handlingDueAt = recounted.dueAt;
      armed.push({ id: stage.id, warnAt: recounted.warnAt, dueAt: recounted.dueAt, deadlineGen });
      events.push({
        before: { warnAt: stage.warnAt, dueAt: stage.dueAt, deadlineGen: stage.deadlineGen },
        after: { warnAt: recounted.warnAt, dueAt: recounted.dueAt, deadlineGen },
        data: {
          stageId: stage.id,
          stage: stage.kind,
          ownerUnitId: stage.ownerUnitId,
          year,
          importedAt: importedAt.toISOString(),
          warnAt: recounted.warnAt,
          dueAt: recounted.dueAt,
          deadlineGen,
          // DECISIONS 19: a breach recorded under the provisional calendar stays in history, marked as such.
          provisionalBreach: stage.breachedAt
            ? { breachedAt: stage.breachedAt, dueAt: stage.dueAt, stillBreached: breachedAt !== null }
            : null,
          provisionalWarning: stage.warnedAt ? { warnedAt: stage.warnedAt, warnAt: stage.warnAt } : null,
        },
      });
    }
    if (events.length === 0) return [];
    await tx.query(
      `UPDATE tickets SET commitment_due_at = coalesce($2, commitment_due_at), handling_due_at = coalesce($3, handling_due_at),
              version = version + 1, updated_at = $4
        WHERE id = $1`,
      [ticketId, ticketPatch.commitmentDueAt ?? null, ticketPatch.handlingDueAt ?? null, now],
    );
    await tx.query(
      `INSERT INTO ticket_events (ticket_id, seq, type, actor_kind, actor_id, actor_unit_id, at, reason, before, after, data)
       SELECT $1, last.seq + e.ord, $2, 'system', $3, NULL, $4, $5, e.before, e.after, e.data
         FROM unnest($6::jsonb[], $7::jsonb[], $8::jsonb[]) WITH ORDINALITY AS e(before, after, data, ord),
              (SELECT coalesce(max(seq), 0) AS seq FROM ticket_events WHERE ticket_id = $1) AS last`,
      [
        ticketId,
        DEADLINE_RECOMPUTED,
        PERFORMER_ID,
        now,
        CALENDAR_IMPORTED,
        events.map((e) => JSON.stringify(e.before)),
        events.map((e) => JSON.stringify(e.after)),
        events.map((e) => JSON.stringify(e.data)),
      ],
    );
    return armed;
  }

  /**
   * Where the stage's count began. A handling deadline kept across a transfer or a rework counts from
   * the round's first handling stage (the customer's clock keeps running); any other from its own start.
   */
  private async originOf(tx: EntityManager, ticketId: string, stage: LockedStage): Promise<Date> {
    if (stage.kind !== 'handling') return stage.startedAt;
    const [first] = (await tx.query(
      `SELECT min(started_at) AS at FROM ticket_stages WHERE ticket_id = $1 AND kind = 'handling' AND round = $2`,
      [ticketId, stage.round],
    )) as { at: Date }[];
    return first.at;
  }
}
