import { Global, Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { AuthController } from './auth.controller';
import { AuthGuard } from './auth.guard';
import { AuthService } from './auth.service';
import { CredentialCache } from './credential-cache';
import { CredentialsRepository } from './credentials.repository';
import { OidcController } from './oidc/oidc.controller';
import { OidcRepository } from './oidc/oidc.repository';
import { OidcService } from './oidc/oidc.service';
import { SessionRepository } from './sessions/session.repository';
import { SessionService } from './sessions/session.service';
import { SessionsController } from './sessions/sessions.controller';
import { StaffAccountsController } from './sessions/staff-accounts.controller';

@Global()
@Module({
  controllers: [AuthController, SessionsController, StaffAccountsController, OidcController],
  providers: [
    AuthService,
    CredentialsRepository,
    CredentialCache,
    SessionService,
    SessionRepository,
    OidcService,
    OidcRepository,
    { provide: APP_GUARD, useClass: AuthGuard },
  ],
  exports: [AuthService, SessionService],
})
export class AuthModule {}
