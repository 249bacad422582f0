import { Module } from '@nestjs/common';
import { WorkerHttpServer } from './worker-http.server';

/** Worker role only: health and metrics on WORKER_PORT (the API role serves them on its own port). */
@Module({
  providers: [WorkerHttpServer],
  exports: [WorkerHttpServer],
})
export class WorkerHttpModule {}
