import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Actor, RequestActor, Policy } from '../auth/actor';
import { ProblemResponses } from '../common/openapi';
import { DeadlineService } from './deadline.service';
import { DeadlinePreview, DeadlinePreviewDto } from './dto/deadline-preview.dto';

@ApiTags('sla')
@ApiBearerAuth()
@ProblemResponses(403)
@Controller('api/v1/sla')
export class DeadlinePreviewController {
  constructor(private readonly deadlines: DeadlineService) {}

  @Post('deadline-preview')
  @Policy('deadlines.preview')
  @HttpCode(200)
  @ApiOperation({ summary: "Warning and due instants of a limit started at an instant in a unit's calendar" })
  @ApiOkResponse({ type: DeadlinePreview })
  preview(@Actor() actor: RequestActor, @Body() dto: DeadlinePreviewDto): Promise<DeadlinePreview> {
    return this.deadlines.preview(actor, dto);
  }
}
