import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The append-only tables become partitioned by calendar month (UTC) of their creation timestamp:
 * ticket_events (at), outbox (created_at), webhook_deliveries (created_at), audit_events
 * (occurred_at) and pii_access_log (at). A month is then created ahead and detached past its
 * retention as one partition (PartitionUpkeepService), instead of deleted row by row.
 *
 * - Primary keys become (id, <timestamp>): Postgres requires the partition key in every unique index
 *   of a partitioned table. Ids stay unique (uuid or one sequence).
 * - Uniqueness that cannot include the timestamp becomes a unique index of each partition:
 *   ticket_events (ticket_id, seq), webhook_deliveries (subscription_id, outbox_id), audit_events (hash).
 *   `partition_local_objects` creates them (and the append-only trigger of each audit partition).
 * - Every other index is declared once on the table, and each partition gets its own copy.
 * - A DEFAULT partition catches a row whose month has no partition yet (a clock far ahead, upkeep
 *   stopped for months); `partition_month` creates the month's partition and moves such rows into it.
 * - Existing rows are copied into the new tables; the months they cover, the current one and three
 *   ahead get their partitions here.
 */
const TABLES: {
  name: string;
  key: string;
  pk: string;
  oldPk: string;
  /** The indexes of the whole table (the same names and definitions as before). */
  indexes: string[];
  /** Indexes of the unpartitioned table that become one per partition, restored by `down`. */
  localIndexes: string[];
  fk?: string;
  triggers?: string[];
  sequence?: string;
}[] = [
  {
    name: 'ticket_events',
    key: 'at',
    pk: 'PK_55864f95a75f8693aab8b5b57ec',
    oldPk: 'PK_d61d07653b492eca67f9bad8ec2',
    indexes: [
      `CREATE INDEX "ix_ticket_events_type_at" ON "ticket_events" ("type", "at")`,
      `CREATE INDEX "ix_events_returned" ON "ticket_events" ("ticket_id") WHERE type = 'ticket.returned'`,
      `CREATE INDEX "ix_events_extension_approved" ON "ticket_events" ("ticket_id") WHERE type = 'extension.decided' AND (data ->> 'approved') = 'true'`,
    ],
    localIndexes: [`CREATE UNIQUE INDEX "ix_ticket_events_ticket" ON "ticket_events" ("ticket_id", "seq")`],
    triggers: [
      `CREATE TRIGGER "ticket_events_search_update" AFTER INSERT ON "ticket_events" FOR EACH ROW WHEN (NEW.type IN ('customer.updated', 'ticket.replied', 'ticket.progress_replied') AND NEW.data->>'text' IS NOT NULL) EXECUTE FUNCTION record_ticket_search_update()`,
    ],
  },
  {
    name: 'outbox',
    key: 'created_at',
    pk: 'PK_113b946d58cde725ca1df53d8a7',
    oldPk: 'PK_340ab539f309f03bdaa14aa7649',
    indexes: [`CREATE INDEX "ix_outbox_unpublished" ON "outbox" ("id") WHERE published_at IS NULL`],
    localIndexes: [],
    sequence: 'outbox_id_seq',
  },
  {
    name: 'webhook_deliveries',
    key: 'created_at',
    pk: 'PK_0b6a09d38a79c8b612ddec3a046',
    oldPk: 'PK_535dd409947fb6d8fc6dfc0112a',
    indexes: [
      `CREATE INDEX "ix_webhook_deliveries_subscription_created" ON "webhook_deliveries" ("subscription_id", "created_at", "id")`,
      `CREATE INDEX "ix_webhook_deliveries_due" ON "webhook_deliveries" ("status", "next_attempt_at")`,
    ],
    localIndexes: [
      `CREATE UNIQUE INDEX "ux_webhook_deliveries_subscription_outbox" ON "webhook_deliveries" ("subscription_id", "outbox_id")`,
    ],
    fk: `ALTER TABLE "webhook_deliveries" ADD CONSTRAINT "FK_23eb2b6ae801c52cfb79a556b8a" FOREIGN KEY ("subscription_id") REFERENCES "webhook_subscriptions"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
  },
  {
    name: 'audit_events',
    key: 'occurred_at',
    pk: 'audit_events_pkey',
    oldPk: 'audit_events_pkey',
    indexes: [
      `CREATE INDEX "ix_audit_events_occurred" ON "audit_events" ("occurred_at", "id")`,
      `CREATE INDEX "ix_audit_events_scope" ON "audit_events" ("scope_path" text_pattern_ops)`,
      `CREATE INDEX "ix_audit_events_sign_in_failures" ON "audit_events" ("address", "occurred_at") WHERE "operation" = 'auth.signIn' AND "outcome" = 'failure'`,
    ],
    localIndexes: [`ALTER TABLE "audit_events" ADD CONSTRAINT "audit_events_hash_key" UNIQUE ("hash")`],
    triggers: [
      `CREATE TRIGGER "audit_events_append_only" BEFORE UPDATE OR DELETE OR TRUNCATE ON "audit_events" FOR EACH STATEMENT EXECUTE FUNCTION "audit_events_append_only"()`,
    ],
    sequence: 'audit_events_id_seq',
  },
  {
    name: 'pii_access_log',
    key: 'at',
    pk: 'PK_e3ada3b3fc8aa0da0a5e5fc80f4',
    oldPk: 'PK_b5448828374f1904a07fc0842cb',
    indexes: [`CREATE INDEX "ix_pii_access_ticket" ON "pii_access_log" ("ticket_id", "at")`],
    localIndexes: [],
  },
];

/** Indexes and constraints of the unpartitioned tables, dropped before the new tables take the names. */
const OLD_INDEXES = [
  'ix_ticket_events_type_at',
  'ix_events_returned',
  'ix_events_extension_approved',
  'ix_ticket_events_ticket',
  'ix_outbox_unpublished',
  'ix_webhook_deliveries_subscription_created',
  'ix_webhook_deliveries_due',
  'ux_webhook_deliveries_subscription_outbox',
  'ix_audit_events_occurred',
  'ix_audit_events_scope',
  'ix_audit_events_sign_in_failures',
  'ix_pii_access_ticket',
];

/** Months ahead of the current one created here; upkeep keeps PARTITION_MONTHS_AHEAD from then on. */
const AHEAD = 3;

export class Partitions1796800000000 implements MigrationInterface {
  name = 'Partitions1796800000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE FUNCTION partition_local_objects(parent text, part text) RETURNS void LANGUAGE plpgsql AS $$
      BEGIN
        IF parent = 'ticket_events' THEN
          EXECUTE format('CREATE UNIQUE INDEX %I ON public.%I (ticket_id, seq)', part || '_ticket_seq', part);
        ELSIF parent = 'webhook_deliveries' THEN
          EXECUTE format('CREATE UNIQUE INDEX %I ON public.%I (subscription_id, outbox_id)', part || '_subscription_outbox', part);
        ELSIF parent = 'audit_events' THEN
          EXECUTE format('CREATE UNIQUE INDEX %I ON public.%I (hash)', part || '_hash', part);
          -- The default partition gives its rows up to their month's partition (partition_month); a month's rows stay.
          IF part <> 'audit_events_default' THEN
            EXECUTE format('CREATE TRIGGER audit_events_append_only BEFORE UPDATE OR DELETE OR TRUNCATE ON public.%I
                            FOR EACH STATEMENT EXECUTE FUNCTION audit_events_append_only()', part);
          END IF;
        END IF;
      END $$`);
    // Creates the partition of `month` (any day of it) unless it exists: a plain table, filled with the
    // month's rows from the default partition, then attached (ATTACH locks the table less than CREATE … PARTITION OF).
    await q.query(`
      CREATE FUNCTION partition_month(parent text, month date) RETURNS boolean LANGUAGE plpgsql AS $$
      DECLARE
        first date := date_trunc('month', month)::date;
        part text := parent || '_p' || to_char(date_trunc('month', month), 'YYYYMM');
        lo timestamptz := first::timestamp AT TIME ZONE 'UTC';
        hi timestamptz := (first + interval '1 month')::timestamp AT TIME ZONE 'UTC';
        key text;
      BEGIN
        IF to_regclass(format('public.%I', part)) IS NOT NULL THEN RETURN false; END IF;
        SELECT a.attname INTO STRICT key
          FROM pg_partitioned_table p JOIN pg_attribute a ON a.attrelid = p.partrelid AND a.attnum = p.partattrs[0]
         WHERE p.partrelid = format('public.%I', parent)::regclass;
        EXECUTE format('CREATE TABLE public.%I (LIKE public.%I INCLUDING DEFAULTS INCLUDING CONSTRAINTS)', part, parent);
        PERFORM partition_local_objects(parent, part);
        IF to_regclass(format('public.%I', parent || '_default')) IS NOT NULL THEN
          EXECUTE format('WITH moved AS (DELETE FROM public.%I WHERE %I >= $1 AND %I < $2 RETURNING *) INSERT INTO public.%I SELECT * FROM moved',
                         parent || '_default', key, key, part) USING lo, hi;
        END IF;
        EXECUTE format('ALTER TABLE public.%I ATTACH PARTITION public.%I FOR VALUES FROM (%L) TO (%L)', parent, part, lo, hi);
        RETURN true;
      END $$`);
    await q.query(`
      CREATE TABLE audit_chain_anchors (
        through_id bigint PRIMARY KEY,
        hash character(64) NOT NULL,
        partition_name text NOT NULL,
        detached_at timestamptz NOT NULL
      )`);

    for (const t of TABLES) {
      const old = `${t.name}_unpartitioned`;
      await q.query(`ALTER TABLE "${t.name}" RENAME TO "${old}"`);
      await q.query(`ALTER TABLE "${old}" DROP CONSTRAINT "${t.oldPk}"`);
      if (t.sequence) await q.query(`ALTER SEQUENCE "${t.sequence}" OWNED BY NONE`);
      if (t.triggers) for (const trigger of t.triggers) await q.query(`DROP TRIGGER "${/TRIGGER "(\w+)"/.exec(trigger)![1]}" ON "${old}"`);
    }
    await q.query(`ALTER TABLE "audit_events_unpartitioned" DROP CONSTRAINT "audit_events_hash_key"`);
    for (const index of OLD_INDEXES) await q.query(`DROP INDEX IF EXISTS "${index}"`);

    for (const t of TABLES) {
      const old = `${t.name}_unpartitioned`;
      await q.query(`CREATE TABLE "${t.name}" (LIKE "${old}" INCLUDING DEFAULTS INCLUDING CONSTRAINTS) PARTITION BY RANGE ("${t.key}")`);
      await q.query(`ALTER TABLE "${t.name}" ADD CONSTRAINT "${t.pk}" PRIMARY KEY ("id", "${t.key}")`);
      for (const index of t.indexes) await q.query(index);
      if (t.fk) await q.query(t.fk);
      await q.query(`CREATE TABLE "${t.name}_default" PARTITION OF "${t.name}" DEFAULT`);
      await q.query(`SELECT partition_local_objects($1, $2)`, [t.name, `${t.name}_default`]);
      await q.query(
        `SELECT partition_month($1, m::date)
           FROM (SELECT date_trunc('month', "${t.key}" AT TIME ZONE 'UTC') AS m FROM "${old}"
                 UNION SELECT generate_series(date_trunc('month', now() AT TIME ZONE 'UTC'),
                                              date_trunc('month', now() AT TIME ZONE 'UTC') + interval '${AHEAD} months', interval '1 month')) months
          ORDER BY m`,
        [t.name],
      );
      await q.query(`INSERT INTO "${t.name}" SELECT * FROM "${old}"`);
      await q.query(`DROP TABLE "${old}"`);
      if (t.sequence) await q.query(`ALTER SEQUENCE "${t.sequence}" OWNED BY "${t.name}"."id"`);
      // After the copy: the search document already holds the texts of the copied events.
      for (const trigger of t.triggers ?? []) await q.query(trigger);
    }
  }

  /** Back to one table each, with the rows of the attached partitions (a detached month stays a table of its own). */
  async down(q: QueryRunner): Promise<void> {
    for (const t of TABLES) {
      const plain = `${t.name}_unpartitioned`;
      await q.query(`CREATE TABLE "${plain}" (LIKE "${t.name}" INCLUDING DEFAULTS INCLUDING CONSTRAINTS)`);
      await q.query(`INSERT INTO "${plain}" SELECT * FROM "${t.name}"`);
      if (t.sequence) await q.query(`ALTER SEQUENCE "${t.sequence}" OWNED BY NONE`);
      await q.query(`DROP TABLE "${t.name}"`);
      await q.query(`ALTER TABLE "${plain}" RENAME TO "${t.name}"`);
      await q.query(`ALTER TABLE "${t.name}" ADD CONSTRAINT "${t.oldPk}" PRIMARY KEY ("id")`);
      for (const index of [...t.indexes, ...t.localIndexes]) await q.query(index);
      if (t.fk) await q.query(t.fk);
      if (t.sequence) await q.query(`ALTER SEQUENCE "${t.sequence}" OWNED BY "${t.name}"."id"`);
      for (const trigger of t.triggers ?? []) await q.query(trigger);
    }
    await q.query(`DROP TABLE audit_chain_anchors`);
    await q.query(`DROP FUNCTION partition_month(text, date)`);
    await q.query(`DROP FUNCTION partition_local_objects(text, text)`);
  }
}
