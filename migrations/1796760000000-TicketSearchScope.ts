import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The search document carries what national and provincial searches select and order by, so they
 * never visit a ticket row before the page is chosen: the ticket's `created_at` (the list order),
 * its `province_id` (provincial staff's scope) and the province of its owner unit (`owner_province_id`:
 * the owner filter on a provincial centre is the owner's subtree, which is the units of that province).
 *
 * - One GIN index over (province_id, owner_province_id, grams) (btree_gin for the uuid columns, a
 *   contrib extension of stock PostgreSQL): a province-scoped search is one intersection of posting
 *   lists instead of every document of the keyword checked against its ticket row.
 * - Newest-first B-trees per scope, for keywords common enough that walking the newest documents and
 *   checking the text finds a page sooner than collecting every match.
 * - `grams` stops being a generated column (recomputed on every update of the row, a province change
 *   included): a trigger on the document recomputes it when the text changes, and only then.
 *
 * Triggers keep the new columns: on tickets (insert; province or owner change) and on org_units (a
 * subtree moved to another province takes the tickets its units own along).
 */
export class TicketSearchScope1796760000000 implements MigrationInterface {
  name = 'TicketSearchScope1796760000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE EXTENSION IF NOT EXISTS btree_gin`);
    await queryRunner.query(`DROP INDEX "ix_ticket_search_grams"`);
    await queryRunner.query(`ALTER TABLE "ticket_search" ALTER COLUMN "grams" DROP EXPRESSION`);
    await queryRunner.query(
      `ALTER TABLE "ticket_search" ADD "created_at" TIMESTAMP WITH TIME ZONE, ADD "province_id" uuid, ADD "owner_province_id" uuid`,
    );
    await queryRunner.query(`
      UPDATE ticket_search s SET created_at = t.created_at, province_id = t.province_id, owner_province_id = u.province_id
        FROM tickets t JOIN org_units u ON u.id = t.owner_unit_id
       WHERE t.id = s.ticket_id`);
    await queryRunner.query(`ALTER TABLE "ticket_search" ALTER COLUMN "created_at" SET NOT NULL, ALTER COLUMN "province_id" SET NOT NULL`);
    await queryRunner.query(`
      CREATE FUNCTION ticket_search_grams() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'INSERT' OR NEW.body IS DISTINCT FROM OLD.body OR NEW.updates IS DISTINCT FROM OLD.updates THEN
          NEW.grams := search_grams(NEW.body || E'\\n' || NEW.updates);
        END IF;
        RETURN NEW;
      END $$`);
    await queryRunner.query(
      `CREATE TRIGGER "ticket_search_grams" BEFORE INSERT OR UPDATE ON "ticket_search" FOR EACH ROW EXECUTE FUNCTION ticket_search_grams()`,
    );
    // A ticket's document is created with the ticket; later its text changes by UPDATE only (no upsert, whose
    // proposed row would have its grams computed for nothing).
    await queryRunner.query(`
      CREATE OR REPLACE FUNCTION record_ticket_search_body() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE
        doc text := search_fold(concat_ws(E'\\n', NEW.subject, NEW.description, NEW.customer_request));
      BEGIN
        IF TG_OP = 'INSERT' THEN
          INSERT INTO ticket_search (ticket_id, body, created_at, province_id, owner_province_id)
               VALUES (NEW.id, doc, NEW.created_at, NEW.province_id, (SELECT province_id FROM org_units WHERE id = NEW.owner_unit_id));
        ELSE
          UPDATE ticket_search SET body = doc WHERE ticket_id = NEW.id AND body IS DISTINCT FROM doc;
        END IF;
        RETURN NULL;
      END $$`);
    await queryRunner.query(`
      CREATE OR REPLACE FUNCTION record_ticket_search_update() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        UPDATE ticket_search SET updates = concat_ws(E'\\n', nullif(updates, ''), search_fold(NEW.data->>'text')) WHERE ticket_id = NEW.ticket_id;
        RETURN NULL;
      END $$`);
    await queryRunner.query(`
      CREATE FUNCTION record_ticket_search_scope() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE
        owner_province uuid := (SELECT province_id FROM org_units WHERE id = NEW.owner_unit_id);
      BEGIN
        UPDATE ticket_search SET province_id = NEW.province_id, owner_province_id = owner_province
         WHERE ticket_id = NEW.id AND (province_id, owner_province_id) IS DISTINCT FROM (NEW.province_id, owner_province);
        RETURN NULL;
      END $$`);
    await queryRunner.query(
      `CREATE TRIGGER "tickets_search_scope" AFTER UPDATE OF province_id, owner_unit_id ON "tickets" FOR EACH ROW
        WHEN (OLD.province_id IS DISTINCT FROM NEW.province_id OR OLD.owner_unit_id IS DISTINCT FROM NEW.owner_unit_id)
        EXECUTE FUNCTION record_ticket_search_scope()`,
    );
    await queryRunner.query(`
      CREATE FUNCTION record_unit_search_scope() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        UPDATE ticket_search s SET owner_province_id = NEW.province_id
          FROM tickets t
         WHERE t.owner_unit_id = NEW.id AND s.ticket_id = t.id AND s.owner_province_id IS DISTINCT FROM NEW.province_id;
        RETURN NULL;
      END $$`);
    await queryRunner.query(
      `CREATE TRIGGER "org_units_search_scope" AFTER UPDATE OF province_id ON "org_units" FOR EACH ROW
        WHEN (OLD.province_id IS DISTINCT FROM NEW.province_id) EXECUTE FUNCTION record_unit_search_scope()`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_ticket_search_grams" ON "ticket_search" USING gin ("province_id", "owner_province_id", "grams")`,
    );
    await queryRunner.query(`CREATE INDEX "ix_ticket_search_created" ON "ticket_search" ("created_at", "ticket_id")`);
    await queryRunner.query(
      `CREATE INDEX "ix_ticket_search_province_created" ON "ticket_search" ("province_id", "created_at", "ticket_id")`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_ticket_search_owner_province_created" ON "ticket_search" ("owner_province_id", "created_at", "ticket_id")`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "ix_ticket_search_owner_province_created"`);
    await queryRunner.query(`DROP INDEX "ix_ticket_search_province_created"`);
    await queryRunner.query(`DROP INDEX "ix_ticket_search_created"`);
    await queryRunner.query(`DROP INDEX "ix_ticket_search_grams"`);
    await queryRunner.query(`DROP TRIGGER "org_units_search_scope" ON "org_units"`);
    await queryRunner.query(`DROP FUNCTION record_unit_search_scope()`);
    await queryRunner.query(`DROP TRIGGER "tickets_search_scope" ON "tickets"`);
    await queryRunner.query(`DROP FUNCTION record_ticket_search_scope()`);
    await queryRunner.query(`
      CREATE OR REPLACE FUNCTION record_ticket_search_update() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        INSERT INTO ticket_search (ticket_id, updates) VALUES (NEW.ticket_id, search_fold(NEW.data->>'text'))
        ON CONFLICT (ticket_id) DO UPDATE SET updates = concat_ws(E'\\n', nullif(ticket_search.updates, ''), excluded.updates);
        RETURN NULL;
      END $$`);
    await queryRunner.query(`
      CREATE OR REPLACE FUNCTION record_ticket_search_body() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        INSERT INTO ticket_search (ticket_id, body)
             VALUES (NEW.id, search_fold(concat_ws(E'\\n', NEW.subject, NEW.description, NEW.customer_request)))
        ON CONFLICT (ticket_id) DO UPDATE SET body = excluded.body WHERE ticket_search.body IS DISTINCT FROM excluded.body;
        RETURN NULL;
      END $$`);
    await queryRunner.query(`DROP TRIGGER "ticket_search_grams" ON "ticket_search"`);
    await queryRunner.query(`DROP FUNCTION ticket_search_grams()`);
    await queryRunner.query(
      `ALTER TABLE "ticket_search" DROP COLUMN "owner_province_id", DROP COLUMN "province_id", DROP COLUMN "created_at"`,
    );
    // Back to the generated column (recomputed for every row).
    await queryRunner.query(`ALTER TABLE "ticket_search" DROP COLUMN "grams"`);
    await queryRunner.query(
      `ALTER TABLE "ticket_search" ADD "grams" text array GENERATED ALWAYS AS (search_grams(body || E'\\n' || updates)) STORED`,
    );
    await queryRunner.query(`CREATE INDEX "ix_ticket_search_grams" ON "ticket_search" USING gin ("grams")`);
  }
}
