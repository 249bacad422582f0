import { Inject, Injectable, OnApplicationShutdown, OnModuleInit } from '@nestjs/common';
import { ThrottlerStorage } from '@nestjs/throttler';
import { Counter } from 'prom-client';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import { MetricsService } from '../metrics/metrics.service';
import { createRedisClient, RedisClient } from '../redis/redis-connection';

type ThrottlerStorageRecord = Awaited<ReturnType<ThrottlerStorage['increment']>>;

/** Longest a request waits for the rate-limit counter before it is let through uncounted. */
export const STORE_TIMEOUT_MS = 50;
const BOOT_WAIT_MS = 1000;

/**
 * One round trip per check: count the hit, start the window on the first one, and on the first
 * refused hit restart the expiry so the block lasts `blockDuration` from that moment.
 * Returns the hit count and the key's remaining lifetime in milliseconds.
 */
const HIT_SCRIPT = `
local hits = redis.call('INCR', KEYS[1])
if hits == 1 then
  redis.call('PEXPIRE', KEYS[1], ARGV[1])
elseif hits == tonumber(ARGV[2]) + 1 then
  redis.call('PEXPIRE', KEYS[1], ARGV[3])
end
local ttl = redis.call('PTTL', KEYS[1])
if ttl < 0 then
  redis.call('PEXPIRE', KEYS[1], ARGV[1])
  ttl = tonumber(ARGV[1])
end
return {hits, ttl}
`;

type HitClient = RedisClient & { throttleHit(key: string, ttlMs: number, limit: number, blockMs: number): Promise<[number, number]> };

/**
 * Fixed-window counters in Redis, shared by every API instance. Rate limiting protects the service
 * but must never take it down: on its own connection (so a slow queue elsewhere cannot delay it),
 * with no offline queue and no retries, a check that Redis does not answer within STORE_TIMEOUT_MS
 * lets the request through and is counted in `workorders_rate_limit_store_failures_total`.
 */
@Injectable()
export class RedisThrottlerStorage implements ThrottlerStorage, OnModuleInit, OnApplicationShutdown {
  private readonly redis: HitClient;
  private readonly prefix: string;
  private readonly failures: Counter<'reason'>;

  constructor(@Inject(APP_CONFIG) config: AppConfig, metrics: MetricsService) {
    this.prefix = `${config.REDIS_PREFIX}:throttle:`;
    this.redis = createRedisClient(config, {
      enableOfflineQueue: false,
      maxRetriesPerRequest: 0,
      autoResendUnfulfilledCommands: false,
      commandTimeout: STORE_TIMEOUT_MS,
      connectTimeout: 1000,
      retryStrategy: (times) => Math.min(times * 200, 2000),
    }) as HitClient;
    this.redis.on('error', () => undefined);
    this.redis.defineCommand('throttleHit', { numberOfKeys: 1, lua: HIT_SCRIPT });
    this.failures = new Counter({
      name: 'workorders_rate_limit_store_failures_total',
      help: 'Rate-limit checks let through uncounted because Redis did not answer in time (fail open), by reason',
      labelNames: ['reason'],
      registers: [metrics.registry],
    });
  }

  /** Gives the connection a moment at boot so the first requests are counted; never holds the start up for long. */
  async onModuleInit(): Promise<void> {
    if (this.redis.status === 'ready') return;
    let timer: NodeJS.Timeout | undefined;
    await Promise.race([
      new Promise((resolve) => this.redis.once('ready', resolve)),
      new Promise((resolve) => (timer = setTimeout(resolve, BOOT_WAIT_MS))),
    ]);
    clearTimeout(timer);
  }

  async increment(key: string, ttl: number, limit: number, blockDuration: number): Promise<ThrottlerStorageRecord> {
    let timer: NodeJS.Timeout | undefined;
    try {
      const deadline = new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new Error('Command timed out')), STORE_TIMEOUT_MS);
      });
      const [hits, remainingMs] = await Promise.race([this.redis.throttleHit(this.prefix + key, ttl, limit, blockDuration), deadline]);
      const seconds = Math.max(1, Math.ceil(remainingMs / 1000));
      return { totalHits: hits, timeToExpire: seconds, isBlocked: hits > limit, timeToBlockExpire: hits > limit ? seconds : 0 };
    } catch (err) {
      this.failures.inc({ reason: /timed out/i.test((err as Error).message) ? 'timeout' : 'unavailable' });
      return { totalHits: 0, timeToExpire: Math.ceil(ttl / 1000), isBlocked: false, timeToBlockExpire: 0 };
    } finally {
      clearTimeout(timer);
    }
  }

  onApplicationShutdown(): void {
    this.redis.disconnect();
  }
}
