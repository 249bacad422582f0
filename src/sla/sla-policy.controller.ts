import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Actor, RequestActor, Policy } from '../auth/actor';
import { ProblemResponses } from '../common/openapi';
import { UuidParam } from '../common/uuid.pipe';
import { PageQuery } from '../common/page-query';
import { CreateSlaPolicyDto, ResolveSlaPolicyDto, ResolvedSlaPolicy, SlaPolicyPage, UpdateSlaPolicyDto } from './dto/sla-policy.dto';
import { SlaPolicy } from './sla-policy.entity';
import { SlaPolicyService } from './sla-policy.service';

@ApiTags('sla')
@ApiBearerAuth()
@ProblemResponses(403)
@Controller('api/v1/sla-policies')
export class SlaPolicyController {
  constructor(private readonly policies: SlaPolicyService) {}

  @Get()
  @Policy('slaPolicies.list')
  @ApiOperation({ summary: 'All SLA policies, disabled ones included, in creation order' })
  @ApiOkResponse({ type: SlaPolicyPage })
  list(@Query() query: PageQuery): Promise<SlaPolicyPage> {
    return this.policies.list(query);
  }

  @Post()
  @Policy('slaPolicies.create')
  @ApiOperation({ summary: 'Create a policy (national administrators); terms left out are copied from the catch-all policy' })
  @ApiCreatedResponse({ type: SlaPolicy })
  create(@Actor() actor: RequestActor, @Body() dto: CreateSlaPolicyDto): Promise<SlaPolicy> {
    return this.policies.create(actor, dto);
  }

  @Post('resolve')
  @Policy('slaPolicies.resolve')
  @HttpCode(200)
  @ApiOperation({ summary: 'Which policy applies to a ticket with these facts (the most specific enabled one)' })
  @ApiOkResponse({ type: ResolvedSlaPolicy })
  resolve(@Body() dto: ResolveSlaPolicyDto): Promise<ResolvedSlaPolicy> {
    return this.policies.resolve(dto);
  }

  @Get(':id')
  @Policy('slaPolicies.get')
  @ApiOperation({ summary: 'Read one policy' })
  @ApiOkResponse({ type: SlaPolicy })
  get(@Param('id', UuidParam) id: string): Promise<SlaPolicy> {
    return this.policies.get(id);
  }

  @Patch(':id')
  @Policy('slaPolicies.update')
  @ApiOperation({ summary: 'Change a policy (national administrators); stage limits merge stage by stage, a null criterion means any' })
  @ApiOkResponse({ type: SlaPolicy })
  update(@Actor() actor: RequestActor, @Param('id', UuidParam) id: string, @Body() dto: UpdateSlaPolicyDto): Promise<SlaPolicy> {
    return this.policies.update(actor, id, dto);
  }

  @Delete(':id')
  @Policy('slaPolicies.disable')
  @ApiOperation({ summary: 'Disable a policy (kept for the deadlines that name it); PATCH enabled=true restores it' })
  @ApiOkResponse({ type: SlaPolicy })
  disable(@Actor() actor: RequestActor, @Param('id', UuidParam) id: string): Promise<SlaPolicy> {
    return this.policies.disable(actor, id);
  }
}
