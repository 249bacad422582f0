import { PageOf } from '../../common/page-query';
import { IsOmittable } from '../../common/validation';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsBoolean, IsIn, IsInt, IsOptional, IsString, IsUUID, Length, Matches, Max, Min } from 'class-validator';
import { CUSTOMER_TIERS } from '../../common/vocabulary';

const CODE = /^[a-z][a-z0-9_]{0,63}$/;

/** Criteria a rule matches on; null or omitted = any, so a PATCH may clear one with null. */
class RoutingCriteriaDto {
  @ApiPropertyOptional({ type: String, format: 'uuid', nullable: true, description: 'Provincial centre whose tickets the rule routes' })
  @IsOptional()
  @IsUUID()
  provinceUnitId?: string | null;
  @ApiPropertyOptional({ type: String, example: 'mobile', nullable: true }) @IsOptional() @Matches(CODE) businessType?: string | null;
  @ApiPropertyOptional({ type: String, example: 'network_quality', nullable: true }) @IsOptional() @Matches(CODE) nature?: string | null;
  @ApiPropertyOptional({ enum: CUSTOMER_TIERS, nullable: true }) @IsOptional() @IsIn(CUSTOMER_TIERS) customerTier?: string | null;
  @ApiPropertyOptional({
    enum: ['auto', 'suggest'],
    default: 'suggest',
    description: 'auto: dispatch at filing; suggest: offered at review',
  })
  @IsOmittable()
  @IsIn(['auto', 'suggest'])
  mode?: 'auto' | 'suggest';
  @ApiPropertyOptional({ default: 100, description: 'Lower wins among equally specific rules' })
  @IsOmittable()
  @IsInt()
  @Min(0)
  @Max(100000)
  priority?: number;
  @ApiPropertyOptional({ default: true }) @IsOmittable() @IsBoolean() enabled?: boolean;
}

export class CreateRoutingRuleDto extends RoutingCriteriaDto {
  @ApiProperty({ example: 'Henan mobile network quality → network dept' }) @IsString() @Length(1, 200) name: string;
  @ApiProperty({ format: 'uuid' }) @IsUUID() targetUnitId: string;
}

/** Omitted fields stay; the name and target cannot be cleared, only replaced. */
export class UpdateRoutingRuleDto extends RoutingCriteriaDto {
  @ApiPropertyOptional() @IsOmittable() @IsString() @Length(1, 200) name?: string;
  @ApiPropertyOptional({ format: 'uuid' }) @IsOmittable() @IsUUID() targetUnitId?: string;
}

export class RoutingRuleView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() name: string;
  @ApiProperty({ type: String, nullable: true }) provinceUnitId: string | null;
  @ApiProperty({ type: String, nullable: true }) businessType: string | null;
  @ApiProperty({ type: String, nullable: true }) nature: string | null;
  @ApiProperty({ type: String, nullable: true }) customerTier: string | null;
  @ApiProperty({ format: 'uuid' }) targetUnitId: string;
  @ApiProperty({ enum: ['auto', 'suggest'] }) mode: string;
  @ApiProperty() priority: number;
  @ApiProperty() enabled: boolean;
  @ApiProperty() createdAt: Date;
  @ApiProperty() updatedAt: Date;
}

export class RoutingSuggestions {
  @ApiProperty({ type: RoutingRuleView, nullable: true }) best: RoutingRuleView | null;
  @ApiProperty({ type: [RoutingRuleView] }) suggestions: RoutingRuleView[];
}

export class RoutingRulePage extends PageOf(RoutingRuleView, 'RoutingRulePage') {}
