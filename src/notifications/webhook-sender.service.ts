import { Inject, Injectable, Logger } from '@nestjs/common';
import { Clock } from '../common/clock';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import { DEFAULT_RETRY_POLICY, nextRetryDelay, RetryPolicy } from './domain/retry-schedule';
import { webhookHeaders } from './domain/webhook-signature';
import { WebhookDelivery } from './webhook-delivery.entity';
import { WebhookDeliveryRepository } from './webhook-delivery.repository';
import { WebhookJobsService } from './webhook-jobs.service';
import { WebhookUrlPolicy } from './webhook-url-policy';
import { postWebhook, systemResolver, WebhookOutcome } from './webhook-url-request';

/** Below the default shutdown grace period (10 s), so a delivery in flight at SIGTERM ends, one way or the other, before the process must exit. */
const REQUEST_TIMEOUT_MS = 8_000;

export type SendResult = 'delivered' | 'retrying' | 'dead' | 'stale';

/**
 * Makes one attempt of a delivery. The job names the attempt it was queued for; the row decides:
 * if the delivery has moved on (sent, retried, replayed, deleted) the job is stale and sends nothing.
 * The outcome is written back only if the row is still at that attempt, and the next retry is
 * queued after that write, so Postgres always knows what is due next.
 */
@Injectable()
export class WebhookSenderService {
  private readonly logger = new Logger(WebhookSenderService.name);
  private readonly policy: RetryPolicy;
  private readonly urlPolicy: WebhookUrlPolicy;

  constructor(
    private readonly deliveries: WebhookDeliveryRepository,
    private readonly jobs: WebhookJobsService,
    private readonly clock: Clock,
    @Inject(APP_CONFIG) config: AppConfig,
  ) {
    this.policy = { ...DEFAULT_RETRY_POLICY, baseMs: config.WEBHOOK_RETRY_BASE_MS };
    this.urlPolicy = WebhookUrlPolicy.fromConfig(config);
  }

  async send(deliveryId: string, attempt: number): Promise<SendResult> {
    const delivery = await this.deliveries.forSending(deliveryId);
    if (!delivery || delivery.attempts !== attempt || !['pending', 'failed'].includes(delivery.status)) return 'stale';
    const sub = delivery.subscription!;
    if (!sub.enabled) {
      return this.record(delivery, { ok: false, statusCode: null, error: 'subscription disabled', refused: false }, true);
    }
    const body = JSON.stringify(delivery.payload);
    const headers = { 'content-type': 'application/json', ...webhookHeaders(sub.secret, delivery.id, this.clock.now(), body) };
    const outcome = await postWebhook(sub.url, headers, body, {
      policy: this.urlPolicy,
      resolve: systemResolver,
      timeoutMs: REQUEST_TIMEOUT_MS,
    });
    // A target the policy refuses (say, a name that now resolves to a private address) stays refused: no retries.
    return this.record(delivery, outcome, outcome.refused);
  }

  private async record(delivery: WebhookDelivery, outcome: WebhookOutcome, giveUp = false): Promise<SendResult> {
    const now = this.clock.now();
    const attempts = delivery.attempts + 1;
    const wait = outcome.ok || giveUp ? null : nextRetryDelay(attempts, this.policy);
    const status = outcome.ok ? 'delivered' : wait === null ? 'dead' : 'failed';
    const nextAttemptAt = new Date(now.getTime() + (wait ?? 0));
    const written = await this.deliveries.recordAttempt(delivery.id, delivery.attempts, {
      status,
      attempts,
      statusCode: outcome.statusCode,
      error: outcome.error,
      nextAttemptAt,
      deliveredAt: outcome.ok ? now : null,
    });
    // Replayed or deleted while the request was in flight: the newer state wins.
    if (!written) return 'stale';
    if (status === 'delivered') return 'delivered';
    if (status === 'dead') {
      this.logger.warn(
        { deliveryId: delivery.id, subscriptionId: delivery.subscriptionId, attempts, error: outcome.error },
        'webhook delivery given up',
      );
      return 'dead';
    }
    await this.jobs
      .enqueue([{ id: delivery.id, attempts, nextAttemptAt }])
      .catch((err: unknown) => this.logger.warn({ err, deliveryId: delivery.id }, 'retry not enqueued; the relay sweep will'));
    return 'retrying';
  }
}
