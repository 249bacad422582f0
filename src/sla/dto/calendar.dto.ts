import { applyDecorators } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsISO8601, IsOptional, IsString, Length, Matches } from 'class-validator';
import { PageOf, PageQuery } from '../../common/page-query';
import { IsInDateWindow } from '../../common/validation';
import { CalendarOverride } from '../calendar-override.entity';
import { OVERRIDE_KINDS, OverrideKind } from '../domain/unit-calendar';

/** A real calendar date written YYYY-MM-DD (strict ISO 8601 refuses 2026-02-30) inside the accepted window. */
export const LocalDate = (each = false) =>
  applyDecorators(
    Matches(/^\d{4}-\d{2}-\d{2}$/, { each, message: `$property must ${each ? 'hold dates' : 'be a date'} written YYYY-MM-DD` }),
    IsISO8601({ strict: true }, { each, message: `$property must ${each ? 'hold real calendar dates' : 'be a real calendar date'}` }),
    IsInDateWindow({ each }),
  );

/** The most days one working-days query answers: a year, leap day included. */
export const MAX_WORKING_DAYS_RANGE = 366;

export class CreateCalendarOverrideDto {
  @ApiProperty({ example: '2026-05-06', description: 'China local date' })
  @LocalDate()
  date: string;

  @ApiProperty({ enum: OVERRIDE_KINDS, description: 'holiday: not a working day here; workday: a working day here' })
  @IsIn(OVERRIDE_KINDS)
  kind: OverrideKind;

  @ApiPropertyOptional({ example: '地方性假日' })
  @IsOptional()
  @IsString()
  @Length(1, 200)
  note?: string;
}

export class WorkingDaysQuery extends PageQuery {
  @ApiProperty({ example: '2026-05-01', description: 'First China local date, included' })
  @LocalDate()
  from: string;

  @ApiProperty({ example: '2026-05-31', description: `Last China local date, included; at most ${MAX_WORKING_DAYS_RANGE} days in all` })
  @LocalDate()
  to: string;
}

export class WorkingDay {
  @ApiProperty({ example: '2026-05-06' }) date: string;
  @ApiProperty({ description: "Whether the date counts toward working-day limits in this unit's calendar" }) working: boolean;
}

export class WorkingDayPage extends PageOf(WorkingDay, 'WorkingDayPage') {}
export class CalendarOverridePage extends PageOf(CalendarOverride, 'CalendarOverridePage') {}
