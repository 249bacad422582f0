import { INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { SwaggerModule } from '@nestjs/swagger';
import { Logger } from 'nestjs-pino';
import { AppModule, AppModuleOptions } from './app.module';
import { installInputBoundary } from './common/input-boundary';
import { createValidationPipe } from './common/validation';
import { AppConfig } from './config/app-config';
import { buildOpenApi } from './openapi';

/** Builds the HTTP application (not listening) so main.ts, tests and scripts share one setup. */
export async function createApp(config: AppConfig, opts: { logger?: boolean } & AppModuleOptions = {}): Promise<INestApplication> {
  const app = await NestFactory.create(AppModule.forRoot(config, config.APP_ROLE, opts), { bufferLogs: true, abortOnError: false });
  if (opts.logger !== false) app.useLogger(app.get(Logger));
  installInputBoundary(app);
  app.useGlobalPipes(createValidationPipe());
  app.enableShutdownHooks();
  const document = buildOpenApi(app);
  SwaggerModule.setup('docs', app, document, { jsonDocumentUrl: 'docs-json' });
  return app;
}
