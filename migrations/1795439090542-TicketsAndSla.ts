import { MigrationInterface, QueryRunner } from 'typeorm';

/** Tickets, stages with deadlines, events, participants, idempotency, supervision orders, outbox, routing rules, SLA policies and calendar overrides. */

export class TicketsAndSla1795439090542 implements MigrationInterface {
  name = 'TicketsAndSla1795439090542';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "tickets" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "number" character varying(32) NOT NULL, "kind" character varying(32) NOT NULL, "level" character varying(16) NOT NULL, "customer_tier" character varying(8) NOT NULL, "status" character varying(24) NOT NULL, "channel" character varying(24) NOT NULL, "channel_system_id" uuid, "external_ref" character varying(128), "intake_hash" character(64) NOT NULL, "province_id" uuid NOT NULL, "review_unit_id" uuid NOT NULL, "owner_unit_id" uuid NOT NULL, "dispatcher_unit_id" uuid, "lead_unit_id" uuid, "handling_round" integer NOT NULL DEFAULT '0', "extensions_used" integer NOT NULL DEFAULT '0', "max_extensions" integer NOT NULL DEFAULT '2', "extension_pending" boolean NOT NULL DEFAULT false, "pending_extension_due_at" TIMESTAMP WITH TIME ZONE, "handling_due_at" TIMESTAMP WITH TIME ZONE, "ever_dispatched" boolean NOT NULL DEFAULT false, "escalated" boolean NOT NULL DEFAULT false, "customer_name" character varying(100) NOT NULL, "customer_phone" character varying(32) NOT NULL, "customer_id_number" character varying(32), "home_province" character varying(8) NOT NULL, "occurred_province" character varying(8), "business_type" character varying(64) NOT NULL, "natures" text array NOT NULL DEFAULT '{}', "subject" character varying(300) NOT NULL, "description" text NOT NULL, "customer_request" text, "occurred_at" TIMESTAMP WITH TIME ZONE, "occurred_place" character varying(300), "complained_party" character varying(300), "contact_preference" character varying(32), "risk_flags" text array NOT NULL DEFAULT '{}', "linked_ticket_ids" uuid array NOT NULL DEFAULT '{}', "contacted_at" TIMESTAMP WITH TIME ZONE NOT NULL, "filed_at" TIMESTAMP WITH TIME ZONE NOT NULL, "late_intake" boolean NOT NULL DEFAULT false, "requested_due_at" TIMESTAMP WITH TIME ZONE, "commitment_due_at" TIMESTAMP WITH TIME ZONE, "resolution" text, "reply_text" text, "replied_at" TIMESTAMP WITH TIME ZONE, "attitude" character varying(24), "company_position" text, "conclusion" character varying(40), "responsibility_type" character varying(64), "responsible_unit_id" uuid, "revisit_result" character varying(16), "revisit_cause" character varying(32), "closed_at" TIMESTAMP WITH TIME ZONE, "archived_at" TIMESTAMP WITH TIME ZONE, "withdrawn_at" TIMESTAMP WITH TIME ZONE, "version" integer NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "UQ_78e08cc1101fc17f77c6f11b4c7" UNIQUE ("number"), CONSTRAINT "PK_343bc942ae261cf7a1377f48fd0" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_2cda528afeabfd05d09763625d" ON "tickets" ("channel_system_id") `);
    await queryRunner.query(`CREATE INDEX "ix_tickets_customer_phone" ON "tickets" ("customer_phone", "created_at") `);
    await queryRunner.query(`CREATE INDEX "ix_tickets_owner" ON "tickets" ("owner_unit_id", "status") `);
    await queryRunner.query(`CREATE INDEX "ix_tickets_status_created" ON "tickets" ("status", "created_at") `);
    await queryRunner.query(`CREATE INDEX "ix_tickets_created" ON "tickets" ("created_at", "id") `);
    await queryRunner.query(`CREATE INDEX "ix_tickets_province_created" ON "tickets" ("province_id", "created_at", "id") `);
    await queryRunner.query(
      `CREATE UNIQUE INDEX "ux_tickets_channel_ref" ON "tickets" ("channel_system_id", "external_ref") WHERE external_ref IS NOT NULL`,
    );
    await queryRunner.query(
      `CREATE TABLE "ticket_participants" ("ticket_id" uuid NOT NULL, "unit_id" uuid NOT NULL, "role" character varying(16) NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_9109bb70e698edff3762e2600f6" PRIMARY KEY ("ticket_id", "unit_id", "role"))`,
    );
    await queryRunner.query(`CREATE INDEX "ix_participants_unit" ON "ticket_participants" ("unit_id", "ticket_id") `);
    await queryRunner.query(
      `CREATE TABLE "idempotency_keys" ("actor_id" character varying(80) NOT NULL, "key" character varying(200) NOT NULL, "request_hash" character(64) NOT NULL, "ticket_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_8a5af0c11ea21dd7a2593421498" PRIMARY KEY ("actor_id", "key"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "ticket_number_counters" ("prefix" character varying(16) NOT NULL, "day" character varying(8) NOT NULL, "seq" integer NOT NULL, CONSTRAINT "PK_4d8813fdf7dcfa58c2e3fa303f0" PRIMARY KEY ("prefix", "day"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "ticket_attachments" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "ticket_id" uuid NOT NULL, "name" character varying(255) NOT NULL, "content_type" character varying(127) NOT NULL, "size" bigint NOT NULL, "url" character varying(2048) NOT NULL, "checksum" character varying(128), "added_by" character varying(64) NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_7e5011f87f95e78fe4bd7d982a3" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "ix_attachments_ticket" ON "ticket_attachments" ("ticket_id", "created_at") `);
    await queryRunner.query(
      `CREATE TABLE "supervision_orders" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "ticket_id" uuid NOT NULL, "stage_id" uuid, "issuer_unit_id" uuid NOT NULL, "target_unit_id" uuid NOT NULL, "note" text NOT NULL, "due_at" TIMESTAMP WITH TIME ZONE NOT NULL, "automatic" boolean NOT NULL DEFAULT false, "status" character varying(16) NOT NULL DEFAULT 'open', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "resolved_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_22cfe4a2099f6295b191f7a2d12" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "ix_supervision_ticket" ON "supervision_orders" ("ticket_id") `);
    await queryRunner.query(
      `CREATE INDEX "ix_supervision_issuer_open" ON "supervision_orders" ("issuer_unit_id", "due_at") WHERE status = 'open'`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_supervision_target_open" ON "supervision_orders" ("target_unit_id", "due_at") WHERE status = 'open'`,
    );
    await queryRunner.query(
      `CREATE TABLE "outbox" ("id" BIGSERIAL NOT NULL, "event_type" character varying(48) NOT NULL, "ticket_id" uuid, "unit_ids" uuid array NOT NULL DEFAULT '{}', "payload" jsonb NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "published_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_340ab539f309f03bdaa14aa7649" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "ix_outbox_unpublished" ON "outbox" ("id") WHERE published_at IS NULL`);
    await queryRunner.query(
      `CREATE TABLE "pii_access_log" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "ticket_id" uuid NOT NULL, "actor_id" character varying(64) NOT NULL, "actor_unit_id" uuid, "request_id" character varying(128), "at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_b5448828374f1904a07fc0842cb" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "ix_pii_access_ticket" ON "pii_access_log" ("ticket_id", "at") `);
    await queryRunner.query(
      `CREATE TABLE "ticket_stages" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "ticket_id" uuid NOT NULL, "kind" character varying(24) NOT NULL, "owner_unit_id" uuid NOT NULL, "round" integer NOT NULL DEFAULT '0', "status" character varying(16) NOT NULL DEFAULT 'open', "started_at" TIMESTAMP WITH TIME ZONE NOT NULL, "warn_at" TIMESTAMP WITH TIME ZONE NOT NULL, "due_at" TIMESTAMP WITH TIME ZONE NOT NULL, "deadline_gen" integer NOT NULL DEFAULT '1', "basis" text NOT NULL, "completed_at" TIMESTAMP WITH TIME ZONE, "warned_at" TIMESTAMP WITH TIME ZONE, "breached_at" TIMESTAMP WITH TIME ZONE, "task" text, "opinion" text, CONSTRAINT "PK_a1faa0d64e8d53484b72248c529" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "ix_stages_owner_open" ON "ticket_stages" ("owner_unit_id", "due_at") WHERE status = 'open'`);
    await queryRunner.query(
      `CREATE INDEX "ix_stages_open_due" ON "ticket_stages" ("due_at") WHERE status = 'open' AND breached_at IS NULL`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_stages_open_warn" ON "ticket_stages" ("warn_at") WHERE status = 'open' AND warned_at IS NULL`,
    );
    await queryRunner.query(`CREATE INDEX "ix_stages_ticket" ON "ticket_stages" ("ticket_id", "started_at") `);
    await queryRunner.query(
      `CREATE TABLE "ticket_events" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "ticket_id" uuid NOT NULL, "seq" integer NOT NULL, "type" character varying(48) NOT NULL, "actor_kind" character varying(16) NOT NULL, "actor_id" character varying(64) NOT NULL, "actor_unit_id" uuid, "at" TIMESTAMP WITH TIME ZONE NOT NULL, "reason" text, "before" jsonb, "after" jsonb, "data" jsonb NOT NULL DEFAULT '{}', "request_id" character varying(128), CONSTRAINT "PK_d61d07653b492eca67f9bad8ec2" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "ix_ticket_events_type_at" ON "ticket_events" ("type", "at") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "ix_ticket_events_ticket" ON "ticket_events" ("ticket_id", "seq") `);
    await queryRunner.query(
      `CREATE TABLE "sla_policies" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "name" character varying(200) NOT NULL, "kind" character varying(32), "level" character varying(16), "customer_tier" character varying(16), "business_type" character varying(64), "priority" integer NOT NULL DEFAULT '100', "stage_limits" jsonb NOT NULL, "commitment" jsonb NOT NULL, "warn_ratio" double precision NOT NULL DEFAULT '0.9', "max_extensions" integer NOT NULL DEFAULT '2', "enabled" boolean NOT NULL DEFAULT true, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "ck_sla_policies_warn_ratio" CHECK ("warn_ratio" > 0 AND "warn_ratio" <= 1), CONSTRAINT "PK_41b6803cef982534243a67b6302" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "calendar_overrides" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "org_unit_id" uuid NOT NULL, "date" date NOT NULL, "kind" character varying(16) NOT NULL, "note" character varying(200), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "ck_calendar_overrides_kind" CHECK ("kind" IN ('holiday', 'workday')), CONSTRAINT "PK_b23f682172d62c4a5d0a8bec475" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_977bceec2656def479f019ae41" ON "calendar_overrides" ("org_unit_id", "date") `);
    await queryRunner.query(
      `CREATE TABLE "routing_rules" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "name" character varying(200) NOT NULL, "province_unit_id" uuid, "business_type" character varying(64), "nature" character varying(64), "customer_tier" character varying(8), "target_unit_id" uuid NOT NULL, "mode" character varying(8) NOT NULL DEFAULT 'suggest', "priority" integer NOT NULL DEFAULT '100', "enabled" boolean NOT NULL DEFAULT true, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_b744c5cc71053ea4d3fc8a860c2" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `ALTER TABLE "calendar_overrides" ADD CONSTRAINT "FK_7e9511ac0ae4e4b28535e6ac6ed" FOREIGN KEY ("org_unit_id") REFERENCES "org_units"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "calendar_overrides" DROP CONSTRAINT "FK_7e9511ac0ae4e4b28535e6ac6ed"`);
    await queryRunner.query(`DROP TABLE "routing_rules"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_977bceec2656def479f019ae41"`);
    await queryRunner.query(`DROP TABLE "calendar_overrides"`);
    await queryRunner.query(`DROP TABLE "sla_policies"`);
    await queryRunner.query(`DROP INDEX "public"."ix_ticket_events_ticket"`);
    await queryRunner.query(`DROP INDEX "public"."ix_ticket_events_type_at"`);
    await queryRunner.query(`DROP TABLE "ticket_events"`);
    await queryRunner.query(`DROP INDEX "public"."ix_stages_ticket"`);
    await queryRunner.query(`DROP INDEX "public"."ix_stages_open_warn"`);
    await queryRunner.query(`DROP INDEX "public"."ix_stages_open_due"`);
    await queryRunner.query(`DROP INDEX "public"."ix_stages_owner_open"`);
    await queryRunner.query(`DROP TABLE "ticket_stages"`);
    await queryRunner.query(`DROP INDEX "public"."ix_pii_access_ticket"`);
    await queryRunner.query(`DROP TABLE "pii_access_log"`);
    await queryRunner.query(`DROP INDEX "public"."ix_outbox_unpublished"`);
    await queryRunner.query(`DROP TABLE "outbox"`);
    await queryRunner.query(`DROP INDEX "public"."ix_supervision_target_open"`);
    await queryRunner.query(`DROP INDEX "public"."ix_supervision_issuer_open"`);
    await queryRunner.query(`DROP INDEX "public"."ix_supervision_ticket"`);
    await queryRunner.query(`DROP TABLE "supervision_orders"`);
    await queryRunner.query(`DROP INDEX "public"."ix_attachments_ticket"`);
    await queryRunner.query(`DROP TABLE "ticket_attachments"`);
    await queryRunner.query(`DROP TABLE "ticket_number_counters"`);
    await queryRunner.query(`DROP TABLE "idempotency_keys"`);
    await queryRunner.query(`DROP INDEX "public"."ix_participants_unit"`);
    await queryRunner.query(`DROP TABLE "ticket_participants"`);
    await queryRunner.query(`DROP INDEX "public"."ux_tickets_channel_ref"`);
    await queryRunner.query(`DROP INDEX "public"."ix_tickets_province_created"`);
    await queryRunner.query(`DROP INDEX "public"."ix_tickets_created"`);
    await queryRunner.query(`DROP INDEX "public"."ix_tickets_status_created"`);
    await queryRunner.query(`DROP INDEX "public"."ix_tickets_owner"`);
    await queryRunner.query(`DROP INDEX "public"."ix_tickets_customer_phone"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_2cda528afeabfd05d09763625d"`);
    await queryRunner.query(`DROP TABLE "tickets"`);
  }
}
