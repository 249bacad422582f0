import { CallHandler, ExecutionContext, Global, Inject, Injectable, Module, NestInterceptor, OnModuleInit } from '@nestjs/common';
import { APP_INTERCEPTOR, Reflector } from '@nestjs/core';
import { getDataSourceToken } from '@nestjs/typeorm';
import type { Request, Response } from 'express';
import type Redis from 'ioredis';
import { Gauge } from 'prom-client';
import { Observable } from 'rxjs';
import { DataSource } from 'typeorm';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import { MetricsService } from '../metrics/metrics.service';
import { REDIS } from '../redis/redis.token';
import { READ_DATA_SOURCE, ReadReplicas, readRoute, routingDataSource } from './read-replicas';
import { REPLICA_READ } from './replica-read.decorator';

/** Response header naming where a replica-eligible read was served from: `replica` or `primary`. */
export const READ_SOURCE_HEADER = 'X-Read-Source';
/** Response header with the serving replica's lag in milliseconds (replica reads only). */
export const REPLICA_LAG_HEADER = 'X-Replica-Lag-Ms';

/**
 * Routes the replica-eligible reads of a request, and remembers writers. A caller who wrote (any
 * successful non-GET request) reads from the primary for the lag bound plus one probe interval
 * afterwards, so it reads its own writes; the mark lives in Redis, shared by every API process. Without
 * DATABASE_REPLICA_URLS nothing here runs.
 */
@Injectable()
export class ReplicaReadInterceptor implements NestInterceptor {
  constructor(
    private readonly replicas: ReadReplicas,
    private readonly reflector: Reflector,
    @Inject(REDIS) private readonly redis: Redis,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    if (!this.replicas.enabled || context.getType() !== 'http') return next.handle();
    const req = context.switchToHttp().getRequest<Request & { actor?: { kind: string; id: string } }>();
    const res = context.switchToHttp().getResponse<Response>();
    const who = req.actor ? `${this.config.REDIS_PREFIX}:recent-write:${req.actor.kind}:${req.actor.id}` : null;
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      if (who) {
        res.on('finish', () => {
          if (res.statusCode < 400) {
            // Not awaited: the mark goes out on this process's connection before any later read of it.
            this.redis
              .set(who, '1', 'PX', this.config.DATABASE_REPLICA_MAX_LAG_MS + this.config.DATABASE_REPLICA_PROBE_MS)
              .catch(() => undefined);
          }
        });
      }
      return next.handle();
    }
    if (!this.reflector.get<boolean>(REPLICA_READ, context.getHandler())) return next.handle();
    return new Observable((subscriber) => {
      void this.route(who).then((replica) => {
        res.setHeader(READ_SOURCE_HEADER, replica ? 'replica' : 'primary');
        if (replica) res.setHeader(REPLICA_LAG_HEADER, String(replica.lagMs ?? 0));
        readRoute.run({ replica }, () => next.handle().subscribe(subscriber));
      });
    });
  }

  /** The replica for this read, or null (primary) when the caller wrote lately, Redis cannot tell, or none fits. */
  private async route(who: string | null) {
    const replica = this.replicas.choose();
    if (!replica || !who) return replica;
    const wrote = await Promise.race([
      this.redis.get(who).then(
        (v) => v !== null,
        () => true,
      ),
      new Promise<boolean>((resolve) => setTimeout(() => resolve(true), 50).unref()),
    ]);
    return wrote ? null : replica;
  }
}

/** Lag and availability of each replica, as metrics. */
@Injectable()
class ReplicaMetrics implements OnModuleInit {
  constructor(
    private readonly replicas: ReadReplicas,
    private readonly metrics: MetricsService,
  ) {}

  onModuleInit(): void {
    if (!this.replicas.enabled) return;
    const replicas = this.replicas;
    new Gauge({
      name: 'workorders_db_replica_lag_seconds',
      help: 'How far each read replica is behind the primary (age of the oldest primary write position it has not replayed)',
      labelNames: ['replica'],
      registers: [this.metrics.registry],
      collect() {
        for (const r of replicas.replicas) if (r.lagMs !== null) this.set({ replica: String(r.index) }, r.lagMs / 1000);
      },
    });
    new Gauge({
      name: 'workorders_db_replica_up',
      help: 'Whether each read replica answered its last probe (1) or not (0)',
      labelNames: ['replica'],
      registers: [this.metrics.registry],
      collect() {
        for (const r of replicas.replicas) this.set({ replica: String(r.index) }, r.up ? 1 : 0);
      },
    });
  }
}

@Global()
@Module({
  providers: [
    ReadReplicas,
    ReplicaMetrics,
    {
      provide: READ_DATA_SOURCE,
      inject: [getDataSourceToken(), ReadReplicas],
      useFactory: (primary: DataSource, replicas: ReadReplicas) => (replicas.enabled ? routingDataSource(primary, replicas) : primary),
    },
    { provide: APP_INTERCEPTOR, useClass: ReplicaReadInterceptor },
  ],
  exports: [READ_DATA_SOURCE, ReadReplicas],
})
export class ReadReplicasModule {}
