import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

/** A dispatch rule (province, business type, nature, customer tier → target unit); null criteria are wildcards. */
@Entity('routing_rules')
export class RoutingRuleEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ type: 'varchar', length: 200 }) name: string;
  @Column({ type: 'uuid', nullable: true }) provinceUnitId: string | null;
  @Column({ type: 'varchar', length: 64, nullable: true }) businessType: string | null;
  @Column({ type: 'varchar', length: 64, nullable: true }) nature: string | null;
  @Column({ type: 'varchar', length: 8, nullable: true }) customerTier: string | null;
  @Column({ type: 'uuid' }) targetUnitId: string;
  @Column({ type: 'varchar', length: 8, default: 'suggest' }) mode: 'auto' | 'suggest';
  @Column({ type: 'int', default: 100 }) priority: number;
  @Column({ type: 'boolean', default: true }) enabled: boolean;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt: Date;
  @UpdateDateColumn({ type: 'timestamptz' }) updatedAt: Date;
}
