import { plainToInstance, Transform } from 'class-transformer';
import { IsBoolean, IsIn, IsInt, IsNumber, IsOptional, IsString, Matches, Max, Min, MinLength, validateSync } from 'class-validator';
import { RETENTION_PATTERN } from '../database/partitions/partitioned-tables';
import { parseAllowList } from '../notifications/webhook-url-policy';
import { decodeKey, keyWeakness, MasterKey, parseMasterKeys } from '../pii/pii-crypto';
import { PREFIX_PATTERN, redisTopologyProblems } from '../redis/redis-connection';
import { redisUrlProblem } from '../redis/redis-url';

const toNumber = ({ value }: { value: unknown }) => (value === undefined ? value : Number(value));
const toBoolean = ({ value }: { value: unknown }) =>
  typeof value === 'string'
    ? (({ true: true, '1': true, false: false, '0': false } as Record<string, boolean>)[value.toLowerCase()] ?? value)
    : value;

/** Development and test keys, published here and so refused in production (see piiKeyProblems). */
const DEV_PII_MASTER_KEYS = 'dev:P23l1YfxNCzfzxGqwdytpO5wGyrREk6zElAbcK8hNpY=';
const DEV_PII_INDEX_KEY = 'tnZmJS43ZPRt3AJAvEVIbiaGuqJxEz/7Hrw7muc2fvE=';

/**
 * The one place that reads process.env. Every variable is validated at boot; a bad one stops
 * the process with a message naming it, so a misconfigured deployment never half-starts.
 */
export class EnvSchema {
  @IsString()
  @Matches(/^postgres(ql)?:\/\//, { message: 'DATABASE_URL must be a postgres:// URL' })
  DATABASE_URL = 'postgres://postgres@127.0.0.1:5432/workorders';

  /**
   * A connection straight to Postgres (not through a transaction-mode pooler such as PgBouncer) for what
   * needs a session of its own: the change feed's LISTEN, the leader's advisory lock and the migrations'
   * lock at start. Unset: DATABASE_URL, which is right whenever that one is not a transaction pooler.
   */
  @IsOptional()
  @IsString()
  @Matches(/^postgres(ql)?:\/\//, { message: 'DATABASE_DIRECT_URL must be a postgres:// URL' })
  DATABASE_DIRECT_URL?: string = undefined;

  /**
   * Streaming replicas (comma-separated postgres:// URLs) that serve staff reads: queues, KPIs, search
   * and exports. Empty: every read goes to the primary.
   */
  @IsString()
  @Matches(/^(\s*postgres(ql)?:\/\/[^,\s]+\s*)(,\s*postgres(ql)?:\/\/[^,\s]+\s*)*$|^$/, {
    message: 'DATABASE_REPLICA_URLS must be comma-separated postgres:// URLs',
  })
  DATABASE_REPLICA_URLS = '';

  /** A replica further behind the primary than this is not read from (its reads go to the primary). */
  @Transform(toNumber)
  @IsInt()
  @Min(100)
  @Max(3_600_000)
  DATABASE_REPLICA_MAX_LAG_MS = 5000;

  /** How often each replica's lag is measured. */
  @Transform(toNumber)
  @IsInt()
  @Min(50)
  @Max(60_000)
  DATABASE_REPLICA_PROBE_MS = 500;

  @IsString()
  @Matches(/^rediss?:\/\//, { message: 'REDIS_URL must be a redis:// URL' })
  REDIS_URL = 'redis://127.0.0.1:6379';

  @Transform(toNumber)
  @IsInt()
  @Min(0)
  @Max(65535)
  PORT = 3000;

  /**
   * Send the hot statements (filing, the ticket writer's locks and reads) as named prepared statements,
   * parsed and planned once per connection (planning the filing statement costs Postgres more than
   * running it). Unset, it follows the deployment: on when `DATABASE_DIRECT_URL` is unset (then
   * `DATABASE_URL` is Postgres itself), off when it is set (then `DATABASE_URL` is a pooler in
   * transaction mode, which before PgBouncer 1.21 hands each transaction another server connection,
   * where the name is unknown). See `namedStatements`.
   */
  @Transform(toBoolean)
  @IsOptional()
  @IsBoolean({ message: 'DATABASE_NAMED_STATEMENTS must be true or false' })
  DATABASE_NAMED_STATEMENTS?: boolean = undefined;

  @IsIn(['api', 'worker', 'all'])
  APP_ROLE: 'api' | 'worker' | 'all' = 'all';

  /**
   * Bootstrap admin credential (national-centre admin). Unset: no bootstrap admin exists.
   * In production a published default or weak value is refused at boot (see secretWeakness).
   */
  @IsOptional()
  @IsString()
  @MinLength(16, { message: 'ADMIN_TOKEN must be at least 16 characters' })
  ADMIN_TOKEN?: string = undefined;

  @IsIn(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'])
  LOG_LEVEL = 'info';

  /**
   * Master keys that wrap the data keys encrypting customers' names, phones and ID numbers:
   * `id:base64key` entries (32 random bytes each), comma-separated, the first the current one; the
   * others are kept to unwrap data keys not yet rewrapped (npm run pii:rotate). The development default
   * is refused in production.
   */
  @IsString()
  PII_MASTER_KEYS = DEV_PII_MASTER_KEYS;

  /** Key of the blind index (HMAC-SHA256) that finds a customer's tickets by phone or ID number; 32 random bytes in base64. */
  @IsString()
  PII_INDEX_KEY = DEV_PII_INDEX_KEY;

  /**
   * Prefix of every Redis key the service writes (BullMQ queues included), so deployments and test runs can share a Redis.
   * May hold one hash tag (`{wo}`), which a Redis Cluster requires: it then hashes only the tag, so every key lands in one slot.
   */
  @IsString()
  @Matches(PREFIX_PATTERN, { message: 'REDIS_PREFIX may only contain letters, digits, _ : - and one {hash tag}' })
  REDIS_PREFIX = 'wo';

  /** Redis Cluster: comma-separated host:port of some of its nodes (the rest are discovered). REDIS_URL then only supplies credentials and TLS. */
  @IsOptional()
  @IsString()
  REDIS_CLUSTER_NODES?: string = undefined;

  /** Redis Sentinel: comma-separated host:port of the sentinels. REDIS_URL then supplies credentials, TLS and the database, not the host. */
  @IsOptional()
  @IsString()
  REDIS_SENTINELS?: string = undefined;

  /** The master name the sentinels monitor (`sentinel monitor <name> …`). */
  @IsOptional()
  @IsString()
  @Matches(/^[A-Za-z0-9_.-]+$/, { message: 'REDIS_SENTINEL_MASTER may only contain letters, digits, _ . -' })
  REDIS_SENTINEL_MASTER?: string = undefined;

  /** Password of the sentinels themselves (`requirepass` in sentinel.conf), when they have one; the master's is in REDIS_URL. */
  @IsOptional()
  @IsString()
  REDIS_SENTINEL_PASSWORD?: string = undefined;

  /**
   * Demo/test only: compresses SLA time so that 1 policy hour lasts 3600/SLA_TIME_SCALE real seconds.
   * Refused unless NODE_ENV is 'test' or 'demo' (see validateEnv), so production always runs on real time.
   */
  @Transform(toNumber)
  @IsNumber()
  @Min(1)
  SLA_TIME_SCALE = 1;

  @IsIn(['production', 'development', 'test', 'demo'])
  NODE_ENV = 'development';

  /** How far ahead (seconds) SLA timers are armed in Redis; later ones are armed by the reconciler. */
  @Transform(toNumber)
  @IsInt()
  @Min(10)
  SLA_ARM_HORIZON_SECONDS = 3600;

  /** Period (seconds) of the SLA reconciler that fires missed deadlines and re-arms lost jobs. */
  @Transform(toNumber)
  @IsNumber()
  @Min(0.2)
  SLA_RECONCILE_INTERVAL_SECONDS = 30;

  /**
   * How often the leader of periodic work checks that its session (and so its advisory lock) is alive;
   * a leader that cannot tell stops running periodic work until it has the lock again.
   */
  @Transform(toNumber)
  @IsInt()
  @Min(100)
  @Max(60_000)
  LEADER_HEARTBEAT_MS = 1000;

  /** An open ticket unresolved this long (policy hours, scaled like every SLA duration) is upgraded in severity once. */
  @Transform(toNumber)
  @IsNumber()
  @Min(1)
  AUTO_UPGRADE_AFTER_HOURS = 168;

  /**
   * Days a ticket keeps its customer's personal data after it is archived; then the leader of periodic
   * work anonymises it (src/privacy). KPIs and repeat-complaint links are kept.
   */
  @Transform(toNumber)
  @IsInt()
  @Min(1)
  @Max(36_500)
  PII_RETENTION_DAYS_AFTER_ARCHIVE = 730;

  /** Period (seconds) of the retention pass that anonymises tickets archived longer than PII_RETENTION_DAYS_AFTER_ARCHIVE. */
  @Transform(toNumber)
  @IsInt()
  @Min(1)
  PII_RETENTION_INTERVAL_SECONDS = 3600;

  /** Period (milliseconds) of the outbox relay that fans events out to webhook deliveries and re-queues due retries. */
  @Transform(toNumber)
  @IsInt()
  @Min(50)
  WEBHOOK_RELAY_INTERVAL_MS = 1000;

  /** Months ahead of the current one (UTC) whose partitions of the append-only tables the leader keeps created. */
  @Transform(toNumber)
  @IsInt()
  @Min(1)
  @Max(24)
  PARTITION_MONTHS_AHEAD = 3;

  /**
   * Months kept attached per partitioned table besides the current one, as `table=months` pairs
   * (`outbox=3,webhook_deliveries=6`); older months are detached by the leader. A table not named
   * (ticket_events, audit_events, pii_access_log by default) keeps every month.
   */
  @IsString()
  @Matches(RETENTION_PATTERN, {
    message:
      'PARTITION_RETENTION_MONTHS must be table=months pairs (1-999) of ticket_events, outbox, webhook_deliveries, audit_events, pii_access_log',
  })
  PARTITION_RETENTION_MONTHS = 'outbox=3,webhook_deliveries=6';

  /** Period (seconds) of partition upkeep: creating months ahead, moving rows out of the default partition, detaching past retention. */
  @Transform(toNumber)
  @IsNumber()
  @Min(1)
  PARTITION_UPKEEP_INTERVAL_SECONDS = 3600;

  /** Wait (milliseconds) before the first retry of a failed webhook delivery; doubles per retry up to an hour. */
  @Transform(toNumber)
  @IsInt()
  @Min(10)
  WEBHOOK_RETRY_BASE_MS = 10_000;

  /**
   * Hosts, addresses or CIDR ranges a webhook may target although they are loopback, private or
   * link-local (comma-separated, e.g. `hooks.corp.internal,10.20.0.0/16`). Empty: only public addresses.
   */
  @IsString()
  WEBHOOK_ALLOWED_HOSTS = '';

  /** Requests one credential (or one client address without a credential) may make per window. */
  @Transform(toNumber)
  @IsInt()
  @Min(1)
  THROTTLE_LIMIT = 1200;

  /** Requests one client address may make per window whatever credentials it presents (bounds floods of made-up tokens). */
  @Transform(toNumber)
  @IsInt()
  @Min(1)
  THROTTLE_ADDRESS_LIMIT = 6000;

  /** Length of the rate-limit window. */
  @Transform(toNumber)
  @IsInt()
  @Min(1)
  @Max(86_400)
  THROTTLE_TTL_SECONDS = 60;

  /** Reverse proxies in front of the service whose X-Forwarded-For is believed (0: the socket address is the client). */
  @Transform(toNumber)
  @IsInt()
  @Min(0)
  @Max(10)
  TRUST_PROXY = 0;

  /** Serve /metrics; defaults to on outside production. */
  @Transform(toBoolean)
  @IsOptional()
  @IsBoolean({ message: 'METRICS_ENABLED must be true or false' })
  METRICS_ENABLED?: boolean = undefined;

  /** When set, /metrics needs `Authorization: Bearer <METRICS_TOKEN>`. */
  @IsOptional()
  @IsString()
  @MinLength(16, { message: 'METRICS_TOKEN must be at least 16 characters' })
  METRICS_TOKEN?: string = undefined;

  /** Serve Swagger UI at /docs and the document at /docs-json; defaults to on outside production. */
  @Transform(toBoolean)
  @IsOptional()
  @IsBoolean({ message: 'DOCS_ENABLED must be true or false' })
  DOCS_ENABLED?: boolean = undefined;

  /** When set, /docs needs HTTP Basic (any user name, this password) or `Authorization: Bearer <DOCS_TOKEN>`. */
  @IsOptional()
  @IsString()
  @MinLength(16, { message: 'DOCS_TOKEN must be at least 16 characters' })
  DOCS_TOKEN?: string = undefined;

  // Operations: process lifecycle, the worker's own endpoints, the queue dashboard.

  /** Port of the worker role's /health and /metrics listener; 0 picks a free port (printed at start). */
  @Transform(toNumber)
  @IsInt()
  @Min(0)
  @Max(65535)
  WORKER_PORT = 3001;

  /** After SIGTERM, readiness fails at once, in-flight requests and jobs finish, and the process exits within this many seconds whatever Postgres or Redis do. */
  @Transform(toNumber)
  @IsNumber()
  @Min(1)
  @Max(600)
  SHUTDOWN_GRACE_SECONDS = 10;

  /** How long a starting process waits for Postgres and Redis to accept connections before it stops with a one-line error. */
  @Transform(toNumber)
  @IsNumber()
  @Min(0)
  @Max(600)
  BOOT_WAIT_SECONDS = 30;

  // People signing in: password sessions, single sign-on, the throttling of failed attempts.

  /** A session unused this long ends. */
  @Transform(toNumber)
  @IsInt()
  @Min(1)
  @Max(1440)
  SESSION_IDLE_MINUTES = 30;

  /** A session ends this long after sign-in however busy it is. */
  @Transform(toNumber)
  @IsNumber()
  @Min(0.1)
  @Max(720)
  SESSION_ABSOLUTE_HOURS = 12;

  /** Mark session cookies Secure (and name them `__Host-…`); defaults to on in production. */
  @Transform(toBoolean)
  @IsOptional()
  @IsBoolean({ message: 'SESSION_COOKIE_SECURE must be true or false' })
  SESSION_COOKIE_SECURE?: boolean = undefined;

  /** Origins besides the service's own whose pages may write with a session cookie (comma-separated, e.g. `https://console.example.cn`). */
  @IsString()
  @Matches(/^(https?:\/\/[^\s,/]+(,\s*https?:\/\/[^\s,/]+)*)?$/, {
    message: 'SESSION_ALLOWED_ORIGINS must be comma-separated origins like https://console.example.cn',
  })
  SESSION_ALLOWED_ORIGINS = '';

  /** Minimum password length (characters). */
  @Transform(toNumber)
  @IsInt()
  @Min(12)
  @Max(128)
  PASSWORD_MIN_LENGTH = 12;

  /** Consecutive failed sign-ins on one account after which each further attempt must wait (1 s, doubling). */
  @Transform(toNumber)
  @IsInt()
  @Min(1)
  SIGNIN_THROTTLE_AFTER = 3;

  /** Consecutive failed sign-ins that lock the account for SIGNIN_LOCK_MINUTES (an administrator's password reset unlocks it). */
  @Transform(toNumber)
  @IsInt()
  @Min(2)
  SIGNIN_LOCK_AFTER = 10;

  @Transform(toNumber)
  @IsInt()
  @Min(1)
  SIGNIN_LOCK_MINUTES = 30;

  /** Failed sign-ins one client address may make per SIGNIN_ADDRESS_WINDOW_MINUTES, whatever usernames it tries. */
  @Transform(toNumber)
  @IsInt()
  @Min(1)
  SIGNIN_ADDRESS_LIMIT = 30;

  @Transform(toNumber)
  @IsInt()
  @Min(1)
  SIGNIN_ADDRESS_WINDOW_MINUTES = 15;

  /** OpenID Connect issuer (e.g. `https://sso.example.cn/realms/staff`); unset: no single sign-on. */
  @IsOptional()
  @IsString()
  @Matches(/^https?:\/\/\S+$/, { message: 'OIDC_ISSUER must be an http(s) URL' })
  OIDC_ISSUER?: string = undefined;

  @IsOptional()
  @IsString()
  OIDC_CLIENT_ID?: string = undefined;

  @IsOptional()
  @IsString()
  OIDC_CLIENT_SECRET?: string = undefined;

  /** This service's callback as registered at the provider: `https://<host>/api/v1/auth/oidc/callback`. */
  @IsOptional()
  @IsString()
  @Matches(/^https?:\/\/\S+$/, { message: 'OIDC_REDIRECT_URI must be an http(s) URL' })
  OIDC_REDIRECT_URI?: string = undefined;

  /** Where the provider sends the browser after its logout (registered at the provider as a post-logout redirect URI). */
  @IsOptional()
  @IsString()
  @Matches(/^https?:\/\/\S+$/, { message: 'OIDC_POST_LOGOUT_REDIRECT_URI must be an http(s) URL' })
  OIDC_POST_LOGOUT_REDIRECT_URI?: string = undefined;

  /** The claim whose value is a staff member's username (`preferred_username`, `sub`, an employee-number claim…). */
  @IsString()
  @Matches(/^[A-Za-z0-9_.:-]{1,100}$/, { message: 'OIDC_USERNAME_CLAIM must be a claim name' })
  OIDC_USERNAME_CLAIM = 'preferred_username';

  @IsString()
  OIDC_SCOPES = 'openid profile';

  /** The BullMQ dashboard at /admin/queues, for admin credentials only; defaults to on outside production. */
  @Transform(toBoolean)
  @IsOptional()
  @IsBoolean({ message: 'QUEUE_DASHBOARD_ENABLED must be true or false' })
  QUEUE_DASHBOARD_ENABLED?: boolean = undefined;
}

export const queueDashboardEnabled = (config: AppConfig): boolean => config.QUEUE_DASHBOARD_ENABLED ?? config.NODE_ENV !== 'production';

export type AppConfig = Readonly<EnvSchema & { METRICS_ENABLED: boolean; DOCS_ENABLED: boolean }>;

export class ConfigError extends Error {}

/** Values shipped in examples, compose files and demos over the project's life, and the usual guesses. */
const KNOWN_DEFAULT_SECRETS = new Set([
  'admin',
  'administrator',
  'admin-token',
  'admintoken',
  'changeme',
  'change-me',
  'change-me-admin-token',
  'demo-admin-token-change-me',
  'dev-admin-token',
  'test-admin-token',
  'password',
  'secret',
  'token',
]);

/**
 * Why a secret is unfit for production, or null. Length alone is not enough: 32 × 'a' is long
 * but guessable, so a random-looking spread of characters is required too.
 */
export function secretWeakness(value: string): string | null {
  const folded = value.toLowerCase();
  if (KNOWN_DEFAULT_SECRETS.has(folded) || /change[-_ ]?me|example|default/.test(folded)) return 'is a published default value';
  if (value.length < 32) return `is too short (${value.length} characters; at least 32 random characters are required)`;
  if (new Set(value).size < 16) return 'has too little variety (fewer than 16 distinct characters); use a random value';
  return null;
}

/** Malformed personal-data keys anywhere; in production also the development defaults and keys without randomness. */
function piiKeyProblems(config: EnvSchema): string[] {
  const production = config.NODE_ENV === 'production';
  const generate = 'generate one with: openssl rand -base64 32';
  const lines: string[] = [];
  let masters: MasterKey[] = [];
  try {
    masters = parseMasterKeys(config.PII_MASTER_KEYS);
  } catch (err) {
    lines.push(`PII_MASTER_KEYS: ${(err as Error).message}`);
  }
  let index: Buffer | null = null;
  try {
    index = decodeKey(config.PII_INDEX_KEY, 'the key');
  } catch (err) {
    lines.push(`PII_INDEX_KEY: ${(err as Error).message}`);
  }
  if (!production) return lines;
  const devMaster = parseMasterKeys(DEV_PII_MASTER_KEYS)[0].key;
  for (const m of masters) {
    const weakness = m.key.equals(devMaster) ? 'is the development default' : keyWeakness(m.key);
    if (weakness) lines.push(`PII_MASTER_KEYS: key ${m.id} ${weakness}; refused in production (${generate})`);
  }
  if (index) {
    const weakness = config.PII_INDEX_KEY === DEV_PII_INDEX_KEY ? 'is the development default' : keyWeakness(index);
    if (weakness) lines.push(`PII_INDEX_KEY: ${weakness}; refused in production (${generate})`);
  }
  return lines;
}

/**
 * Whether the hot statements are named: as configured, or by the deployment when unset (named when
 * `DATABASE_URL` is Postgres itself, i.e. no `DATABASE_DIRECT_URL`; unnamed behind a transaction pooler).
 */
export function namedStatements(config: Pick<AppConfig, 'DATABASE_NAMED_STATEMENTS' | 'DATABASE_DIRECT_URL'>): boolean {
  return config.DATABASE_NAMED_STATEMENTS ?? !config.DATABASE_DIRECT_URL;
}

export function validateEnv(env: Record<string, string | undefined>): AppConfig {
  const raw: Record<string, string> = {};
  for (const key of Object.keys(new EnvSchema())) {
    const value = env[key];
    if (value !== undefined && value !== '') raw[key] = value;
  }
  const config = plainToInstance(EnvSchema, raw, { exposeDefaultValues: true });
  // One line per bad variable, starting with its name: the first line of a crash log is what an operator reads.
  const lines = validateSync(config, { skipMissingProperties: false }).map(
    (e) =>
      `${e.property}: ${Object.values(e.constraints ?? {})
        .map((m) => m.replace(`${e.property} `, ''))
        .join('; ')}`,
  );
  const redisProblem = lines.some((l) => l.startsWith('REDIS_URL:')) ? null : redisUrlProblem(config.REDIS_URL);
  if (redisProblem) lines.push(`REDIS_URL: ${redisProblem}`);
  if (!lines.some((l) => /^REDIS_(URL|PREFIX):/.test(l))) lines.push(...redisTopologyProblems(config));
  if (config.SLA_TIME_SCALE !== 1 && !['test', 'demo'].includes(config.NODE_ENV)) {
    lines.push('SLA_TIME_SCALE: only allowed when NODE_ENV is test or demo; unset it');
  }
  try {
    parseAllowList(config.WEBHOOK_ALLOWED_HOSTS);
  } catch (err) {
    lines.push(`WEBHOOK_ALLOWED_HOSTS: ${(err as Error).message}`);
  }
  const oidc = ['OIDC_ISSUER', 'OIDC_CLIENT_ID', 'OIDC_CLIENT_SECRET', 'OIDC_REDIRECT_URI'] as const;
  const oidcSet = oidc.filter((name) => config[name]);
  if (oidcSet.length > 0 && oidcSet.length < oidc.length) {
    lines.push(`${oidc.find((name) => !config[name])}: single sign-on needs ${oidc.join(', ')} together`);
  }
  if (config.NODE_ENV === 'production' && config.OIDC_ISSUER?.startsWith('http:')) lines.push('OIDC_ISSUER: must be https in production');
  const production = config.NODE_ENV === 'production';
  if (production) {
    for (const name of ['ADMIN_TOKEN', 'METRICS_TOKEN', 'DOCS_TOKEN'] as const) {
      const weakness = config[name] && !lines.some((l) => l.startsWith(`${name}:`)) ? secretWeakness(config[name]) : null;
      if (weakness) lines.push(`${name}: ${weakness}; refused in production (generate one with: openssl rand -base64 32)`);
    }
  }
  lines.push(...piiKeyProblems(config));
  if (lines.length > 0) throw new ConfigError(lines.join('\n'));
  config.METRICS_ENABLED ??= !production;
  config.DOCS_ENABLED ??= !production;
  return Object.freeze(config) as AppConfig;
}

export const APP_CONFIG = Symbol('APP_CONFIG');

let cached: AppConfig | undefined;
/** Loads and validates the environment once per process. */
export function loadConfig(): AppConfig {
  cached ??= validateEnv(process.env);
  return cached;
}
