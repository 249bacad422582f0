import type { Request } from 'express';
import type { RequestActor } from '../auth/actor';
import type { AuditContext } from './audit.service';

/** Who, from where and in which request, as the audit trail records it. */
export function auditContext(
  req: Request & { actor?: RequestActor; id?: unknown },
  actor: AuditContext['actor'] = req.actor ?? null,
): AuditContext {
  return {
    actor: actor ? { kind: actor.kind, id: actor.id, unitId: actor.unitId } : null,
    address: req.ip ?? null,
    requestId: typeof req.id === 'string' ? req.id : null,
  };
}
