import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsNumber, IsPositive, Max, ValidateNested } from 'class-validator';
import { LIMIT_UNITS, LimitUnit, LimitedStageKind } from '../domain/policy-terms';

import { IsOmittable } from '../../common/validation';

/** Caps a limit well inside what the working-day walk scans, so no input can make it spin. */
export const MAX_LIMIT_VALUE = 10_000;

export class LimitDto {
  @ApiProperty({
    enum: LIMIT_UNITS,
    description: "hours: natural hours; working_days: days of the owner unit's working calendar, time of day kept",
  })
  @IsIn(LIMIT_UNITS)
  unit: LimitUnit;

  @ApiProperty({ example: 24, minimum: 0, maximum: MAX_LIMIT_VALUE, description: 'Greater than 0; fractions allowed' })
  @IsNumber({ allowNaN: false, allowInfinity: false })
  @IsPositive()
  @Max(MAX_LIMIT_VALUE)
  value: number;
}

/** A limit for every stage kind, as stored on a policy. */
export class StageLimitsDto implements Record<LimitedStageKind, LimitDto> {
  @ApiProperty({ type: LimitDto, description: 'Contact → filing' }) intake: LimitDto;
  @ApiProperty({ type: LimitDto, description: 'Centre review and dispatch' }) review: LimitDto;
  @ApiProperty({ type: LimitDto }) sign_for: LimitDto;
  @ApiProperty({ type: LimitDto, description: "Lead department's handling" }) handling: LimitDto;
  @ApiProperty({ type: LimitDto, description: 'Each co-handling task' }) cohandling: LimitDto;
  @ApiProperty({ type: LimitDto, description: "Dispatcher's decision on feedback" }) feedback_review: LimitDto;
  @ApiProperty({ type: LimitDto, description: 'Feedback accepted → customer told' }) reply: LimitDto;
  @ApiProperty({ type: LimitDto, description: 'Close → revisit' }) revisit: LimitDto;
}

/** Some stage limits; unknown stage kinds are refused by the global whitelist. */
export class StageLimitsPatchDto {
  @ApiPropertyOptional({ type: LimitDto }) @IsOmittable() @ValidateNested() @Type(() => LimitDto) intake?: LimitDto;
  @ApiPropertyOptional({ type: LimitDto }) @IsOmittable() @ValidateNested() @Type(() => LimitDto) review?: LimitDto;
  @ApiPropertyOptional({ type: LimitDto }) @IsOmittable() @ValidateNested() @Type(() => LimitDto) sign_for?: LimitDto;
  @ApiPropertyOptional({ type: LimitDto }) @IsOmittable() @ValidateNested() @Type(() => LimitDto) handling?: LimitDto;
  @ApiPropertyOptional({ type: LimitDto }) @IsOmittable() @ValidateNested() @Type(() => LimitDto) cohandling?: LimitDto;
  @ApiPropertyOptional({ type: LimitDto }) @IsOmittable() @ValidateNested() @Type(() => LimitDto) feedback_review?: LimitDto;
  @ApiPropertyOptional({ type: LimitDto }) @IsOmittable() @ValidateNested() @Type(() => LimitDto) reply?: LimitDto;
  @ApiPropertyOptional({ type: LimitDto }) @IsOmittable() @ValidateNested() @Type(() => LimitDto) revisit?: LimitDto;
}
