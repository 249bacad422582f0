import { IsBoundedDateTime, IsOmittable } from '../../common/validation';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  ArrayUnique,
  IsArray,
  IsIn,
  IsInt,
  IsString,
  Length,
  Matches,
  Max,
  Min,
  ValidateNested,
} from 'class-validator';
import { TICKET_KINDS, TICKET_LEVELS, TicketKind, TicketLevel } from '../domain/ticket.types';
import { CHANNELS, CUSTOMER_TIERS, Channel, CustomerTier } from '../../common/vocabulary';

export const RISK_FLAGS = ['media_exposure', 'legal', 'mass_incident', 'repeat_complainant', 'regulator_supervised'] as const;
const CODE = /^[a-z][a-z0-9_]{0,63}$/;

export class AttachmentDto {
  @ApiProperty({ example: 'call-recording.mp3' })
  @IsString()
  @Length(1, 255)
  name: string;

  @ApiProperty({ example: 'audio/mpeg' })
  @IsString()
  @Matches(/^[\w.+-]+\/[\w.+-]+$/, { message: 'contentType must be a MIME type' })
  contentType: string;

  @ApiProperty({ example: 482133, description: 'Bytes' })
  @IsInt()
  @Min(0)
  @Max(10 * 1024 ** 3)
  size: number;

  @ApiProperty({ example: 's3://recordings/2026/11/22/abc.mp3', description: 'URL or storage key; blobs are not stored here' })
  @IsString()
  @Length(1, 2048)
  url: string;

  @ApiPropertyOptional({ example: 'sha256:9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08' })
  @IsOmittable()
  @IsString()
  @Length(1, 128)
  checksum?: string;
}

export class FileTicketDto {
  @ApiProperty({ enum: TICKET_KINDS, example: 'complaint' })
  @IsIn(TICKET_KINDS)
  kind: TicketKind;

  @ApiPropertyOptional({ enum: CHANNELS, description: "Defaults to the channel system's channel; required when staff file" })
  @IsOmittable()
  @IsIn(CHANNELS)
  channel?: Channel;

  @ApiPropertyOptional({
    example: 'HL-20261122-88812',
    description: "The channel's own reference; unique per channel system, makes filing idempotent",
  })
  @IsOmittable()
  @IsString()
  @Length(1, 128)
  externalRef?: string;

  @ApiPropertyOptional({ enum: TICKET_LEVELS, description: 'Proposed level; cross-province forces national' })
  @IsOmittable()
  @IsIn(TICKET_LEVELS)
  level?: TicketLevel;

  @ApiProperty({ example: '王芳' })
  @IsString()
  @Length(1, 100)
  customerName: string;

  @ApiProperty({ example: '13800138000' })
  @IsString()
  @Matches(/^\+?[0-9-]{5,20}$/, { message: 'customerPhone must be digits' })
  customerPhone: string;

  @ApiPropertyOptional({ example: '410105199001011234' })
  @IsOmittable()
  @IsString()
  @Matches(/^[0-9A-Za-z]{6,32}$/, { message: 'customerIdNumber must be 6-32 letters or digits' })
  customerIdNumber?: string;

  @ApiProperty({ enum: CUSTOMER_TIERS })
  @IsIn(CUSTOMER_TIERS)
  customerTier: CustomerTier;

  @ApiProperty({ example: 'HA', description: "Code of the customer's home provincial centre" })
  @IsString()
  @Matches(/^[A-Za-z0-9_-]{1,8}$/)
  homeProvince: string;

  @ApiPropertyOptional({ example: 'GD', description: 'Province where it happened (roaming); differs from home ⇒ national level' })
  @IsOmittable()
  @IsString()
  @Matches(/^[A-Za-z0-9_-]{1,8}$/)
  occurredProvince?: string;

  @ApiProperty({ example: 'mobile' })
  @Matches(CODE, { message: 'businessType must be a lower_snake code' })
  businessType: string;

  @ApiProperty({ example: ['network_quality'], type: [String] })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(10)
  @ArrayUnique()
  @Matches(CODE, { each: true, message: 'each nature must be a lower_snake code' })
  natures: string[];

  @ApiProperty({ example: '家中信号差，无法通话' })
  @IsString()
  @Length(1, 300)
  subject: string;

  @ApiProperty({ example: '近一周在家中无法正常接打电话' })
  @IsString()
  @Length(1, 20000)
  description: string;

  @ApiPropertyOptional({ example: '尽快修复信号' })
  @IsOmittable()
  @IsString()
  @Length(1, 4000)
  customerRequest?: string;

  @ApiPropertyOptional({ format: 'date-time' })
  @IsOmittable()
  @IsBoundedDateTime()
  occurredAt?: string;

  @ApiPropertyOptional({ example: '郑州市金水区' })
  @IsOmittable()
  @IsString()
  @Length(1, 300)
  occurredPlace?: string;

  @ApiPropertyOptional({ description: 'Person or department complained about' })
  @IsOmittable()
  @IsString()
  @Length(1, 300)
  complainedParty?: string;

  @ApiPropertyOptional({ example: 'phone' })
  @IsOmittable()
  @IsIn(['phone', 'sms', 'email', 'letter', 'app', 'none'])
  contactPreference?: string;

  @ApiPropertyOptional({ enum: RISK_FLAGS, isArray: true })
  @IsOmittable()
  @IsArray()
  @ArrayUnique()
  @IsIn(RISK_FLAGS, { each: true })
  riskFlags?: string[];

  @ApiProperty({ format: 'date-time', description: 'When the customer first reached the channel (intake stage starts here)' })
  @IsBoundedDateTime()
  contactedAt: string;

  @ApiPropertyOptional({ format: 'date-time', description: "Customer's own deadline; the stricter of it and the policy's commitment wins" })
  @IsOmittable()
  @IsBoundedDateTime()
  requestedDueAt?: string;

  @ApiPropertyOptional({ type: [AttachmentDto] })
  @IsOmittable()
  @IsArray()
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  @Type(() => AttachmentDto)
  attachments?: AttachmentDto[];
}

export class CustomerUpdateDto {
  @ApiProperty({ example: '客户补充：问题在夜间更严重' })
  @IsString()
  @Length(1, 4000)
  text: string;
}
