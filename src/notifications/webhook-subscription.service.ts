import { DEFAULT_PAGE_SIZE } from '../common/page-query';
import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { RequestActor } from '../auth/actor';
import { canSeeUnitPath, pathScopeSql } from '../auth/org-scope';
import { keysetPage, Page } from '../common/cursor';
import { NotFoundError, UnprocessableError } from '../common/domain-error';
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
import { WebhookUrlPolicy } from './webhook-url-policy';

/** Subscriptions are visible to staff of the subscribing unit's ancestors and the unit itself, like the unit. */
@Injectable()
export class WebhookSubscriptionService {
  private readonly urlPolicy: WebhookUrlPolicy;

  constructor(
    @InjectDataSource() private readonly db: DataSource,
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

  private get repo() {
    return this.db.getRepository(WebhookSubscription);
  }

  async create(actor: RequestActor, dto: CreateWebhookSubscriptionDto): Promise<WebhookSubscriptionWithSecret> {
    const unit = await this.org.getVisible(actor, dto.orgUnitId);
    this.assertUrlAllowed(dto.url);
    const secret = generateSecret();
    const saved = await this.repo.save(
      this.repo.create({ orgUnitId: unit.id, url: dto.url, eventTypes: dto.eventTypes ?? [], enabled: dto.enabled ?? true, secret }),
    );
    return { ...WebhookSubscriptionView.of(saved), secret };
  }

  async list(actor: RequestActor, q: ListWebhookSubscriptionsQuery): Promise<Page<WebhookSubscriptionView>> {
    const scope = pathScopeSql(actor, 'u.path');
    const qb = this.repo.createQueryBuilder('s').innerJoin('s.orgUnit', 'u').where(scope.sql, scope.params);
    if (q.orgUnitId) qb.andWhere('s.org_unit_id = :unitId', { unitId: q.orgUnitId });
    const page = await keysetPage(qb, {
      columns: ['s.id'],
      types: ['uuid'],
      direction: 'ASC',
      cursor: q.cursor,
      limit: q.limit ?? DEFAULT_PAGE_SIZE,
      key: (s) => [s.id],
    });
    return { items: page.items.map((s) => WebhookSubscriptionView.of(s)), nextCursor: page.nextCursor };
  }

  /** The subscription if the caller's scope covers its unit; 404 otherwise, so existence does not leak. */
  async getVisible(actor: RequestActor, id: string): Promise<WebhookSubscription> {
    const sub = await this.repo.findOne({ where: { id }, relations: { orgUnit: true } });
    if (!sub || !canSeeUnitPath(actor, sub.orgUnit!.path)) throw new NotFoundError('webhook subscription');
    return sub;
  }

  async get(actor: RequestActor, id: string): Promise<WebhookSubscriptionView> {
    return WebhookSubscriptionView.of(await this.getVisible(actor, id));
  }

  async update(actor: RequestActor, id: string, dto: UpdateWebhookSubscriptionDto): Promise<WebhookSubscriptionView> {
    const sub = await this.getVisible(actor, id);
    if (dto.url !== undefined) this.assertUrlAllowed(dto.url);
    const patch = Object.fromEntries(Object.entries(dto).filter(([, v]) => v !== undefined)) as UpdateWebhookSubscriptionDto;
    if (Object.keys(patch).length > 0) await this.repo.update({ id: sub.id }, patch);
    return WebhookSubscriptionView.of(await this.repo.findOneByOrFail({ id: sub.id }));
  }

  /** Deletes the subscription with its delivery log; queued attempts find no row and do nothing. */
  async remove(actor: RequestActor, id: string): Promise<void> {
    const sub = await this.getVisible(actor, id);
    await this.repo.delete({ id: sub.id });
  }

  /** The old secret stops signing at once; pending retries are signed with the new one. */
  async rotateSecret(actor: RequestActor, id: string): Promise<WebhookSubscriptionWithSecret> {
    const sub = await this.getVisible(actor, id);
    const secret = generateSecret();
    await this.repo.update({ id: sub.id }, { secret });
    return { ...WebhookSubscriptionView.of(await this.repo.findOneByOrFail({ id: sub.id })), secret };
  }
}
