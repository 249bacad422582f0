import { IsOmittable } from '../../common/validation';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsInt, IsString, IsUUID, Length, Matches, Max, Min } from 'class-validator';
import { Type } from 'class-transformer';
import { ORG_TIERS, OrgTier } from '../../common/vocabulary';
import { OrgUnit } from '../org-unit.entity';

export class CreateOrgUnitDto {
  @ApiProperty({ example: 'HA-ZZ', description: 'Unique code: letters, digits, - and _' })
  @IsString()
  @Matches(/^[A-Za-z0-9_-]{1,32}$/, { message: 'code must be 1-32 letters, digits, - or _' })
  code: string;

  @ApiProperty({ example: '郑州市分公司' })
  @IsString()
  @Length(1, 200)
  name: string;

  @ApiProperty({ enum: ORG_TIERS })
  @IsIn(ORG_TIERS)
  tier: OrgTier;

  @ApiPropertyOptional({ format: 'uuid', description: 'Required for every tier but national' })
  @IsOmittable()
  @IsUUID()
  parentId?: string;

  @ApiPropertyOptional({ example: 'cn' })
  @IsOmittable()
  @IsString()
  @Length(1, 64)
  calendarId?: string;
}

export class UpdateOrgUnitDto {
  @ApiPropertyOptional()
  @IsOmittable()
  @IsString()
  @Length(1, 200)
  name?: string;

  @ApiPropertyOptional({ format: 'uuid', description: 'Move the unit (and its subtree) under another parent' })
  @IsOmittable()
  @IsUUID()
  parentId?: string;

  @ApiPropertyOptional()
  @IsOmittable()
  @IsString()
  @Length(1, 64)
  calendarId?: string;
}

export class ListOrgUnitsQuery {
  @ApiPropertyOptional({ enum: ORG_TIERS })
  @IsOmittable()
  @IsIn(ORG_TIERS)
  tier?: OrgTier;

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOmittable()
  @IsUUID()
  parentId?: string;

  @ApiPropertyOptional({
    type: 'integer',
    default: 100,
    minimum: 1,
    maximum: 1000,
    description: 'Units per page: 100 unless given, at most 1,000',
  })
  @IsOmittable()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(1000)
  limit?: number;

  @ApiPropertyOptional({ description: 'Opaque cursor from the previous page' })
  @IsOmittable()
  @IsString()
  cursor?: string;
}

export class OrgUnitPage {
  @ApiProperty({ type: [OrgUnit] })
  items: OrgUnit[];

  @ApiProperty({ type: String, nullable: true })
  nextCursor: string | null;
}
