import { Injectable } from '@nestjs/common';

/**
 * Whether this process is shutting down. Set first thing on SIGTERM, so readiness fails at once
 * and keep-alive clients are told to reconnect elsewhere while in-flight work finishes.
 */
@Injectable()
export class DrainState {
  private since: Date | null = null;

  get draining(): boolean {
    return this.since !== null;
  }

  start(): void {
    this.since ??= new Date();
  }
}
