import { Body, Controller, Get, HttpCode, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Actor, Policy, RequestActor } from '../auth/actor';
import { ProblemResponses } from '../common/openapi';
import { ImportOfficialScheduleDto, OfficialScheduleImported, OfficialYear } from './dto/official-calendar.dto';
import { OfficialCalendarImportService } from './official-calendar-import.service';

@ApiTags('calendar')
@ApiBearerAuth()
@ProblemResponses(403)
@Controller('api/v1/official-calendar')
export class OfficialCalendarController {
  constructor(private readonly imports: OfficialCalendarImportService) {}

  @Get()
  @Policy('officialCalendar.list')
  @ApiOperation({ summary: 'Years with an official holiday schedule (one row per year, bounded by the calendar itself)' })
  @ApiOkResponse({ type: [OfficialYear] })
  list(): Promise<OfficialYear[]> {
    return this.imports.list();
  }

  @Post()
  @HttpCode(200)
  @Policy('officialCalendar.import')
  @ApiOperation({
    summary:
      "Import a year's official schedule (national administrators): replaces the year, and moves open deadlines that were provisional in it",
  })
  @ApiOkResponse({ type: OfficialScheduleImported })
  import(@Actor() actor: RequestActor, @Body() dto: ImportOfficialScheduleDto): Promise<OfficialScheduleImported> {
    return this.imports.importForActor(actor, dto);
  }
}
