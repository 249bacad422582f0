import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * People sign in: a username on staff, an argon2id password with its failure counter and lock,
 * and server-side sessions (only a hash of the cookie's secret is kept). The audit trail is
 * append-only at the database too: a trigger refuses UPDATE and DELETE, and each row carries the
 * hash of the previous one, so a change made around the trigger still breaks the chain.
 */
export class SessionsAndAudit1796300000000 implements MigrationInterface {
  name = 'SessionsAndAudit1796300000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "staff_users" ADD "username" character varying(100)`);
    await queryRunner.query(`CREATE UNIQUE INDEX "ux_staff_users_username" ON "staff_users" ("username") `);
    await queryRunner.query(
      `CREATE TABLE "staff_passwords" (
         "staff_id" uuid NOT NULL PRIMARY KEY REFERENCES "staff_users"("id") ON DELETE CASCADE,
         "password_hash" character varying(255) NOT NULL,
         "must_change" boolean NOT NULL,
         "changed_at" TIMESTAMP WITH TIME ZONE NOT NULL,
         "failed_count" integer NOT NULL DEFAULT 0,
         "last_failed_at" TIMESTAMP WITH TIME ZONE,
         "locked_until" TIMESTAMP WITH TIME ZONE)`,
    );
    await queryRunner.query(
      `CREATE TABLE "staff_sessions" (
         "id" uuid NOT NULL DEFAULT gen_random_uuid() PRIMARY KEY,
         "staff_id" uuid NOT NULL REFERENCES "staff_users"("id") ON DELETE CASCADE,
         "secret_hash" character(64) NOT NULL UNIQUE,
         "csrf_hash" character(64) NOT NULL,
         "method" character varying(16) NOT NULL CONSTRAINT "ck_staff_sessions_method" CHECK ("method" IN ('password', 'oidc')),
         "created_at" TIMESTAMP WITH TIME ZONE NOT NULL,
         "last_seen_at" TIMESTAMP WITH TIME ZONE NOT NULL,
         "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL,
         "revoked_at" TIMESTAMP WITH TIME ZONE,
         "revoked_reason" character varying(32),
         "address" character varying(64),
         "user_agent" character varying(300),
         "oidc_sub" character varying(255),
         "oidc_sid" character varying(255),
         "oidc_id_token" text)`,
    );
    await queryRunner.query(`CREATE INDEX "ix_staff_sessions_staff" ON "staff_sessions" ("staff_id", "created_at")`);
    await queryRunner.query(`CREATE INDEX "ix_staff_sessions_oidc_sid" ON "staff_sessions" ("oidc_sid") WHERE "oidc_sid" IS NOT NULL`);
    await queryRunner.query(`CREATE INDEX "ix_staff_sessions_oidc_sub" ON "staff_sessions" ("oidc_sub") WHERE "oidc_sub" IS NOT NULL`);
    await queryRunner.query(
      `CREATE TABLE "oidc_login_states" (
         "state_hash" character(64) NOT NULL PRIMARY KEY,
         "nonce" character varying(64) NOT NULL,
         "code_verifier" character varying(128) NOT NULL,
         "return_to" character varying(2048) NOT NULL,
         "created_at" TIMESTAMP WITH TIME ZONE NOT NULL)`,
    );
    await queryRunner.query(
      `CREATE TABLE "audit_events" (
         "id" bigserial PRIMARY KEY,
         "occurred_at" TIMESTAMP WITH TIME ZONE NOT NULL,
         "operation" character varying(64) NOT NULL,
         "category" character varying(32) NOT NULL,
         "outcome" character varying(16) NOT NULL,
         "actor_kind" character varying(16),
         "actor_id" character varying(64),
         "actor_unit_id" uuid,
         "scope_path" text,
         "address" character varying(64),
         "request_id" character varying(128),
         "target_type" character varying(32),
         "target_id" character varying(128),
         "before" jsonb,
         "after" jsonb,
         "detail" jsonb,
         "prev_hash" character(64) NOT NULL,
         "hash" character(64) NOT NULL UNIQUE)`,
    );
    await queryRunner.query(`CREATE INDEX "ix_audit_events_occurred" ON "audit_events" ("occurred_at", "id")`);
    await queryRunner.query(`CREATE INDEX "ix_audit_events_scope" ON "audit_events" ("scope_path" text_pattern_ops)`);
    await queryRunner.query(
      `CREATE INDEX "ix_audit_events_sign_in_failures" ON "audit_events" ("address", "occurred_at") WHERE "operation" = 'auth.signIn' AND "outcome" = 'failure'`,
    );
    await queryRunner.query(
      `CREATE FUNCTION "audit_events_append_only"() RETURNS trigger LANGUAGE plpgsql AS $$
         BEGIN RAISE EXCEPTION 'audit_events is append-only'; END $$`,
    );
    await queryRunner.query(
      `CREATE TRIGGER "audit_events_append_only" BEFORE UPDATE OR DELETE OR TRUNCATE ON "audit_events"
         FOR EACH STATEMENT EXECUTE FUNCTION "audit_events_append_only"()`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER "audit_events_append_only" ON "audit_events"`);
    await queryRunner.query(`DROP FUNCTION "audit_events_append_only"()`);
    await queryRunner.query(`DROP TABLE "audit_events"`);
    await queryRunner.query(`DROP TABLE "oidc_login_states"`);
    await queryRunner.query(`DROP TABLE "staff_sessions"`);
    await queryRunner.query(`DROP TABLE "staff_passwords"`);
    await queryRunner.query(`DROP INDEX "public"."ux_staff_users_username"`);
    await queryRunner.query(`ALTER TABLE "staff_users" DROP COLUMN "username"`);
  }
}
