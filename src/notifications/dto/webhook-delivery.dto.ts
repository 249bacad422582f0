import { PageQuery } from '../../common/page-query';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

import { IsIn, IsUUID } from 'class-validator';
import { IsOmittable } from '../../common/validation';
import { DELIVERY_STATUSES, DeliveryStatus } from '../domain/webhook-events';
import { WebhookDelivery } from '../webhook-delivery.entity';

export class ListWebhookDeliveriesQuery extends PageQuery {
  @ApiPropertyOptional({ format: 'uuid' })
  @IsOmittable()
  @IsUUID()
  subscriptionId?: string;

  @ApiPropertyOptional({ enum: DELIVERY_STATUSES })
  @IsOmittable()
  @IsIn(DELIVERY_STATUSES)
  status?: DeliveryStatus;
}

export class WebhookDeliveryView {
  @ApiProperty({ format: 'uuid', description: 'Also the `webhook-id` header: receivers deduplicate on it' }) id: string;
  @ApiProperty({ format: 'uuid' }) subscriptionId: string;
  @ApiProperty({ description: 'Outbox message the delivery carries' }) outboxId: string;
  @ApiProperty({ example: 'ticket.dispatched' }) eventType: string;
  @ApiProperty({ type: 'object', additionalProperties: true, description: 'The JSON body sent' }) payload: Record<string, unknown>;
  @ApiProperty({
    enum: DELIVERY_STATUSES,
    description: 'pending: not tried yet; failed: a retry is scheduled at nextAttemptAt; dead: retries given up (replay to try again)',
  })
  status: DeliveryStatus;
  @ApiProperty({ description: 'Attempts since creation or the last replay' }) attempts: number;
  @ApiProperty({ type: Number, nullable: true }) lastStatusCode: number | null;
  @ApiProperty({ type: String, nullable: true }) lastError: string | null;
  @ApiProperty() nextAttemptAt: Date;
  @ApiProperty({ type: Date, nullable: true }) deliveredAt: Date | null;
  @ApiProperty() createdAt: Date;

  static of(d: WebhookDelivery): WebhookDeliveryView {
    const {
      id,
      subscriptionId,
      outboxId,
      eventType,
      payload,
      status,
      attempts,
      lastStatusCode,
      lastError,
      nextAttemptAt,
      deliveredAt,
      createdAt,
    } = d;
    return {
      id,
      subscriptionId,
      outboxId,
      eventType,
      payload,
      status,
      attempts,
      lastStatusCode,
      lastError,
      nextAttemptAt,
      deliveredAt,
      createdAt,
    };
  }
}

export class WebhookDeliveryPage {
  @ApiProperty({ type: [WebhookDeliveryView] }) items: WebhookDeliveryView[];
  @ApiProperty({ type: String, nullable: true }) nextCursor: string | null;
}
