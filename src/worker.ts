import 'reflect-metadata';
import { loadConfig } from './config/app-config';
import { bootChecks, bootFailureText } from './health/boot';

const log = (line: string) => process.stdout.write(`${line}\n`);

/** Worker process: timers, reconciler and outbox relay; health and metrics on WORKER_PORT, no API. */
async function main(): Promise<void> {
  const config = loadConfig();
  await bootChecks(config, [{ name: 'WORKER_PORT', port: config.WORKER_PORT }]);
  // The application is loaded only now: some modules read the configuration at import time.
  const { NestFactory } = await import('@nestjs/core');
  const { PinoLogger } = await import('./common/pino-logger');
  const { AppModule } = await import('./app.module');
  const { installGracefulShutdown } = await import('./health/graceful-shutdown');
  const { WorkerHttpServer } = await import('./health/worker-http.server');
  const app = await NestFactory.createApplicationContext(AppModule.forRoot(config, 'worker'), { bufferLogs: true });
  app.useLogger(app.get(PinoLogger));
  await app.init();
  const port = await app.get(WorkerHttpServer).listen();
  installGracefulShutdown(app, { graceSeconds: config.SHUTDOWN_GRACE_SECONDS, log });
  log(`work-order worker started; health and metrics on http://0.0.0.0:${port}`);
}

main().catch((err) => {
  process.stderr.write(`${bootFailureText(err)}\n`);
  process.exit(1);
});
