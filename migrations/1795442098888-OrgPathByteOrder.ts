import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * org_units.path in byte order (COLLATE "C") with a plain btree: one index then serves the
 * subtree prefix scan, ORDER BY path and the keyset cursor (text_pattern_ops served only the prefix).
 */
export class OrgPathByteOrder1795442098888 implements MigrationInterface {
  name = 'OrgPathByteOrder1795442098888';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."ix_org_units_path"`);
    await queryRunner.query(`ALTER TABLE "org_units" ALTER COLUMN "path" TYPE text COLLATE "C"`);
    await queryRunner.query(`CREATE INDEX "ix_org_units_path" ON "org_units" ("path")`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."ix_org_units_path"`);
    await queryRunner.query(`ALTER TABLE "org_units" ALTER COLUMN "path" TYPE text COLLATE pg_catalog."default"`);
    await queryRunner.query(`CREATE INDEX "ix_org_units_path" ON "org_units" ("path" text_pattern_ops)`);
  }
}
