import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsBoolean, IsIn, IsString, Length, Matches, ValidateIf } from 'class-validator';
import { PageQuery } from '../../../common/page-query';
import { IsOmittable } from '../../../common/validation';
import { STAFF_ROLES, StaffRole } from '../../../common/vocabulary';

export class SignInDto {
  @ApiProperty({ example: 'zhangwei' })
  @IsString()
  @Length(1, 100)
  username: string;

  @ApiProperty({ format: 'password', example: 'correct horse battery staple' })
  @IsString()
  @Length(1, 256)
  password: string;
}

export class SignedIn {
  @ApiProperty({ format: 'uuid' }) staffId: string;
  @ApiProperty({ format: 'uuid' }) sessionId: string;
  @ApiProperty({ format: 'date-time', description: 'Absolute end of the session' }) expiresAt: string;
  @ApiProperty({ description: 'The session ends after this many seconds without a request' }) idleTimeoutSeconds: number;
  @ApiProperty({
    description:
      'Send it as the X-CSRF-Token header on every request other than GET made with the session cookie (also set as a readable cookie)',
  })
  csrfToken: string;
  @ApiProperty({ description: 'True after an administrator set a temporary password: until it is changed, the session may only change it' })
  mustChangePassword: boolean;
}

export class ChangePasswordDto {
  @ApiProperty({ format: 'password' })
  @IsString()
  @Length(1, 256)
  currentPassword: string;

  @ApiProperty({ format: 'password', minLength: 12, maxLength: 256 })
  @IsString()
  @Length(1, 256)
  newPassword: string;
}

export class PasswordChanged {
  @ApiProperty({ type: SignedIn, nullable: true, description: 'The new session replacing the ones that ended (cookie callers only)' })
  session: SignedIn | null;
}

export class SignedOut {
  @ApiProperty({
    type: String,
    nullable: true,
    description:
      "The identity provider's logout address, when the session came from single sign-on: send the browser there to end it at the provider too",
  })
  endSessionUrl: string | null;
}

export class UpdateStaffAccountDto {
  @ApiPropertyOptional({ example: '张伟' })
  @IsOmittable()
  @IsString()
  @Length(1, 200)
  name?: string;

  @ApiPropertyOptional({ enum: STAFF_ROLES, description: 'A change of role ends the member’s sessions' })
  @IsOmittable()
  @IsIn(STAFF_ROLES)
  role?: StaffRole;

  @ApiPropertyOptional({
    type: String,
    nullable: true,
    example: 'zhangwei',
    description: 'Sign-in name (stored lower-case), also what single sign-on matches; null removes it',
  })
  @ValidateIf((_o, v) => v !== undefined && v !== null)
  @IsString()
  @Matches(/^[A-Za-z0-9][A-Za-z0-9._@-]{2,99}$/, {
    message: 'username must be 3–100 letters, digits or . _ @ -, starting with a letter or digit',
  })
  username?: string | null;

  @ApiPropertyOptional({ description: 'Disabling ends every session and stops every token of the member' })
  @IsOmittable()
  @IsBoolean()
  disabled?: boolean;
}

export class PasswordReset {
  @ApiProperty({ description: 'Shown once; hand it over out of band. It works for one sign-in, which must change it' })
  temporaryPassword: string;
  @ApiProperty({ enum: [true] }) mustChangePassword: true;
}

export class SessionView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ enum: ['password', 'oidc'] }) method: 'password' | 'oidc';
  @ApiProperty({ format: 'date-time' }) createdAt: string;
  @ApiProperty({ format: 'date-time' }) lastSeenAt: string;
  @ApiProperty({ format: 'date-time', description: 'Absolute end' }) expiresAt: string;
  @ApiProperty({ format: 'date-time', description: 'End if no request comes before' }) idleExpiresAt: string;
  @ApiProperty({ description: 'Neither revoked nor expired' }) active: boolean;
  @ApiProperty({ type: String, nullable: true, format: 'date-time' }) revokedAt: string | null;
  @ApiProperty({
    type: String,
    nullable: true,
    example: 'signed_out',
    description: 'signed_out, revoked, password_changed, password_reset, account_disabled, role_changed, provider_logout',
  })
  revokedReason: string | null;
  @ApiProperty({ type: String, nullable: true, description: 'Client address at sign-in' }) address: string | null;
  @ApiProperty({ type: String, nullable: true }) userAgent: string | null;
}

export class SessionPage {
  @ApiProperty({ type: [SessionView] }) items: SessionView[];
  @ApiProperty({ type: String, nullable: true }) nextCursor: string | null;
}

export class ListSessionsQuery extends PageQuery {}
