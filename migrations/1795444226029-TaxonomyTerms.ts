import { MigrationInterface, QueryRunner } from 'typeorm';

/** Operator-managed dictionaries (business types, complaint natures), seeded with a telecom set. */
export class TaxonomyTerms1795444226029 implements MigrationInterface {
  name = 'TaxonomyTerms1795444226029';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "taxonomy_terms" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "kind" character varying(32) NOT NULL, "code" character varying(64) NOT NULL, "label" character varying(200) NOT NULL, "parent_code" character varying(64), "enabled" boolean NOT NULL DEFAULT true, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_5663e6a952e6db3aa8194731960" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "ux_taxonomy_kind_code" ON "taxonomy_terms" ("kind", "code") `);
    const terms: [string, string, string, string | null][] = [
      ['business_type', 'mobile', '移动业务', null],
      ['business_type', 'gsm', 'GSM', 'mobile'],
      ['business_type', 'wcdma', 'WCDMA', 'mobile'],
      ['business_type', 'lte', '4G/5G', 'mobile'],
      ['business_type', 'fixed', '固定电话', null],
      ['business_type', 'broadband', '宽带', null],
      ['business_type', 'value_added', '增值业务', null],
      ['business_type', 'channel_service', '渠道服务', null],
      ['nature', 'network_quality', '网络质量', null],
      ['nature', 'interconnection', '互联互通', null],
      ['nature', 'roaming', '漫游', null],
      ['nature', 'billing', '计费', null],
      ['nature', 'fee_dispute', '资费争议', null],
      ['nature', 'service_attitude', '服务态度', null],
      ['nature', 'service_efficiency', '服务效率', null],
      ['nature', 'product_quality', '产品质量', null],
      ['nature', 'delivery', '装机交付', null],
      ['nature', 'marketing', '营销宣传', null],
      ['nature', 'personal_information', '个人信息保护', null],
    ];
    await queryRunner.query(
      `INSERT INTO taxonomy_terms (kind, code, label, parent_code)
       SELECT * FROM unnest($1::varchar[], $2::varchar[], $3::varchar[], $4::varchar[])`,
      [terms.map((t) => t[0]), terms.map((t) => t[1]), terms.map((t) => t[2]), terms.map((t) => t[3])],
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."ux_taxonomy_kind_code"`);
    await queryRunner.query(`DROP TABLE "taxonomy_terms"`);
  }
}
