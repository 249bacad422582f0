import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Per-ticket KPI facts (entity TicketKpiFacts): one narrow row per ticket, kept by the writer in the
 * transaction of every change, so the KPI report reads one index range over a province's window
 * instead of probing each ticket's stages and events. The indexes are partial (complaints, their
 * open stages, and suggestions apart) and carry every column their part of the report reads
 * (INCLUDE), so the report's scans are index-only. The facts of the tickets already stored are computed here, as the writer
 * computes them (TicketStateRepository, KPI_FACTS).
 */
export class TicketKpiFacts1796750431423 implements MigrationInterface {
  name = 'TicketKpiFacts1796750431423';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "ticket_kpi_facts" (
        "ticket_id" uuid NOT NULL, "province_id" uuid NOT NULL, "channel_system_id" uuid, "owner_unit_id" uuid NOT NULL,
        "kind" character varying(32) NOT NULL, "level" character varying(16) NOT NULL, "channel" character varying(24) NOT NULL,
        "customer_tier" character varying(8) NOT NULL, "business_type" character varying(64) NOT NULL,
        "filed_at" TIMESTAMP WITH TIME ZONE NOT NULL, "commitment_due_at" TIMESTAMP WITH TIME ZONE,
        "handling_due_at" TIMESTAMP WITH TIME ZONE, "closed_at" TIMESTAMP WITH TIME ZONE, "withdrawn" boolean NOT NULL,
        "ever_dispatched" boolean NOT NULL, "replied_in_time" boolean NOT NULL, "returned" boolean NOT NULL, "extended" boolean NOT NULL,
        "re_handled" boolean NOT NULL, "escalated" boolean NOT NULL, "revisit_result" character varying(16),
        "breached_stages" integer NOT NULL, "breach_seconds" numeric NOT NULL, "breached_open" integer NOT NULL,
        "breached_open_due" numeric NOT NULL, "flow_done" smallint array NOT NULL, "flow_in_time" smallint array NOT NULL,
        "open_kinds" text array, "open_due" TIMESTAMP WITH TIME ZONE array,
        "adopted" boolean NOT NULL, "answered" boolean NOT NULL, "analysed_in_time" boolean NOT NULL,
        CONSTRAINT "PK_ticket_kpi_facts" PRIMARY KEY ("ticket_id"))`,
    );
    await queryRunner.query(
      `INSERT INTO ticket_kpi_facts
       SELECT t.id, t.province_id, t.channel_system_id, t.owner_unit_id, t.kind, t.level, t.channel, t.customer_tier, t.business_type,
              t.filed_at, t.commitment_due_at, t.handling_due_at, t.closed_at, t.withdrawn_at IS NOT NULL, t.ever_dispatched,
              coalesce(x.replied_in_time, false),
              EXISTS (SELECT 1 FROM ticket_events e WHERE e.ticket_id = t.id AND e.type = 'ticket.returned'),
              EXISTS (SELECT 1 FROM ticket_events e WHERE e.ticket_id = t.id AND e.type = 'extension.decided' AND e.data ->> 'approved' = 'true'),
              t.handling_round > 1, t.escalated, t.revisit_result,
              x.breached_stages, x.breach_seconds, x.breached_open, x.breached_open_due, x.flow_done, x.flow_in_time, x.open_kinds, x.open_due,
              t.replied_at IS NOT NULL AND t.adoption IS NOT DISTINCT FROM 'adopted', t.replied_at IS NOT NULL AND t.adoption IS NOT NULL,
              coalesce(t.analysed_at <= t.handling_due_at AND t.status NOT IN ('review', 'sign_for', 'handling'), false)
         FROM tickets t
         CROSS JOIN LATERAL (
           SELECT bool_or(x.kind = 'commitment' AND x.status = 'completed' AND x.completed_at <= t.commitment_due_at) AS replied_in_time,
                  (count(*) FILTER (WHERE x.breached_at IS NOT NULL))::int AS breached_stages,
                  coalesce(sum(extract(epoch FROM x.completed_at - x.due_at)) FILTER (WHERE x.breached_at IS NOT NULL AND x.completed_at IS NOT NULL), 0)
                    AS breach_seconds,
                  (count(*) FILTER (WHERE x.breached_at IS NOT NULL AND x.completed_at IS NULL))::int AS breached_open,
                  coalesce(sum(extract(epoch FROM x.due_at)) FILTER (WHERE x.breached_at IS NOT NULL AND x.completed_at IS NULL), 0) AS breached_open_due,
                  ARRAY[${FLOW_KINDS.map((k) => `count(*) FILTER (WHERE x.kind = '${k}' AND x.status = 'completed')`).join(', ')}]::smallint[] AS flow_done,
                  ARRAY[${FLOW_KINDS.map((k) => `count(*) FILTER (WHERE x.kind = '${k}' AND x.status = 'completed' AND x.completed_at <= x.due_at)`).join(', ')}]::smallint[]
                    AS flow_in_time,
                  array_agg(x.kind::text ORDER BY x.id) FILTER (WHERE x.status = 'open' AND x.kind <> 'commitment') AS open_kinds,
                  array_agg(x.due_at ORDER BY x.id) FILTER (WHERE x.status = 'open' AND x.kind <> 'commitment') AS open_due
             FROM ticket_stages x WHERE x.ticket_id = t.id) x`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_kpi_facts_province_filed" ON "ticket_kpi_facts" ("province_id", "filed_at")
       INCLUDE ("ticket_id", "owner_unit_id", "level", "channel", "customer_tier", "business_type", "closed_at", "ever_dispatched",
                "replied_in_time", "returned", "extended", "re_handled", "escalated", "revisit_result", "breached_stages", "breach_seconds",
                "breached_open", "breached_open_due", "flow_done", "flow_in_time")
       WHERE kind <> 'suggestion'`,
    );
    // The open stages (flow timeliness counts those past their deadline at the report's instant): open tickets only.
    await queryRunner.query(
      `CREATE INDEX "ix_kpi_facts_province_open" ON "ticket_kpi_facts" ("province_id", "filed_at")
       INCLUDE ("ticket_id", "open_kinds", "open_due") WHERE kind <> 'suggestion' AND open_kinds IS NOT NULL`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_kpi_facts_province_due" ON "ticket_kpi_facts" ("province_id", "commitment_due_at")
       INCLUDE ("ticket_id", "kind", "replied_in_time", "owner_unit_id", "level", "channel", "customer_tier", "business_type")
       WHERE kind <> 'suggestion' AND NOT withdrawn`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_kpi_facts_province_suggestions_filed" ON "ticket_kpi_facts" ("province_id", "filed_at")
       INCLUDE ("ticket_id", "adopted", "answered") WHERE kind = 'suggestion'`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_kpi_facts_province_analysis_due" ON "ticket_kpi_facts" ("province_id", "handling_due_at")
       INCLUDE ("ticket_id", "analysed_in_time") WHERE kind = 'suggestion' AND NOT withdrawn`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "ticket_kpi_facts"`);
  }
}

/** The stage kinds of the flow arrays, in their order (every kind but the commitment, as of this migration). */
const FLOW_KINDS = ['intake', 'review', 'sign_for', 'handling', 'cohandling', 'feedback_review', 'reply', 'revisit'];
