import { Global, Inject, Module, OnApplicationShutdown } from '@nestjs/common';
import Redis from 'ioredis';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import { DeploymentMarker } from './deployment-marker';
import { DeploymentRepository } from './deployment.repository';
import { redisOptionsFromUrl } from './redis-url';
import { REDIS } from './redis.token';

export { REDIS };

/**
 * A general-purpose Redis connection. Commands fail fast while Redis is down (no offline queue),
 * so health checks and callers see the outage instead of hanging; ioredis reconnects by itself,
 * and its 'ready' event tells the SLA reconciler to re-arm at once.
 */
@Global()
@Module({
  providers: [
    {
      provide: REDIS,
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) =>
        new Redis({
          ...redisOptionsFromUrl(config.REDIS_URL),
          enableOfflineQueue: false,
          maxRetriesPerRequest: 1,
          connectTimeout: 2000,
          lazyConnect: false,
          retryStrategy: (times) => Math.min(times * 200, 1000),
        }).on('error', () => undefined),
    },
    DeploymentMarker,
    DeploymentRepository,
  ],
  exports: [REDIS, DeploymentMarker],
})
export class RedisModule implements OnApplicationShutdown {
  constructor(@Inject(REDIS) private readonly redis: Redis) {}

  onApplicationShutdown(): void {
    this.redis.disconnect();
  }
}
