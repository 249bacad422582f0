import 'reflect-metadata';
import { ConfigError, loadConfig } from './config/app-config';
import { prepareDatabase } from './database/migrate';
import { createApp } from './bootstrap';

async function main(): Promise<void> {
  const config = loadConfig();
  await prepareDatabase(config.DATABASE_URL);
  const app = await createApp(config);
  await app.listen(config.PORT, '0.0.0.0');
  const url = await app.getUrl();
  process.stdout.write(`work-order service (${config.APP_ROLE}) listening on ${url} — docs at ${url}/docs\n`);
}

main().catch((err) => {
  process.stderr.write(`${err instanceof ConfigError ? err.message : (err as Error).stack}\n`);
  process.exit(1);
});
