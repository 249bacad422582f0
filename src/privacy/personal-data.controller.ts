import { Body, Controller, HttpCode, Post, Req } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Request } from 'express';
import { Actor, Policy, RequestActor } from '../auth/actor';
import { ProblemResponses } from '../common/openapi';
import { CustomerIdentifiers, PersonalDataErasure, PersonalDataExport, PersonalDataExportRequest } from './dto/personal-data.dto';
import { PersonalDataService } from './personal-data.service';

/** A customer's requests about their personal data, made on their behalf by a centre's administrator. */
@ApiTags('privacy')
@ApiBearerAuth()
@ProblemResponses(403)
@Controller('api/v1/personal-data')
export class PersonalDataController {
  constructor(private readonly personalData: PersonalDataService) {}

  @Post('exports')
  @HttpCode(200)
  @Policy('personalData.export')
  @ApiOperation({
    summary: "A copy of a customer's personal data: their tickets in the caller's scope, unmasked, a page at a time (audited)",
  })
  @ApiOkResponse({ type: PersonalDataExport })
  export(@Actor() a: RequestActor, @Body() body: PersonalDataExportRequest, @Req() req: Request): Promise<PersonalDataExport> {
    return this.personalData.export(a, body, req);
  }

  @Post('erasures')
  @HttpCode(200)
  @Policy('personalData.erase')
  @ApiOperation({
    summary: "Erases a customer's personal data: anonymises their tickets in the caller's scope; 409 while one of them is open (audited)",
  })
  @ApiOkResponse({ type: PersonalDataErasure })
  erase(@Actor() a: RequestActor, @Body() body: CustomerIdentifiers, @Req() req: Request): Promise<PersonalDataErasure> {
    return this.personalData.erase(a, body, req);
  }
}
