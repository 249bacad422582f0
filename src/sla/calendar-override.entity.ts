import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { OrgUnit } from '../org/org-unit.entity';
import { OVERRIDE_KINDS, OverrideKind } from './domain/unit-calendar';

/**
 * A unit's exception to the official working calendar (a regional holiday, an extra working
 * day). Its subtree inherits it unless a nearer unit overrides the same date.
 */
@Entity('calendar_overrides')
@Index(['orgUnitId', 'date'], { unique: true })
@Check('ck_calendar_overrides_kind', `"kind" IN ('holiday', 'workday')`)
export class CalendarOverride {
  @PrimaryGeneratedColumn('uuid')
  @ApiProperty({ format: 'uuid' })
  id: string;

  @Column({ type: 'uuid' })
  @ApiProperty({ format: 'uuid' })
  orgUnitId: string;

  @ManyToOne(() => OrgUnit, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'org_unit_id' })
  orgUnit?: OrgUnit;

  @Column({ type: 'date' })
  @ApiProperty({ example: '2026-05-06', description: 'China local date' })
  date: string;

  @Column({ type: 'varchar', length: 16 })
  @ApiProperty({ enum: OVERRIDE_KINDS })
  kind: OverrideKind;

  @Column({ type: 'varchar', length: 200, nullable: true })
  @ApiPropertyOptional({ type: String, nullable: true, example: '地方性假日' })
  note: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  @ApiProperty()
  createdAt: Date;
}
