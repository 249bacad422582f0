import { Body, Controller, Delete, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Actor, RequestActor, Policy } from '../auth/actor';
import { ProblemResponses } from '../common/openapi';
import { PageQuery } from '../common/page-query';
import { UuidParam } from '../common/uuid.pipe';
import { CalendarOverride } from './calendar-override.entity';
import { CalendarService } from './calendar.service';
import { CalendarOverridePage, CreateCalendarOverrideDto, WorkingDayPage, WorkingDaysQuery } from './dto/calendar.dto';

@ApiTags('calendar')
@ApiBearerAuth()
@ProblemResponses(403)
@Controller('api/v1/org-units')
export class CalendarController {
  constructor(private readonly calendars: CalendarService) {}

  @Get(':id/calendar-overrides')
  @Policy('calendarOverrides.list')
  @ApiOperation({ summary: "The unit's own calendar overrides, by date (inherited ones show in working-days)" })
  @ApiOkResponse({ type: CalendarOverridePage })
  list(@Actor() actor: RequestActor, @Param('id', UuidParam) id: string, @Query() query: PageQuery): Promise<CalendarOverridePage> {
    return this.calendars.list(actor, id, query);
  }

  @Post(':id/calendar-overrides')
  @Policy('calendarOverrides.add')
  @ApiOperation({ summary: 'Declare a date a holiday or a working day for the unit and its subtree (one override per date)' })
  @ApiCreatedResponse({ type: CalendarOverride })
  add(@Actor() actor: RequestActor, @Param('id', UuidParam) id: string, @Body() dto: CreateCalendarOverrideDto): Promise<CalendarOverride> {
    return this.calendars.add(actor, id, dto);
  }

  @Delete(':id/calendar-overrides/:overrideId')
  @Policy('calendarOverrides.remove')
  @HttpCode(204)
  @ApiOperation({ summary: 'Remove an override; the date follows the ancestors and the official calendar again' })
  @ApiNoContentResponse()
  remove(
    @Actor() actor: RequestActor,
    @Param('id', UuidParam) id: string,
    @Param('overrideId', UuidParam) overrideId: string,
  ): Promise<void> {
    return this.calendars.remove(actor, id, overrideId);
  }

  @Get(':id/working-days')
  @Policy('workingDays.list')
  @ApiOperation({ summary: "Which dates count as working days in the unit's calendar (official days, inherited and own overrides)" })
  @ApiOkResponse({ type: WorkingDayPage })
  workingDays(@Actor() actor: RequestActor, @Param('id', UuidParam) id: string, @Query() query: WorkingDaysQuery): Promise<WorkingDayPage> {
    return this.calendars.workingDays(actor, id, query);
  }
}
