import { randomBytes } from 'node:crypto';
import { namedStatements, validateEnv } from './app-config';

/** Strong keys, as a production deployment must give them. */
const PII_KEYS = { PII_MASTER_KEYS: `k1:${randomBytes(32).toString('base64')}`, PII_INDEX_KEY: randomBytes(32).toString('base64') };

describe('validateEnv', () => {
  it('uses local defaults when nothing is set', () => {
    const config = validateEnv({});
    expect(config.DATABASE_URL).toBe('postgres://postgres@127.0.0.1:5432/workorders');
    expect(config.REDIS_URL).toBe('redis://127.0.0.1:6379');
    expect(config.PORT).toBe(3000);
    expect(config.APP_ROLE).toBe('all');
  });

  it.each([
    [{}, true],
    [{ DATABASE_DIRECT_URL: 'postgres://postgres@db:5432/workorders' }, false],
    [{ DATABASE_DIRECT_URL: 'postgres://postgres@db:5432/workorders', DATABASE_NAMED_STATEMENTS: 'true' }, true],
    [{ DATABASE_NAMED_STATEMENTS: 'false' }, false],
  ])('names the hot statements by the deployment unless told: %j gives %s', (env, named) => {
    expect(namedStatements(validateEnv(env))).toBe(named);
  });

  it.each([
    ['DATABASE_NAMED_STATEMENTS', 'sometimes'],
    ['DATABASE_URL', 'mysql://x'],
    ['REDIS_URL', 'http://x'],
    ['PORT', 'eighty'],
    ['APP_ROLE', 'cron'],
    ['ADMIN_TOKEN', 'short'],
    ['LOG_LEVEL', 'loud'],
    ['REDIS_URL', 'redis://127.0.0.1:6379/abc'],
    ['WORKER_PORT', '70000'],
    ['SHUTDOWN_GRACE_SECONDS', '0'],
    ['BOOT_WAIT_SECONDS', 'soon'],
    ['QUEUE_DASHBOARD_ENABLED', 'maybe'],
  ])('names %s when it is malformed', (name, value) => {
    expect(() => validateEnv({ [name]: value })).toThrow(new RegExp(`${name}:`));
  });

  it('reports every bad variable on a line of its own, each starting with its name', () => {
    let message = '';
    try {
      validateEnv({ PORT: 'eighty', REDIS_URL: 'redis://h/abc', APP_ROLE: 'cron' });
    } catch (err) {
      message = (err as Error).message;
    }
    expect(
      message
        .split('\n')
        .map((l) => l.split(':')[0])
        .sort(),
    ).toEqual(['APP_ROLE', 'PORT', 'REDIS_URL']);
  });

  it('refuses a compressed SLA clock outside test and demo', () => {
    expect(() => validateEnv({ SLA_TIME_SCALE: '3600', NODE_ENV: 'production', ...PII_KEYS })).toThrow(/SLA_TIME_SCALE/);
    expect(validateEnv({ SLA_TIME_SCALE: '3600', NODE_ENV: 'test' }).SLA_TIME_SCALE).toBe(3600);
  });
});

describe('production secrets', () => {
  it('refuses the development personal-data keys in production (the default when unset), naming each, and keys without randomness', () => {
    let message = '';
    try {
      validateEnv({ NODE_ENV: 'production' });
    } catch (err) {
      message = (err as Error).message;
    }
    expect(message.split('\n')).toEqual([
      expect.stringMatching(/^PII_MASTER_KEYS: key dev is the development default; refused in production/),
      expect.stringMatching(/^PII_INDEX_KEY: is the development default; refused in production/),
    ]);
    expect(() => validateEnv({ NODE_ENV: 'production', ...PII_KEYS, PII_INDEX_KEY: Buffer.alloc(32, 7).toString('base64') })).toThrow(
      /^PII_INDEX_KEY: has too little variety/,
    );
    expect(() =>
      validateEnv({
        NODE_ENV: 'production',
        PII_INDEX_KEY: PII_KEYS.PII_INDEX_KEY,
        PII_MASTER_KEYS: `${PII_KEYS.PII_MASTER_KEYS},dev:P23l1YfxNCzfzxGqwdytpO5wGyrREk6zElAbcK8hNpY=`,
      }),
    ).toThrow(/^PII_MASTER_KEYS: key dev is the development default/);
    expect(validateEnv({ NODE_ENV: 'production', ...PII_KEYS }).PII_MASTER_KEYS).toBe(PII_KEYS.PII_MASTER_KEYS);
  });

  it('refuses malformed personal-data keys anywhere', () => {
    expect(() => validateEnv({ PII_MASTER_KEYS: 'k1:c2hvcnQ=' })).toThrow(/^PII_MASTER_KEYS: key k1 must be 32 bytes in base64/);
    expect(() => validateEnv({ PII_INDEX_KEY: 'c2hvcnQ=' })).toThrow(/^PII_INDEX_KEY: the key must be 32 bytes in base64/);
  });

  const strong = 'q7Vd9K2mXa4RfT1zLp8WnB3cYh6JsE0u';

  it.each([
    ['a default shipped in an example', 'change-me-admin-token', /published default/],
    ['the demo default', 'demo-admin-token-change-me', /published default/],
    ['a default whatever its case', 'Change-Me-Admin-Token', /published default/],
    ['a long value containing change-me', `${strong}-change-me`, /published default/],
    ['a short random value', 'Xq3v9LmT2rPw8ZkB', /too short \(16 characters/],
    ['a long value with little variety', 'abababababababababababababababab12', /too little variety/],
  ])('refuses %s as ADMIN_TOKEN in production, in one line naming it', (_, token, reason) => {
    let message = '';
    try {
      validateEnv({ NODE_ENV: 'production', ...PII_KEYS, ADMIN_TOKEN: token });
    } catch (err) {
      message = (err as Error).message;
    }
    expect(message).toMatch(reason);
    expect(message).toMatch(/^ADMIN_TOKEN: /);
    expect(message.split('\n')).toHaveLength(1);
  });

  it('accepts a strong token in production, no token at all, and a weak one outside production', () => {
    expect(validateEnv({ NODE_ENV: 'production', ...PII_KEYS, ADMIN_TOKEN: strong }).ADMIN_TOKEN).toBe(strong);
    expect(validateEnv({ NODE_ENV: 'production', ...PII_KEYS }).ADMIN_TOKEN).toBeUndefined();
    expect(validateEnv({ NODE_ENV: 'development', ADMIN_TOKEN: 'dev-admin-token-16' }).ADMIN_TOKEN).toBe('dev-admin-token-16');
  });

  it('holds the metrics and docs tokens to the same standard in production', () => {
    expect(() => validateEnv({ NODE_ENV: 'production', ...PII_KEYS, METRICS_TOKEN: 'metrics-token-changeme' })).toThrow(
      /^METRICS_TOKEN: .*published default/,
    );
    expect(() => validateEnv({ NODE_ENV: 'production', ...PII_KEYS, DOCS_TOKEN: 'docsdocsdocsdocs' })).toThrow(/^DOCS_TOKEN: .*too short/);
  });
});

describe('safe defaults', () => {
  it('serves /metrics and /docs outside production and not in production unless switched on', () => {
    expect(validateEnv({ NODE_ENV: 'development' })).toMatchObject({ METRICS_ENABLED: true, DOCS_ENABLED: true });
    expect(validateEnv({ NODE_ENV: 'test' })).toMatchObject({ METRICS_ENABLED: true, DOCS_ENABLED: true });
    expect(validateEnv({ NODE_ENV: 'production', ...PII_KEYS })).toMatchObject({ METRICS_ENABLED: false, DOCS_ENABLED: false });
    expect(validateEnv({ NODE_ENV: 'production', ...PII_KEYS, METRICS_ENABLED: 'true', DOCS_ENABLED: '1' })).toMatchObject({
      METRICS_ENABLED: true,
      DOCS_ENABLED: true,
    });
    expect(validateEnv({ NODE_ENV: 'development', METRICS_ENABLED: 'false' }).METRICS_ENABLED).toBe(false);
  });

  it.each([
    ['METRICS_ENABLED', 'yes please'],
    ['THROTTLE_LIMIT', '0'],
    ['THROTTLE_TTL_SECONDS', 'a minute'],
    ['TRUST_PROXY', '-1'],
    ['WEBHOOK_ALLOWED_HOSTS', '10.0.0.0/40'],
    ['WEBHOOK_ALLOWED_HOSTS', 'https://hooks.example.com'],
  ])('names %s when it is malformed', (name, value) => {
    expect(() => validateEnv({ [name]: value })).toThrow(new RegExp(`^\\s*${name}: `, 'm'));
  });

  it('takes DATABASE_DIRECT_URL as a postgres URL only', () => {
    expect(validateEnv({}).DATABASE_DIRECT_URL).toBeUndefined();
    expect(validateEnv({ DATABASE_DIRECT_URL: 'postgres://app@db:5432/wo' }).DATABASE_DIRECT_URL).toBe('postgres://app@db:5432/wo');
    expect(() => validateEnv({ DATABASE_DIRECT_URL: 'mysql://db' })).toThrow(/^DATABASE_DIRECT_URL: /);
  });

  it('has generous rate limits by default', () => {
    expect(validateEnv({})).toMatchObject({ THROTTLE_LIMIT: 1200, THROTTLE_ADDRESS_LIMIT: 6000, THROTTLE_TTL_SECONDS: 60 });
  });
});
