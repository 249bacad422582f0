import { LocationInterceptor } from './common/location.interceptor';
import { INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { SwaggerModule } from '@nestjs/swagger';
import { AppModule, AppModuleOptions } from './app.module';
import { serveConsole } from './common/console-static';
import { hardenHttp } from './common/http-hardening';
import { PinoLogger } from './common/pino-logger';
import { installInputBoundary } from './common/input-boundary';
import { createValidationPipe } from './common/validation';
import { AppConfig } from './config/app-config';
import { buildOpenApi } from './openapi';

/**
 * Builds the HTTP application (not listening) so main.ts, tests and scripts share one setup.
 * Signals are the entry point's business (installGracefulShutdown), so a test app never exits its runner.
 */
export async function createApp(config: AppConfig, opts: { logger?: boolean } & AppModuleOptions = {}): Promise<INestApplication> {
  // Without a logger Nest's own messages are dropped: it would otherwise print what it buffered once initialised.
  const logger = opts.logger === false ? { logger: false as const } : { bufferLogs: true };
  const app = await NestFactory.create(AppModule.forRoot(config, config.APP_ROLE, opts), { ...logger, abortOnError: false });
  if (opts.logger !== false) app.useLogger(app.get(PinoLogger));
  app.useGlobalPipes(createValidationPipe());
  app.useGlobalInterceptors(new LocationInterceptor());
  hardenHttp(app, config);
  installInputBoundary(app);
  serveConsole(app as NestExpressApplication);
  if (config.DOCS_ENABLED) SwaggerModule.setup('docs', app, buildOpenApi(app), { jsonDocumentUrl: 'docs-json' });
  return app;
}
