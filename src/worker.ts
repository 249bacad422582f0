import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { Logger } from 'nestjs-pino';
import { AppModule } from './app.module';
import { loadConfig } from './config/app-config';
import { bootChecks, bootFailureText } from './health/boot';
import { installGracefulShutdown } from './health/graceful-shutdown';
import { WorkerHttpServer } from './health/worker-http.server';

const log = (line: string) => process.stdout.write(`${line}\n`);

/** Worker process: timers, reconciler and outbox relay; health and metrics on WORKER_PORT, no API. */
async function main(): Promise<void> {
  const config = loadConfig();
  await bootChecks(config, [{ name: 'WORKER_PORT', port: config.WORKER_PORT }]);
  const app = await NestFactory.createApplicationContext(AppModule.forRoot(config, 'worker'), { bufferLogs: true });
  app.useLogger(app.get(Logger));
  await app.init();
  installGracefulShutdown(app, { graceSeconds: config.SHUTDOWN_GRACE_SECONDS, log });
  log(`work-order worker started; health and metrics on http://0.0.0.0:${app.get(WorkerHttpServer).port}`);
}

main().catch((err) => {
  process.stderr.write(`${bootFailureText(err)}\n`);
  process.exit(1);
});
