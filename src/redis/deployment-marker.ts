import { Inject, Injectable, Logger } from '@nestjs/common';
import type { RedisClient } from './redis-connection';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import { DeploymentRepository } from './deployment.repository';
import { REDIS } from './redis.token';

/** Where a deployment records which database its Redis prefix belongs to. */
export const deploymentKey = (prefix: string) => `${prefix}:deployment`;

export type ClaimResult = { ok: true } | { ok: false; holder: string };

/**
 * Claims the prefix for this database, or reports the database that holds it. Two deployments on
 * one prefix would take each other's timer and delivery jobs, find no matching rows and drop them,
 * so a second deployment must refuse to start rather than run.
 */
export async function claimPrefix(redis: RedisClient, prefix: string, identity: string): Promise<ClaimResult> {
  const key = deploymentKey(prefix);
  if ((await redis.set(key, identity, 'NX')) === 'OK') return { ok: true };
  const holder = await redis.get(key);
  if (holder === null) return claimPrefix(redis, prefix, identity);
  return holder === identity ? { ok: true } : { ok: false, holder };
}

export function prefixConflictMessage(prefix: string, identity: string, holder: string): string {
  return `REDIS_PREFIX: "${prefix}" belongs to another deployment (database ${holder}, this one is ${identity}); give each deployment its own REDIS_PREFIX or Redis database`;
}

/** Takes the claim back after Redis lost its keys (flush, empty restart), while the process runs. */
@Injectable()
export class DeploymentMarker {
  private readonly logger = new Logger(DeploymentMarker.name);
  private identity: Promise<string> | null = null;

  constructor(
    private readonly database: DeploymentRepository,
    @Inject(REDIS) private readonly redis: RedisClient,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async reclaim(): Promise<void> {
    this.identity ??= this.database.databaseIdentity();
    const identity = await this.identity.catch((err: unknown) => {
      this.identity = null;
      throw err;
    });
    const claim = await claimPrefix(this.redis, this.config.REDIS_PREFIX, identity);
    if (claim.ok) return;
    this.logger.fatal(prefixConflictMessage(this.config.REDIS_PREFIX, identity, claim.holder));
    // Same path as an orchestrator's stop: drain, then exit.
    process.kill(process.pid, 'SIGTERM');
  }
}
