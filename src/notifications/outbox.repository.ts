import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { runInTransaction } from '../common/transaction';
import { DeliveryRow } from './webhook-delivery.repository';

/** The transactional outbox as the relay reads it: unpublished messages fanned out to the subscriptions. */
@Injectable()
export class OutboxRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /**
   * In one transaction: claims up to `batch` unpublished messages (SKIP LOCKED, so several relays
   * share the work), inserts one delivery per matching subscription and marks the messages published.
   */
  relayBatch(batch: number, now: Date): Promise<{ messages: number; deliveries: DeliveryRow[] }> {
    return runInTransaction(this.db, async (tx) => {
      const claimed = await tx.query<{ id: string; created_at: Date }[]>(
        `SELECT id, created_at FROM outbox WHERE published_at IS NULL ORDER BY id LIMIT ${batch} FOR UPDATE SKIP LOCKED`,
      );
      if (claimed.length === 0) return { messages: 0, deliveries: [] as DeliveryRow[] };
      const ids = claimed.map((r) => r.id);
      // The claimed rows' times bound the lookups below, so they read only those months' partitions
      // (a Date keeps milliseconds, created_at microseconds: hence the bound a millisecond past the last).
      const times = claimed.map((r) => r.created_at.getTime());
      const [from, until] = [new Date(Math.min(...times)), new Date(Math.max(...times) + 1)];
      // A subscription of unit U receives a message addressed to U, a channel system's one a message
      // addressed to that channel system (the writer addresses it only the milestones of the tickets
      // it filed), with the channel's own body; created_at comes from the clock
      // (millisecond precision) so the delivery log's keyset cursor compares exactly.
      const inserted = await tx.query<DeliveryRow[]>(
        `INSERT INTO webhook_deliveries (subscription_id, outbox_id, event_type, payload, status, attempts, next_attempt_at, created_at)
         SELECT s.id, o.id, o.event_type, CASE WHEN s.channel_system_id IS NULL THEN o.payload ELSE o.channel_payload END, 'pending', 0, $2, $2
           FROM outbox o
           JOIN webhook_subscriptions s ON s.org_unit_id = ANY (o.unit_ids) OR s.channel_system_id = ANY (o.channel_system_ids)
          WHERE o.id = ANY ($1::bigint[]) AND o.created_at >= $3 AND o.created_at < $4
            AND s.enabled
            AND (cardinality(s.event_types) = 0 OR o.event_type = ANY (s.event_types))
          ORDER BY o.id, s.id
         ON CONFLICT DO NOTHING
         RETURNING id, attempts, next_attempt_at`,
        [ids, now, from, until],
      );
      await tx.query(`UPDATE outbox SET published_at = $2 WHERE id = ANY ($1::bigint[]) AND created_at >= $3 AND created_at < $4`, [
        ids,
        now,
        from,
        until,
      ]);
      return { messages: claimed.length, deliveries: inserted };
    });
  }
}
