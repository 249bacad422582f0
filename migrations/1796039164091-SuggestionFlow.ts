import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Suggestions follow their own flow (DOMAIN §3): the department's reported analysis schedule, its
 * analysis and adoption decision are kept on the ticket; and a database seeded before suggestions had
 * a policy of their own gets one (analysis within a month, the proposer told within the month and two
 * days), built on its own catch-all's terms, unless an operator already stated one.
 */
export class SuggestionFlow1796039164091 implements MigrationInterface {
  name = 'SuggestionFlow1796039164091';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "tickets"
         ADD COLUMN "analysis_schedule_at" TIMESTAMP WITH TIME ZONE,
         ADD COLUMN "analysed_at" TIMESTAMP WITH TIME ZONE,
         ADD COLUMN "adoption" character varying(16),
         ADD COLUMN "adoption_reason" text,
         ADD COLUMN "adoption_effective_from" date`,
    );
    await queryRunner.query(
      `INSERT INTO sla_policies (name, kind, level, customer_tier, business_type, priority, stage_limits, commitment, warn_ratio, max_extensions)
       SELECT v.name, 'suggestion', NULL, v.tier, NULL, 100,
              c.stage_limits || '{"handling": {"unit": "hours", "value": 720}}'::jsonb,
              '{"unit": "hours", "value": 768}'::jsonb, c.warn_ratio, c.max_extensions
         FROM (VALUES ('suggestion', NULL::varchar), ('suggestion VIP', 'vip')) AS v(name, tier)
        CROSS JOIN LATERAL (
              SELECT stage_limits, warn_ratio, max_extensions FROM sla_policies
               WHERE kind IS NULL AND level IS NULL AND customer_tier IS NULL AND business_type IS NULL AND enabled
               ORDER BY priority, created_at LIMIT 1) AS c
        WHERE NOT EXISTS (
              SELECT 1 FROM sla_policies p
               WHERE p.kind = 'suggestion' AND p.level IS NULL AND p.business_type IS NULL
                 AND p.customer_tier IS NOT DISTINCT FROM v.tier)`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    // The policies are operator data from here on; reverting must not delete them.
    await queryRunner.query(`DROP INDEX "public"."ix_tickets_suggestion_analysis"`);
    await queryRunner.query(
      `ALTER TABLE "tickets"
         DROP COLUMN "adoption_effective_from",
         DROP COLUMN "adoption_reason",
         DROP COLUMN "adoption",
         DROP COLUMN "analysed_at",
         DROP COLUMN "analysis_schedule_at"`,
    );
  }
}
