import { Inject, Injectable, Logger, OnModuleDestroy, OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Client } from 'pg';
import { DataSource, EntityManager } from 'typeorm';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import { directClient } from './direct-connection';

/** The one Postgres channel every cross-process cache invalidation is announced on; the payload names the topic. */
export const CHANGE_CHANNEL = 'workorder_changes';

/** What a process may hold in memory that every process must agree on. */
export const CHANGE_TOPICS = ['credentials', 'calendar', 'sla_policies', 'taxonomy'] as const;
export type ChangeTopic = (typeof CHANGE_TOPICS)[number];

const RECONNECT_DELAY_MS = 1_000;

/**
 * Cross-process cache invalidation over Postgres LISTEN/NOTIFY, one listening connection per process
 * for every cache. A write announces its topic (`announce`, inside the writing transaction when it has
 * one, so the announcement is delivered when it commits, milliseconds later, and never for a rollback);
 * each process's listener bumps the topic's `generation`. A cache keeps what it read under the
 * generation current when the read began and answers from an entry only while that generation lasts
 * and the listener is connected (`live`): without a listener announcements could be missed, so every
 * lookup goes to Postgres until it is back. Losing or regaining the connection ends every generation.
 */
@Injectable()
export class ChangeFeed implements OnModuleInit, OnModuleDestroy {
  private readonly logger = new Logger(ChangeFeed.name);
  private readonly generations = new Map<ChangeTopic, number>(CHANGE_TOPICS.map((t) => [t, 0]));
  private readonly handlers = new Set<{ topic: ChangeTopic; fn: () => void }>();
  private client: Client | null = null;
  private connected = false;
  private reconnect: NodeJS.Timeout | null = null;
  private closing = false;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @InjectDataSource() private readonly db: DataSource,
  ) {}

  async onModuleInit(): Promise<void> {
    await this.listen();
  }

  async onModuleDestroy(): Promise<void> {
    this.closing = true;
    this.connected = false;
    if (this.reconnect) clearTimeout(this.reconnect);
    await this.client?.end().catch(() => undefined);
  }

  /** True while this process's listener is connected: only then may a cache answer from memory. */
  get live(): boolean {
    return this.connected;
  }

  generation(topic: ChangeTopic): number {
    return this.generations.get(topic)!;
  }

  /**
   * Calls `fn` whenever the topic's generation ends: an announcement (this process's own included), and
   * the listener's loss and return (announcements may have been missed). Returns the unsubscriber.
   */
  on(topic: ChangeTopic, fn: () => void): () => void {
    const handler = { topic, fn };
    this.handlers.add(handler);
    return () => this.handlers.delete(handler);
  }

  /**
   * Tells every process the topic changed. With `tx`, Postgres delivers it when that transaction
   * commits; this process ends the generation at once, before its own announcement comes back.
   */
  async announce(topic: ChangeTopic, tx?: EntityManager): Promise<void> {
    this.bump([topic]);
    await (tx ?? this.db).query('SELECT pg_notify($1, $2)', [CHANGE_CHANNEL, topic]);
  }

  private bump(topics: readonly ChangeTopic[]): void {
    for (const topic of topics) this.generations.set(topic, this.generation(topic) + 1);
    for (const h of [...this.handlers]) {
      if (!topics.includes(h.topic)) continue;
      try {
        h.fn();
      } catch (err) {
        this.logger.warn({ err, topic: h.topic }, 'change handler failed');
      }
    }
  }

  private async listen(): Promise<void> {
    if (this.closing) return;
    const client = directClient(this.config, 'change feed');
    const lost = (err?: Error) => {
      if (this.closing || this.client !== client) return;
      this.client = null;
      this.connected = false;
      this.bump(CHANGE_TOPICS);
      if (err) this.logger.warn({ err }, 'change feed lost its connection; caches read from Postgres until it is back');
      client.end().catch(() => undefined);
      this.reconnect = setTimeout(() => void this.listen(), RECONNECT_DELAY_MS);
      this.reconnect.unref();
    };
    this.client = client;
    client.on('error', lost);
    client.on('end', () => lost());
    client.on('notification', (n) => {
      const topic = n.payload as ChangeTopic;
      if (this.generations.has(topic)) this.bump([topic]);
    });
    try {
      await client.connect();
      await client.query(`LISTEN ${CHANGE_CHANNEL}`);
      if (this.client !== client || this.closing) return;
      // Whatever was announced while no listener was connected is unknown: every generation ends.
      this.connected = true;
      this.bump(CHANGE_TOPICS);
    } catch (err) {
      lost(err as Error);
    }
  }
}
