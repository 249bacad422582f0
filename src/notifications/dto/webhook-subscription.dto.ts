import { PageQuery } from '../../common/page-query';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

import { ArrayMaxSize, ArrayUnique, IsArray, IsBoolean, IsIn, IsString, IsUrl, IsUUID, MaxLength } from 'class-validator';
import { IsOmittable } from '../../common/validation';
import { WEBHOOK_EVENT_TYPES, WebhookEventType } from '../domain/webhook-events';
import { WebhookSubscription } from '../webhook-subscription.entity';

const URL_RULES = { protocols: ['http', 'https'], require_protocol: true, require_tld: false };
const URL_MESSAGE = 'url must be an http or https URL';
const URL_DESCRIPTION =
  'Receiver of the signed POSTs. https only in production. Loopback, private, link-local, shared (CGNAT), multicast and other ' +
  'special-purpose addresses (IPv4-mapped IPv6 forms included) are refused with 422 WEBHOOK_URL_FORBIDDEN unless the operator ' +
  'allow-lists them; the address a name resolves to is checked again before each delivery. Redirects are not followed.';

export class CreateWebhookSubscriptionDto {
  @ApiPropertyOptional({
    format: 'uuid',
    description:
      'Staff: the unit whose events are delivered, in your scope. Channel systems leave it out: their subscription is their own, ' +
      'for the customer-facing milestones of the tickets they filed',
  })
  @IsOmittable()
  @IsUUID()
  orgUnitId?: string;

  @ApiProperty({ example: 'https://crm.example.com/hooks/workorders', maxLength: 2048, description: URL_DESCRIPTION })
  @IsString()
  @MaxLength(2048)
  @IsUrl(URL_RULES, { message: URL_MESSAGE })
  url: string;

  @ApiPropertyOptional({ enum: WEBHOOK_EVENT_TYPES, isArray: true, default: [], description: 'Empty: every event type' })
  @IsOmittable()
  @IsArray()
  @ArrayUnique()
  @ArrayMaxSize(WEBHOOK_EVENT_TYPES.length)
  @IsIn(WEBHOOK_EVENT_TYPES, { each: true })
  eventTypes?: WebhookEventType[];

  @ApiPropertyOptional({ default: true })
  @IsOmittable()
  @IsBoolean()
  enabled?: boolean;
}

export class UpdateWebhookSubscriptionDto {
  @ApiPropertyOptional({ maxLength: 2048, description: URL_DESCRIPTION })
  @IsOmittable()
  @IsString()
  @MaxLength(2048)
  @IsUrl(URL_RULES, { message: URL_MESSAGE })
  url?: string;

  @ApiPropertyOptional({ enum: WEBHOOK_EVENT_TYPES, isArray: true, description: 'Empty: every event type' })
  @IsOmittable()
  @IsArray()
  @ArrayUnique()
  @ArrayMaxSize(WEBHOOK_EVENT_TYPES.length)
  @IsIn(WEBHOOK_EVENT_TYPES, { each: true })
  eventTypes?: WebhookEventType[];

  @ApiPropertyOptional()
  @IsOmittable()
  @IsBoolean()
  enabled?: boolean;
}

export class ListWebhookSubscriptionsQuery extends PageQuery {
  @ApiPropertyOptional({ format: 'uuid' })
  @IsOmittable()
  @IsUUID()
  orgUnitId?: string;
}

export class WebhookSubscriptionView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ type: String, format: 'uuid', nullable: true, description: 'The subscribing unit; null for a channel system’s own' })
  orgUnitId: string | null;
  @ApiProperty({ type: String, format: 'uuid', nullable: true, description: 'The subscribing channel system; null for a unit’s' })
  channelSystemId: string | null;
  @ApiProperty() url: string;
  @ApiProperty({ enum: WEBHOOK_EVENT_TYPES, isArray: true, description: 'Empty: every event type' }) eventTypes: string[];
  @ApiProperty() enabled: boolean;
  @ApiProperty() createdAt: Date;
  @ApiProperty() updatedAt: Date;

  static of(s: WebhookSubscription): WebhookSubscriptionView {
    const { id, orgUnitId, channelSystemId, url, eventTypes, enabled, createdAt, updatedAt } = s;
    return { id, orgUnitId: orgUnitId ?? null, channelSystemId: channelSystemId ?? null, url, eventTypes, enabled, createdAt, updatedAt };
  }
}

/** Returned only by creation and rotation: the one time the secret is shown. */
export class WebhookSubscriptionWithSecret extends WebhookSubscriptionView {
  @ApiProperty({
    example: 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw',
    description: 'Standard Webhooks signing secret; store it now, it is not shown again',
  })
  secret: string;
}

export class WebhookSubscriptionPage {
  @ApiProperty({ type: [WebhookSubscriptionView] }) items: WebhookSubscriptionView[];
  @ApiProperty({ type: String, nullable: true }) nextCursor: string | null;
}
