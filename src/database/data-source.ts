import 'reflect-metadata';
import { join } from 'node:path';
import { DataSource, DataSourceOptions } from 'typeorm';
import { loadConfig } from '../config/app-config';
import { SnakeNamingStrategy } from './snake-naming.strategy';

/** One definition for the app and the TypeORM CLI; schema changes only through migrations. */
export function dataSourceOptions(url: string): DataSourceOptions {
  return {
    type: 'postgres',
    url,
    entities: [join(__dirname, '..', '**', '*.entity.{ts,js}')],
    migrations: [join(__dirname, '..', '..', 'migrations', '*.{ts,js}')],
    migrationsTableName: 'schema_migrations',
    namingStrategy: new SnakeNamingStrategy(),
    // gen_random_uuid() is built into PostgreSQL 13+; no extension needed.
    uuidExtension: 'pgcrypto',
    synchronize: false,
    migrationsRun: false,
    // A database that accepts connections but never answers (a network partition) must fail a
    // request as a 503 rather than hold it forever; the same bound sheds requests queued for a
    // pooled connection longer than that.
    extra: { max: 20, connectionTimeoutMillis: 5_000 },
  };
}

/** Used by the TypeORM CLI (migration:run / migration:generate). */
export default new DataSource(dataSourceOptions(loadConfig().DATABASE_URL));
