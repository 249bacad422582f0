import { Global, Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { AuthController } from './auth.controller';
import { AuthGuard } from './auth.guard';
import { AuthService } from './auth.service';
import { CredentialCache } from './credential-cache';
import { OidcController } from './oidc/oidc.controller';
import { OidcService } from './oidc/oidc.service';
import { SessionService } from './sessions/session.service';
import { SessionsController } from './sessions/sessions.controller';
import { StaffAccountsController } from './sessions/staff-accounts.controller';

@Global()
@Module({
  controllers: [AuthController, SessionsController, StaffAccountsController, OidcController],
  providers: [AuthService, CredentialCache, SessionService, OidcService, { provide: APP_GUARD, useClass: AuthGuard }],
  exports: [AuthService, SessionService],
})
export class AuthModule {}
