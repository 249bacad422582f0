import { PageOf } from '../../common/page-query';
import { IsOmittable } from '../../common/validation';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsInt, IsString, IsUUID, Length, Matches, Max, Min } from 'class-validator';
import { CHANNELS, Channel, ORG_TIERS, OrgTier, STAFF_ROLES, StaffRole } from '../../common/vocabulary';
import { ChannelSystem, StaffToken, StaffUser } from '../credentials.entity';

export class CreateChannelSystemDto {
  @ApiProperty({ example: 'Henan 10086 hotline' })
  @IsString()
  @Length(1, 200)
  name: string;

  @ApiProperty({ enum: CHANNELS })
  @IsIn(CHANNELS)
  channel: Channel;

  @ApiProperty({ format: 'uuid', description: 'Provincial centre or national centre' })
  @IsUUID()
  orgUnitId: string;
}

export class ChannelSystemCreated {
  @ApiProperty({ type: ChannelSystem })
  channelSystem: ChannelSystem;

  @ApiProperty({ description: 'Shown once; send it as the X-Api-Key header' })
  apiKey: string;
}

export class CreateStaffDto {
  @ApiProperty({ example: '张伟' })
  @IsString()
  @Length(1, 200)
  name: string;

  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  orgUnitId: string;

  @ApiProperty({ enum: STAFF_ROLES })
  @IsIn(STAFF_ROLES)
  role: StaffRole;

  @ApiPropertyOptional({ example: 'zhangwei', description: 'Sign-in name (stored lower-case), also what single sign-on matches' })
  @IsOmittable()
  @IsString()
  @Matches(/^[A-Za-z0-9][A-Za-z0-9._@-]{2,99}$/, {
    message: 'username must be 3–100 letters, digits or . _ @ -, starting with a letter or digit',
  })
  username?: string;
}

export class IssueTokenDto {
  @ApiPropertyOptional({ description: 'Lifetime in hours; omitted = until revoked', minimum: 1, maximum: 8760 })
  @IsOmittable()
  @IsInt()
  @Min(1)
  @Max(8760)
  ttlHours?: number;
}

export class TokenIssued {
  @ApiProperty({ description: 'Shown once; send it as `Authorization: Bearer <token>`' })
  token: string;

  @ApiProperty({ type: StaffToken })
  tokenInfo: StaffToken;
}

export class MeResponse {
  @ApiProperty({ enum: ['staff', 'channel', 'admin'] }) kind: string;
  @ApiProperty() id: string;
  @ApiProperty() role: string;
  @ApiProperty({ type: String, nullable: true }) unitId: string | null;
  @ApiProperty({ enum: ORG_TIERS }) tier: OrgTier;
  @ApiProperty({ type: String, nullable: true }) provinceId: string | null;
}

export class ChannelSystemPage extends PageOf(ChannelSystem, 'ChannelSystemPage') {}
export class StaffUserPage extends PageOf(StaffUser, 'StaffUserPage') {}
