import { DynamicModule, Module } from '@nestjs/common';
import { APP_FILTER } from '@nestjs/core';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuthModule } from './auth/auth.module';
import { loggingModule } from './common/logging.module';
import { ProblemDetailsFilter } from './common/problem-details.filter';
import { AppConfig } from './config/app-config';
import { ConfigModule } from './config/config.module';
import { dataSourceOptions } from './database/data-source';
import { HealthModule } from './health/health.module';
import { OrgModule } from './org/org.module';
import { RedisModule } from './redis/redis.module';

/** Modules every process role needs: config, logs, Postgres, Redis. */
export function coreImports(config: AppConfig) {
  return [ConfigModule.forRoot(config), loggingModule(config), TypeOrmModule.forRoot(dataSourceOptions(config.DATABASE_URL)), RedisModule];
}

/** Composes the modules of a process role: `api` serves HTTP, `worker` runs timers and relays, `all` both. */
@Module({})
export class AppModule {
  static forRoot(config: AppConfig, role: AppConfig['APP_ROLE'] = config.APP_ROLE): DynamicModule {
    const api = [AuthModule, OrgModule, HealthModule];
    return {
      module: AppModule,
      imports: [...coreImports(config), ...(role === 'worker' ? [] : api)],
      providers: [{ provide: APP_FILTER, useClass: ProblemDetailsFilter }],
    };
  }
}
