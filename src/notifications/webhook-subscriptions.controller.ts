import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Actor, RequestActor, Policy } from '../auth/actor';
import { ProblemResponses } from '../common/openapi';
import { UuidParam } from '../common/uuid.pipe';
import {
  CreateWebhookSubscriptionDto,
  ListWebhookSubscriptionsQuery,
  UpdateWebhookSubscriptionDto,
  WebhookSubscriptionPage,
  WebhookSubscriptionView,
  WebhookSubscriptionWithSecret,
} from './dto/webhook-subscription.dto';
import { WebhookSubscriptionService } from './webhook-subscription.service';

@ApiTags('webhooks')
@ApiBearerAuth()
@ProblemResponses(403)
@Controller('api/v1/webhook-subscriptions')
export class WebhookSubscriptionsController {
  constructor(private readonly subscriptions: WebhookSubscriptionService) {}

  @Post()
  @Policy('webhookSubscriptions.create')
  @ApiOperation({ summary: 'Subscribe a unit in your scope to events (DOMAIN §7); the signing secret is shown only here' })
  @ApiCreatedResponse({ type: WebhookSubscriptionWithSecret })
  create(@Actor() actor: RequestActor, @Body() dto: CreateWebhookSubscriptionDto): Promise<WebhookSubscriptionWithSecret> {
    return this.subscriptions.create(actor, dto);
  }

  @Get()
  @Policy('webhookSubscriptions.list')
  @ApiOperation({ summary: 'Subscriptions of units in scope' })
  @ApiOkResponse({ type: WebhookSubscriptionPage })
  list(@Actor() actor: RequestActor, @Query() query: ListWebhookSubscriptionsQuery): Promise<WebhookSubscriptionPage> {
    return this.subscriptions.list(actor, query);
  }

  @Get(':id')
  @Policy('webhookSubscriptions.get')
  @ApiOperation({ summary: 'Read a subscription' })
  @ApiOkResponse({ type: WebhookSubscriptionView })
  get(@Actor() actor: RequestActor, @Param('id', UuidParam) id: string): Promise<WebhookSubscriptionView> {
    return this.subscriptions.get(actor, id);
  }

  @Patch(':id')
  @Policy('webhookSubscriptions.update')
  @ApiOperation({ summary: 'Change the URL or event types, or enable/disable a subscription' })
  @ApiOkResponse({ type: WebhookSubscriptionView })
  update(
    @Actor() actor: RequestActor,
    @Param('id', UuidParam) id: string,
    @Body() dto: UpdateWebhookSubscriptionDto,
  ): Promise<WebhookSubscriptionView> {
    return this.subscriptions.update(actor, id, dto);
  }

  @Delete(':id')
  @Policy('webhookSubscriptions.delete')
  @HttpCode(204)
  @ApiOperation({ summary: 'Delete a subscription and its delivery log' })
  @ApiNoContentResponse()
  remove(@Actor() actor: RequestActor, @Param('id', UuidParam) id: string): Promise<void> {
    return this.subscriptions.remove(actor, id);
  }

  @Post(':id/rotate-secret')
  @Policy('webhookSubscriptions.rotateSecret')
  @HttpCode(200)
  @ApiOperation({ summary: 'Replace the signing secret; the new one is shown only here and signs from now on' })
  @ApiOkResponse({ type: WebhookSubscriptionWithSecret })
  rotateSecret(@Actor() actor: RequestActor, @Param('id', UuidParam) id: string): Promise<WebhookSubscriptionWithSecret> {
    return this.subscriptions.rotateSecret(actor, id);
  }
}
