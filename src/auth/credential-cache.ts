import { Injectable } from '@nestjs/common';
import { ChangeFeed } from '../database/change-feed';
import type { RequestActor } from './actor';

/** An entry is re-read from Postgres at least this often, whatever else happens. */
const ENTRY_TTL_MS = 60_000;
const MAX_ENTRIES = 10_000;

/**
 * Channel API keys resolved to their actor, so a filing does not look its key up in Postgres each time.
 * A revocation commits, then announces itself on the change feed (topic `credentials`); every
 * process's listener ends the generation when the announcement arrives (milliseconds after the
 * commit), and entries of an ended generation are not answered. The cache answers only while the
 * feed's listener is connected: without one, revocations could be missed, so every lookup goes to
 * Postgres until the listener is back. A lookup that began before a revocation was announced is not
 * cached (`generation`), so a read that raced the revocation cannot put the old answer back.
 */
@Injectable()
export class CredentialCache {
  private readonly entries = new Map<string, { actor: RequestActor; until: number; gen: number }>();

  constructor(private readonly changes: ChangeFeed) {}

  get generation(): number {
    return this.changes.generation('credentials');
  }

  get(keyHash: string): RequestActor | null {
    if (!this.changes.live) return null;
    const hit = this.entries.get(keyHash);
    if (!hit) return null;
    if (hit.until > Date.now() && hit.gen === this.generation) return hit.actor;
    this.entries.delete(keyHash);
    return null;
  }

  /** Keeps an actor read from Postgres, unless a revocation was announced since the read began. */
  set(keyHash: string, actor: RequestActor, readAtGeneration: number): void {
    if (!this.changes.live || readAtGeneration !== this.generation) return;
    if (this.entries.size >= MAX_ENTRIES) this.entries.clear();
    this.entries.set(keyHash, { actor, until: Date.now() + ENTRY_TTL_MS, gen: readAtGeneration });
  }

  /** Announces a committed revocation to every process; this one forgets at once, before its own announcement comes back. */
  async announce(): Promise<void> {
    this.entries.clear();
    await this.changes.announce('credentials');
  }
}
