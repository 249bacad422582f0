import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Personal data over time (src/privacy): when a ticket's personal data was anonymised; the index the
 * retention pass claims archived tickets by (archived longest ago first, among those not yet
 * anonymised); indexes that find a ticket's copies in the outbox, the delivery log and the
 * idempotency keys; and `jsonb_anonymise`, which replaces the string values at the given paths
 * (`data.text`) of a document, leaving paths that are absent or not strings alone.
 */
export class PersonalDataRetention1796800000100 implements MigrationInterface {
  name = 'PersonalDataRetention1796800000100';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "tickets" ADD "anonymised_at" TIMESTAMP WITH TIME ZONE`);
    await q.query(`CREATE INDEX "ix_tickets_anonymisable" ON "tickets" ("archived_at") WHERE anonymised_at IS NULL`);
    await q.query(`CREATE INDEX "ix_outbox_ticket" ON "outbox" ("ticket_id")`);
    await q.query(`CREATE INDEX "ix_webhook_deliveries_outbox" ON "webhook_deliveries" ("outbox_id")`);
    await q.query(`CREATE INDEX "ix_idempotency_keys_ticket" ON "idempotency_keys" ("ticket_id")`);
    await q.query(`
      CREATE FUNCTION jsonb_anonymise(doc jsonb, paths text[], marker text) RETURNS jsonb LANGUAGE plpgsql IMMUTABLE PARALLEL SAFE AS $$
      DECLARE
        path text[];
        dotted text;
      BEGIN
        IF doc IS NULL THEN RETURN NULL; END IF;
        FOREACH dotted IN ARRAY paths LOOP
          path := string_to_array(dotted, '.');
          IF jsonb_typeof(doc #> path) = 'string' THEN
            doc := jsonb_set(doc, path, to_jsonb(marker), false);
          END IF;
        END LOOP;
        RETURN doc;
      END $$`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP FUNCTION jsonb_anonymise(jsonb, text[], text)`);
    await q.query(`DROP INDEX "public"."ix_idempotency_keys_ticket"`);
    await q.query(`DROP INDEX "public"."ix_webhook_deliveries_outbox"`);
    await q.query(`DROP INDEX "public"."ix_outbox_ticket"`);
    await q.query(`DROP INDEX "public"."ix_tickets_anonymisable"`);
    await q.query(`ALTER TABLE "tickets" DROP COLUMN "anonymised_at"`);
  }
}
