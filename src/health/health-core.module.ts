import { Global, Module } from '@nestjs/common';
import { DrainState } from './drain-state';
import { ReadinessService } from './readiness.service';

/** Readiness probes and the shutdown state, for every process role. */
@Global()
@Module({
  providers: [DrainState, ReadinessService],
  exports: [DrainState, ReadinessService],
})
export class HealthCoreModule {}
