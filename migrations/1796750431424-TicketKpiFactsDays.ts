import { MigrationInterface, QueryRunner } from 'typeorm';

/** The stage kinds of the flow columns (every kind but the commitment, as of this migration). */
const FLOW_KINDS = ['intake', 'review', 'sign_for', 'handling', 'cohandling', 'feedback_review', 'reply', 'revisit'];
const FLOW_COLUMNS = FLOW_KINDS.map((k) => `${k}_flow`);

/**
 * The KPI facts in the form their aggregation is cheapest: the local (Asia/Shanghai) day of filing
 * and of the commitment deadline, so a report groups by day and only then by its period (no time-zone
 * conversion per ticket); durations in whole microseconds (bigint: summed in 128 bits instead of as
 * numeric, and exactly the seconds the report divides, with their six decimals); and flow timeliness
 * as one bigint column per stage kind instead of arrays (no array access per ticket): the stage
 * instances completed × 2^32 + those completed in time, so a sum over tickets still separates them
 * (an index carries at most 32 columns, so the two counts share one).
 */
export class TicketKpiFactsDays1796750431424 implements MigrationInterface {
  name = 'TicketKpiFactsDays1796750431424';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "ticket_kpi_facts" ADD "filed_day" date, ADD "due_day" date, ADD "handling_us" bigint, ADD "breach_us" bigint,
         ADD "breached_open_due_us" bigint, ${FLOW_COLUMNS.map((c) => `ADD "${c}" bigint`).join(', ')}`,
    );
    await queryRunner.query(
      `UPDATE ticket_kpi_facts SET filed_day = (filed_at AT TIME ZONE 'Asia/Shanghai')::date,
              due_day = (commitment_due_at AT TIME ZONE 'Asia/Shanghai')::date,
              handling_us = (extract(epoch FROM closed_at - filed_at) * 1000000)::bigint,
              breach_us = (breach_seconds * 1000000)::bigint, breached_open_due_us = (breached_open_due * 1000000)::bigint,
              ${FLOW_KINDS.map((k, i) => `${k}_flow = flow_done[${i + 1}]::bigint * 4294967296 + flow_in_time[${i + 1}]`).join(', ')}`,
    );
    // Dropping the columns drops the indexes that carry them.
    await queryRunner.query(
      `ALTER TABLE "ticket_kpi_facts" DROP "breach_seconds", DROP "breached_open_due", DROP "flow_done", DROP "flow_in_time",
         ALTER "filed_day" SET NOT NULL, ALTER "breach_us" SET NOT NULL, ALTER "breached_open_due_us" SET NOT NULL,
         ${FLOW_COLUMNS.map((c) => `ALTER "${c}" SET NOT NULL`).join(', ')}`,
    );
    await queryRunner.query(`DROP INDEX IF EXISTS "ix_kpi_facts_province_filed"`);
    await queryRunner.query(`DROP INDEX IF EXISTS "ix_kpi_facts_province_due"`);
    await queryRunner.query(
      `CREATE INDEX "ix_kpi_facts_province_filed" ON "ticket_kpi_facts" ("province_id", "filed_at")
       INCLUDE ("ticket_id", "filed_day", "owner_unit_id", "level", "channel", "customer_tier", "business_type", "ever_dispatched",
                "replied_in_time", "returned", "extended", "re_handled", "escalated", "revisit_result", "handling_us", "breached_stages",
                "breach_us", "breached_open", "breached_open_due_us", ${FLOW_COLUMNS.map((c) => `"${c}"`).join(', ')})
       WHERE kind <> 'suggestion'`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_kpi_facts_province_due" ON "ticket_kpi_facts" ("province_id", "commitment_due_at")
       INCLUDE ("ticket_id", "due_day", "kind", "replied_in_time", "owner_unit_id", "level", "channel", "customer_tier", "business_type")
       WHERE kind <> 'suggestion' AND NOT withdrawn`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "ix_kpi_facts_province_filed"`);
    await queryRunner.query(`DROP INDEX "ix_kpi_facts_province_due"`);
    await queryRunner.query(
      `ALTER TABLE "ticket_kpi_facts" ADD "breach_seconds" numeric, ADD "breached_open_due" numeric, ADD "flow_done" smallint array,
         ADD "flow_in_time" smallint array`,
    );
    await queryRunner.query(
      `UPDATE ticket_kpi_facts SET breach_seconds = breach_us * 0.000001, breached_open_due = breached_open_due_us * 0.000001,
              flow_done = ARRAY[${FLOW_KINDS.map((k) => `${k}_flow / 4294967296`).join(', ')}],
              flow_in_time = ARRAY[${FLOW_KINDS.map((k) => `${k}_flow % 4294967296`).join(', ')}]`,
    );
    await queryRunner.query(
      `ALTER TABLE "ticket_kpi_facts" DROP "filed_day", DROP "due_day", DROP "handling_us", DROP "breach_us", DROP "breached_open_due_us",
         ${FLOW_COLUMNS.map((c) => `DROP "${c}"`).join(', ')}, ALTER "breach_seconds" SET NOT NULL, ALTER "breached_open_due" SET NOT NULL,
         ALTER "flow_done" SET NOT NULL, ALTER "flow_in_time" SET NOT NULL`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_kpi_facts_province_filed" ON "ticket_kpi_facts" ("province_id", "filed_at")
       INCLUDE ("ticket_id", "owner_unit_id", "level", "channel", "customer_tier", "business_type", "closed_at", "ever_dispatched",
                "replied_in_time", "returned", "extended", "re_handled", "escalated", "revisit_result", "breached_stages", "breach_seconds",
                "breached_open", "breached_open_due", "flow_done", "flow_in_time")
       WHERE kind <> 'suggestion'`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_kpi_facts_province_due" ON "ticket_kpi_facts" ("province_id", "commitment_due_at")
       INCLUDE ("ticket_id", "kind", "replied_in_time", "owner_unit_id", "level", "channel", "customer_tier", "business_type")
       WHERE kind <> 'suggestion' AND NOT withdrawn`,
    );
  }
}
