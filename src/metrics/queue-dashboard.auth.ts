import { Injectable, NestMiddleware } from '@nestjs/common';
import type { NextFunction, Request, Response } from 'express';
import { AuthService } from '../auth/auth.service';
import { identityFacts } from '../auth/policy/identity';
import { identityMay, NON_API_ROUTES } from '../auth/policy/policy';
import { problem } from '../common/problem-details.filter';

/**
 * The dashboard is an Express router outside the controllers, so the global guard never sees it.
 * This check admits national administrators only: the bootstrap admin token, or a national staff
 * token with role admin, sent as `Authorization: Bearer` or as the password of HTTP Basic (what a
 * browser prompts for). No cookie or session, so nothing to forge across sites.
 */
@Injectable()
export class QueueDashboardAuthMiddleware implements NestMiddleware {
  constructor(private readonly auth: AuthService) {}

  async use(req: Request, res: Response, next: NextFunction): Promise<void> {
    const token = credential(req.headers.authorization);
    const actor = token ? await this.auth.authenticateBearer(token).catch(() => null) : null;
    if (actor && identityMay(NON_API_ROUTES.queueDashboard, identityFacts(actor))) return next();
    res.setHeader('WWW-Authenticate', 'Basic realm="queues", charset="UTF-8"');
    const status = actor ? 403 : 401;
    const body = actor
      ? problem(403, 'FORBIDDEN_ROLE', 'the queue dashboard is for national administrators')
      : problem(401, 'UNAUTHENTICATED', 'send an administrator token as Bearer or as the Basic password');
    res
      .status(status)
      .type('application/problem+json')
      .send(JSON.stringify({ ...body, instance: req.originalUrl }));
  }
}

function credential(header: string | undefined): string | null {
  if (!header) return null;
  const bearer = /^Bearer\s+(\S+)$/i.exec(header);
  if (bearer) return bearer[1];
  const basic = /^Basic\s+([A-Za-z0-9+/=]+)$/i.exec(header);
  if (!basic) return null;
  const decoded = Buffer.from(basic[1], 'base64').toString('utf8');
  const password = decoded.slice(decoded.indexOf(':') + 1);
  return password || null;
}
