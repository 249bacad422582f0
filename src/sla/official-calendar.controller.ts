import { Body, Controller, Get, HttpCode, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Actor, Policy, RequestActor } from '../auth/actor';
import { ProblemResponses } from '../common/openapi';
import { PageQuery, pageOfSorted } from '../common/page-query';
import { ImportOfficialScheduleDto, OfficialScheduleImported, OfficialYearPage } from './dto/official-calendar.dto';
import { OfficialCalendarImportService } from './official-calendar-import.service';

@ApiTags('calendar')
@ApiBearerAuth()
@ProblemResponses(403)
@Controller('api/v1/official-calendar')
export class OfficialCalendarController {
  constructor(private readonly imports: OfficialCalendarImportService) {}

  @Get()
  @Policy('officialCalendar.list')
  @ApiOperation({ summary: 'Years with an official holiday schedule, one row per year, oldest first' })
  @ApiOkResponse({ type: OfficialYearPage })
  async list(@Query() query: PageQuery): Promise<OfficialYearPage> {
    const years = [...(await this.imports.list())].sort((a, b) => a.year - b.year);
    return pageOfSorted(years, (y) => [y.year], ['int'], query);
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
