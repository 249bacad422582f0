import { Client } from 'pg';
import type { AppConfig } from '../config/app-config';

const CONNECT_TIMEOUT_MS = 5_000;

/**
 * A Postgres connection of its own, outside the pool, for session state the pool cannot keep: a
 * LISTEN and a session-level advisory lock. Behind a transaction-mode pooler (PgBouncer) consecutive
 * statements of one client may run on different server connections, so a LISTEN would hear nothing
 * and a lock could be held by a connection someone else is using: these go to DATABASE_DIRECT_URL.
 * TCP keepalives make a half-open connection (a peer gone without a FIN) fail instead of hanging.
 */
export function directClient(config: AppConfig, purpose: string): Client {
  return new Client({
    connectionString: config.DATABASE_DIRECT_URL ?? config.DATABASE_URL,
    connectionTimeoutMillis: CONNECT_TIMEOUT_MS,
    keepAlive: true,
    keepAliveInitialDelayMillis: 5_000,
    application_name: `workorders ${purpose}`,
  });
}
