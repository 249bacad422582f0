import { MigrationInterface, QueryRunner } from 'typeorm';

/** Text runs: ASCII words, or runs of other characters that are neither space nor punctuation (CJK and the rest). */
const RUNS = String.raw`([a-z0-9]+|[^\s\u0001-\u007f\u0080-\u00bf\u2000-\u206f\u3000-\u303f\ufe30-\ufe4f\uff00-\uff65]+)`;

/**
 * Keyword search over tickets on stock PostgreSQL (no pg_bigm, no zhparser). A trigram index
 * cannot serve one- and two-character Chinese terms, so each ticket's text is indexed by its
 * character unigrams and bigrams (ASCII words whole), stored and indexed with GIN; a term's grams
 * must all be present (`@>`), then the (folded) text must contain the term (`strpos`).
 *
 * `ticket_search` holds one document per ticket, already folded (so a recheck folds only the term):
 * `body` (subject, description, customer request) and `updates` (customer updates and replies, from
 * the events); the texts as written stay in tickets and ticket_events. Triggers maintain it in the same
 * transaction as the ticket or event row, whoever writes them, so the writer's statements stay as
 * they are and no code writes this table (src/architecture.spec.ts).
 */
export class TicketSearch1796740000000 implements MigrationInterface {
  name = 'TicketSearch1796740000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    // Case and width folded: full-width letters and digits become ASCII, upper case lower.
    await queryRunner.query(
      `CREATE FUNCTION search_fold(doc text) RETURNS text LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $$ SELECT lower(normalize(doc, NFKC)) $$`,
    );
    // A document's grams: every ASCII word, every character and every pair of adjacent characters of the other runs.
    // Repeated grams are left in (the GIN index keeps each key once). PL/pgSQL: about 3x faster here than set-returning SQL.
    await queryRunner.query(`
      CREATE FUNCTION search_grams(doc text) RETURNS text[] LANGUAGE plpgsql IMMUTABLE STRICT PARALLEL SAFE AS $$
      DECLARE
        run text;
        chars text[];
        grams text[] := '{}';
      BEGIN
        FOR run IN SELECT m[1] FROM regexp_matches(search_fold(doc), '${RUNS}', 'g') m LOOP
          IF run ~ '^[a-z0-9]' THEN
            grams := grams || run;
          ELSE
            chars := string_to_array(run, NULL);
            grams := grams || chars;
            FOR k IN 1 .. cardinality(chars) - 1 LOOP
              grams := grams || (chars[k] || chars[k + 1]);
            END LOOP;
          END IF;
        END LOOP;
        RETURN grams;
      END $$`);
    // A term's grams, fewest needed: its ASCII words, its pairs (which imply their characters), a lone character alone.
    await queryRunner.query(`
      CREATE FUNCTION search_term_grams(term text) RETURNS text[] LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $$
        SELECT coalesce(array_agg(DISTINCT g), '{}') FROM (
          SELECT CASE WHEN r ~ '^[a-z0-9]' OR char_length(r) = 1 THEN r ELSE substr(r, i, 2) END AS g
            FROM (SELECT m[1] AS r FROM regexp_matches(search_fold(term), '${RUNS}', 'g') m) runs,
                 generate_series(1, greatest(char_length(r) - 1, 1)) i
           WHERE NOT (r ~ '^[a-z0-9]' OR char_length(r) = 1) OR i = 1
        ) x $$`);
    // The grams are stored (generated from the text), so a plan that walks tickets newest first and
    // checks each one reads them instead of recomputing them per row.
    await queryRunner.query(
      `CREATE TABLE "ticket_search" ("ticket_id" uuid NOT NULL, "body" text NOT NULL DEFAULT '', "updates" text NOT NULL DEFAULT '', "grams" text array GENERATED ALWAYS AS (search_grams(body || E'\\n' || updates)) STORED, CONSTRAINT "PK_ticket_search" PRIMARY KEY ("ticket_id"))`,
    );
    await queryRunner.query(`CREATE INDEX "ix_ticket_search_grams" ON "ticket_search" USING gin ("grams")`);
    await queryRunner.query(`
      CREATE FUNCTION record_ticket_search_body() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        INSERT INTO ticket_search (ticket_id, body)
             VALUES (NEW.id, search_fold(concat_ws(E'\\n', NEW.subject, NEW.description, NEW.customer_request)))
        ON CONFLICT (ticket_id) DO UPDATE SET body = excluded.body WHERE ticket_search.body IS DISTINCT FROM excluded.body;
        RETURN NULL;
      END $$`);
    await queryRunner.query(
      `CREATE TRIGGER "tickets_search_body" AFTER INSERT OR UPDATE OF subject, description, customer_request ON "tickets" FOR EACH ROW EXECUTE FUNCTION record_ticket_search_body()`,
    );
    await queryRunner.query(`
      CREATE FUNCTION record_ticket_search_update() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        INSERT INTO ticket_search (ticket_id, updates) VALUES (NEW.ticket_id, search_fold(NEW.data->>'text'))
        ON CONFLICT (ticket_id) DO UPDATE SET updates = concat_ws(E'\\n', nullif(ticket_search.updates, ''), excluded.updates);
        RETURN NULL;
      END $$`);
    await queryRunner.query(
      `CREATE TRIGGER "ticket_events_search_update" AFTER INSERT ON "ticket_events" FOR EACH ROW WHEN (NEW.type IN ('customer.updated', 'ticket.replied', 'ticket.progress_replied') AND NEW.data->>'text' IS NOT NULL) EXECUTE FUNCTION record_ticket_search_update()`,
    );
    await queryRunner.query(`
      INSERT INTO ticket_search (ticket_id, body, updates)
      SELECT t.id, search_fold(concat_ws(E'\\n', t.subject, t.description, t.customer_request)),
             coalesce((SELECT search_fold(string_agg(e.data->>'text', E'\\n' ORDER BY e.seq)) FROM ticket_events e
                        WHERE e.ticket_id = t.id AND e.type IN ('customer.updated', 'ticket.replied', 'ticket.progress_replied')), '')
        FROM tickets t`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER "ticket_events_search_update" ON "ticket_events"`);
    await queryRunner.query(`DROP TRIGGER "tickets_search_body" ON "tickets"`);
    await queryRunner.query(`DROP FUNCTION record_ticket_search_update()`);
    await queryRunner.query(`DROP FUNCTION record_ticket_search_body()`);
    await queryRunner.query(`DROP TABLE "ticket_search"`);
    await queryRunner.query(`DROP FUNCTION search_term_grams(text)`);
    await queryRunner.query(`DROP FUNCTION search_grams(text)`);
    await queryRunner.query(`DROP FUNCTION search_fold(text)`);
  }
}
