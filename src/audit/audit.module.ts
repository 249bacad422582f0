import { Global, Module } from '@nestjs/common';
import { APP_INTERCEPTOR } from '@nestjs/core';
import { AuditController } from './audit.controller';
import { AuditInterceptor } from './audit.interceptor';
import { AuditService } from './audit.service';
import { AuditRepository } from './audit.repository';
import { AuditTargetRepository } from './audit-targets.repository';

@Global()
@Module({
  controllers: [AuditController],
  providers: [AuditService, AuditRepository, AuditTargetRepository, { provide: APP_INTERCEPTOR, useClass: AuditInterceptor }],
  exports: [AuditService],
})
export class AuditModule {}
