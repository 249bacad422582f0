import { MigrationInterface, QueryRunner } from 'typeorm';

/** Org tree (materialized path) and identities: channel systems, staff users, staff tokens. */

export class Foundation1795438323568 implements MigrationInterface {
  name = 'Foundation1795438323568';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "org_units" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "code" character varying(32) NOT NULL, "name" character varying(200) NOT NULL, "tier" character varying(16) NOT NULL, "parent_id" uuid, "path" text NOT NULL, "depth" integer NOT NULL, "province_id" uuid, "calendar_id" character varying(64) NOT NULL DEFAULT 'cn', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "UQ_5382611e999b45b0e98a7859c71" UNIQUE ("code"), CONSTRAINT "PK_b4a19b7f3756560cd75643be5a7" PRIMARY KEY ("id"))`,
    );
    // Subtree queries are `path LIKE 'prefix%'`; text_pattern_ops makes them index range scans.
    await queryRunner.query(`CREATE INDEX "ix_org_units_path" ON "org_units" ("path" text_pattern_ops)`);
    await queryRunner.query(`CREATE INDEX "IDX_93e336d1c079edb2cecd9c8f59" ON "org_units" ("parent_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_1c5103f3197e8e637213d8909e" ON "org_units" ("province_id") `);
    await queryRunner.query(
      `CREATE TABLE "channel_systems" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "name" character varying(200) NOT NULL, "channel" character varying(32) NOT NULL, "org_unit_id" uuid NOT NULL, "key_prefix" character varying(16) NOT NULL, "key_hash" character(64) NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "revoked_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "UQ_8e5d811ba46964acf5e232e3e4b" UNIQUE ("key_hash"), CONSTRAINT "PK_e169c8efb0b40cab72aef8d463e" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_b933ac74e8806380ec8fcc45d5" ON "channel_systems" ("org_unit_id") `);
    await queryRunner.query(
      `CREATE TABLE "staff_users" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "name" character varying(200) NOT NULL, "org_unit_id" uuid NOT NULL, "role" character varying(16) NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "disabled_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_c6b167335377df69f7910c2c75e" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_4bf2e188746373767c001d7a68" ON "staff_users" ("org_unit_id") `);
    await queryRunner.query(
      `CREATE TABLE "staff_tokens" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "staff_id" uuid NOT NULL, "token_hash" character(64) NOT NULL, "token_prefix" character varying(16) NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "expires_at" TIMESTAMP WITH TIME ZONE, "revoked_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "UQ_8ad3b54bb0a9b934716b8e667da" UNIQUE ("token_hash"), CONSTRAINT "PK_12642330e8f73277749c5ae03bc" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_7082d9b6f114ee3349151a717c" ON "staff_tokens" ("staff_id") `);
    await queryRunner.query(
      `ALTER TABLE "org_units" ADD CONSTRAINT "FK_93e336d1c079edb2cecd9c8f599" FOREIGN KEY ("parent_id") REFERENCES "org_units"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "channel_systems" ADD CONSTRAINT "FK_b933ac74e8806380ec8fcc45d5c" FOREIGN KEY ("org_unit_id") REFERENCES "org_units"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "staff_users" ADD CONSTRAINT "FK_4bf2e188746373767c001d7a68c" FOREIGN KEY ("org_unit_id") REFERENCES "org_units"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "staff_tokens" ADD CONSTRAINT "FK_7082d9b6f114ee3349151a717c5" FOREIGN KEY ("staff_id") REFERENCES "staff_users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "staff_tokens" DROP CONSTRAINT "FK_7082d9b6f114ee3349151a717c5"`);
    await queryRunner.query(`ALTER TABLE "staff_users" DROP CONSTRAINT "FK_4bf2e188746373767c001d7a68c"`);
    await queryRunner.query(`ALTER TABLE "channel_systems" DROP CONSTRAINT "FK_b933ac74e8806380ec8fcc45d5c"`);
    await queryRunner.query(`ALTER TABLE "org_units" DROP CONSTRAINT "FK_93e336d1c079edb2cecd9c8f599"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_7082d9b6f114ee3349151a717c"`);
    await queryRunner.query(`DROP TABLE "staff_tokens"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_4bf2e188746373767c001d7a68"`);
    await queryRunner.query(`DROP TABLE "staff_users"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_b933ac74e8806380ec8fcc45d5"`);
    await queryRunner.query(`DROP TABLE "channel_systems"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_1c5103f3197e8e637213d8909e"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_93e336d1c079edb2cecd9c8f59"`);
    await queryRunner.query(`DROP INDEX "public"."ix_org_units_path"`);
    await queryRunner.query(`DROP TABLE "org_units"`);
  }
}
