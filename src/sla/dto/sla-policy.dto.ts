import { ApiProperty, ApiPropertyOptional, PickType } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsBoolean, IsIn, IsInt, IsNumber, IsOptional, IsPositive, IsString, Length, Max, Min, ValidateNested } from 'class-validator';
import { TICKET_KINDS, TICKET_LEVELS, TicketKind, TicketLevel } from '../../tickets/domain/ticket.types';
import { CUSTOMER_TIERS, CustomerTier } from '../../common/vocabulary';
import { SlaPolicy } from '../sla-policy.entity';
import { IsOmittable } from '../../common/validation';
import { PageOf } from '../../common/page-query';
import type { Limit } from '../domain/deadline';
import { LimitDto, StageLimitsPatchDto } from './limit.dto';

/** Criteria and terms shared by create and update; criteria accept null (= any). */
class SlaPolicyTermsDto {
  @ApiPropertyOptional({ enum: TICKET_KINDS, nullable: true, description: 'null or omitted = any kind' })
  @IsOptional()
  @IsIn(TICKET_KINDS)
  kind?: TicketKind | null;

  @ApiPropertyOptional({ enum: TICKET_LEVELS, nullable: true, description: 'null or omitted = any level' })
  @IsOptional()
  @IsIn(TICKET_LEVELS)
  level?: TicketLevel | null;

  @ApiPropertyOptional({ enum: CUSTOMER_TIERS, nullable: true, description: 'null or omitted = any customer tier' })
  @IsOptional()
  @IsIn(CUSTOMER_TIERS)
  customerTier?: CustomerTier | null;

  @ApiPropertyOptional({ type: String, example: 'mobile', nullable: true, description: 'null or omitted = any business type' })
  @IsOptional()
  @IsString()
  @Length(1, 64)
  businessType?: string | null;

  @ApiPropertyOptional({ default: 100, minimum: 0, maximum: 1_000_000, description: 'Tie-break between equal criteria: lower wins' })
  @IsOmittable()
  @IsInt()
  @Min(0)
  @Max(1_000_000)
  priority?: number;

  @ApiPropertyOptional({ type: StageLimitsPatchDto })
  @IsOmittable()
  @ValidateNested()
  @Type(() => StageLimitsPatchDto)
  stageLimits?: StageLimitsPatchDto;

  @ApiPropertyOptional({ type: LimitDto, description: 'Filing → reply: the overall promise to the customer' })
  @IsOmittable()
  @ValidateNested()
  @Type(() => LimitDto)
  commitment?: LimitDto;

  @ApiPropertyOptional({ type: LimitDto, description: 'Time the unit a supervision order is issued to has to answer it' })
  @IsOmittable()
  @ValidateNested()
  @Type(() => LimitDto)
  supervisionLimit?: LimitDto;

  @ApiPropertyOptional({
    example: 0.9,
    minimum: 0,
    maximum: 1,
    description: 'In (0, 1]: share of the counted time after which the warning fires',
  })
  @IsOmittable()
  @IsNumber({ allowNaN: false, allowInfinity: false })
  @IsPositive()
  @Max(1)
  warnRatio?: number;

  @ApiPropertyOptional({ example: 2, minimum: 0, maximum: 10 })
  @IsOmittable()
  @IsInt()
  @Min(0)
  @Max(10)
  maxExtensions?: number;

  @ApiPropertyOptional({ default: true })
  @IsOmittable()
  @IsBoolean()
  enabled?: boolean;
}

export class CreateSlaPolicyDto extends SlaPolicyTermsDto {
  @ApiProperty({ example: 'national VIP mobile' })
  @IsString()
  @Length(1, 200)
  name: string;
}

/** Omitted fields stay; stage limits merge stage by stage; a criterion sent as null becomes "any". */
export class UpdateSlaPolicyDto extends SlaPolicyTermsDto {
  @ApiPropertyOptional()
  @IsOmittable()
  @IsString()
  @Length(1, 200)
  name?: string;
}

/** The facts of a ticket that choose its policy. */
export class ResolveSlaPolicyDto {
  @ApiProperty({ enum: TICKET_KINDS })
  @IsIn(TICKET_KINDS)
  kind: TicketKind;

  @ApiProperty({ enum: TICKET_LEVELS })
  @IsIn(TICKET_LEVELS)
  level: TicketLevel;

  @ApiProperty({ enum: CUSTOMER_TIERS })
  @IsIn(CUSTOMER_TIERS)
  customerTier: CustomerTier;

  @ApiProperty({ example: 'mobile' })
  @IsString()
  @Length(1, 64)
  businessType: string;
}

/** Why a resolved term differs from the policy row (the level's commitment, the VIP bound), by stage kind or `commitment`. */
export class ResolvedTermNotes {
  @ApiPropertyOptional() commitment?: string;
  @ApiPropertyOptional() intake?: string;
  @ApiPropertyOptional() review?: string;
  @ApiPropertyOptional() sign_for?: string;
  @ApiPropertyOptional() handling?: string;
  @ApiPropertyOptional() cohandling?: string;
  @ApiPropertyOptional() feedback_review?: string;
  @ApiPropertyOptional() reply?: string;
  @ApiPropertyOptional() revisit?: string;
  @ApiPropertyOptional() supervisionLimit?: string;
}

/** The terms a ticket gets: the chosen policy's, with the rules no policy can break applied. */
export class ResolvedSlaPolicy extends PickType(SlaPolicy, [
  'name',
  'kind',
  'level',
  'customerTier',
  'businessType',
  'priority',
  'stageLimits',
  'warnRatio',
  'maxExtensions',
] as const) {
  @ApiProperty({
    type: LimitDto,
    description: "Filing → reply: the policy's own, else the ticket level's; for a VIP never longer than a normal customer's",
  })
  commitment: Limit;

  @ApiProperty({
    type: LimitDto,
    description: "Time to answer a supervision order: the policy's; for a VIP never longer than a normal customer's",
  })
  supervisionLimit: Limit;

  @ApiProperty({ type: ResolvedTermNotes })
  notes: ResolvedTermNotes;

  @ApiProperty({
    type: String,
    format: 'uuid',
    nullable: true,
    description: 'null when no enabled policy matches and the built-in default applies',
  })
  id: string | null;
}

export class SlaPolicyPage extends PageOf(SlaPolicy, 'SlaPolicyPage') {}
