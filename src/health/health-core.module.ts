import { Global, Module } from '@nestjs/common';
import { DrainState } from './drain-state';
import { HealthRepository } from './health.repository';
import { ReadinessService } from './readiness.service';

/** Readiness probes and the shutdown state, for every process role. */
@Global()
@Module({
  providers: [DrainState, ReadinessService, HealthRepository],
  exports: [DrainState, ReadinessService],
})
export class HealthCoreModule {}
