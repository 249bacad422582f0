import { plainToInstance, Transform } from 'class-transformer';
import { IsIn, IsInt, IsNumber, IsOptional, IsString, Matches, Max, Min, MinLength, validateSync } from 'class-validator';

/**
 * The one place that reads process.env. Every variable is validated at boot; a bad one stops
 * the process with a message naming it, so a misconfigured deployment never half-starts.
 */
export class EnvSchema {
  @IsString()
  @Matches(/^postgres(ql)?:\/\//, { message: 'DATABASE_URL must be a postgres:// URL' })
  DATABASE_URL = 'postgres://postgres@127.0.0.1:5432/workorders';

  @IsString()
  @Matches(/^rediss?:\/\//, { message: 'REDIS_URL must be a redis:// URL' })
  REDIS_URL = 'redis://127.0.0.1:6379';

  @Transform(({ value }) => (value === undefined ? value : Number(value)))
  @IsInt()
  @Min(0)
  @Max(65535)
  PORT = 3000;

  @IsIn(['api', 'worker', 'all'])
  APP_ROLE: 'api' | 'worker' | 'all' = 'all';

  /** Bootstrap admin credential (national-centre admin). Unset: no bootstrap admin exists. */
  @IsOptional()
  @IsString()
  @MinLength(16, { message: 'ADMIN_TOKEN must be at least 16 characters' })
  ADMIN_TOKEN?: string;

  @IsIn(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'])
  LOG_LEVEL = 'info';

  /** Prefix of every Redis key the service writes (BullMQ queues included), so deployments and test runs can share a Redis. */
  @IsString()
  @Matches(/^[A-Za-z0-9_:-]+$/, { message: 'REDIS_PREFIX may only contain letters, digits, _ : -' })
  REDIS_PREFIX = 'wo';

  /**
   * Demo/test only: compresses SLA time so that 1 policy hour lasts 3600/SLA_TIME_SCALE real seconds.
   * Refused unless NODE_ENV is 'test' or 'demo' (see validateEnv), so production always runs on real time.
   */
  @Transform(({ value }) => (value === undefined ? value : Number(value)))
  @IsNumber()
  @Min(1)
  SLA_TIME_SCALE = 1;

  @IsIn(['production', 'development', 'test', 'demo'])
  NODE_ENV = 'development';

  /** How far ahead (seconds) SLA timers are armed in Redis; later ones are armed by the reconciler. */
  @Transform(({ value }) => (value === undefined ? value : Number(value)))
  @IsInt()
  @Min(10)
  SLA_ARM_HORIZON_SECONDS = 3600;

  /** Period (seconds) of the SLA reconciler that fires missed deadlines and re-arms lost jobs. */
  @Transform(({ value }) => (value === undefined ? value : Number(value)))
  @IsNumber()
  @Min(0.2)
  SLA_RECONCILE_INTERVAL_SECONDS = 30;

  /** An open ticket unresolved this long (policy hours, scaled like every SLA duration) is upgraded in severity once. */
  @Transform(({ value }) => (value === undefined ? value : Number(value)))
  @IsNumber()
  @Min(1)
  AUTO_UPGRADE_AFTER_HOURS = 168;

  /** Period (milliseconds) of the outbox relay that fans events out to webhook deliveries and re-queues due retries. */
  @Transform(({ value }) => (value === undefined ? value : Number(value)))
  @IsInt()
  @Min(50)
  WEBHOOK_RELAY_INTERVAL_MS = 1000;

  /** Wait (milliseconds) before the first retry of a failed webhook delivery; doubles per retry up to an hour. */
  @Transform(({ value }) => (value === undefined ? value : Number(value)))
  @IsInt()
  @Min(10)
  WEBHOOK_RETRY_BASE_MS = 10_000;
}

export type AppConfig = Readonly<EnvSchema>;

export class ConfigError extends Error {}

export function validateEnv(env: Record<string, string | undefined>): AppConfig {
  const raw: Record<string, string> = {};
  for (const key of Object.keys(new EnvSchema())) {
    const value = env[key];
    if (value !== undefined && value !== '') raw[key] = value;
  }
  if (env.ADMIN_TOKEN) raw.ADMIN_TOKEN = env.ADMIN_TOKEN;
  const config = plainToInstance(EnvSchema, raw, { exposeDefaultValues: true });
  const errors = validateSync(config, { skipMissingProperties: false });
  if (errors.length > 0) {
    const lines = errors.map((e) => `${e.property}: ${Object.values(e.constraints ?? {}).join('; ')}`);
    throw new ConfigError(`Invalid configuration:\n  ${lines.join('\n  ')}`);
  }
  if (config.SLA_TIME_SCALE !== 1 && !['test', 'demo'].includes(config.NODE_ENV)) {
    throw new ConfigError('Invalid configuration:\n  SLA_TIME_SCALE: only allowed when NODE_ENV is test or demo');
  }
  return Object.freeze(config);
}

export const APP_CONFIG = Symbol('APP_CONFIG');

let cached: AppConfig | undefined;
/** Loads and validates the environment once per process. */
export function loadConfig(): AppConfig {
  cached ??= validateEnv(process.env);
  return cached;
}
