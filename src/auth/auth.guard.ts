import { CanActivate, ExecutionContext, HttpException, Injectable, Logger } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { Request } from 'express';
import { problem } from '../common/problem-details.filter';
import { POLICY_KEY, RequestActor } from './actor';
import { AuthService } from './auth.service';
import { identityFacts } from './policy/identity';
import { identityMay, OperationKey, POLICY, PolicyEntry } from './policy/policy';

const unauthenticated = (detail: string) => new HttpException({ problem: problem(401, 'UNAUTHENTICATED', detail) }, 401);
const forbidden = (detail: string) => new HttpException({ problem: problem(403, 'FORBIDDEN_ROLE', detail) }, 403);

/**
 * Global guard: looks up the route's entry in the authorization policy, authenticates the caller
 * (staff and the bootstrap admin send `Authorization: Bearer`, channel systems `X-Api-Key`) unless the
 * entry is public, and checks the identity part of the entry. A route without an entry is refused.
 * Relations to a ticket are checked where the ticket is loaded (visibility, state machine).
 */
@Injectable()
export class AuthGuard implements CanActivate {
  private readonly logger = new Logger(AuthGuard.name);

  constructor(
    private readonly reflector: Reflector,
    private readonly auth: AuthService,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const key = this.reflector.get<OperationKey | undefined>(POLICY_KEY, context.getHandler());
    const entry: PolicyEntry | undefined = key ? POLICY[key] : undefined;
    if (!entry) {
      this.logger.error(`${context.getClass().name}.${context.getHandler().name} has no authorization policy entry`);
      throw forbidden('this operation has no authorization policy');
    }
    if (entry.who.public) return true;
    const req = context.switchToHttp().getRequest<Request & { actor?: RequestActor }>();
    const actor = await this.resolve(req);
    if (!actor) throw unauthenticated('missing, unknown, expired or revoked credential');
    req.actor = actor;
    if (!identityMay(entry.who, identityFacts(actor))) throw forbidden('this operation is not available to your role');
    return true;
  }

  private async resolve(req: Request): Promise<RequestActor | null> {
    const header = req.headers.authorization;
    if (header) {
      const match = /^Bearer\s+(\S+)$/i.exec(header);
      if (!match) throw unauthenticated('Authorization must be "Bearer <token>"');
      return this.auth.authenticateBearer(match[1]);
    }
    const key = req.headers['x-api-key'];
    if (typeof key === 'string' && key) return this.auth.authenticateApiKey(key);
    return null;
  }
}
