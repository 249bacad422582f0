import { MigrationInterface, QueryRunner } from 'typeorm';
import type { PiiKeyring } from '../src/pii/pii-crypto';
import { configuredKeyring } from '../src/pii/pii-key.repository';
import { maskedCustomer } from '../src/tickets/domain/customer-masks';

/** Tickets read and rewritten per statement. */
const BATCH = 1000;

interface SealedRow {
  id: string;
  name: Buffer;
  phone: Buffer;
  idNumber: Buffer | null;
}

/**
 * The masked renderings of the customer's name, phone and ID number stored next to their ciphertexts
 * (src/tickets/domain/customer-masks.ts): lists and exports show only these unless the reader may
 * reveal, and decrypting three fields a row to mask them cost more than everything else an export does.
 * Existing tickets get them here, decrypted in batches with the keys of the configuration this
 * migration runs under (PII_MASTER_KEYS, as the encryption's own migration); a database without tickets
 * needs no key. The change-log trigger is held off while rows are rewritten: the API shows the same.
 */
export class MaskedCustomerData1796800000300 implements MigrationInterface {
  name = 'MaskedCustomerData1796800000300';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "tickets" ADD "customer_name_masked" character varying(32), ADD "customer_phone_masked" character varying(32),
        ADD "customer_id_number_masked" character varying(32)`,
    );
    const [{ any }] = (await queryRunner.query(`SELECT EXISTS (SELECT 1 FROM tickets) AS any`)) as { any: boolean }[];
    if (any) await this.backfill(queryRunner, await configuredKeyring(queryRunner));
    await queryRunner.query(`ALTER TABLE "tickets" ALTER "customer_name_masked" SET NOT NULL, ALTER "customer_phone_masked" SET NOT NULL`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "tickets" DROP COLUMN "customer_name_masked", DROP COLUMN "customer_phone_masked", DROP COLUMN "customer_id_number_masked"`,
    );
  }

  /** Every ticket, in id order, BATCH at a time, with the change log held off. */
  private async backfill(queryRunner: QueryRunner, keyring: PiiKeyring): Promise<void> {
    await queryRunner.query(`ALTER TABLE "tickets" DISABLE TRIGGER "tickets_record_update"`);
    let after = '00000000-0000-0000-0000-000000000000';
    for (;;) {
      const rows = (await queryRunner.query(
        `SELECT id, customer_name_enc AS name, customer_phone_enc AS phone, customer_id_number_enc AS "idNumber"
           FROM tickets WHERE id > $1 ORDER BY id LIMIT ${BATCH}`,
        [after],
      )) as SealedRow[];
      if (rows.length === 0) break;
      const masked = rows.map((r) =>
        maskedCustomer({
          customerName: keyring.decrypt('customer_name', r.name),
          customerPhone: keyring.decrypt('customer_phone', r.phone),
          customerIdNumber: r.idNumber === null ? null : keyring.decrypt('customer_id_number', r.idNumber),
        }),
      );
      await queryRunner.query(
        `UPDATE tickets t SET customer_name_masked = r.name, customer_phone_masked = r.phone, customer_id_number_masked = r.id_number
           FROM unnest($1::uuid[], $2::text[], $3::text[], $4::text[]) AS r(id, name, phone, id_number)
          WHERE t.id = r.id`,
        [
          rows.map((r) => r.id),
          masked.map((m) => m.customerNameMasked),
          masked.map((m) => m.customerPhoneMasked),
          masked.map((m) => m.customerIdNumberMasked),
        ],
      );
      after = rows[rows.length - 1].id;
    }
    await queryRunner.query(`ALTER TABLE "tickets" ENABLE TRIGGER "tickets_record_update"`);
  }
}
