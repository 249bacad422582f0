import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Check, Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { TICKET_KINDS, TICKET_LEVELS, TicketKind, TicketLevel } from '../tickets/domain/ticket.types';
import { CUSTOMER_TIERS, CustomerTier } from '../common/vocabulary';
import type { Limit } from './domain/deadline';
import type { SlaPolicyDefinition, StageLimits } from './domain/policy-terms';
import { LimitDto, StageLimitsDto } from './dto/limit.dto';

/**
 * Time limits for the tickets matching its criteria (null = any). The most specific enabled
 * policy applies (policy-match.ts); a policy is disabled rather than deleted, because stage
 * rows name it in their deadline basis.
 */
@Entity('sla_policies')
@Check('ck_sla_policies_warn_ratio', '"warn_ratio" > 0 AND "warn_ratio" <= 1')
export class SlaPolicy implements SlaPolicyDefinition {
  @PrimaryGeneratedColumn('uuid')
  @ApiProperty({ format: 'uuid' })
  id: string;

  @Column({ type: 'varchar', length: 200 })
  @ApiProperty({ example: 'national VIP' })
  name: string;

  @Column({ type: 'varchar', length: 32, nullable: true })
  @ApiPropertyOptional({ enum: TICKET_KINDS, nullable: true, description: 'null = any kind' })
  kind: TicketKind | null;

  @Column({ type: 'varchar', length: 16, nullable: true })
  @ApiPropertyOptional({ enum: TICKET_LEVELS, nullable: true, description: 'null = any level' })
  level: TicketLevel | null;

  @Column({ type: 'varchar', length: 16, nullable: true })
  @ApiPropertyOptional({ enum: CUSTOMER_TIERS, nullable: true, description: 'null = any customer tier' })
  customerTier: CustomerTier | null;

  @Column({ type: 'varchar', length: 64, nullable: true })
  @ApiPropertyOptional({ type: String, example: 'mobile', nullable: true, description: 'null = any business type' })
  businessType: string | null;

  @Column({ type: 'int', default: 100 })
  @ApiProperty({ example: 100, description: 'Tie-break between policies with the same criteria: lower wins' })
  priority: number;

  @Column({ type: 'jsonb' })
  @ApiProperty({ type: StageLimitsDto })
  stageLimits: StageLimits;

  @Column({ type: 'jsonb', nullable: true })
  @ApiPropertyOptional({
    type: LimitDto,
    nullable: true,
    description:
      "Filing → reply: the overall promise to the customer; null = the ticket level's (general 24 h, provincial 48 h, national 72 h)",
  })
  commitment: Limit | null;

  @Column({ type: 'jsonb', default: () => `'{"unit": "hours", "value": 2}'` })
  @ApiProperty({
    type: LimitDto,
    description:
      'Time the unit a supervision order (督办) is issued to has to answer it, automatic or by a supervisor without a deadline of its own',
  })
  supervisionLimit: Limit;

  @Column({ type: 'double precision', default: 0.9 })
  @ApiProperty({ example: 0.9, description: 'Share of the counted time after which the warning fires, in (0, 1]' })
  warnRatio: number;

  @Column({ type: 'int', default: 2 })
  @ApiProperty({ example: 2, description: 'Extensions one handling stage may have' })
  maxExtensions: number;

  @Column({ type: 'boolean', default: true })
  @ApiProperty()
  enabled: boolean;

  @CreateDateColumn({ type: 'timestamptz' })
  @ApiProperty()
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  @ApiProperty()
  updatedAt: Date;
}
