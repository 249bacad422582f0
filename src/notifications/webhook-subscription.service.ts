import { NOTIFIED_EVENT_TYPES, NotifiedEventType } from '../tickets/domain/ticket-events';
import { AUDIENCE } from '../tickets/domain/ticket-recipients';
import { Inject, Injectable } from '@nestjs/common';
import { RequestActor } from '../auth/actor';
import { canSeeUnitPath } from '../auth/org-scope';
import { Page } from '../common/cursor';
import { ForbiddenError, NotFoundError, UnprocessableError } from '../common/domain-error';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import { OrgService } from '../org/org.service';
import { generateSecret } from './domain/webhook-signature';
import {
  CreateWebhookSubscriptionDto,
  ListWebhookSubscriptionsQuery,
  UpdateWebhookSubscriptionDto,
  WebhookSubscriptionView,
  WebhookSubscriptionWithSecret,
} from './dto/webhook-subscription.dto';
import { WebhookSubscription } from './webhook-subscription.entity';
import { WebhookSubscriptionRepository } from './webhook-subscription.repository';
import { WebhookUrlPolicy } from './webhook-url-policy';

/**
 * The milestones a channel system relays to the customer who filed through it; the
 * writer addresses these, and only these, to the filing channel system.
 */
export const CHANNEL_EVENT_TYPES: readonly NotifiedEventType[] = NOTIFIED_EVENT_TYPES.filter((type) => AUDIENCE[type].channel);

/** A channel system's own subscriptions; a unit's for staff whose scope covers the unit. */
export function isVisibleSubscription(actor: RequestActor, sub: Pick<WebhookSubscription, 'channelSystemId' | 'orgUnit'>): boolean {
  if (actor.kind === 'channel') return sub.channelSystemId === actor.id;
  return !!sub.orgUnit && canSeeUnitPath(actor, sub.orgUnit.path);
}

/** Subscriptions are visible to staff of the subscribing unit's ancestors and the unit itself, like the unit. */
@Injectable()
export class WebhookSubscriptionService {
  private readonly urlPolicy: WebhookUrlPolicy;

  constructor(
    private readonly subscriptions: WebhookSubscriptionRepository,
    private readonly org: OrgService,
    @Inject(APP_CONFIG) config: AppConfig,
  ) {
    this.urlPolicy = WebhookUrlPolicy.fromConfig(config);
  }

  /** Refuses targets inside the operator's network before they are stored; the sender checks the resolved address again. */
  private assertUrlAllowed(url: string): void {
    const reason = this.urlPolicy.checkUrl(url);
    if (reason)
      throw new UnprocessableError('WEBHOOK_URL_FORBIDDEN', `url refused: ${reason}`, { errors: [{ field: 'url', messages: [reason] }] });
  }

  async create(actor: RequestActor, dto: CreateWebhookSubscriptionDto): Promise<WebhookSubscriptionWithSecret> {
    const owner = await this.ownerFor(actor, dto.orgUnitId);
    if (owner.channelSystemId) this.assertChannelEventTypes(dto.eventTypes);
    this.assertUrlAllowed(dto.url);
    const secret = generateSecret();
    const saved = await this.subscriptions.insert({
      ...owner,
      url: dto.url,
      eventTypes: dto.eventTypes ?? [],
      enabled: dto.enabled ?? true,
      secret,
    });
    return { ...WebhookSubscriptionView.of(saved), secret };
  }

  /**
   * A channel system subscribes for itself and names no unit; staff subscribe a unit of their scope.
   * Either naming the other's kind of owner is refused, so neither can listen in on the other's events.
   */
  private async ownerFor(
    actor: RequestActor,
    orgUnitId: string | undefined,
  ): Promise<Pick<WebhookSubscription, 'orgUnitId' | 'channelSystemId'>> {
    if (actor.kind === 'channel') {
      if (orgUnitId !== undefined)
        throw new ForbiddenError('FORBIDDEN_SCOPE', 'a channel system subscribes for itself; leave orgUnitId out');
      return { orgUnitId: null, channelSystemId: actor.id };
    }
    if (orgUnitId === undefined)
      throw new ForbiddenError('FORBIDDEN_SCOPE', 'only a channel system subscribes without a unit; name orgUnitId');
    const unit = await this.org.getVisible(actor, orgUnitId);
    return { orgUnitId: unit.id, channelSystemId: null };
  }

  /** A channel system hears the customer-facing milestones of its tickets, nothing of the centres' internal work. */
  private assertChannelEventTypes(eventTypes: readonly string[] | undefined): void {
    const refused = (eventTypes ?? []).filter((type) => !(CHANNEL_EVENT_TYPES as readonly string[]).includes(type));
    if (refused.length > 0) {
      throw new UnprocessableError('EVENT_TYPE_NOT_FOR_CHANNELS', `not a customer-facing milestone: ${refused.join(', ')}`, {
        errors: [{ field: 'eventTypes', messages: [`a channel system may subscribe to ${CHANNEL_EVENT_TYPES.join(', ')}`] }],
      });
    }
  }

  async list(actor: RequestActor, q: ListWebhookSubscriptionsQuery): Promise<Page<WebhookSubscriptionView>> {
    const page = await this.subscriptions.list(actor, q);
    return { items: page.items.map((s) => WebhookSubscriptionView.of(s)), nextCursor: page.nextCursor };
  }

  /** The subscription if it is the calling channel system's, or the caller's scope covers its unit; 404 otherwise, so existence does not leak. */
  async getVisible(actor: RequestActor, id: string): Promise<WebhookSubscription> {
    const sub = await this.subscriptions.withUnit(id);
    if (!sub || !isVisibleSubscription(actor, sub)) throw new NotFoundError('webhook subscription');
    return sub;
  }

  async get(actor: RequestActor, id: string): Promise<WebhookSubscriptionView> {
    return WebhookSubscriptionView.of(await this.getVisible(actor, id));
  }

  async update(actor: RequestActor, id: string, dto: UpdateWebhookSubscriptionDto): Promise<WebhookSubscriptionView> {
    const sub = await this.getVisible(actor, id);
    if (sub.channelSystemId) this.assertChannelEventTypes(dto.eventTypes);
    if (dto.url !== undefined) this.assertUrlAllowed(dto.url);
    const patch = Object.fromEntries(Object.entries(dto).filter(([, v]) => v !== undefined)) as UpdateWebhookSubscriptionDto;
    return WebhookSubscriptionView.of(await this.subscriptions.update(sub.id, patch));
  }

  /** Deletes the subscription with its delivery log; queued attempts find no row and do nothing. */
  async remove(actor: RequestActor, id: string): Promise<void> {
    const sub = await this.getVisible(actor, id);
    await this.subscriptions.delete(sub.id);
  }

  /** The old secret stops signing at once; pending retries are signed with the new one. */
  async rotateSecret(actor: RequestActor, id: string): Promise<WebhookSubscriptionWithSecret> {
    const sub = await this.getVisible(actor, id);
    const secret = generateSecret();
    return { ...WebhookSubscriptionView.of(await this.subscriptions.update(sub.id, { secret })), secret };
  }
}
