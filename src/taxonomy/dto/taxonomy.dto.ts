import { PageOf, PageQuery } from '../../common/page-query';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsBoolean, IsIn, IsString, Length, Matches } from 'class-validator';
import { IsOmittable } from '../../common/validation';
import { TAXONOMY_KINDS, TaxonomyKind, TaxonomyTerm } from '../taxonomy-term.entity';

const CODE = /^[a-z][a-z0-9_]{0,63}$/;

export class CreateTaxonomyTermDto {
  @ApiProperty({ enum: TAXONOMY_KINDS }) @IsIn(TAXONOMY_KINDS) kind: TaxonomyKind;
  @ApiProperty({ example: 'iptv' }) @Matches(CODE, { message: 'code must be a lower_snake code' }) code: string;
  @ApiProperty({ example: 'IPTV' }) @IsString() @Length(1, 200) label: string;
  @ApiPropertyOptional({ example: 'value_added' }) @IsOmittable() @Matches(CODE) parentCode?: string;
}

export class UpdateTaxonomyTermDto {
  @ApiPropertyOptional() @IsOmittable() @IsString() @Length(1, 200) label?: string;
  @ApiPropertyOptional() @IsOmittable() @IsBoolean() enabled?: boolean;
}

export class ListTaxonomyQuery extends PageQuery {
  @ApiPropertyOptional({ enum: TAXONOMY_KINDS }) @IsOmittable() @IsIn(TAXONOMY_KINDS) kind?: TaxonomyKind;
}

export class TaxonomyTermPage extends PageOf(TaxonomyTerm, 'TaxonomyTermPage') {}
