import { Body, Controller, Get, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Actor, RequestActor, Policy } from '../auth/actor';
import { ProblemResponses } from '../common/openapi';
import { UuidParam } from '../common/uuid.pipe';
import { CreateTaxonomyTermDto, ListTaxonomyQuery, TaxonomyTermPage, UpdateTaxonomyTermDto } from './dto/taxonomy.dto';
import { TaxonomyTerm } from './taxonomy-term.entity';
import { TaxonomyService } from './taxonomy.service';

@ApiTags('taxonomy')
@ApiBearerAuth()
@ProblemResponses(403)
@Controller('api/v1/taxonomy')
export class TaxonomyController {
  constructor(private readonly taxonomy: TaxonomyService) {}

  @Get()
  @Policy('taxonomy.list')
  @ApiOperation({ summary: 'Dictionary terms: business types and complaint natures (channels read them too)' })
  @ApiOkResponse({ type: TaxonomyTermPage })
  list(@Query() q: ListTaxonomyQuery): Promise<TaxonomyTermPage> {
    return this.taxonomy.list(q);
  }

  @Post()
  @Policy('taxonomy.create')
  @ApiOperation({ summary: 'Add a term (national administrators)' })
  @ApiCreatedResponse({ type: TaxonomyTerm })
  create(@Actor() actor: RequestActor, @Body() dto: CreateTaxonomyTermDto): Promise<TaxonomyTerm> {
    return this.taxonomy.create(actor, dto);
  }

  @Patch(':id')
  @Policy('taxonomy.update')
  @ApiOperation({ summary: 'Relabel, enable or disable a term (national administrators)' })
  @ApiOkResponse({ type: TaxonomyTerm })
  update(@Actor() actor: RequestActor, @Param('id', UuidParam) id: string, @Body() dto: UpdateTaxonomyTermDto): Promise<TaxonomyTerm> {
    return this.taxonomy.update(actor, id, dto);
  }
}
