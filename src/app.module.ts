import { BullModule } from '@nestjs/bullmq';
import { DynamicModule, Module } from '@nestjs/common';
import { APP_FILTER } from '@nestjs/core';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditModule } from './audit/audit.module';
import { AuthModule } from './auth/auth.module';
import { Clock, SystemClock } from './common/clock';
import { ClockModule } from './common/clock.module';
import { loggingModule } from './common/logging.module';
import { InputBoundaryModule } from './common/input-boundary';
import { ProblemDetailsFilter } from './common/problem-details.filter';
import { AppConfig, namedStatements, queueDashboardEnabled } from './config/app-config';
import { ConfigModule } from './config/config.module';
import { dataSourceOptions } from './database/data-source';
import { ClusterModule } from './database/cluster.module';
import { PartitionsModule } from './database/partitions/partitions.module';
import { ReadReplicasModule } from './database/read-replicas.module';
import { TransactionModule } from './database/transaction-runner';
import { useNamedStatements } from './database/named-statements';
import { HealthCoreModule } from './health/health-core.module';
import { HealthModule } from './health/health.module';
import { WorkerHttpModule } from './health/worker-http.module';
import { WebhookWorkerModule } from './notifications/webhook-worker.module';
import { WebhooksModule } from './notifications/webhooks.module';
import { MetricsHttpModule } from './metrics/metrics-http.module';
import { MetricsModule } from './metrics/metrics.module';
import { QueueDashboardModule } from './metrics/queue-dashboard.module';
import { OrgModule } from './org/org.module';
import { PiiModule } from './pii/pii.module';
import { BULL_CONNECTION, RedisModule } from './redis/redis.module';
import type { bullConnection } from './redis/redis-connection';
import { RoutingModule } from './routing/routing.module';
import { SlaModule } from './sla/sla.module';
import { OfficialCalendarModule } from './sla/official-calendar.module';
import { SlaArmingModule } from './sla/timers/sla-timers.module';
import { SlaWorkerModule } from './sla/timers/sla-worker.module';
import { ExportsModule } from './exports/exports.module';
import { PrivacyModule } from './privacy/privacy.module';
import { PrivacyWorkerModule } from './privacy/privacy-worker.module';
import { SupervisionModule } from './supervision/supervision.module';
import { TaxonomyModule } from './taxonomy/taxonomy.module';
import { TicketsModule } from './tickets/tickets.module';
import { TicketWriterModule } from './tickets/ticket-writer.module';
import { ThrottleModule } from './throttle/throttle.module';
import type { DestinationStream } from 'pino';

export interface AppModuleOptions {
  /** Substitute time source (tests, demos); the system clock otherwise. */
  clock?: Clock;
  /** Where logs go instead of stdout (tests read them). */
  logDestination?: DestinationStream;
}

/** Modules every process role needs: config, clock, logs, Postgres, Redis, the queue connection. */
export function coreImports(config: AppConfig, opts: AppModuleOptions = {}) {
  useNamedStatements(namedStatements(config));
  return [
    ConfigModule.forRoot(config),
    ClockModule.forRoot(opts.clock ?? new SystemClock()),
    loggingModule(config, opts.logDestination),
    TypeOrmModule.forRoot(dataSourceOptions(config.DATABASE_URL)),
    TransactionModule,
    // Before anything reads or writes tickets: their personal-data columns need the keys loaded.
    PiiModule,
    ClusterModule,
    ReadReplicasModule,
    RedisModule,
    BullModule.forRootAsync({
      inject: [BULL_CONNECTION],
      useFactory: (connection: ReturnType<typeof bullConnection>) => ({ prefix: config.REDIS_PREFIX, connection }),
    }),
    SlaArmingModule,
    // The ticket writer behind the ports of the contexts it depends on (deadline recounts).
    TicketWriterModule,
    OfficialCalendarModule,
    MetricsModule,
    HealthCoreModule,
  ];
}

/** Composes the modules of a process role: `api` serves HTTP, `worker` runs timers and relays, `all` both. */
@Module({})
export class AppModule {
  static forRoot(config: AppConfig, role: AppConfig['APP_ROLE'] = config.APP_ROLE, opts: AppModuleOptions = {}): DynamicModule {
    const api = [
      InputBoundaryModule,
      // Before AuthModule: its guard must run ahead of credential checks.
      ThrottleModule.forRoot(config),
      AuditModule,
      AuthModule,
      OrgModule,
      HealthModule,
      RoutingModule,
      SlaModule,
      TaxonomyModule,
      TicketsModule,
      SupervisionModule,
      ExportsModule,
      PrivacyModule,
      WebhooksModule,
      MetricsHttpModule,
      ...(queueDashboardEnabled(config) ? [QueueDashboardModule] : []),
    ];
    // A worker-only process serves its health and metrics on WORKER_PORT; with the API they share its port.
    const worker = [
      SlaWorkerModule,
      WebhookWorkerModule,
      PrivacyWorkerModule,
      PartitionsModule,
      ...(role === 'worker' ? [WorkerHttpModule] : []),
    ];
    return {
      module: AppModule,
      imports: [...coreImports(config, opts), ...(role === 'worker' ? [] : api), ...(role === 'api' ? [] : worker)],
      providers: [{ provide: APP_FILTER, useClass: ProblemDetailsFilter }],
    };
  }
}
