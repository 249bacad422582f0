import { Injectable, Logger, OnModuleDestroy, OnModuleInit } from '@nestjs/common';
import type { RequestActor } from './actor';
import { CredentialsRepository, RevocationListener } from './credentials.repository';

/** An entry is re-read from Postgres at least this often, whatever else happens. */
const ENTRY_TTL_MS = 60_000;
const MAX_ENTRIES = 10_000;
const RECONNECT_DELAY_MS = 1_000;

/**
 * Channel API keys resolved to their actor, so a filing does not look its key up in Postgres each time.
 * A revocation commits, then announces itself on CREDENTIALS_CHANNEL; each process's listener empties
 * its cache when the announcement arrives (milliseconds after the commit). The cache answers only
 * while its listener is connected: without one, revocations could be missed, so every lookup goes to
 * Postgres until the listener is back (and the cache starts empty again).
 * A lookup that began before a revocation was announced is not cached (`generation`), so a read that
 * raced the revocation cannot put the old answer back.
 */
@Injectable()
export class CredentialCache implements OnModuleInit, OnModuleDestroy {
  private readonly logger = new Logger(CredentialCache.name);
  private readonly entries = new Map<string, { actor: RequestActor; until: number }>();
  private gen = 0;
  private listener: RevocationListener | null = null;
  private listening = false;
  private reconnect: NodeJS.Timeout | null = null;
  private closing = false;

  constructor(private readonly credentials: CredentialsRepository) {}

  async onModuleInit(): Promise<void> {
    await this.listen();
  }

  async onModuleDestroy(): Promise<void> {
    this.closing = true;
    this.listening = false;
    if (this.reconnect) clearTimeout(this.reconnect);
    await this.listener?.close().catch(() => undefined);
  }

  get generation(): number {
    return this.gen;
  }

  get(keyHash: string): RequestActor | null {
    if (!this.listening) return null;
    const hit = this.entries.get(keyHash);
    if (!hit) return null;
    if (hit.until > Date.now()) return hit.actor;
    this.entries.delete(keyHash);
    return null;
  }

  /** Keeps an actor read from Postgres, unless a revocation was announced since the read began. */
  set(keyHash: string, actor: RequestActor, readAtGeneration: number): void {
    if (!this.listening || readAtGeneration !== this.gen) return;
    if (this.entries.size >= MAX_ENTRIES) this.entries.clear();
    this.entries.set(keyHash, { actor, until: Date.now() + ENTRY_TTL_MS });
  }

  /** Announces a committed revocation to every process; this one forgets at once, before its own announcement comes back. */
  async announce(): Promise<void> {
    this.flush();
    await this.credentials.announceRevocation();
  }

  private flush(): void {
    this.gen++;
    this.entries.clear();
  }

  private async listen(): Promise<void> {
    if (this.closing) return;
    const retry = (err?: Error) => {
      if (this.closing || this.listener !== listener) return;
      this.listener = null;
      this.listening = false;
      this.flush();
      if (err) this.logger.warn({ err }, 'credential listener lost its connection; keys are read from Postgres until it is back');
      listener.close().catch(() => undefined);
      this.reconnect = setTimeout(() => void this.listen(), RECONNECT_DELAY_MS);
      this.reconnect.unref();
    };
    const listener = this.credentials.revocationListener({ notified: () => this.flush(), lost: retry });
    this.listener = listener;
    try {
      await listener.connected;
      if (this.listener === listener && !this.closing) {
        this.flush();
        this.listening = true;
      }
    } catch (err) {
      retry(err as Error);
    }
  }
}
