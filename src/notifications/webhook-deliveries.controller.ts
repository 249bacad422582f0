import { Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Actor, RequestActor, Policy } from '../auth/actor';
import { ProblemResponses } from '../common/openapi';
import { UuidParam } from '../common/uuid.pipe';
import { ListWebhookDeliveriesQuery, WebhookDeliveryPage, WebhookDeliveryView } from './dto/webhook-delivery.dto';
import { WebhookDeliveryLogService } from './webhook-delivery-log.service';

@ApiTags('webhooks')
@ApiBearerAuth()
@ProblemResponses(403)
@Controller('api/v1/webhook-deliveries')
export class WebhookDeliveriesController {
  constructor(private readonly log: WebhookDeliveryLogService) {}

  @Get()
  @Policy('webhookDeliveries.list')
  @ApiOperation({ summary: 'Delivery log of subscriptions in scope, newest first' })
  @ApiOkResponse({ type: WebhookDeliveryPage })
  list(@Actor() actor: RequestActor, @Query() query: ListWebhookDeliveriesQuery): Promise<WebhookDeliveryPage> {
    return this.log.list(actor, query);
  }

  @Post(':id/replay')
  @Policy('webhookDeliveries.replay')
  @HttpCode(200)
  @ApiOperation({ summary: 'Send a delivery again now (same webhook-id), with a fresh retry schedule' })
  @ApiOkResponse({ type: WebhookDeliveryView })
  replay(@Actor() actor: RequestActor, @Param('id', UuidParam) id: string): Promise<WebhookDeliveryView> {
    return this.log.replay(actor, id);
  }
}
