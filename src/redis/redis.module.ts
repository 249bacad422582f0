import { Global, Inject, Module, OnApplicationShutdown } from '@nestjs/common';
import { Cluster } from 'ioredis';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import { DeploymentMarker } from './deployment-marker';
import { DeploymentRepository } from './deployment.repository';
import { bullConnection, createRedisClient, RedisClient } from './redis-connection';
import { BULL_CONNECTION, REDIS } from './redis.token';

export { BULL_CONNECTION, REDIS };

/**
 * A general-purpose Redis connection, to one server, a Sentinel-watched master or a Cluster (see
 * redis-connection.ts). Commands fail fast while Redis is down (no offline queue), so health checks
 * and callers see the outage instead of hanging; ioredis reconnects by itself, and its 'ready' event
 * tells the SLA reconciler to re-arm at once. Also provides what BullMQ connects with.
 */
@Global()
@Module({
  providers: [
    {
      provide: REDIS,
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) =>
        createRedisClient(config, {
          enableOfflineQueue: false,
          maxRetriesPerRequest: 1,
          connectTimeout: 2000,
          lazyConnect: false,
          retryStrategy: (times) => Math.min(times * 200, 1000),
        }).on('error', () => undefined),
    },
    { provide: BULL_CONNECTION, inject: [APP_CONFIG], useFactory: bullConnection },
    DeploymentMarker,
    DeploymentRepository,
  ],
  exports: [REDIS, BULL_CONNECTION, DeploymentMarker],
})
export class RedisModule implements OnApplicationShutdown {
  constructor(
    @Inject(REDIS) private readonly redis: RedisClient,
    @Inject(BULL_CONNECTION) private readonly bull: ReturnType<typeof bullConnection>,
  ) {}

  onApplicationShutdown(): void {
    this.redis.disconnect();
    // A Cluster client given to BullMQ is shared by its queues, which leave it open; options need no closing.
    if (this.bull instanceof Cluster) this.bull.disconnect();
  }
}
