import { ExecutionContext, HttpException, Injectable, Module, DynamicModule } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { getOptionsToken, getStorageToken, ThrottlerGuard, ThrottlerModuleOptions } from '@nestjs/throttler';
import type { ThrottlerLimitDetail, ThrottlerRequest } from '@nestjs/throttler';
import { createHash } from 'node:crypto';
import type { Request, Response } from 'express';
import { problem } from '../common/problem-details.filter';
import { AppConfig } from '../config/app-config';
import { MetricsModule } from '../metrics/metrics.module';
import { RedisThrottlerStorage } from './redis-throttler-storage';

/** Probes and scrapes are exempt: a monitoring system must see the service even while it sheds load. */
const EXEMPT = /^\/(health|metrics)(\/|$)/;

/**
 * The credential a request presents, hashed (the raw secret never reaches Redis); the client
 * address when it presents none. Counting the presented credential before it is verified means a
 * flood of bad tokens is limited too, without a database lookup per attempt.
 */
export function credentialTracker(req: Request): string {
  const credential = req.headers.authorization ?? req.headers['x-api-key'];
  if (typeof credential === 'string' && credential) {
    return `cred:${createHash('sha256').update(credential).digest('hex').slice(0, 32)}`;
  }
  return `addr:${req.ip}`;
}

/**
 * 429 as problem+json with `Retry-After` in seconds, whichever throttler refused. The throttlers'
 * counters are taken concurrently (one Redis round trip of waiting, not one per throttler): each
 * check is started as the base guard walks the throttlers, and the request goes on once all have
 * answered; when several refuse, the first in the base guard's order answers the request.
 */
@Injectable()
export class RateLimitGuard extends ThrottlerGuard {
  private readonly started = new WeakMap<ExecutionContext, Promise<boolean>[]>();

  override async canActivate(context: ExecutionContext): Promise<boolean> {
    const checks: Promise<boolean>[] = [];
    this.started.set(context, checks);
    try {
      await super.canActivate(context);
    } catch (err) {
      void Promise.allSettled(checks); // a check started before the walk failed must not go unhandled
      throw err;
    }
    const settled = await Promise.allSettled(checks);
    for (const check of settled) if (check.status === 'rejected') throw check.reason;
    return settled.every((check) => check.status === 'fulfilled' && check.value);
  }

  protected override handleRequest(request: ThrottlerRequest): Promise<boolean> {
    const checks = this.started.get(request.context);
    if (!checks) return super.handleRequest(request);
    checks.push(super.handleRequest(request));
    return Promise.resolve(true);
  }

  protected override throwThrottlingException(context: ExecutionContext, detail: ThrottlerLimitDetail): Promise<void> {
    const retryAfter = Math.max(1, detail.timeToBlockExpire);
    context.switchToHttp().getResponse<Response>().setHeader('Retry-After', String(retryAfter));
    const scope = detail.tracker.startsWith('cred:') ? 'this credential' : 'this client address';
    throw new HttpException(
      {
        problem: problem(429, 'RATE_LIMITED', `more than ${detail.limit} requests from ${scope} within ${detail.ttl / 1000} s`, {
          retryAfter,
        }),
      },
      429,
    );
  }
}

export function throttlerOptions(config: AppConfig): ThrottlerModuleOptions {
  const ttl = config.THROTTLE_TTL_SECONDS * 1000;
  return {
    skipIf: (context) => EXEMPT.test(context.switchToHttp().getRequest<Request>().path),
    // One budget per caller across all routes, not one per route.
    generateKey: (_context, tracker, name) => `${name}:${tracker}`,
    throttlers: [
      { name: 'default', ttl, limit: config.THROTTLE_LIMIT, getTracker: (req) => credentialTracker(req as Request) },
      { name: 'address', ttl, limit: config.THROTTLE_ADDRESS_LIMIT, getTracker: (req) => `addr:${(req as Request).ip}`, setHeaders: false },
    ],
  };
}

/**
 * Rate limiting for the HTTP API, counted in Redis so every instance shares the budget. Imported
 * ahead of the AuthModule so its guard runs first: a refused caller costs no credential lookup.
 */
@Module({})
export class ThrottleModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: ThrottleModule,
      imports: [MetricsModule],
      providers: [
        { provide: getOptionsToken(), useValue: throttlerOptions(config) },
        { provide: getStorageToken(), useClass: RedisThrottlerStorage },
        { provide: APP_GUARD, useClass: RateLimitGuard },
      ],
    };
  }
}
