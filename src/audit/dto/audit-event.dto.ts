import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsString, Length } from 'class-validator';
import { AUDIT_CATEGORIES, AuditCategory, OPERATION_KEYS } from '../../auth/policy/policy';
import { PageQuery } from '../../common/page-query';
import { IsBoundedDateTime, IsOmittable } from '../../common/validation';

const OUTCOMES = ['success', 'failure'] as const;

export class ListAuditEventsQuery extends PageQuery {
  @ApiPropertyOptional({ enum: AUDIT_CATEGORIES })
  @IsOmittable()
  @IsIn(AUDIT_CATEGORIES)
  category?: AuditCategory;

  @ApiPropertyOptional({
    description: 'Operation key of the authorization policy, e.g. `routingRules.update`',
    example: 'routingRules.update',
  })
  @IsOmittable()
  @IsIn(OPERATION_KEYS)
  operation?: string;

  @ApiPropertyOptional({ enum: OUTCOMES })
  @IsOmittable()
  @IsIn(OUTCOMES)
  outcome?: (typeof OUTCOMES)[number];

  @ApiPropertyOptional({ description: 'Staff member, channel system or `bootstrap-admin` who acted' })
  @IsOmittable()
  @IsString()
  @Length(1, 64)
  actorId?: string;

  @ApiPropertyOptional({ description: 'Id of the record acted on' })
  @IsOmittable()
  @IsString()
  @Length(1, 128)
  targetId?: string;

  @ApiPropertyOptional({ format: 'date-time', description: 'Inclusive lower bound of occurredAt' })
  @IsOmittable()
  @IsBoundedDateTime()
  from?: string;

  @ApiPropertyOptional({ format: 'date-time', description: 'Exclusive upper bound of occurredAt' })
  @IsOmittable()
  @IsBoundedDateTime()
  to?: string;
}

export class AuditEventView {
  @ApiProperty({ description: 'Position in the chain' }) id: string;
  @ApiProperty({ format: 'date-time' }) occurredAt: string;
  @ApiProperty({ example: 'routingRules.update', description: 'Operation key of the authorization policy' }) operation: string;
  @ApiProperty({ enum: AUDIT_CATEGORIES }) category: string;
  @ApiProperty({ enum: OUTCOMES }) outcome: string;
  @ApiProperty({
    type: String,
    nullable: true,
    description: 'staff, channel or admin (the bootstrap admin); null for a sign-in under an unknown name',
  })
  actorKind: string | null;
  @ApiProperty({ type: String, nullable: true }) actorId: string | null;
  @ApiProperty({ type: String, nullable: true, format: 'uuid' }) actorUnitId: string | null;
  @ApiProperty({ type: String, nullable: true, description: 'Client address the request came from' }) address: string | null;
  @ApiProperty({ type: String, nullable: true, description: 'X-Request-Id of the request' }) requestId: string | null;
  @ApiProperty({ type: String, nullable: true }) targetType: string | null;
  @ApiProperty({ type: String, nullable: true }) targetId: string | null;
  @ApiProperty({
    type: 'object',
    additionalProperties: true,
    nullable: true,
    description: 'The record before the act (secrets removed, personal data masked)',
  })
  before: unknown;
  @ApiProperty({
    type: 'object',
    additionalProperties: true,
    nullable: true,
    description: 'The record after the act (secrets removed, personal data masked)',
  })
  after: unknown;
  @ApiProperty({
    type: 'object',
    additionalProperties: true,
    nullable: true,
    description: 'Further facts: the reason of a failed sign-in, a revocation, …',
  })
  detail: unknown;
  @ApiProperty({ description: 'sha256 of the previous row' }) prevHash: string;
  @ApiProperty({ description: 'sha256 of the previous hash and this row' }) hash: string;

  static of(row: {
    id: string;
    occurred_at: Date;
    operation: string;
    category: string;
    outcome: string;
    actor_kind: string | null;
    actor_id: string | null;
    actor_unit_id: string | null;
    address: string | null;
    request_id: string | null;
    target_type: string | null;
    target_id: string | null;
    before: unknown;
    after: unknown;
    detail: unknown;
    prev_hash: string;
    hash: string;
  }): AuditEventView {
    return {
      id: String(row.id),
      occurredAt: row.occurred_at.toISOString(),
      operation: row.operation,
      category: row.category,
      outcome: row.outcome,
      actorKind: row.actor_kind,
      actorId: row.actor_id,
      actorUnitId: row.actor_unit_id,
      address: row.address,
      requestId: row.request_id,
      targetType: row.target_type,
      targetId: row.target_id,
      before: row.before,
      after: row.after,
      detail: row.detail,
      prevHash: row.prev_hash,
      hash: row.hash,
    };
  }
}

export class AuditEventPage {
  @ApiProperty({ type: [AuditEventView] }) items: AuditEventView[];
  @ApiProperty({ type: String, nullable: true }) nextCursor: string | null;
}
