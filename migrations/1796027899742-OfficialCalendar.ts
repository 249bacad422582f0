import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The official working calendar as data: which years have a known holiday arrangement and their
 * holidays and make-up working days. Rows are seeded at boot from the shipped package and added
 * by operators' imports; a year with no row is counted on weekends only, provisionally.
 */
export class OfficialCalendar1796027899742 implements MigrationInterface {
  name = 'OfficialCalendar1796027899742';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "official_calendar_years" ("year" integer NOT NULL, "source" character varying(200) NOT NULL, "imported_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_d1438a1869df939e23a3a83c6d5" PRIMARY KEY ("year"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "official_calendar_days" ("date" date NOT NULL, "year" integer NOT NULL, "kind" character varying(16) NOT NULL, "name" character varying(200), CONSTRAINT "ck_official_calendar_days_in_year" CHECK (date_part('year', "date") = "year"), CONSTRAINT "ck_official_calendar_days_kind" CHECK ("kind" IN ('holiday', 'workday')), CONSTRAINT "PK_b5eb802d010a533176372a85b75" PRIMARY KEY ("date"))`,
    );
    await queryRunner.query(`CREATE INDEX "ix_official_calendar_days_year" ON "official_calendar_days" ("year") `);
    await queryRunner.query(
      `ALTER TABLE "official_calendar_days" ADD CONSTRAINT "FK_97951687f26483c1f3713876f1b" FOREIGN KEY ("year") REFERENCES "official_calendar_years"("year") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "official_calendar_days" DROP CONSTRAINT "FK_97951687f26483c1f3713876f1b"`);
    await queryRunner.query(`DROP INDEX "public"."ix_official_calendar_days_year"`);
    await queryRunner.query(`DROP TABLE "official_calendar_days"`);
    await queryRunner.query(`DROP TABLE "official_calendar_years"`);
  }
}
