import { createParamDecorator, ExecutionContext, SetMetadata } from '@nestjs/common';
import { OrgTier, StaffRole } from '../tickets/domain/ticket.types';

/** The authenticated caller, resolved once per request by the AuthGuard. */
export interface RequestActor {
  kind: 'staff' | 'channel' | 'admin';
  /** Staff user id, channel system id, or 'bootstrap-admin'. */
  id: string;
  role: StaffRole | 'channel';
  /** The caller's org unit; null only for the bootstrap admin before a national centre exists. */
  unitId: string | null;
  tier: OrgTier;
  /** Materialized path of the caller's unit; scope checks are prefix checks on it. */
  unitPath: string;
  provinceId: string | null;
}

export const IS_PUBLIC = 'auth:public';
/** The route needs no credential (health, docs). */
export const Public = () => SetMetadata(IS_PUBLIC, true);

export const ALLOWED_ACTORS = 'auth:actors';
export type ActorRule = 'staff' | 'channel' | 'admin-role' | 'supervisor-role';
/** Restricts a route to some kinds of caller; any authenticated caller by default. */
export const Allow = (...rules: ActorRule[]) => SetMetadata(ALLOWED_ACTORS, rules);

export const Actor = createParamDecorator((_: unknown, ctx: ExecutionContext): RequestActor => {
  return ctx.switchToHttp().getRequest<{ actor: RequestActor }>().actor;
});

export function isNational(actor: RequestActor): boolean {
  return actor.kind === 'admin' || actor.tier === 'national';
}
