import { IsOmittable } from '../../common/validation';
import { ApiProperty, ApiPropertyOptional, PartialType } from '@nestjs/swagger';
import { IsBoolean, IsIn, IsInt, IsOptional, IsString, IsUUID, Length, Matches, Max, Min } from 'class-validator';
import { CUSTOMER_TIERS } from '../../tickets/domain/ticket.types';

const CODE = /^[a-z][a-z0-9_]{0,63}$/;

export class CreateRoutingRuleDto {
  @ApiProperty({ example: 'Henan mobile network quality → network dept' }) @IsString() @Length(1, 200) name: string;
  @ApiPropertyOptional({ format: 'uuid', description: 'Provincial centre whose tickets the rule routes' })
  @IsOptional()
  @IsUUID()
  provinceUnitId?: string;
  @ApiPropertyOptional({ example: 'mobile' }) @IsOptional() @Matches(CODE) businessType?: string;
  @ApiPropertyOptional({ example: 'network_quality' }) @IsOptional() @Matches(CODE) nature?: string;
  @ApiPropertyOptional({ enum: CUSTOMER_TIERS }) @IsOptional() @IsIn(CUSTOMER_TIERS) customerTier?: string;
  @ApiProperty({ format: 'uuid' }) @IsUUID() targetUnitId: string;
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

export class UpdateRoutingRuleDto extends PartialType(CreateRoutingRuleDto) {}

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
