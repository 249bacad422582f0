import { ApiProperty } from '@nestjs/swagger';
import { DAY_REASONS, DayReason } from '../domain/working-calendar';
import { LimitDto } from './limit.dto';

export class NotableDay {
  @ApiProperty({ format: 'date', example: '2026-10-01', description: 'China local date' }) date: string;
  @ApiProperty({
    enum: DAY_REASONS,
    description:
      'weekend / official_holiday / unit_holiday: a day off; official_workday: a make-up working day (调休); unit_workday: a working day the unit or an ancestor declared',
  })
  reason: DayReason;
}

/** Why a deadline falls where it does: the policy's term, the counted time its instants span, and the days that count skipped or took in. */
export class DeadlineExplanation {
  @ApiProperty({ example: '省级投诉', description: "The SLA policy that decides this ticket's terms now" }) policy: string;
  @ApiProperty({ type: LimitDto, description: "The policy's limit for this kind of stage (for the commitment: its commitment)" })
  limit: LimitDto;
  @ApiProperty({ example: 0.9, description: 'The warning falls at this share of the counted time' }) warnRatio: number;
  @ApiProperty({
    example: 3,
    description:
      "Counted time from the start to the due instant, in the limit's unit: it equals the limit unless the deadline was set otherwise (kept across a transfer, extended, set by hand)",
  })
  counted: number;
  @ApiProperty({ type: [NotableDay], description: 'Days off between the start and the due instant: nothing counted on them' })
  skippedDays: NotableDay[];
  @ApiProperty({
    type: [NotableDay],
    description: 'Days worked between the start and the due instant that are not ordinary weekdays: they counted',
  })
  madeUpDays: NotableDay[];
  @ApiProperty({ type: [Number], description: 'Years the span crosses with no official schedule yet: weekends were the only days off' })
  provisionalYears: number[];
  @ApiProperty({ example: 1, description: 'SLA_TIME_SCALE in force; above 1 (demo/test only) time is compressed and calendars ignored' })
  timeScale: number;
}
