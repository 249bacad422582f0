/**
 * Writes openapi.json from the controllers' decorators, validates it against the OpenAPI
 * schema, generates the typed client's types (clients/typescript/schema.d.ts) from it, and with
 * --check fails when either committed file differs from the code.
 */
import 'reflect-metadata';
import SwaggerParser from '@apidevtools/swagger-parser';
import { NestFactory } from '@nestjs/core';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import openapiTS, { astToString, OpenAPI3 } from 'openapi-typescript';
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
  await SwaggerParser.validate(JSON.parse(text) as Parameters<typeof SwaggerParser.validate>[0]);
  const file = join(__dirname, '..', 'openapi.json');
  const typesFile = join(__dirname, '..', 'clients', 'typescript', 'schema.d.ts');
  const types = `${TYPES_HEADER}${astToString(await openapiTS(JSON.parse(text) as OpenAPI3))}`;
  if (process.argv.includes('--check')) {
    const stale = [
      readFileSync(file, 'utf8') !== text ? 'openapi.json' : null,
      readIfExists(typesFile) !== types ? 'clients/typescript/schema.d.ts' : null,
    ].filter((name) => name !== null);
    if (stale.length > 0) {
      process.stderr.write(`${stale.join(' and ')} out of date: run \`npm run openapi\` and commit\n`);
      process.exit(1);
    }
    process.stdout.write(`openapi.json and the client types: valid and up to date (${Object.keys(document.paths).length} paths)\n`);
    return;
  }
  writeFileSync(file, text);
  writeFileSync(typesFile, types);
  process.stdout.write(`openapi.json and clients/typescript/schema.d.ts written (${Object.keys(document.paths).length} paths)\n`);
}

const TYPES_HEADER = '/** Generated from openapi.json by `npm run openapi` (openapi-typescript); do not edit. */\n\n';

function readIfExists(path: string): string | null {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return null;
  }
}

main().catch((err) => {
  process.stderr.write(`${(err as Error).stack ?? err}\n`);
  process.exit(1);
});
