/**
 * Writes openapi.json from the controllers' decorators, validates it against the OpenAPI
 * schema, and with --check fails when the committed file differs from the code.
 */
import 'reflect-metadata';
import SwaggerParser from '@apidevtools/swagger-parser';
import { NestFactory } from '@nestjs/core';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { AppModule } from '../src/app.module';
import { validateEnv } from '../src/config/app-config';
import { buildOpenApi } from '../src/openapi';

async function main(): Promise<void> {
  const config = validateEnv({ ...process.env, APP_ROLE: 'api', LOG_LEVEL: 'silent' });
  // Preview mode builds the module graph without instantiating providers: no database needed.
  const app = await NestFactory.create(AppModule.forRoot(config), { preview: true, logger: false });
  const document = buildOpenApi(app);
  await app.close();
  const text = `${JSON.stringify(document, null, 2)}\n`;
  await SwaggerParser.validate(JSON.parse(text));
  const file = join(__dirname, '..', 'openapi.json');
  if (process.argv.includes('--check')) {
    const committed = readFileSync(file, 'utf8');
    if (committed !== text) {
      process.stderr.write('openapi.json is out of date: run `npm run openapi` and commit it\n');
      process.exit(1);
    }
    process.stdout.write(`openapi.json: valid and up to date (${Object.keys(document.paths).length} paths)\n`);
    return;
  }
  writeFileSync(file, text);
  process.stdout.write(`openapi.json written and valid (${Object.keys(document.paths).length} paths)\n`);
}

main().catch((err) => {
  process.stderr.write(`${(err as Error).stack ?? err}\n`);
  process.exit(1);
});
