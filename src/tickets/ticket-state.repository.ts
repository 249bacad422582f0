import { createHash } from 'node:crypto';
import type { PoolClient } from 'pg';
import { EntityManager, QueryFailedError } from 'typeorm';
import type { ColumnMetadata } from 'typeorm/metadata/ColumnMetadata';
import { statementName } from '../database/named-statements';
import {
  ANONYMISED,
  CUSTOMER_CORRESPONDENCE_EVENTS,
  PERSONAL_EVENT_DATA_KEYS,
  PERSONAL_NOTICE_KEYS,
  anonymisedFields,
} from '../privacy/domain/personal-data';
import type { ChainUnit } from './domain/escalation';
import type { DomainEvent } from './domain/ticket-events';
import type { ChannelWebhookPayload, NoticeStageFacts, NoticeTicket, WebhookPayload } from './domain/ticket-notice';
import type { Recipients } from './domain/ticket-recipients';
import type {
  DeadlineSettlement,
  MovedDeadline,
  OrderFacts,
  OrderMark,
  StageFacts,
  StageMark,
  SupervisionOrderPlan,
} from './domain/ticket-system-commands';
import { FLOW_KINDS, KPI_TIME_ZONE, type StageKind, type TicketKind, type TicketStatus } from './domain/ticket.types';
import { IdempotencyKey, TicketAttachment, type ParticipantRole } from './ticket-support.entity';
import { Ticket } from './ticket.entity';
import { TicketStage } from './ticket-stage.entity';

/** Who performed a change, as recorded in the event log. */
/** One filing for `insertFilings`: its new ticket and stages, its changes, who filed it and when. */
export interface FilingRows {
  ticket: Ticket;
  stages: TicketStage[];
  changes: Pick<Changes, 'events' | 'outbox' | 'participants'>;
  performer: Performer;
  now: Date;
}

export interface Performer {
  kind: 'staff' | 'channel' | 'admin' | 'system';
  id: string;
  unitId: string | null;
  requestId?: string | null;
}

/** The ticket columns the system commands, the recipients and the notifications need, read under the row lock. */
export interface TicketHead extends NoticeTicket {
  dispatcherUnitId: string | null;
  reviewUnitId: string;
  provinceId: string;
  everDispatched: boolean;
  channelSystemId: string | null;
  filedAt: Date;
  severityUpgradedAt: Date | null;
}

/** A stage as locked, with what a breach needs (its owner's chain) and its ticket's supervisors and co-handlers. */
export interface LockedStage extends StageFacts, Parties {
  ticketId: string;
  ownerPath: string;
  chainUnits: ChainUnit[];
}

/** A supervision order as locked, with the chain of the unit that must answer it (for its escalation) and its ticket's parties. */
export interface LockedOrder extends OrderFacts, Parties {
  ticketId: string;
  targetPath: string;
  chainUnits: ChainUnit[];
}

/** An open stage as locked for a deadline recount. */
export interface ProvisionalStageRow {
  id: string;
  kind: StageKind;
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

export type OpenStageRow = StageFacts & { ticketId: string; round: number; startedAt: Date; openOrders: boolean };

/** A ticket's deadlines, locked for a recount. */
export interface TicketDeadlines {
  id: string;
  handlingDueAt: Date | null;
  commitmentDueAt: Date | null;
  roundDispatchedAt: Date | null;
}

export interface Parties {
  supervisorUnitIds: string[];
  cohandlerUnitIds: string[];
}

export interface EventRow {
  ticketId: string;
  event: DomainEvent;
  reason?: string | null;
  before?: Record<string, unknown> | null;
  after?: Record<string, unknown> | null;
}

/** One notified event: the units' body, and the channel's when a channel system is addressed. */
export interface OutboxRow {
  ticketId: string;
  type: string;
  recipients: Recipients;
  payload: WebhookPayload;
  channelPayload: ChannelWebhookPayload | null;
}

/** Everything one writer pass records besides the transition's own ticket and stage updates. */
export interface Changes {
  /** Tickets the pass changed besides those its rows below name (a transition's own ticket). */
  tickets: string[];
  stageMarks: (StageMark & { gen: number })[];
  orderMarks: (OrderMark & { gen: number })[];
  ticketMarks: { ticketId: string; escalated: boolean; severityUpgradedAt: Date | null }[];
  events: EventRow[];
  outbox: OutboxRow[];
  supervisionOrders: (SupervisionOrderPlan & { ticketId: string })[];
  participants: { ticketId: string; unitId: string; role: ParticipantRole }[];
}

/** Every ticket a pass's changes name: those whose KPI facts it refreshes. */
function ticketsOf(c: Changes): string[] {
  const ids = new Set<string>(c.tickets);
  for (const rows of [c.events, c.ticketMarks, c.supervisionOrders, c.participants]) for (const r of rows) ids.add(r.ticketId);
  return [...ids].sort();
}

export const noChanges = (): Changes => ({
  tickets: [],
  stageMarks: [],
  orderMarks: [],
  ticketMarks: [],
  events: [],
  outbox: [],
  supervisionOrders: [],
  participants: [],
});

const HEAD = `t.id, t.number, t.kind, t.subject, t.business_type AS "businessType", t.level, t.customer_tier AS "customerTier",
  t.commitment_due_at AS "commitmentDueAt", t.external_ref AS "externalRef", t.status, t.owner_unit_id AS "ownerUnitId",
  t.dispatcher_unit_id AS "dispatcherUnitId", t.review_unit_id AS "reviewUnitId", t.province_id AS "provinceId",
  t.ever_dispatched AS "everDispatched", t.channel_system_id AS "channelSystemId", t.filed_at AS "filedAt",
  t.severity_upgraded_at AS "severityUpgradedAt"`;

const STAGE = `s.id, s.ticket_id AS "ticketId", s.kind, s.owner_unit_id AS "ownerUnitId", s.status, s.warn_at AS "warnAt",
  s.due_at AS "dueAt", s.deadline_gen AS "deadlineGen", s.completed_at AS "completedAt", s.warned_at AS "warnedAt",
  s.breached_at AS "breachedAt"`;

const ORDER = `o.id, o.ticket_id AS "ticketId", o.stage_id AS "stageId", o.issuer_unit_id AS "issuerUnitId",
  o.target_unit_id AS "targetUnitId", o.status, o.warn_at AS "warnAt", o.due_at AS "dueAt", o.deadline_gen AS "deadlineGen",
  o.resolved_at AS "resolvedAt", o.warned_at AS "warnedAt", o.breached_at AS "breachedAt"`;

/** The instant column and record column of each timer kind (the same on stages and supervision orders). */
const TIMER_COLUMNS = { warn: ['warn_at', 'warned_at'], breach: ['due_at', 'breached_at'] } as const;
export type DeadlineKind = keyof typeof TIMER_COLUMNS;

/** The unit's chain (itself and its ancestors) as id and tier, from the org unit joined as `alias`. */
const chainOf = (alias: string) => `ARRAY(SELECT json_build_object('id', a.id, 'tier', a.tier) FROM org_units a
  WHERE a.id = ANY (string_to_array(trim(BOTH '/' FROM ${alias}.path), '/')::uuid[])) AS "chainUnits"`;
const partiesOf = (ticketId: string) =>
  `ARRAY(SELECT p.unit_id FROM ticket_participants p WHERE p.ticket_id = ${ticketId} AND p.role = 'supervisor') AS "supervisorUnitIds",
   ARRAY(SELECT p.unit_id FROM ticket_participants p WHERE p.ticket_id = ${ticketId} AND p.role = 'cohandler') AS "cohandlerUnitIds"`;

/**
 * Runs one of the writer's statements on the transaction's connection, as a named prepared statement
 * when DATABASE_NAMED_STATEMENTS is on: they run for every filing, transition and timer firing, so
 * Postgres then parses and plans each once per connection instead of every time. Each name must
 * always carry the same text.
 */
async function prepared<T>(tx: EntityManager, name: string, text: string, values: unknown[]): Promise<T[]> {
  if (!tx.queryRunner) return await tx.query<T[]>(text, values);
  const client = (await tx.queryRunner.connect()) as PoolClient;
  try {
    return (await client.query({ name: statementName(name), text, values })).rows as T[];
  } catch (err) {
    // The same error TypeORM raises for its own queries, so callers and the problem filter see one kind.
    throw new QueryFailedError(text, values, err as Error);
  }
}

/**
 * Appends a new ticket to the earlier tickets it repeats. The earlier rows are locked by the update
 * alone (never read first): a filing waits at most for a transition in flight on one of them.
 */
const LINK_REPEATS = (ticketId: string, earlierIds: string, now: string) =>
  `UPDATE tickets SET repeated_by_ticket_ids = array_append(repeated_by_ticket_ids, ${ticketId}::uuid),
                      version = version + 1, updated_at = ${now}::timestamptz
    WHERE id = ANY (${earlierIds}::uuid[])`;

const KPI_FACT_COLUMNS = `ticket_id, province_id, channel_system_id, owner_unit_id, kind, level, channel, customer_tier, business_type,
  filed_at, filed_day, commitment_due_at, due_day, handling_due_at, closed_at, handling_us, withdrawn, ever_dispatched, replied_in_time,
  returned, extended, re_handled, escalated, revisit_result, breached_stages, breach_us, breached_open, breached_open_due_us,
  ${FLOW_KINDS.map((k) => `${k}_flow`).join(', ')}, open_kinds, open_due, adopted, answered, analysed_in_time`;

/** Flow facts per stage kind: completed × FLOW_LANE + completed in time, so sums over tickets keep the two apart. */
export const FLOW_LANE = 4294967296;

/** Microseconds of an interval or since the epoch, exactly (the report's seconds are these with six decimals). */
const micros = (expr: string) => `(extract(epoch FROM ${expr}) * 1000000)::bigint`;

/** The ticket columns KPI_FACTS reads. */
const KPI_TICKET_COLUMNS = [
  'id',
  'province_id',
  'channel_system_id',
  'owner_unit_id',
  'kind',
  'level',
  'channel',
  'customer_tier',
  'business_type',
  'filed_at',
  'commitment_due_at',
  'handling_due_at',
  'closed_at',
  'withdrawn_at',
  'ever_dispatched',
  'handling_round',
  'escalated',
  'revisit_result',
  'replied_at',
  'adoption',
  'analysed_at',
  'status',
];

/**
 * The KPI facts of each ticket of `tickets` (ticket_kpi_facts, column for column), from its row, its
 * stages and its events, read from the relations named (the tables, or a filing's own CTEs): what the
 * KPI report counts, each as the report's definition states it (DOMAIN §9, docs/domain.md §11).
 */
const KPI_FACTS = (src: { tickets: string; stages: string; events: string }) =>
  `SELECT t.id, t.province_id, t.channel_system_id, t.owner_unit_id, t.kind, t.level, t.channel, t.customer_tier, t.business_type,
          t.filed_at, (t.filed_at AT TIME ZONE '${KPI_TIME_ZONE}')::date, t.commitment_due_at,
          (t.commitment_due_at AT TIME ZONE '${KPI_TIME_ZONE}')::date, t.handling_due_at, t.closed_at, ${micros('t.closed_at - t.filed_at')},
          t.withdrawn_at IS NOT NULL, t.ever_dispatched, coalesce(x.replied_in_time, false),
          EXISTS (SELECT 1 FROM ${src.events} e WHERE e.ticket_id = t.id AND e.type = 'ticket.returned'),
          EXISTS (SELECT 1 FROM ${src.events} e WHERE e.ticket_id = t.id AND e.type = 'extension.decided' AND e.data ->> 'approved' = 'true'),
          t.handling_round > 1, t.escalated, t.revisit_result,
          x.breached_stages, x.breach_us, x.breached_open, x.breached_open_due_us,
          ${FLOW_KINDS.map((k) => `x.${k}_flow`).join(', ')}, x.open_kinds, x.open_due,
          t.replied_at IS NOT NULL AND t.adoption IS NOT DISTINCT FROM 'adopted', t.replied_at IS NOT NULL AND t.adoption IS NOT NULL,
          coalesce(t.analysed_at <= t.handling_due_at AND t.status NOT IN ('review', 'sign_for', 'handling'), false)
     FROM ${src.tickets} t
     CROSS JOIN LATERAL (
       SELECT -- The first reply came by the commitment: the commitment stage completes at the first reply and stays completed.
              bool_or(x.kind = 'commitment' AND x.status = 'completed' AND x.completed_at <= t.commitment_due_at) AS replied_in_time,
              (count(*) FILTER (WHERE x.breached_at IS NOT NULL))::int AS breached_stages,
              coalesce(sum(${micros('x.completed_at - x.due_at')}) FILTER (WHERE x.breached_at IS NOT NULL AND x.completed_at IS NOT NULL), 0)::bigint
                AS breach_us,
              (count(*) FILTER (WHERE x.breached_at IS NOT NULL AND x.completed_at IS NULL))::int AS breached_open,
              coalesce(sum(${micros('x.due_at')}) FILTER (WHERE x.breached_at IS NOT NULL AND x.completed_at IS NULL), 0)::bigint AS breached_open_due_us,
              ${FLOW_KINDS.map(
                (k) =>
                  `(count(*) FILTER (WHERE x.kind = '${k}' AND x.status = 'completed'))::bigint * ${FLOW_LANE}
                 + count(*) FILTER (WHERE x.kind = '${k}' AND x.status = 'completed' AND x.completed_at <= x.due_at) AS ${k}_flow`,
              ).join(',\n              ')},
              array_agg(x.kind::text ORDER BY x.id) FILTER (WHERE x.status = 'open' AND x.kind <> 'commitment') AS open_kinds,
              array_agg(x.due_at ORDER BY x.id) FILTER (WHERE x.status = 'open' AND x.kind <> 'commitment') AS open_due
         FROM ${src.stages} x WHERE x.ticket_id = t.id) x`;

/** Writes facts computed by KPI_FACTS; a row whose facts did not change is left alone (no dead tuple, no index entries). */
const UPSERT_KPI_FACTS = (select: string) =>
  `INSERT INTO ticket_kpi_facts (${KPI_FACT_COLUMNS}) ${select}
   ON CONFLICT (ticket_id) DO UPDATE SET (${KPI_FACT_COLUMNS}) = ROW(${KPI_FACT_COLUMNS.split(',')
     .map((c) => `excluded.${c.trim()}`)
     .join(', ')})
    WHERE ticket_kpi_facts IS DISTINCT FROM excluded`;

const TABLES = { tickets: 'tickets', stages: 'ticket_stages', events: 'ticket_events' };

/** The ticket INSERT of a filing for one set of given columns; its statement's name once the whole filing text is known. */
interface TicketInsert {
  given: ColumnMetadata[];
  /** The given columns and the version, quoted, for the INSERT. */
  columns: string;
  /** What the INSERT selects from the JSON rows: the given columns, and 1 for the version. */
  values: string;
  /** The columns the database fills in, from the inserted rows `t`. */
  returning: string;
  name?: string;
}
const ticketInserts = new Map<string, TicketInsert>();

/**
 * The ticket row's INSERT for the columns `ticket` gives (the others take their database defaults and
 * come back from RETURNING; the version starts at 1), built from the entity's metadata once per set of
 * columns instead of by the query builder on every filing.
 */
function ticketInsertOf(tx: EntityManager, ticket: Ticket): TicketInsert {
  const columns = tx.connection.getMetadata(Ticket).columns;
  const values = ticket as unknown as Record<string, unknown>;
  const given = columns.filter((c) => !c.isVersion && values[c.propertyName] !== undefined);
  const key = given.map((c) => c.databaseName).join(',');
  let shape = ticketInserts.get(key);
  if (!shape) {
    const version = columns.find((c) => c.isVersion);
    const names = given.map((c) => `"${c.databaseName}"`);
    const defaulted = columns.filter((c) => !given.includes(c) && !c.isVersion).map((c) => `"${c.databaseName}"`);
    const returning = defaulted.includes('"created_at"') ? defaulted : [...defaulted, '"created_at"'];
    shape = {
      given,
      columns: [...names, ...(version ? [`"${version.databaseName}"`] : [])].join(', '),
      values: [...names, ...(version ? ['1'] : [])].join(', '),
      returning: returning.map((c) => `t.${c}`).join(', '),
    };
    ticketInserts.set(key, shape);
  }
  return shape;
}

/** A value as `jsonb_populate_recordset` reads it back into its column: bytes as bytea's hex text, dates as ISO text. */
function jsonValue(value: unknown): unknown {
  if (Buffer.isBuffer(value)) return `\\x${value.toString('hex')}`;
  return value;
}

const json = (v: unknown) => (v === null || v === undefined ? null : JSON.stringify(v));

/**
 * The SQL of the one writer (TicketTransitionService): the only code that writes tickets, their
 * stages, events, participants, supervision orders and outbox rows. Every method runs in the
 * writer's transaction; locks are always taken ticket rows first (in id order), then their stages.
 */
export const TicketStateRepository = {
  /** Locks the ticket a stage (or a supervision order) belongs to; null when it does not exist. */
  async lockTicketOf(tx: EntityManager, subject: 'stage' | 'order', id: string): Promise<TicketHead | null> {
    const table = subject === 'stage' ? 'ticket_stages' : 'supervision_orders';
    const rows = await prepared<TicketHead>(
      tx,
      `writer_lock_ticket_of_${subject}`,
      `SELECT ${HEAD} FROM tickets t WHERE t.id = (SELECT ticket_id FROM ${table} WHERE id = $1) FOR UPDATE OF t`,
      [id],
    );
    return rows[0] ?? null;
  },

  /**
   * Up to `limit` tickets (ids in order) having a stage or an open supervision order whose `kind`
   * instant passed unrecorded, read without locks through the partial indexes of unrecorded instants:
   * what a drain then claims in batches.
   */
  async dueTicketIds(db: EntityManager, kind: DeadlineKind, now: Date, limit: number): Promise<string[]> {
    const [instant, recorded] = TIMER_COLUMNS[kind];
    const rows = await db.query<{ id: string }[]>(
      `SELECT s.ticket_id AS id FROM ticket_stages s WHERE s.status = 'open' AND s.${recorded} IS NULL AND s.${instant} <= $1
        UNION
       SELECT o.ticket_id FROM supervision_orders o WHERE o.status = 'open' AND o.${recorded} IS NULL AND o.${instant} <= $1
        ORDER BY 1 LIMIT $2`,
      [now, limit],
    );
    return rows.map((r) => r.id);
  },

  /**
   * Of the unrecorded `kind` instants of open stages and open supervision orders: whether one passed
   * by `now`, and the earliest one after `now` (null when none), each one probe of a partial index of
   * unrecorded instants.
   */
  async timerInstants(db: EntityManager, kind: DeadlineKind, now: Date): Promise<{ due: boolean; next: Date | null }> {
    const [instant, recorded] = TIMER_COLUMNS[kind];
    const [row] = await db.query<{ due: boolean; next: Date | null }[]>(
      `SELECT EXISTS (SELECT 1 FROM ticket_stages s WHERE s.status = 'open' AND s.${recorded} IS NULL AND s.${instant} <= $1)
           OR EXISTS (SELECT 1 FROM supervision_orders o WHERE o.status = 'open' AND o.${recorded} IS NULL AND o.${instant} <= $1) AS due,
              LEAST((SELECT min(s.${instant}) FROM ticket_stages s WHERE s.status = 'open' AND s.${recorded} IS NULL AND s.${instant} > $1),
                    (SELECT min(o.${instant}) FROM supervision_orders o WHERE o.status = 'open' AND o.${recorded} IS NULL AND o.${instant} > $1)) AS next`,
      [now],
    );
    return row;
  },

  /**
   * Claims up to `limit` tickets having a stage or an open supervision order whose `kind` instant
   * passed unrecorded, in id order: among `among` when given (a batch of `dueTicketIds`), otherwise
   * all, found through the partial indexes of unrecorded instants, so a claim costs what is due, not
   * the number of tickets (planned for each instant: a generic plan would walk the tickets' primary
   * key). Tickets locked elsewhere are skipped, or, with `wait`, waited for.
   */
  async claimTicketsWithDueStages(
    tx: EntityManager,
    kind: DeadlineKind,
    now: Date,
    limit: number,
    opts: { among?: string[]; wait?: boolean } = {},
  ): Promise<TicketHead[]> {
    const [instant, recorded] = TIMER_COLUMNS[kind];
    const lock = `FOR UPDATE OF t${opts.wait ? '' : ' SKIP LOCKED'}`;
    if (opts.among) {
      return await tx.query<TicketHead[]>(
        `SELECT ${HEAD} FROM tickets t
          WHERE t.id = ANY ($3::uuid[])
            AND (EXISTS (SELECT 1 FROM ticket_stages s
                          WHERE s.ticket_id = t.id AND s.status = 'open' AND s.${recorded} IS NULL AND s.${instant} <= $1)
                 OR EXISTS (SELECT 1 FROM supervision_orders o
                             WHERE o.ticket_id = t.id AND o.status = 'open' AND o.${recorded} IS NULL AND o.${instant} <= $1))
          ORDER BY t.id LIMIT $2 ${lock}`,
        [now, limit, opts.among],
      );
    }
    // The due ids are collected first (an array built once from the partial indexes), then the tickets
    // fetched by primary key. Written as a join (`t.id IN (…)`), the planner estimates the due rows from
    // the column statistics, which count every instant passed since the last ANALYZE as still due: once
    // that estimate reaches a few thousand (about 30 s of a steady 100 deadlines/s on 100,000 stages),
    // it chooses a merge join walking the whole primary key in id order for the LIMIT, and each claim
    // reads every ticket (21,000 buffers and 400-600 ms for 66 due tickets among 20,000).
    return await tx.query<TicketHead[]>(
      `SELECT ${HEAD} FROM tickets t
        WHERE t.id = ANY (ARRAY(SELECT s.ticket_id FROM ticket_stages s WHERE s.status = 'open' AND s.${recorded} IS NULL AND s.${instant} <= $1
                                UNION ALL
                                SELECT o.ticket_id FROM supervision_orders o WHERE o.status = 'open' AND o.${recorded} IS NULL AND o.${instant} <= $1))
        ORDER BY t.id LIMIT $2 ${lock}`,
      [now, limit],
    );
  },

  /**
   * Locks supervision orders of tickets the caller already locked (after their stages), each with the
   * chain of the unit that must answer it. `only` narrows to one order, to open orders of a timer kind
   * that are due, or to the open orders a closing transition resolves (about these stages, or, when
   * `stageless`, about no stage).
   */
  async lockOrders(
    tx: EntityManager,
    ticketIds: string[],
    only: { orderId: string } | { due: DeadlineKind; now: Date } | { stageIds: string[]; stageless: boolean },
  ): Promise<LockedOrder[]> {
    const params: unknown[] = [ticketIds];
    let filter: string;
    let name: string;
    if ('orderId' in only) {
      params.push(only.orderId);
      filter = 'o.id = $2';
      name = 'writer_lock_order';
    } else if ('due' in only) {
      const [instant, recorded] = TIMER_COLUMNS[only.due];
      params.push(only.now);
      filter = `o.status = 'open' AND o.${recorded} IS NULL AND o.${instant} <= $2`;
      name = `writer_lock_due_orders_${only.due}`;
    } else {
      params.push(only.stageIds, only.stageless);
      filter = `o.status = 'open' AND (o.stage_id = ANY ($2::uuid[]) OR ($3 AND o.stage_id IS NULL))`;
      name = 'writer_lock_resolved_orders';
    }
    return prepared<LockedOrder>(
      tx,
      name,
      `SELECT ${ORDER}, u.path AS "targetPath", ${chainOf('u')}, ${partiesOf('o.ticket_id')}
         FROM supervision_orders o JOIN org_units u ON u.id = o.target_unit_id
        WHERE o.ticket_id = ANY ($1::uuid[]) AND ${filter}
        ORDER BY o.ticket_id, o.id FOR UPDATE OF o`,
      params,
    );
  },

  /** Marks orders answered (their stage closed, or their ticket is no longer open); the caller holds their locks. */
  async resolveOrders(tx: EntityManager, ids: string[], now: Date): Promise<void> {
    if (ids.length === 0) return;
    await tx.query(`UPDATE supervision_orders SET status = 'resolved', resolved_at = $2 WHERE id = ANY ($1::uuid[]) AND status = 'open'`, [
      ids,
      now,
    ]);
  },

  /**
   * Claims up to `limit` open tickets of the ageing kinds filed before `filedBefore` and not yet upgraded,
   * each with its open stages (what an upgrade's notification names as the stage concerned).
   */
  async claimAgedTickets(
    tx: EntityManager,
    filedBefore: Date,
    statuses: readonly TicketStatus[],
    kinds: readonly TicketKind[],
    limit: number,
  ): Promise<(TicketHead & { openStages: NoticeStageFacts[] })[]> {
    type Row = TicketHead & {
      openStages: (Omit<NoticeStageFacts, 'warnAt' | 'dueAt' | 'startedAt'> & Record<'warnAt' | 'dueAt' | 'startedAt', string>)[];
    };
    const rows = await tx.query<Row[]>(
      `SELECT ${HEAD},
              ARRAY(SELECT json_build_object('id', s.id, 'kind', s.kind, 'ownerUnitId', s.owner_unit_id, 'status', s.status,
                                             'warnAt', s.warn_at, 'dueAt', s.due_at, 'startedAt', s.started_at)
                      FROM ticket_stages s WHERE s.ticket_id = t.id AND s.status = 'open') AS "openStages"
         FROM tickets t
        WHERE t.severity_upgraded_at IS NULL AND t.filed_at <= $1 AND t.status = ANY ($2) AND t.kind = ANY ($3)
        ORDER BY t.id LIMIT $4 FOR UPDATE OF t SKIP LOCKED`,
      [filedBefore, statuses, kinds, limit],
    );
    return rows.map((r) => ({
      ...r,
      openStages: r.openStages.map((st) => ({
        ...st,
        warnAt: new Date(st.warnAt),
        dueAt: new Date(st.dueAt),
        startedAt: new Date(st.startedAt),
      })),
    }));
  },

  /**
   * Locks stages of tickets the caller already locked (id order), each with its owner's chain of
   * units for the escalation rule. `only` narrows to one stage, or to stages of a timer kind that are due.
   */
  async lockStages(
    tx: EntityManager,
    ticketIds: string[],
    only: { stageId: string } | { due: DeadlineKind; now: Date },
  ): Promise<LockedStage[]> {
    const params: unknown[] = [ticketIds];
    let filter: string;
    let name: string;
    if ('stageId' in only) {
      params.push(only.stageId);
      filter = 's.id = $2';
      name = 'writer_lock_stage';
    } else {
      const [instant, recorded] = TIMER_COLUMNS[only.due];
      params.push(only.now);
      filter = `s.status = 'open' AND s.${recorded} IS NULL AND s.${instant} <= $2`;
      name = `writer_lock_due_stages_${only.due}`;
    }
    return prepared<LockedStage>(
      tx,
      name,
      `SELECT ${STAGE}, o.path AS "ownerPath", ${chainOf('o')}, ${partiesOf('s.ticket_id')}
         FROM ticket_stages s JOIN org_units o ON o.id = s.owner_unit_id
        WHERE s.ticket_id = ANY ($1::uuid[]) AND ${filter}
        ORDER BY s.ticket_id, s.id FOR UPDATE OF s`,
      params,
    );
  },

  /** Locks the open stages of one locked ticket, in id order; each says whether an open supervision order is about it. */
  async lockOpenStages(tx: EntityManager, ticketId: string): Promise<OpenStageRow[]> {
    return prepared<OpenStageRow>(
      tx,
      'writer_lock_open_stages',
      `SELECT ${STAGE}, s.round, s.started_at AS "startedAt",
              EXISTS (SELECT 1 FROM supervision_orders o WHERE o.ticket_id = s.ticket_id AND o.stage_id = s.id AND o.status = 'open') AS "openOrders"
         FROM ticket_stages s
        WHERE s.ticket_id = $1 AND s.status = 'open' ORDER BY s.id FOR UPDATE OF s`,
      [ticketId],
    );
  },

  /** Locks one ticket for a deadline recount; null when it does not exist. */
  async lockTicketDeadlines(tx: EntityManager, ticketId: string): Promise<TicketDeadlines | null> {
    const rows = await tx.query<TicketDeadlines[]>(
      `SELECT id, handling_due_at AS "handlingDueAt", commitment_due_at AS "commitmentDueAt", round_dispatched_at AS "roundDispatchedAt"
         FROM tickets WHERE id = $1 FOR UPDATE`,
      [ticketId],
    );
    return rows[0] ?? null;
  },

  /**
   * Locks the open stages of a locked ticket whose basis carries `mark` (a provisional count), read
   * under the lock so a concurrent recount finds nothing left. A deadline set by an approved
   * extension is no longer the provisional count, and is left alone.
   */
  async lockProvisionalStages(tx: EntityManager, ticketId: string, mark: string): Promise<ProvisionalStageRow[]> {
    return await tx.query<ProvisionalStageRow[]>(
      `SELECT s.id, s.kind, s.owner_unit_id AS "ownerUnitId", s.round, s.started_at AS "startedAt", s.warn_at AS "warnAt",
              s.due_at AS "dueAt", s.deadline_gen AS "deadlineGen", s.basis, s.warned_at AS "warnedAt", s.breached_at AS "breachedAt"
         FROM ticket_stages s
        WHERE s.ticket_id = $1 AND s.status = 'open' AND s.basis LIKE $2 AND s.basis NOT LIKE '%; extended to %'
        ORDER BY s.id FOR UPDATE`,
      [ticketId, `%${mark.replace(/[\\%_]/g, (c) => `\\${c}`)}%`],
    );
  },

  /** When a handling round began: a deadline kept across transfers counts from the round's first handling stage. */
  async handlingRoundStart(tx: EntityManager, ticketId: string, round: number): Promise<Date> {
    const [first] = await tx.query<{ at: Date }[]>(
      `SELECT min(started_at) AS at FROM ticket_stages WHERE ticket_id = $1 AND kind = 'handling' AND round = $2`,
      [ticketId, round],
    );
    return first.at;
  },

  /** Applies a recount's stage deadlines and bases, and the ticket's deadlines when any moved (its events go through `write`). */
  async writeDeadlines(tx: EntityManager, ticketId: string, settlement: DeadlineSettlement, now: Date): Promise<void> {
    const { settled, moved, ticket } = settlement;
    if (settled.length) {
      await tx.query(`UPDATE ticket_stages s SET basis = u.basis FROM unnest($1::uuid[], $2::text[]) AS u(id, basis) WHERE s.id = u.id`, [
        settled.map((m) => m.stageId),
        settled.map((m) => m.basis),
      ]);
    }
    if (moved.length === 0) return;
    await TicketStateRepository.moveDeadlines(tx, moved);
    await tx.query(
      `UPDATE tickets SET commitment_due_at = coalesce($2, commitment_due_at), handling_due_at = coalesce($3, handling_due_at),
              version = version + 1, updated_at = $4
        WHERE id = $1`,
      [ticketId, ticket.commitmentDueAt ?? null, ticket.handlingDueAt ?? null, now],
    );
  },

  /**
   * The other direction of a repeat complaint: each earlier ticket the filing found lists the new one
   * (a new version of it, so a sync client sees the change). Used by the filing with a transaction of its own.
   */
  async linkRepeats(tx: EntityManager, ticketId: string, earlierIds: string[], now: Date): Promise<void> {
    if (earlierIds.length === 0) return;
    await tx.query(LINK_REPEATS('$1', '$2', '$3'), [ticketId, earlierIds, now]);
  },

  /** Moves stage deadlines to new generations (a recount), each with its basis, what stays fired and, when counted from another instant, its start. */
  async moveDeadlines(tx: EntityManager, moved: (MovedDeadline & { startedAt?: Date })[]): Promise<void> {
    if (moved.length === 0) return;
    await tx.query(
      `UPDATE ticket_stages s
          SET warn_at = u.warn_at, due_at = u.due_at, deadline_gen = u.gen, basis = u.basis, warned_at = u.warned_at, breached_at = u.breached_at,
              started_at = coalesce(u.started_at, s.started_at)
         FROM unnest($1::uuid[], $2::timestamptz[], $3::timestamptz[], $4::int[], $5::text[], $6::timestamptz[], $7::timestamptz[], $8::timestamptz[])
              AS u(id, warn_at, due_at, gen, basis, warned_at, breached_at, started_at)
        WHERE s.id = u.id`,
      [
        moved.map((m) => m.stageId),
        moved.map((m) => m.warnAt),
        moved.map((m) => m.dueAt),
        moved.map((m) => m.deadlineGen),
        moved.map((m) => m.basis),
        moved.map((m) => m.warnedAt),
        moved.map((m) => m.breachedAt),
        moved.map((m) => m.startedAt ?? null),
      ],
    );
  },

  /**
   * Filings in one statement (one or many, each a new ticket with its stages and changes): the ticket
   * rows from one JSON array (`jsonb_populate_recordset`, so the text is the same for any number of
   * filings of one set of given columns, see ticketInsertOf), then their stages, events, KPI facts
   * (from the rows the statement inserts), outbox rows and participants as data-modifying CTEs, and
   * the repeat links on the customers' earlier tickets. A new ticket has no earlier events, so its
   * events' positions start at 1. Returns, per ticket id, the columns the database filled in (defaults).
   */
  async insertFilings(tx: EntityManager, filings: FilingRows[]): Promise<Map<string, Record<string, unknown>>> {
    const shape = ticketInsertOf(tx, filings[0].ticket);
    for (const f of filings) {
      if (ticketInsertOf(tx, f.ticket) !== shape) throw new Error('filings of one statement give the same ticket columns');
    }
    const rows = filings.map((f) =>
      Object.fromEntries(shape.given.map((c) => [c.databaseName, jsonValue(c.getEntityValue(f.ticket, true))])),
    );
    const stages = filings.flatMap((f) => f.stages);
    const events = filings.flatMap((f) => f.changes.events.map((e) => ({ ...e, performer: f.performer, now: f.now })));
    const outbox = filings.flatMap((f) => f.changes.outbox);
    const participants = filings.flatMap((f) => f.changes.participants);
    const repeats = filings.flatMap((f) => (f.ticket.linkedTicketIds ?? []).map((earlier) => ({ id: f.ticket.id, earlier, now: f.now })));
    const params: unknown[] = [JSON.stringify(rows)];
    const p = (v: unknown) => `$${params.push(v)}`;
    const sql = `WITH t AS (INSERT INTO "tickets" (${shape.columns}) SELECT ${shape.values} FROM jsonb_populate_recordset(NULL::"tickets", $1::jsonb) RETURNING *),
       s AS (
         INSERT INTO ticket_stages (id, ticket_id, kind, owner_unit_id, round, status, started_at, warn_at, due_at, deadline_gen, basis,
                                    completed_at, warned_at, breached_at, task, opinion)
         SELECT * FROM unnest(${p(stages.map((x) => x.id))}::uuid[], ${p(stages.map((x) => x.ticketId))}::uuid[], ${p(stages.map((x) => x.kind))}::text[],
                ${p(stages.map((x) => x.ownerUnitId))}::uuid[], ${p(stages.map((x) => x.round))}::int[], ${p(stages.map((x) => x.status))}::text[],
                ${p(stages.map((x) => x.startedAt))}::timestamptz[], ${p(stages.map((x) => x.warnAt))}::timestamptz[], ${p(stages.map((x) => x.dueAt))}::timestamptz[],
                ${p(stages.map((x) => x.deadlineGen))}::int[], ${p(stages.map((x) => x.basis))}::text[], ${p(stages.map((x) => x.completedAt))}::timestamptz[],
                ${p(stages.map((x) => x.warnedAt))}::timestamptz[], ${p(stages.map((x) => x.breachedAt))}::timestamptz[], ${p(stages.map((x) => x.task))}::text[],
                ${p(stages.map((x) => x.opinion))}::text[])
         RETURNING *),
       events AS (
         INSERT INTO ticket_events (ticket_id, seq, type, actor_kind, actor_id, actor_unit_id, at, reason, before, after, data, request_id)
         SELECT e.ticket_id, row_number() OVER (PARTITION BY e.ticket_id ORDER BY e.ord), e.type, e.actor_kind, e.actor_id, e.actor_unit_id, e.at,
                e.reason, e.before, e.after, e.data, e.request_id
           FROM unnest(${p(events.map((e) => e.ticketId))}::uuid[], ${p(events.map((e) => e.event.type))}::text[],
                       ${p(events.map((e) => JSON.stringify(e.event.data)))}::jsonb[], ${p(events.map((e) => e.reason ?? null))}::text[],
                       ${p(events.map((e) => json(e.before)))}::jsonb[], ${p(events.map((e) => json(e.after)))}::jsonb[],
                       ${p(events.map((e) => e.performer.kind))}::text[], ${p(events.map((e) => e.performer.id))}::text[],
                       ${p(events.map((e) => e.performer.unitId))}::uuid[], ${p(events.map((e) => e.now))}::timestamptz[],
                       ${p(events.map((e) => e.performer.requestId ?? null))}::text[])
                WITH ORDINALITY AS e(ticket_id, type, data, reason, before, after, actor_kind, actor_id, actor_unit_id, at, request_id, ord)
         RETURNING ticket_id, type, data),
       tk AS (SELECT ${KPI_TICKET_COLUMNS.join(', ')} FROM t),
       facts AS (${UPSERT_KPI_FACTS(KPI_FACTS({ tickets: 'tk', stages: 's', events: 'events' }))} RETURNING 1),
       outbox_rows AS (
         INSERT INTO outbox (event_type, ticket_id, unit_ids, channel_system_ids, payload, channel_payload)
         SELECT o.type, o.ticket_id,
                ARRAY(SELECT jsonb_array_elements_text(o.units)::uuid), ARRAY(SELECT jsonb_array_elements_text(o.channels)::uuid), o.payload,
                o.channel_payload
           FROM unnest(${p(outbox.map((o) => o.type))}::text[], ${p(outbox.map((o) => o.ticketId))}::uuid[],
                       ${p(outbox.map((o) => JSON.stringify(o.recipients.unitIds)))}::jsonb[],
                       ${p(outbox.map((o) => JSON.stringify(o.recipients.channelSystemIds)))}::jsonb[],
                       ${p(outbox.map((o) => JSON.stringify(o.payload)))}::jsonb[],
                       ${p(outbox.map((o) => json(o.channelPayload)))}::jsonb[])
                WITH ORDINALITY AS o(type, ticket_id, units, channels, payload, channel_payload, ord)
          ORDER BY o.ord
         RETURNING 1),
       repeats AS (
         UPDATE tickets e SET repeated_by_ticket_ids = e.repeated_by_ticket_ids || l.ids, version = e.version + 1, updated_at = l.at
           FROM (SELECT r.earlier, array_agg(r.id ORDER BY r.ord) AS ids, max(r.at) AS at
                   FROM unnest(${p(repeats.map((r) => r.id))}::uuid[], ${p(repeats.map((r) => r.earlier))}::uuid[],
                               ${p(repeats.map((r) => r.now))}::timestamptz[]) WITH ORDINALITY AS r(id, earlier, at, ord)
                  GROUP BY r.earlier) l
          WHERE e.id = l.earlier
         RETURNING 1),
       participants AS (
         INSERT INTO ticket_participants (ticket_id, unit_id, role, ticket_created_at)
         SELECT x.ticket_id, x.unit_id, x.role, t.created_at
           FROM unnest(${p(participants.map((x) => x.ticketId))}::uuid[], ${p(participants.map((x) => x.unitId))}::uuid[],
                       ${p(participants.map((x) => x.role))}::text[]) AS x(ticket_id, unit_id, role)
           JOIN t ON t.id = x.ticket_id
         ON CONFLICT DO NOTHING
         RETURNING 1)
       SELECT t.id AS "__id", ${shape.returning} FROM t`;
    shape.name ??= `filing_${createHash('sha256').update(sql).digest('hex').slice(0, 24)}`;
    const stored = await prepared<Record<string, unknown>>(tx, shape.name, sql, params);
    return new Map(stored.map(({ __id, ...row }) => [__id as string, row]));
  },
  /** Supervising and co-handling units of each ticket, for the recipients of its notifications. */
  async parties(tx: EntityManager, ticketIds: string[]): Promise<Map<string, Parties>> {
    const rows = await prepared<{ ticketId: string; unitId: string; role: ParticipantRole }>(
      tx,
      'writer_parties',
      `SELECT ticket_id AS "ticketId", unit_id AS "unitId", role FROM ticket_participants
        WHERE ticket_id = ANY ($1::uuid[]) AND role IN ('supervisor', 'cohandler')`,
      [ticketIds],
    );
    const out = new Map<string, Parties>(ticketIds.map((id) => [id, { supervisorUnitIds: [], cohandlerUnitIds: [] }]));
    for (const r of rows) {
      const p = out.get(r.ticketId)!;
      (r.role === 'supervisor' ? p.supervisorUnitIds : p.cohandlerUnitIds).push(r.unitId);
    }
    return out;
  },

  /** Closes stages (completed or cancelled). The caller decided which stages close and already holds their locks. */
  async closeStages(tx: EntityManager, ids: string[], status: 'completed' | 'cancelled', now: Date, opinion?: string): Promise<void> {
    if (ids.length === 0) return;
    await tx.query(
      `UPDATE ticket_stages SET status = $2, completed_at = $3, opinion = coalesce($4, opinion)
        WHERE id = ANY ($1::uuid[]) AND status = 'open'`,
      [ids, status, now, opinion ?? null],
    );
  },

  /**
   * Writes marks, ticket marks, events, outbox rows, supervision orders and participants in one
   * statement (this runs for every transition and every timer firing). Stage and order marks keep the
   * firing guard: a mark applies only to the deadline generation it was decided for and only if not
   * yet recorded; fewer marks than asked means the decision was stale, and the caller rolls back.
   */
  async write(tx: EntityManager, changes: Changes, performer: Performer, now: Date): Promise<{ marked: number }> {
    const c = changes;
    const [row] = await prepared<{ marked: number }>(
      tx,
      'writer_write',
      `WITH
       marks AS (
         UPDATE ticket_stages s
            SET warned_at = coalesce(m.warned_at, s.warned_at), breached_at = coalesce(m.breached_at, s.breached_at),
                at_risk_at = coalesce(s.at_risk_at, m.at_risk_at)
           FROM unnest($1::uuid[], $2::int[], $3::timestamptz[], $4::timestamptz[], $35::timestamptz[]) AS m(id, gen, warned_at, breached_at, at_risk_at)
          WHERE s.id = m.id AND s.deadline_gen = m.gen
            AND (m.warned_at IS NULL OR s.warned_at IS NULL) AND (m.breached_at IS NULL OR s.breached_at IS NULL)
         RETURNING s.id),
       order_marks AS (
         UPDATE supervision_orders o
            SET warned_at = coalesce(m.warned_at, o.warned_at), breached_at = coalesce(m.breached_at, o.breached_at)
           FROM unnest($37::uuid[], $38::int[], $39::timestamptz[], $40::timestamptz[]) AS m(id, gen, warned_at, breached_at)
          WHERE o.id = m.id AND o.deadline_gen = m.gen
            AND (m.warned_at IS NULL OR o.warned_at IS NULL) AND (m.breached_at IS NULL OR o.breached_at IS NULL)
         RETURNING o.id),
       ticket_marks AS (
         UPDATE tickets t
            SET version = t.version + 1, updated_at = $5, escalated = t.escalated OR u.escalated,
                severity_upgraded_at = coalesce(t.severity_upgraded_at, u.upgraded_at)
           FROM unnest($6::uuid[], $7::boolean[], $8::timestamptz[]) AS u(id, escalated, upgraded_at)
          WHERE t.id = u.id
         RETURNING t.id),
       events AS (
         INSERT INTO ticket_events (ticket_id, seq, type, actor_kind, actor_id, actor_unit_id, at, reason, before, after, data, request_id)
         SELECT e.ticket_id,
                coalesce((SELECT max(x.seq) FROM ticket_events x WHERE x.ticket_id = e.ticket_id), 0)
                  + row_number() OVER (PARTITION BY e.ticket_id ORDER BY e.ord),
                e.type, $9, $10, $11, $5, e.reason, e.before, e.after, e.data, $12
           FROM unnest($13::uuid[], $14::text[], $15::jsonb[], $16::text[], $17::jsonb[], $18::jsonb[])
                WITH ORDINALITY AS e(ticket_id, type, data, reason, before, after, ord)
         RETURNING 1),
       outbox_rows AS (
         INSERT INTO outbox (event_type, ticket_id, unit_ids, channel_system_ids, payload, channel_payload)
         SELECT o.type, o.ticket_id,
                ARRAY(SELECT jsonb_array_elements_text(o.units)::uuid), ARRAY(SELECT jsonb_array_elements_text(o.channels)::uuid), o.payload,
                o.channel_payload
           FROM unnest($19::text[], $20::uuid[], $21::jsonb[], $22::jsonb[], $23::jsonb[], $36::jsonb[])
                WITH ORDINALITY AS o(type, ticket_id, units, channels, payload, channel_payload, ord)
          ORDER BY o.ord
         RETURNING 1),
       orders AS (
         INSERT INTO supervision_orders (id, ticket_id, stage_id, issuer_unit_id, target_unit_id, note, due_at, automatic,
                                         warn_at, basis, escalated_from_id, status)
         SELECT *, 'open' FROM unnest($24::uuid[], $25::uuid[], $26::uuid[], $27::uuid[], $28::uuid[], $29::text[], $30::timestamptz[], $31::boolean[],
                                      $41::timestamptz[], $42::text[], $43::uuid[])
         RETURNING 1),
       participants AS (
         INSERT INTO ticket_participants (ticket_id, unit_id, role, ticket_created_at)
         SELECT p.ticket_id, p.unit_id, p.role, t.created_at
           FROM unnest($32::uuid[], $33::uuid[], $34::text[]) AS p(ticket_id, unit_id, role) JOIN tickets t ON t.id = p.ticket_id
         ON CONFLICT DO NOTHING
         RETURNING 1)
       SELECT ((SELECT count(*) FROM marks) + (SELECT count(*) FROM order_marks))::int AS marked`,
      [
        c.stageMarks.map((m) => m.stageId),
        c.stageMarks.map((m) => m.gen),
        c.stageMarks.map((m) => m.warnedAt ?? null),
        c.stageMarks.map((m) => m.breachedAt ?? null),
        now,
        c.ticketMarks.map((m) => m.ticketId),
        c.ticketMarks.map((m) => m.escalated),
        c.ticketMarks.map((m) => m.severityUpgradedAt),
        performer.kind,
        performer.id,
        performer.unitId,
        performer.requestId ?? null,
        c.events.map((e) => e.ticketId),
        c.events.map((e) => e.event.type),
        c.events.map((e) => JSON.stringify(e.event.data)),
        c.events.map((e) => e.reason ?? null),
        c.events.map((e) => json(e.before)),
        c.events.map((e) => json(e.after)),
        c.outbox.map((o) => o.type),
        c.outbox.map((o) => o.ticketId),
        c.outbox.map((o) => JSON.stringify(o.recipients.unitIds)),
        c.outbox.map((o) => JSON.stringify(o.recipients.channelSystemIds)),
        c.outbox.map((o) => JSON.stringify(o.payload)),
        c.supervisionOrders.map((o) => o.id),
        c.supervisionOrders.map((o) => o.ticketId),
        c.supervisionOrders.map((o) => o.stageId),
        c.supervisionOrders.map((o) => o.issuerUnitId),
        c.supervisionOrders.map((o) => o.targetUnitId),
        c.supervisionOrders.map((o) => o.note),
        c.supervisionOrders.map((o) => o.dueAt),
        c.supervisionOrders.map((o) => o.automatic),
        c.participants.map((p) => p.ticketId),
        c.participants.map((p) => p.unitId),
        c.participants.map((p) => p.role),
        c.stageMarks.map((m) => m.atRiskAt ?? null),
        c.outbox.map((o) => json(o.channelPayload)),
        c.orderMarks.map((m) => m.orderId),
        c.orderMarks.map((m) => m.gen),
        c.orderMarks.map((m) => m.warnedAt ?? null),
        c.orderMarks.map((m) => m.breachedAt ?? null),
        c.supervisionOrders.map((o) => o.warnAt),
        c.supervisionOrders.map((o) => o.basis),
        c.supervisionOrders.map((o) => o.escalatedFromId),
      ],
    );
    await TicketStateRepository.refreshKpiFacts(tx, ticketsOf(c));
    return row;
  },

  /**
   * Recomputes the KPI facts of tickets this transaction changed, after its last change to them (the
   * writer's pass ends with `write`, which calls this for every ticket it names). A batch refreshes all
   * its tickets in this one statement.
   */
  async refreshKpiFacts(tx: EntityManager, ticketIds: string[]): Promise<void> {
    if (ticketIds.length === 0) return;
    await prepared(tx, 'writer_kpi_facts', UPSERT_KPI_FACTS(`${KPI_FACTS(TABLES)} WHERE t.id = ANY ($1::uuid[])`), [ticketIds]);
  },

  /** Recomputes the KPI facts of every ticket (a database filled without the writer, such as a benchmark's). */
  async rebuildKpiFacts(tx: EntityManager): Promise<void> {
    await tx.query(UPSERT_KPI_FACTS(KPI_FACTS(TABLES)));
  },

  /**
   * Archived tickets archived at or before `archivedBefore` whose personal data is still there, up to
   * `limit`, archived longest ago first, locked (tickets another writer holds are skipped).
   */
  async claimAnonymisable(tx: EntityManager, archivedBefore: Date, limit: number): Promise<string[]> {
    const rows = await tx.query<{ id: string }[]>(
      `SELECT t.id FROM tickets t
        WHERE t.anonymised_at IS NULL AND t.archived_at <= $1 AND t.status = 'archived'
        ORDER BY t.archived_at, t.id LIMIT $2 FOR UPDATE SKIP LOCKED`,
      [archivedBefore, limit],
    );
    return rows.map((r) => r.id);
  },

  /** Locks the tickets `ids`, in id order (the one lock order), with what an erasure decides on. */
  async lockForErasure(tx: EntityManager, ids: string[]): Promise<{ id: string; status: TicketStatus; anonymisedAt: Date | null }[]> {
    return tx.query(`SELECT id, status, anonymised_at AS "anonymisedAt" FROM tickets WHERE id = ANY ($1::uuid[]) ORDER BY id FOR UPDATE`, [
      ids,
    ]);
  },

  /**
   * Replaces the personal data (src/privacy/domain/personal-data.ts) of the locked tickets `ids`
   * wherever this service keeps a copy: the ticket row (its search document follows by trigger), the
   * free texts of its events and co-handling opinions, its notices in the outbox and the delivery log,
   * its attachments' names and locations, and its filings' idempotency keys (dropped). The caller
   * records the event and the new version with `write`.
   */
  async anonymise(tx: EntityManager, ids: string[], now: Date): Promise<void> {
    if (ids.length === 0) return;
    await tx
      .createQueryBuilder()
      .update(Ticket)
      // Required texts become ANONYMISED, optional ones and the blind indexes null (PERSONAL_TICKET_FIELDS says which).
      .set({ ...(anonymisedFields() as Partial<Ticket>), anonymisedAt: now })
      .where('id = ANY (:ids)', { ids })
      .execute();
    const eventPaths = [...PERSONAL_EVENT_DATA_KEYS];
    const noticePaths = [...PERSONAL_NOTICE_KEYS, ...PERSONAL_EVENT_DATA_KEYS.map((k) => `data.${k}`)];
    // An event's `reason` repeats the command's note or text when it had no reason of its own (both read the row before the update).
    await tx.query(
      `UPDATE ticket_events
          SET data = jsonb_anonymise(data, $2, $3),
              reason = CASE WHEN reason = ANY (ARRAY(SELECT data->>k FROM unnest($2::text[]) k)) THEN $3 ELSE reason END
        WHERE ticket_id = ANY ($1::uuid[]) AND data ?| $2`,
      [ids, eventPaths, ANONYMISED],
    );
    await tx.query(`UPDATE ticket_stages SET opinion = $2 WHERE ticket_id = ANY ($1::uuid[]) AND opinion IS NOT NULL`, [ids, ANONYMISED]);
    await tx.query(
      `UPDATE ticket_search s
          SET updates = coalesce((SELECT search_fold(string_agg(e.data->>'text', E'\\n' ORDER BY e.seq)) FROM ticket_events e
                                   WHERE e.ticket_id = s.ticket_id AND e.type = ANY ($2)), '')
        WHERE s.ticket_id = ANY ($1::uuid[])`,
      [ids, [...CUSTOMER_CORRESPONDENCE_EVENTS]],
    );
    await tx.query(
      `WITH notices AS (
         UPDATE outbox SET payload = jsonb_anonymise(payload, $2, $3), channel_payload = jsonb_anonymise(channel_payload, $2, $3)
          WHERE ticket_id = ANY ($1::uuid[])
         RETURNING id)
       UPDATE webhook_deliveries d SET payload = jsonb_anonymise(d.payload, $2, $3) FROM notices n WHERE d.outbox_id = n.id`,
      [ids, noticePaths, ANONYMISED],
    );
    await tx.query(`UPDATE ticket_attachments SET name = $2, url = $2, checksum = NULL WHERE ticket_id = ANY ($1::uuid[])`, [
      ids,
      ANONYMISED,
    ]);
    await tx.query(`DELETE FROM idempotency_keys WHERE ticket_id = ANY ($1::uuid[])`, [ids]);
  },

  /** The writer's own update of a locked ticket: the machine's next state and the command's fields, one version further. */
  async updateTicket(tx: EntityManager, ticketId: string, patch: Partial<Ticket>, now: Date): Promise<Ticket> {
    await tx
      .createQueryBuilder()
      .update(Ticket)
      .set({ ...patch, version: () => 'version + 1', updatedAt: now })
      .where('id = :id', { id: ticketId })
      .execute();
    return tx.findOneByOrFail(Ticket, { id: ticketId });
  },

  async ticket(tx: EntityManager, ticketId: string): Promise<Ticket> {
    return tx.findOneByOrFail(Ticket, { id: ticketId });
  },

  async lockTicket(tx: EntityManager, ticketId: string): Promise<Ticket> {
    return tx.findOneOrFail(Ticket, { where: { id: ticketId }, lock: { mode: 'pessimistic_write' } });
  },

  /**
   * Common filings (no idempotency key, attachments or automatic dispatch), one or many in one
   * statement: `insertFilings` with the ticket and stage ids made by the caller, then each stored row's
   * database defaults copied back onto its ticket, so nothing is read back.
   */
  async fileAtOnce(tx: EntityManager, filings: FilingRows[]): Promise<void> {
    const stored = await TicketStateRepository.insertFilings(tx, filings);
    const columns = tx.connection.getMetadata(Ticket).columns;
    for (const { ticket } of filings) {
      const row = stored.get(ticket.id);
      if (!row) throw new Error(`filing ${ticket.id} was not stored`);
      for (const column of columns) {
        if (column.databaseName in row) (ticket as unknown as Record<string, unknown>)[column.propertyName] = row[column.databaseName];
      }
      ticket.version = 1;
    }
  },

  /** The ticket row of a filing that is not done at once, with its idempotency key. */
  async insertTicket(
    tx: EntityManager,
    record: Partial<Ticket>,
    idempotency?: Omit<IdempotencyKey, 'ticketId' | 'createdAt'>,
  ): Promise<Ticket> {
    const ticket = await tx.save(tx.create(Ticket, record));
    if (idempotency) await tx.insert(IdempotencyKey, { ...idempotency, ticketId: ticket.id });
    return ticket;
  },

  async insertStages(tx: EntityManager, ticketId: string, rows: Partial<TicketStage>[]): Promise<TicketStage[]> {
    return tx.save(rows.map((s) => tx.create(TicketStage, { ...s, ticketId })));
  },

  async insertAttachments(tx: EntityManager, ticketId: string, attachments: Omit<TicketAttachment, 'id' | 'ticketId' | 'createdAt'>[]) {
    if (attachments.length === 0) return;
    await tx.save(attachments.map((a) => tx.create(TicketAttachment, { ...a, ticketId })));
  },

  async insertAttachment(tx: EntityManager, attachment: TicketAttachment): Promise<void> {
    await tx.insert(TicketAttachment, attachment);
  },

  /** The round's latest handling stage, whose deadline a transfer or rework may keep. */
  async latestHandlingStage(tx: EntityManager, ticketId: string, round: number): Promise<TicketStage | null> {
    return tx.findOne(TicketStage, { where: { ticketId, kind: 'handling', round }, order: { startedAt: 'DESC' } });
  },

  async insertStage(tx: EntityManager, stage: Partial<TicketStage>): Promise<TicketStage> {
    return tx.save(tx.create(TicketStage, stage));
  },

  async stage(tx: EntityManager, stageId: string): Promise<TicketStage> {
    return tx.findOneByOrFail(TicketStage, { id: stageId });
  },

  async saveStage(tx: EntityManager, stage: TicketStage): Promise<TicketStage> {
    return tx.save(stage);
  },
};
