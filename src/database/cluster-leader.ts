import { Inject, Injectable, Logger, OnApplicationShutdown } from '@nestjs/common';
import { hostname } from 'node:os';
import type { Client } from 'pg';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import { directClient } from './direct-connection';

/** The session-level advisory lock whose holder leads periodic work (the migration lock is 7340001). */
export const LEADER_LOCK_KEY = 7340002;

/**
 * One leader of periodic work per database: the process whose direct session holds LEADER_LOCK_KEY.
 * Every LEADER_HEARTBEAT_MS a follower tries the lock (pg_try_advisory_lock, never blocking) and the
 * leader checks its session answers. The lock belongs to the session, so it is released the moment
 * the leader's connection ends: a crash, a SIGKILL, a restart of Postgres. A leader whose check fails
 * or times out steps down at once and campaigns again on a new connection.
 *
 * Session-level, so it needs a connection of its own (DATABASE_DIRECT_URL): through a
 * transaction-mode pooler the lock would be taken on whichever server connection ran that statement
 * and stay with it, held for a process that no longer owns it (see docs/operations.md).
 */
@Injectable()
export class ClusterLeader implements OnApplicationShutdown {
  private readonly logger = new Logger(ClusterLeader.name);
  /** Written to periodic_tasks.holder with each pass: which process ran it. */
  readonly identity = `${hostname()}:${process.pid}`;
  private client: Client | null = null;
  private leading = false;
  private campaigning = false;
  private closing = false;
  private timer: NodeJS.Timeout | null = null;
  private readonly watchers = new Set<(leading: boolean) => void>();

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  get isLeader(): boolean {
    return this.leading;
  }

  /** Told of every change: true on taking the lock, false on losing it or stepping down. */
  onChange(fn: (leading: boolean) => void): void {
    this.watchers.add(fn);
  }

  /** Starts contending for the lock (idempotent); the first attempt is made at once. */
  campaign(): void {
    if (this.campaigning || this.closing) return;
    this.campaigning = true;
    void this.beat();
  }

  async onApplicationShutdown(): Promise<void> {
    this.closing = true;
    if (this.timer) clearTimeout(this.timer);
    this.setLeading(false);
    const client = this.client;
    this.client = null;
    // Ending the session releases the lock; a follower takes it at its next attempt.
    await client?.end().catch(() => undefined);
  }

  private async beat(): Promise<void> {
    if (this.closing) return;
    try {
      const client = this.client ?? (await this.connect());
      if (this.leading) {
        await this.bounded(client.query('SELECT 1'));
      } else {
        const { rows } = await this.bounded(client.query<{ ok: boolean }>('SELECT pg_try_advisory_lock($1) AS ok', [LEADER_LOCK_KEY]));
        if (rows[0].ok && this.client === client) {
          this.logger.log({ identity: this.identity }, 'leading periodic work');
          this.setLeading(true);
        }
      }
    } catch (err) {
      this.drop(err as Error);
    }
    if (!this.closing) {
      this.timer = setTimeout(() => void this.beat(), this.config.LEADER_HEARTBEAT_MS);
      this.timer.unref();
    }
  }

  private async connect(): Promise<Client> {
    const client = directClient(this.config, 'leader');
    client.on('error', (err) => this.drop(err, client));
    client.on('end', () => this.drop(undefined, client));
    this.client = client;
    await client.connect();
    return client;
  }

  /** A check that does not answer within a heartbeat counts as a lost session. */
  private bounded<T>(work: Promise<T>): Promise<T> {
    let timer: NodeJS.Timeout | undefined;
    const limit = Math.max(this.config.LEADER_HEARTBEAT_MS, 1000);
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`the leader's session did not answer within ${limit} ms`)), limit);
    });
    return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
  }

  /** Steps down and forgets the connection; the next beat campaigns on a new one. */
  private drop(err?: Error, which: Client | null = this.client): void {
    if (!which || which !== this.client) return;
    this.client = null;
    if (this.leading) this.logger.warn({ err }, 'lost the leader lock; periodic work stops here until it is taken again');
    this.setLeading(false);
    which.end().catch(() => undefined);
  }

  private setLeading(leading: boolean): void {
    if (this.leading === leading) return;
    this.leading = leading;
    for (const fn of this.watchers) fn(leading);
  }
}
