import { BullModule } from '@nestjs/bullmq';
import { Global, Module } from '@nestjs/common';
import { WEBHOOK_QUEUE } from '../notifications/webhook-queue';
import { SLA_QUEUE } from '../sla/timers/sla-queue';
import { MetricsRepository } from './metrics.repository';
import { MetricsService } from './metrics.service';

/** The process's metrics registry, for every role: the worker counts firings and deliveries, the API times requests. */
@Global()
@Module({
  imports: [BullModule.registerQueue({ name: SLA_QUEUE }, { name: WEBHOOK_QUEUE })],
  providers: [MetricsService, MetricsRepository],
  exports: [MetricsService],
})
export class MetricsModule {}
