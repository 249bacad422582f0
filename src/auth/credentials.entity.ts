import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { OrgUnit } from '../org/org-unit.entity';
import { CHANNELS, Channel, STAFF_ROLES, StaffRole } from '../common/vocabulary';

/** A channel system (hotline, web, app, regulator feed...) that files tickets with an API key. */
@Entity('channel_systems')
export class ChannelSystem {
  @PrimaryGeneratedColumn('uuid')
  @ApiProperty({ format: 'uuid' })
  id: string;

  @Column({ type: 'varchar', length: 200 })
  @ApiProperty({ example: 'Henan 10086 hotline' })
  name: string;

  @Column({ type: 'varchar', length: 32 })
  @ApiProperty({ enum: CHANNELS })
  channel: Channel;

  @Column({ type: 'uuid' })
  @Index()
  @ApiProperty({ format: 'uuid', description: 'Provincial centre or national centre the system files for' })
  orgUnitId: string;

  @ManyToOne(() => OrgUnit, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'org_unit_id' })
  orgUnit?: OrgUnit;

  @Column({ type: 'varchar', length: 16 })
  @ApiProperty({ description: 'First characters of the key, to recognise it in lists' })
  keyPrefix: string;

  /** sha256 of the key; keys are 256-bit random, so a fast hash is enough and keeps lookups indexable. */
  @Column({ type: 'char', length: 64, unique: true, select: false })
  keyHash: string;

  @CreateDateColumn({ type: 'timestamptz' })
  @ApiProperty()
  createdAt: Date;

  @Column({ type: 'timestamptz', nullable: true })
  @ApiPropertyOptional({ type: String, format: 'date-time', nullable: true })
  revokedAt: Date | null;
}

@Entity('staff_users')
export class StaffUser {
  @PrimaryGeneratedColumn('uuid')
  @ApiProperty({ format: 'uuid' })
  id: string;

  @Column({ type: 'varchar', length: 200 })
  @ApiProperty({ example: '张伟' })
  name: string;

  @Column({ type: 'uuid' })
  @Index()
  @ApiProperty({ format: 'uuid' })
  orgUnitId: string;

  @ManyToOne(() => OrgUnit, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'org_unit_id' })
  orgUnit?: OrgUnit;

  @Column({ type: 'varchar', length: 16 })
  @ApiProperty({ enum: STAFF_ROLES })
  role: StaffRole;

  /**
   * Sign-in name, stored lower-case: typed at the password form, and the value the identity
   * provider's configured claim must carry for single sign-on. Null: the member cannot sign in.
   */
  @Column({ type: 'varchar', length: 100, nullable: true })
  @Index('ux_staff_users_username', { unique: true })
  @ApiPropertyOptional({ type: String, nullable: true, example: 'zhangwei' })
  username: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  @ApiProperty()
  createdAt: Date;

  @Column({ type: 'timestamptz', nullable: true })
  @ApiPropertyOptional({ type: String, format: 'date-time', nullable: true })
  disabledAt: Date | null;
}

/** Opaque bearer token of a staff user; only its sha256 is stored. */
@Entity('staff_tokens')
export class StaffToken {
  @PrimaryGeneratedColumn('uuid')
  @ApiProperty({ format: 'uuid' })
  id: string;

  @Column({ type: 'uuid' })
  @Index()
  @ApiProperty({ format: 'uuid' })
  staffId: string;

  @ManyToOne(() => StaffUser, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'staff_id' })
  staff?: StaffUser;

  @Column({ type: 'char', length: 64, unique: true, select: false })
  tokenHash: string;

  @Column({ type: 'varchar', length: 16 })
  @ApiProperty()
  tokenPrefix: string;

  @CreateDateColumn({ type: 'timestamptz' })
  @ApiProperty()
  createdAt: Date;

  @Column({ type: 'timestamptz', nullable: true })
  @ApiPropertyOptional({ type: String, format: 'date-time', nullable: true })
  expiresAt: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  @ApiPropertyOptional({ type: String, format: 'date-time', nullable: true })
  revokedAt: Date | null;
}
