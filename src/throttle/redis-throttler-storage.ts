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
 * Counts hits on any number of keys in one round trip. For each key (its window, limit and block
 * duration are the three arguments at its position): count the hit, start the window on the first
 * one, and on the first refused hit restart the expiry so the block lasts `blockDuration` from that
 * moment. Returns each key's hit count and remaining lifetime in milliseconds, in key order.
 */
const HITS_SCRIPT = `
local out = {}
for i = 1, #KEYS do
  local key, window, limit, block = KEYS[i], ARGV[i * 3 - 2], tonumber(ARGV[i * 3 - 1]), ARGV[i * 3]
  local hits = redis.call('INCR', key)
  if hits == 1 then
    redis.call('PEXPIRE', key, window)
  elseif hits == limit + 1 then
    redis.call('PEXPIRE', key, block)
  end
  local ttl = redis.call('PTTL', key)
  if ttl < 0 then
    redis.call('PEXPIRE', key, window)
    ttl = tonumber(window)
  end
  out[i * 2 - 1] = hits
  out[i * 2] = ttl
end
return out
`;

/** Most keys one script call counts; a larger set of waiting checks is sent as several calls. */
const MAX_KEYS_PER_CALL = 64;

interface Check {
  key: string;
  ttl: number;
  limit: number;
  blockDuration: number;
  answer: (record: ThrottlerStorageRecord) => void;
}

type HitClient = RedisClient & { throttleHits(numKeys: number, ...keysThenArgs: (string | number)[]): Promise<number[]> };

/**
 * Fixed-window counters in Redis, shared by every API instance. The checks that arrive while the
 * event loop handles one round of I/O (both throttlers of a request, and the requests that came in
 * together) are counted by one script call, so the rate limits cost one Redis command per round
 * rather than two per request. (In a Cluster the prefix is hash-tagged, so every key shares a slot.)
 * Rate limiting protects the service but must never take it down: on its own connection (so a slow
 * queue elsewhere cannot delay it), with no offline queue and no retries, a check that Redis does not answer within STORE_TIMEOUT_MS
 * lets the request through and is counted in `workorders_rate_limit_store_failures_total`.
 */
@Injectable()
export class RedisThrottlerStorage implements ThrottlerStorage, OnModuleInit, OnApplicationShutdown {
  private readonly redis: HitClient;
  private readonly prefix: string;
  private readonly failures: Counter<'reason'>;
  /** Checks asked for since the last call was sent; sent together once the current round of I/O is handled. */
  private waiting: Check[] = [];

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
    this.redis.defineCommand('throttleHits', { lua: HITS_SCRIPT });
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

  increment(key: string, ttl: number, limit: number, blockDuration: number): Promise<ThrottlerStorageRecord> {
    return new Promise((answer) => {
      if (this.waiting.push({ key, ttl, limit, blockDuration, answer }) === 1) setImmediate(() => this.sendWaiting());
    });
  }

  private sendWaiting(): void {
    const checks = this.waiting;
    this.waiting = [];
    for (let i = 0; i < checks.length; i += MAX_KEYS_PER_CALL) void this.count(checks.slice(i, i + MAX_KEYS_PER_CALL));
  }

  private async count(checks: Check[]): Promise<void> {
    let timer: NodeJS.Timeout | undefined;
    try {
      const deadline = new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new Error('Command timed out')), STORE_TIMEOUT_MS);
      });
      const keys = checks.map((c) => this.prefix + c.key);
      const args = checks.flatMap((c) => [c.ttl, c.limit, c.blockDuration]);
      const counted = await Promise.race([this.redis.throttleHits(checks.length, ...keys, ...args), deadline]);
      checks.forEach((check, i) => {
        const hits = counted[i * 2];
        const seconds = Math.max(1, Math.ceil(counted[i * 2 + 1] / 1000));
        const isBlocked = hits > check.limit;
        check.answer({ totalHits: hits, timeToExpire: seconds, isBlocked, timeToBlockExpire: isBlocked ? seconds : 0 });
      });
    } catch (err) {
      this.failures.inc({ reason: /timed out/i.test((err as Error).message) ? 'timeout' : 'unavailable' }, checks.length);
      for (const check of checks) {
        check.answer({ totalHits: 0, timeToExpire: Math.ceil(check.ttl / 1000), isBlocked: false, timeToBlockExpire: 0 });
      }
    } finally {
      clearTimeout(timer);
    }
  }

  onApplicationShutdown(): void {
    this.redis.disconnect();
  }
}
