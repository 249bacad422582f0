import 'reflect-metadata';
import type { Server } from 'node:http';
import { loadConfig } from './config/app-config';
import { bootChecks, bootFailureText } from './health/boot';

const log = (line: string) => process.stdout.write(`${line}\n`);

async function main(): Promise<void> {
  const config = loadConfig();
  await bootChecks(config, [{ name: 'PORT', port: config.PORT }]);
  // The application is loaded only now: some modules read the configuration at import time.
  const { createApp } = await import('./bootstrap');
  const { installGracefulShutdown } = await import('./health/graceful-shutdown');
  const app = await createApp(config);
  await app.listen(config.PORT, '0.0.0.0');
  installGracefulShutdown(app, { graceSeconds: config.SHUTDOWN_GRACE_SECONDS, http: app.getHttpServer() as Server, log });
  const url = await app.getUrl();
  log(`work-order service (${config.APP_ROLE}) listening on ${url} — docs at ${url}/docs`);
}

main().catch((err) => {
  process.stderr.write(`${bootFailureText(err)}\n`);
  process.exit(1);
});
