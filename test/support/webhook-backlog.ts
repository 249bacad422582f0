import { Client } from 'pg';

/**
 * Suites share the run's database, and most run API-only applications: their events pile up in the
 * outbox unrelayed, addressed to subscriptions other suites made (unreachable example hosts). A relay
 * started by a later suite would first fan all of them out, and that suite's own deliveries would wait
 * behind thousands of failing attempts. A suite about delivery calls this first, so it measures its
 * own deliveries only: earlier messages count as relayed, earlier deliveries as given up, earlier
 * subscriptions as disabled.
 */
export async function settleEarlierWebhookTraffic(databaseUrl = process.env.DATABASE_URL): Promise<void> {
  const client = new Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    await client.query(`UPDATE outbox SET published_at = now() WHERE published_at IS NULL`);
    await client.query(`UPDATE webhook_deliveries SET status = 'dead' WHERE status IN ('pending', 'failed')`);
    await client.query(`UPDATE webhook_subscriptions SET enabled = false WHERE enabled`);
  } finally {
    await client.end();
  }
}
