import { ApiProperty } from '@nestjs/swagger';
import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

export const TAXONOMY_KINDS = ['business_type', 'nature'] as const;
export type TaxonomyKind = (typeof TAXONOMY_KINDS)[number];

/**
 * One entry of an operator-managed dictionary (DOMAIN §3: taxonomy is data, not code). A telecom
 * deployment and a bank or hospital deployment differ only in these rows.
 */
@Entity('taxonomy_terms')
@Index('ux_taxonomy_kind_code', ['kind', 'code'], { unique: true })
export class TaxonomyTerm {
  @PrimaryGeneratedColumn('uuid') @ApiProperty({ format: 'uuid' }) id: string;
  @Column({ type: 'varchar', length: 32 }) @ApiProperty({ enum: TAXONOMY_KINDS }) kind: TaxonomyKind;
  @Column({ type: 'varchar', length: 64 }) @ApiProperty({ example: 'mobile' }) code: string;
  @Column({ type: 'varchar', length: 200 }) @ApiProperty({ example: '移动业务' }) label: string;
  @Column({ type: 'varchar', length: 64, nullable: true })
  @ApiProperty({ type: String, nullable: true, example: 'mobile', description: 'Broader term of the same kind (e.g. gsm under mobile)' })
  parentCode: string | null;
  @Column({ type: 'boolean', default: true })
  @ApiProperty({ description: 'Disabled terms are refused at intake but kept for history' })
  enabled: boolean;
  @CreateDateColumn({ type: 'timestamptz' }) @ApiProperty() createdAt: Date;
  @UpdateDateColumn({ type: 'timestamptz' }) @ApiProperty() updatedAt: Date;
}
