import { validateEnv } from './app-config';

describe('validateEnv', () => {
  it('uses local defaults when nothing is set', () => {
    const config = validateEnv({});
    expect(config.DATABASE_URL).toBe('postgres://postgres@127.0.0.1:5432/workorders');
    expect(config.REDIS_URL).toBe('redis://127.0.0.1:6379');
    expect(config.PORT).toBe(3000);
    expect(config.APP_ROLE).toBe('all');
  });

  it.each([
    ['DATABASE_URL', 'mysql://x'],
    ['REDIS_URL', 'http://x'],
    ['PORT', 'eighty'],
    ['APP_ROLE', 'cron'],
    ['ADMIN_TOKEN', 'short'],
    ['LOG_LEVEL', 'loud'],
  ])('names %s when it is malformed', (name, value) => {
    expect(() => validateEnv({ [name]: value })).toThrow(new RegExp(`${name}:`));
  });

  it('refuses a compressed SLA clock outside test and demo', () => {
    expect(() => validateEnv({ SLA_TIME_SCALE: '3600', NODE_ENV: 'production' })).toThrow(/SLA_TIME_SCALE/);
    expect(validateEnv({ SLA_TIME_SCALE: '3600', NODE_ENV: 'test' }).SLA_TIME_SCALE).toBe(3600);
  });
});
