import type { Request } from 'express';
import { auditContext } from '../../audit/audit-context';
import type { AuditContext } from '../../audit/audit.service';
import type { RequestActor } from '../actor';

/** The audit context of a request plus its user agent, which a new session keeps for the member's session list. */
export function signInContext(req: Request, actor: RequestActor | null = null): AuditContext & { userAgent: string | null } {
  const ua = req.headers['user-agent'];
  return { ...auditContext(req, actor), userAgent: typeof ua === 'string' ? ua : null };
}
