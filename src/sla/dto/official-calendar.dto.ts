import { PageOf } from '../../common/page-query';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ArrayMaxSize, IsArray, IsInt, IsString, Length, Max, Min } from 'class-validator';
import { IsOmittable } from '../../common/validation';
import { SCHEDULE_YEAR_MAX, SCHEDULE_YEAR_MIN } from '../domain/official-schedule';
import { LocalDate } from './calendar.dto';

/** One year's official arrangement as the State Council publishes it. */
export class ImportOfficialScheduleDto {
  @ApiProperty({ example: 2027, minimum: SCHEDULE_YEAR_MIN, maximum: SCHEDULE_YEAR_MAX })
  @IsInt()
  @Min(SCHEDULE_YEAR_MIN)
  @Max(SCHEDULE_YEAR_MAX)
  year: number;

  @ApiProperty({ type: [String], example: ['2027-01-01'], description: 'Public holidays (dates off work), all within `year`' })
  @IsArray()
  @ArrayMaxSize(366)
  @LocalDate(true)
  holidays: string[];

  @ApiProperty({
    type: [String],
    example: ['2027-02-07'],
    description: 'Make-up working days (调休), all within `year`; none also a holiday',
  })
  @IsArray()
  @ArrayMaxSize(366)
  @LocalDate(true)
  workdays: string[];

  @ApiPropertyOptional({ example: '国务院办公厅关于2027年部分节假日安排的通知', description: 'Where the schedule comes from' })
  @IsOmittable()
  @IsString()
  @Length(1, 200)
  source?: string;
}

export class OfficialYear {
  @ApiProperty({ example: 2027 }) year: number;
  @ApiProperty({ example: 'chinese-days 1.5.7' }) source: string;
  @ApiProperty() importedAt: Date;
  @ApiProperty({ description: 'Public holidays on record for the year' }) holidays: number;
  @ApiProperty({ description: 'Make-up working days on record for the year' }) workdays: number;
}

export class OfficialScheduleImported extends OfficialYear {
  @ApiProperty({ description: 'Open stage deadlines counted provisionally across this year that the import moved' })
  recomputedStages: number;
}

export class OfficialYearPage extends PageOf(OfficialYear, 'OfficialYearPage') {}
