import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { ORG_TIERS, OrgTier } from '../common/vocabulary';

/**
 * A node of the organisation tree. `path` is a materialized path of ancestor ids
 * (`/national/province/city/self/`), so a subtree is one indexed range scan.
 */
@Entity('org_units')
@Index('ix_org_units_path', ['path'])
export class OrgUnit {
  @PrimaryGeneratedColumn('uuid')
  @ApiProperty({ format: 'uuid' })
  id: string;

  @Column({ type: 'varchar', length: 32, unique: true })
  @ApiProperty({ example: 'HA', description: 'Unique code; a provincial centre code prefixes its ticket numbers' })
  code: string;

  @Column({ type: 'varchar', length: 200 })
  @ApiProperty({ example: '河南省投诉处理中心' })
  name: string;

  @Column({ type: 'varchar', length: 16 })
  @ApiProperty({ enum: ORG_TIERS })
  tier: OrgTier;

  @Column({ type: 'uuid', nullable: true })
  @Index()
  @ApiPropertyOptional({ format: 'uuid', nullable: true })
  parentId: string | null;

  @ManyToOne(() => OrgUnit, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'parent_id' })
  parent?: OrgUnit;

  /**
   * Byte-order collation: one plain btree then serves `LIKE 'prefix%'`, `ORDER BY path` and the
   * keyset cursor, so a subtree page reads only its rows instead of sorting the whole subtree.
   */
  @Column({ type: 'text', collation: 'C' })
  @ApiProperty({ description: 'Materialized path of ancestor ids, self included' })
  path: string;

  @Column({ type: 'int' })
  @ApiProperty()
  depth: number;

  @Column({ type: 'uuid', nullable: true })
  @Index()
  @ApiPropertyOptional({
    format: 'uuid',
    nullable: true,
    description: 'Provincial centre this unit belongs to (itself for a provincial centre; null for national)',
  })
  provinceId: string | null;

  @Column({ type: 'varchar', length: 64, default: 'cn' })
  @ApiProperty({ example: 'cn', description: 'Working-day calendar id (Chinese public holidays by default)' })
  calendarId: string;

  @CreateDateColumn({ type: 'timestamptz' })
  @ApiProperty()
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  @ApiProperty()
  updatedAt: Date;
}

/** Which tier may sit directly under which: the escalation path depends on it. */
export const ALLOWED_PARENT_TIERS: Record<OrgTier, OrgTier[]> = {
  national: [],
  provincial: ['national'],
  city: ['provincial'],
  department: ['national', 'provincial', 'city'],
};

export function isCentre(tier: OrgTier): boolean {
  return tier === 'national' || tier === 'provincial';
}
