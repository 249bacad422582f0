import { CanActivate, ExecutionContext, HttpException, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { Request } from 'express';
import { problem } from '../common/problem-details.filter';
import { ActorRule, ALLOWED_ACTORS, IS_PUBLIC, RequestActor } from './actor';
import { AuthService } from './auth.service';

const unauthenticated = (detail: string) => new HttpException({ problem: problem(401, 'UNAUTHENTICATED', detail) }, 401);

/**
 * Global guard: every route needs a credential unless marked @Public(). Staff and the bootstrap
 * admin send `Authorization: Bearer`, channel systems `X-Api-Key`. @Allow() narrows the caller kinds.
 */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly auth: AuthService,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(IS_PUBLIC, targets)) return true;
    const req = context.switchToHttp().getRequest<Request & { actor?: RequestActor }>();
    const actor = await this.resolve(req);
    if (!actor) throw unauthenticated('missing, unknown, expired or revoked credential');
    req.actor = actor;
    const rules = this.reflector.getAllAndOverride<ActorRule[] | undefined>(ALLOWED_ACTORS, targets);
    if (rules && !rules.some((rule) => matches(rule, actor))) {
      throw new HttpException({ problem: problem(403, 'FORBIDDEN_ROLE', 'this operation is not available to your role') }, 403);
    }
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

function matches(rule: ActorRule, actor: RequestActor): boolean {
  switch (rule) {
    case 'staff':
      return actor.kind === 'staff' || actor.kind === 'admin';
    case 'channel':
      return actor.kind === 'channel';
    case 'admin-role':
      return actor.role === 'admin';
    case 'supervisor-role':
      return actor.role === 'supervisor' || actor.role === 'admin';
  }
}
