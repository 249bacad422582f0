import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Actor, RequestActor, Policy } from '../auth/actor';
import { ProblemResponses } from '../common/openapi';
import { UuidParam } from '../common/uuid.pipe';
import { PageQuery } from '../common/page-query';
import { CreateRoutingRuleDto, RoutingRulePage, RoutingRuleView, UpdateRoutingRuleDto } from './dto/routing-rule.dto';
import { RoutingService } from './routing.service';

@ApiTags('routing')
@ApiBearerAuth()
@ProblemResponses(403)
@Controller('api/v1/routing-rules')
export class RoutingController {
  constructor(private readonly routing: RoutingService) {}

  @Post()
  @Policy('routingRules.create')
  @ApiOperation({ summary: 'Create a dispatch rule (province, business type, nature, customer tier → unit)' })
  @ApiCreatedResponse({ type: RoutingRuleView })
  create(@Actor() actor: RequestActor, @Body() dto: CreateRoutingRuleDto): Promise<RoutingRuleView> {
    return this.routing.create(actor, dto);
  }

  @Get()
  @Policy('routingRules.list')
  @ApiOperation({ summary: 'Rules in scope, by priority' })
  @ApiOkResponse({ type: RoutingRulePage })
  list(@Actor() actor: RequestActor, @Query() query: PageQuery): Promise<RoutingRulePage> {
    return this.routing.list(actor, query);
  }

  @Get(':id')
  @Policy('routingRules.get')
  @ApiOperation({ summary: 'Read a rule' })
  @ApiOkResponse({ type: RoutingRuleView })
  get(@Actor() actor: RequestActor, @Param('id', UuidParam) id: string): Promise<RoutingRuleView> {
    return this.routing.get(actor, id);
  }

  @Patch(':id')
  @Policy('routingRules.update')
  @ApiOperation({ summary: 'Change a rule' })
  @ApiOkResponse({ type: RoutingRuleView })
  update(@Actor() actor: RequestActor, @Param('id', UuidParam) id: string, @Body() dto: UpdateRoutingRuleDto): Promise<RoutingRuleView> {
    return this.routing.update(actor, id, dto);
  }

  @Delete(':id')
  @Policy('routingRules.delete')
  @HttpCode(204)
  @ApiOperation({ summary: 'Delete a rule' })
  @ApiNoContentResponse()
  remove(@Actor() actor: RequestActor, @Param('id', UuidParam) id: string): Promise<void> {
    return this.routing.remove(actor, id);
  }
}
