import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsNumber, IsObject, IsPositive, IsUUID, Matches, Max, ValidateNested } from 'class-validator';
import { IsBoundedDateTime, IsOmittable } from '../../common/validation';
import { LimitDto } from './limit.dto';

export class DeadlinePreviewDto {
  @ApiProperty({ format: 'uuid', description: 'Owner unit whose working calendar applies' })
  @IsUUID()
  unitId: string;

  @ApiProperty({ example: '2026-03-13T10:00:00+08:00', description: 'ISO 8601 instant with a UTC offset or Z' })
  @IsBoundedDateTime()
  // Without an offset the instant would depend on the server's time zone.
  @Matches(/(Z|[+-]\d{2}:?\d{2})$/, { message: 'start must carry a UTC offset or Z' })
  start: string;

  @ApiProperty({ type: LimitDto })
  @IsObject()
  @ValidateNested()
  @Type(() => LimitDto)
  limit: LimitDto;

  @ApiPropertyOptional({ example: 0.9, default: 0.9, minimum: 0, maximum: 1, description: 'In (0, 1]' })
  @IsOmittable()
  @IsNumber({ allowNaN: false, allowInfinity: false })
  @IsPositive()
  @Max(1)
  warnRatio?: number;
}

export class DeadlinePreview {
  @ApiProperty() warnAt: Date;
  @ApiProperty() dueAt: Date;
  @ApiProperty({ example: 1, description: 'SLA_TIME_SCALE in force; above 1 (demo/test only) time is compressed and calendars ignored' })
  timeScale: number;

  @ApiProperty({
    type: [Number],
    example: [],
    description:
      'Years the count crosses that have no official holiday schedule yet: the deadline is provisional, weekends being the only days off',
  })
  provisionalYears: number[];
}
