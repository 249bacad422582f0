import { MigrationInterface, QueryRunner } from 'typeorm';
import { configuredKeyring } from '../src/pii/pii-key.repository';

/** Rows encrypted (or decrypted back) per statement. */
const BATCH = 1000;

interface PlainRow {
  id: string;
  name: string;
  phone: string;
  idNumber: string | null;
}

/**
 * Customers' names, phones and ID numbers encrypted at rest (AES-256-GCM under data keys wrapped by
 * the configured master keys, src/pii), with keyed blind indexes (HMAC-SHA256) of the phone and ID
 * number in place of the plaintext index of the repeat-complaint look-up. Existing tickets are
 * encrypted here, in batches, with the keys of the configuration this migration runs under (the
 * service's own: PII_MASTER_KEYS, PII_INDEX_KEY); the plaintext columns are then dropped, so no
 * copy is left behind. A database without tickets needs no key: the first process to start creates
 * the first data key. The change-log trigger is held off while rows are rewritten: their content as
 * the API shows it does not change.
 */
export class PersonalDataEncryption1796800000050 implements MigrationInterface {
  name = 'PersonalDataEncryption1796800000050';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "pii_data_keys" ("id" SERIAL NOT NULL, "kek_id" character varying(32) NOT NULL, "wrapped" bytea NOT NULL,
        "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "rewrapped_at" TIMESTAMP WITH TIME ZONE,
        CONSTRAINT "PK_pii_data_keys" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `ALTER TABLE "tickets" ADD "customer_name_enc" bytea, ADD "customer_phone_enc" bytea, ADD "customer_id_number_enc" bytea,
        ADD "customer_phone_index" bytea, ADD "customer_id_number_index" bytea`,
    );
    if (await this.hasTickets(queryRunner)) {
      const keyring = await configuredKeyring(queryRunner);
      await this.rewriteBatches(queryRunner, 'customer_name', async (rows: PlainRow[]) => {
        await queryRunner.query(
          `UPDATE tickets t SET customer_name_enc = r.name, customer_phone_enc = r.phone, customer_id_number_enc = r.id_number,
                  customer_phone_index = r.phone_index, customer_id_number_index = r.id_number_index
             FROM unnest($1::uuid[], $2::bytea[], $3::bytea[], $4::bytea[], $5::bytea[], $6::bytea[])
                  AS r(id, name, phone, id_number, phone_index, id_number_index)
            WHERE t.id = r.id`,
          [
            rows.map((r) => r.id),
            rows.map((r) => keyring.encrypt('customer_name', r.name)),
            rows.map((r) => keyring.encrypt('customer_phone', r.phone)),
            rows.map((r) => (r.idNumber === null ? null : keyring.encrypt('customer_id_number', r.idNumber))),
            rows.map((r) => keyring.blindIndex('customer_phone', r.phone)),
            rows.map((r) => (r.idNumber === null ? null : keyring.blindIndex('customer_id_number', r.idNumber))),
          ],
        );
      });
    }
    await queryRunner.query(`ALTER TABLE "tickets" ALTER "customer_name_enc" SET NOT NULL, ALTER "customer_phone_enc" SET NOT NULL`);
    await queryRunner.query(`DROP INDEX "public"."ix_tickets_customer_phone"`);
    await queryRunner.query(
      `ALTER TABLE "tickets" DROP COLUMN "customer_name", DROP COLUMN "customer_phone", DROP COLUMN "customer_id_number"`,
    );
    await queryRunner.query(`CREATE INDEX "ix_tickets_customer_phone_index" ON "tickets" ("customer_phone_index", "created_at")`);
    await queryRunner.query(
      `CREATE INDEX "ix_tickets_customer_id_number_index" ON "tickets" ("customer_id_number_index", "created_at")
        WHERE customer_id_number_index IS NOT NULL`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."ix_tickets_customer_id_number_index"`);
    await queryRunner.query(`DROP INDEX "public"."ix_tickets_customer_phone_index"`);
    await queryRunner.query(
      `ALTER TABLE "tickets" ADD "customer_name" character varying(100), ADD "customer_phone" character varying(32),
        ADD "customer_id_number" character varying(32)`,
    );
    if (await this.hasTickets(queryRunner)) {
      const keyring = await configuredKeyring(queryRunner);
      await this.rewriteBatches(
        queryRunner,
        'customer_name_enc',
        async (rows: { id: string; name: Buffer; phone: Buffer; idNumber: Buffer | null }[]) => {
          await queryRunner.query(
            `UPDATE tickets t SET customer_name = r.name, customer_phone = r.phone, customer_id_number = r.id_number
             FROM unnest($1::uuid[], $2::text[], $3::text[], $4::text[]) AS r(id, name, phone, id_number)
            WHERE t.id = r.id`,
            [
              rows.map((r) => r.id),
              rows.map((r) => keyring.decrypt('customer_name', r.name)),
              rows.map((r) => keyring.decrypt('customer_phone', r.phone)),
              rows.map((r) => (r.idNumber === null ? null : keyring.decrypt('customer_id_number', r.idNumber))),
            ],
          );
        },
      );
    }
    await queryRunner.query(`ALTER TABLE "tickets" ALTER "customer_name" SET NOT NULL, ALTER "customer_phone" SET NOT NULL`);
    await queryRunner.query(
      `ALTER TABLE "tickets" DROP COLUMN "customer_name_enc", DROP COLUMN "customer_phone_enc", DROP COLUMN "customer_id_number_enc",
        DROP COLUMN "customer_phone_index", DROP COLUMN "customer_id_number_index"`,
    );
    await queryRunner.query(`CREATE INDEX "ix_tickets_customer_phone" ON "tickets" ("customer_phone", "created_at")`);
    await queryRunner.query(`DROP TABLE "pii_data_keys"`);
  }

  private async hasTickets(queryRunner: QueryRunner): Promise<boolean> {
    const [row] = (await queryRunner.query(`SELECT EXISTS (SELECT 1 FROM tickets) AS any`)) as { any: boolean }[];
    return row.any;
  }

  /** Every ticket's customer columns (the `prefix` ones), in id order, BATCH at a time, with the change log held off. */
  private async rewriteBatches<R extends { id: string }>(
    queryRunner: QueryRunner,
    prefix: 'customer_name' | 'customer_name_enc',
    rewrite: (rows: R[]) => Promise<void>,
  ): Promise<void> {
    const suffix = prefix.endsWith('_enc') ? '_enc' : '';
    await queryRunner.query(`ALTER TABLE "tickets" DISABLE TRIGGER "tickets_record_update"`);
    let after = '00000000-0000-0000-0000-000000000000';
    for (;;) {
      const rows = (await queryRunner.query(
        `SELECT id, customer_name${suffix} AS name, customer_phone${suffix} AS phone, customer_id_number${suffix} AS "idNumber"
           FROM tickets WHERE id > $1 ORDER BY id LIMIT ${BATCH}`,
        [after],
      )) as R[];
      if (rows.length === 0) break;
      await rewrite(rows);
      after = rows[rows.length - 1].id;
    }
    await queryRunner.query(`ALTER TABLE "tickets" ENABLE TRIGGER "tickets_record_update"`);
  }
}
