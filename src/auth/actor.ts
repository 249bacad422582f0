import { createParamDecorator, ExecutionContext, SetMetadata } from '@nestjs/common';
import { OperationKey } from './policy/policy';
import type { RequestActor } from './policy/identity';

export type { RequestActor } from './policy/identity';

export const POLICY_KEY = 'auth:policy';
/**
 * Names the route's entry in the authorization policy (src/auth/policy/policy.ts). The global guard
 * refuses a route without one, so a new handler is closed until its rule is written down.
 */
export const Policy = (key: OperationKey) => SetMetadata(POLICY_KEY, key);

export const Actor = createParamDecorator((_: unknown, ctx: ExecutionContext): RequestActor => {
  return ctx.switchToHttp().getRequest<{ actor: RequestActor }>().actor;
});
