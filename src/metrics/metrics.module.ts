import { BullModule } from '@nestjs/bullmq';
import { MiddlewareConsumer, Module, NestModule } from '@nestjs/common';
import { WEBHOOK_QUEUE } from '../notifications/webhook-queue';
import { SLA_QUEUE } from '../sla/timers/sla-queue';
import { MetricsController } from './metrics.controller';
import { MetricsMiddleware } from './metrics.middleware';
import { MetricsService } from './metrics.service';

@Module({
  imports: [BullModule.registerQueue({ name: SLA_QUEUE }, { name: WEBHOOK_QUEUE })],
  controllers: [MetricsController],
  providers: [MetricsService],
})
export class MetricsModule implements NestModule {
  configure(consumer: MiddlewareConsumer): void {
    consumer.apply(MetricsMiddleware).forRoutes('*');
  }
}
