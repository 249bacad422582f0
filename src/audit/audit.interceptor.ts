import { CallHandler, ExecutionContext, Injectable, Logger, NestInterceptor } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { Request } from 'express';
import { concatMap, from, Observable, switchMap } from 'rxjs';
import { POLICY_KEY, RequestActor } from '../auth/actor';
import { OperationKey, POLICY, PolicyEntry } from '../auth/policy/policy';
import { auditContext } from './audit-context';
import { AuditService } from './audit.service';
import { AuditSnapshot, AuditTargetRepository } from './audit-targets.repository';

/**
 * Records every administrative act in one place: an operation whose policy entry carries `audit`
 * gets one row after it succeeded, with the record it addressed before and after. Refusals never
 * reach a handler, so they write nothing here; sign-ins record their own failures.
 */
@Injectable()
export class AuditInterceptor implements NestInterceptor {
  private readonly logger = new Logger(AuditInterceptor.name);

  constructor(
    private readonly reflector: Reflector,
    private readonly audit: AuditService,
    private readonly targets: AuditTargetRepository,
  ) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const key = this.reflector.get<OperationKey | undefined>(POLICY_KEY, context.getHandler());
    const entry: PolicyEntry | undefined = key ? POLICY[key] : undefined;
    const spec = entry?.audit;
    if (!key || !spec || spec.recordedBy === 'service') return next.handle();
    const req = context.switchToHttp().getRequest<Request & { actor?: RequestActor }>();
    if (spec.whenQueryFlag && req.query[spec.whenQueryFlag] !== 'true') return next.handle();
    const param: unknown = spec.idParam ? req.params[spec.idParam] : undefined;
    const id = typeof param === 'string' ? param : undefined;
    const load = (targetId: string | null | undefined) =>
      targetId ? this.targets.load(spec.target, targetId).catch(() => null) : Promise.resolve(null);
    return from(load(id)).pipe(
      switchMap((before: AuditSnapshot | null) =>
        next.handle().pipe(
          concatMap(async (body: unknown) => {
            const targetId = id ?? createdId(body);
            const after = await load(targetId);
            try {
              await this.audit.record(auditContext(req), {
                operation: key,
                category: spec.category,
                targetType: spec.target,
                targetId: targetId ?? null,
                scopePath: after?.scopePath ?? before?.scopePath ?? req.actor?.unitPath ?? null,
                before: spec.withoutContent ? null : (before?.row ?? null),
                after: spec.withoutContent ? null : (after?.row ?? null),
                detail: spec.whenQueryFlag ? { [spec.whenQueryFlag]: true } : null,
              });
            } catch (err) {
              // The act has committed; answering an error would tell the caller it had not.
              this.logger.error({ err, operation: key, targetId }, 'audit row could not be written');
            }
            return body;
          }),
        ),
      ),
    );
  }
}

/** The id of what a creation made, from its answer (`{id}`, `{channelSystem: {id}}`, `{tokenInfo: {id}}`, `{year}`). */
function createdId(body: unknown): string | null {
  if (!body || typeof body !== 'object') return null;
  const b = body as Record<string, unknown>;
  for (const candidate of [b.id, (b.channelSystem as { id?: unknown })?.id, (b.tokenInfo as { id?: unknown })?.id, b.year]) {
    if (typeof candidate === 'string' || typeof candidate === 'number') return String(candidate);
  }
  return null;
}
