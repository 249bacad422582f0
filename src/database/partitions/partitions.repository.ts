import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { Month, PARTITIONED_TABLES, PartitionedTable, partitionMonth } from './partitioned-tables';

/**
 * Upkeep waits at most this long for a table lock (ATTACH and DETACH need one briefly) and then gives
 * up until its next pass, rather than hold up the writers queued behind it.
 */
const LOCK_TIMEOUT = '3s';

class Held extends Error {}

/** The partitions of the append-only tables: their months, creating one, detaching one. */
@Injectable()
export class PartitionsRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** Months that have rows in the table's default partition (rows that arrived before their month's partition). */
  async monthsInDefault(table: PartitionedTable): Promise<Month[]> {
    const key = PARTITIONED_TABLES[table].key;
    const rows: { month: string }[] = await this.db.query(
      `SELECT DISTINCT to_char(date_trunc('month', "${key}" AT TIME ZONE 'UTC'), 'YYYY-MM-DD') AS month FROM "${table}_default"`,
    );
    return rows.map((r) => r.month);
  }

  /** Creates the month's partition (moving the month's rows out of the default one) unless it exists; true if created. */
  create(table: PartitionedTable, month: Month): Promise<boolean> {
    return this.db.transaction(async (tx) => {
      await tx.query(`SET LOCAL lock_timeout = '${LOCK_TIMEOUT}'`);
      const [row]: { created: boolean }[] = await tx.query('SELECT partition_month($1, $2::date) AS created', [table, month]);
      return row.created;
    });
  }

  /** The month partitions attached to the table, oldest first. */
  async attached(table: PartitionedTable): Promise<{ name: string; month: Month }[]> {
    const rows: { name: string }[] = await this.db.query(
      `SELECT c.relname AS name FROM pg_inherits i JOIN pg_class c ON c.oid = i.inhrelid
        WHERE i.inhparent = format('public.%I', $1::text)::regclass ORDER BY c.relname`,
      [table],
    );
    return rows.flatMap((r) => {
      const month = partitionMonth(table, r.name);
      return month ? [{ name: r.name, month }] : [];
    });
  }

  /**
   * Detaches a month's partition; it stays a table of its own (named as before) to be archived and
   * dropped. Not a partition that still holds rows to deliver (an unpublished outbox message, a
   * pending or retrying webhook delivery): checked after the detach, under its lock, and undone then.
   * Detaching audit_events' month records the chain's anchor: its last row and that row's hash.
   */
  detach(table: PartitionedTable, partition: string, now: Date): Promise<'detached' | 'held'> {
    const pending = PARTITIONED_TABLES[table].pending;
    return this.db
      .transaction(async (tx) => {
        await tx.query(`SET LOCAL lock_timeout = '${LOCK_TIMEOUT}'`);
        await tx.query(`ALTER TABLE "${table}" DETACH PARTITION "${partition}"`);
        if (pending) {
          const [held]: { held: boolean }[] = await tx.query(`SELECT EXISTS (SELECT 1 FROM "${partition}" WHERE ${pending}) AS held`);
          if (held.held) throw new Held();
        }
        if (table === 'audit_events') {
          await tx.query(
            `INSERT INTO audit_chain_anchors (through_id, hash, partition_name, detached_at)
             SELECT id, hash, $1, $2 FROM "${partition}" ORDER BY id DESC LIMIT 1`,
            [partition, now],
          );
        }
        return 'detached' as const;
      })
      .catch((err: unknown) => {
        if (err instanceof Held) return 'held' as const;
        throw err;
      });
  }
}
