import { ApiProperty } from '@nestjs/swagger';
import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import type { OverrideKind } from './domain/unit-calendar';

/**
 * A year whose official holiday arrangement is known. A year without a row has no official
 * schedule: weekends are its only days off, and deadlines counted across it are provisional.
 */
@Entity('official_calendar_years')
export class OfficialCalendarYear {
  @PrimaryColumn({ type: 'int' })
  @ApiProperty({ example: 2027 })
  year: number;

  @Column({ type: 'varchar', length: 200 })
  @ApiProperty({ example: 'chinese-days 1.5.7', description: 'Where the schedule came from: the shipped package or an import' })
  source: string;

  @Column({ type: 'timestamptz' })
  @ApiProperty()
  importedAt: Date;
}

/** An official exception to Monday–Friday: a public holiday or a make-up working day (调休). */
@Entity('official_calendar_days')
@Index('ix_official_calendar_days_year', ['year'])
@Check('ck_official_calendar_days_kind', `"kind" IN ('holiday', 'workday')`)
@Check('ck_official_calendar_days_in_year', `date_part('year', "date") = "year"`)
export class OfficialCalendarDay {
  @PrimaryColumn({ type: 'date' })
  date: string;

  @Column({ type: 'int' })
  year: number;

  @ManyToOne(() => OfficialCalendarYear, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'year' })
  schedule?: OfficialCalendarYear;

  @Column({ type: 'varchar', length: 16 })
  kind: OverrideKind;

  @Column({ type: 'varchar', length: 200, nullable: true })
  name: string | null;
}
