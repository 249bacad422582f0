import { BullMQAdapter } from '@bull-board/api/bullMQAdapter';
import { ExpressAdapter } from '@bull-board/express';
import { BullBoardModule } from '@bull-board/nestjs';
import { BullModule } from '@nestjs/bullmq';
import { Module } from '@nestjs/common';
import { WEBHOOK_QUEUE } from '../notifications/webhook-queue';
import { SLA_QUEUE } from '../sla/timers/sla-queue';
import { QueueDashboardAuthMiddleware } from './queue-dashboard.auth';

export const QUEUE_DASHBOARD_ROUTE = '/admin/queues';

/**
 * The BullMQ dashboard (timers and webhook deliveries: waiting, delayed, failed jobs, retry, clean)
 * for operators, at /admin/queues behind administrator credentials. Mounted only when
 * QUEUE_DASHBOARD_ENABLED (default: outside production), since it can delete and retry jobs.
 */
@Module({
  imports: [
    BullModule.registerQueue({ name: SLA_QUEUE }, { name: WEBHOOK_QUEUE }),
    BullBoardModule.forRoot({ route: QUEUE_DASHBOARD_ROUTE, adapter: ExpressAdapter, middleware: QueueDashboardAuthMiddleware }),
    BullBoardModule.forFeature({ name: SLA_QUEUE, adapter: BullMQAdapter }, { name: WEBHOOK_QUEUE, adapter: BullMQAdapter }),
  ],
})
export class QueueDashboardModule {}
