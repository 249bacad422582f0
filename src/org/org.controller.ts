import { Body, Controller, Get, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Actor, RequestActor, Policy } from '../auth/actor';
import { ProblemResponses } from '../common/openapi';
import { UuidParam } from '../common/uuid.pipe';
import { CreateOrgUnitDto, ListOrgUnitsQuery, OrgUnitPage, UpdateOrgUnitDto } from './dto/org-unit.dto';
import { OrgUnit } from './org-unit.entity';
import { OrgService } from './org.service';

@ApiTags('org')
@ApiBearerAuth()
@ProblemResponses()
@Controller('api/v1/org-units')
export class OrgController {
  constructor(private readonly org: OrgService) {}

  @Post()
  @Policy('orgUnits.create')
  @ApiOperation({ summary: 'Create an org unit under a parent (tier order enforced)' })
  @ApiCreatedResponse({ type: OrgUnit })
  create(@Actor() actor: RequestActor, @Body() dto: CreateOrgUnitDto): Promise<OrgUnit> {
    return this.org.create(actor, dto);
  }

  @Get()
  @Policy('orgUnits.list')
  @ApiOperation({ summary: "List the units in the caller's scope (national: all; others: their subtree)" })
  @ApiOkResponse({ type: OrgUnitPage })
  list(@Actor() actor: RequestActor, @Query() query: ListOrgUnitsQuery): Promise<OrgUnitPage> {
    return this.org.list(actor, query);
  }

  @Get(':id')
  @Policy('orgUnits.get')
  @ApiOperation({ summary: 'Read one unit' })
  @ApiOkResponse({ type: OrgUnit })
  get(@Actor() actor: RequestActor, @Param('id', UuidParam) id: string): Promise<OrgUnit> {
    return this.org.getVisible(actor, id);
  }

  @Patch(':id')
  @Policy('orgUnits.update')
  @ApiOperation({ summary: 'Rename, change calendar, or move a unit with its subtree (cycles refused)' })
  @ApiOkResponse({ type: OrgUnit })
  update(@Actor() actor: RequestActor, @Param('id', UuidParam) id: string, @Body() dto: UpdateOrgUnitDto): Promise<OrgUnit> {
    return this.org.update(actor, id, dto);
  }

  @Get(':id/subtree')
  @Policy('orgUnits.subtree')
  @ApiOperation({ summary: 'The unit and all its descendants, in path order (one indexed prefix scan)' })
  @ApiOkResponse({ type: OrgUnitPage })
  subtree(@Actor() actor: RequestActor, @Param('id', UuidParam) id: string, @Query() query: ListOrgUnitsQuery): Promise<OrgUnitPage> {
    return this.org.subtree(actor, id, query);
  }

  @Get(':id/escalation-chain')
  @Policy('orgUnits.escalationChain')
  @ApiOperation({ summary: 'Centres above the unit, nearest first, up to the national centre' })
  @ApiOkResponse({ type: [OrgUnit] })
  escalationChain(@Actor() actor: RequestActor, @Param('id', UuidParam) id: string): Promise<OrgUnit[]> {
    return this.org.escalationChain(actor, id);
  }
}
