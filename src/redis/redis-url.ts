import type { RedisOptions } from 'ioredis';

/**
 * Why a REDIS_URL is refused, or null when it is usable. Every part is checked, because ioredis
 * silently reads a malformed database (`/abc`) as 0 and would put the keys where nobody looks.
 */
export function redisUrlProblem(url: string): string | null {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return 'is not a URL; use redis://[user:password@]host[:port][/db]';
  }
  if (u.protocol !== 'redis:' && u.protocol !== 'rediss:') return `scheme must be redis:// or rediss://, not ${u.protocol}//`;
  if (!u.hostname) return 'names no host; use redis://host:port/db';
  if (u.port && !/^\d+$/.test(u.port)) return `port "${u.port}" is not a number`;
  const db = u.pathname.replace(/^\//, '');
  if (db !== '' && !/^\d{1,5}$/.test(db)) return `database "${decodeURIComponent(db)}" must be an integer (redis://host:port/0)`;
  if (u.search || u.hash) return 'takes no query string or fragment';
  return null;
}

/** ioredis options from a validated redis:// URL (BullMQ takes options, not URLs). */
export function redisOptionsFromUrl(url: string): RedisOptions {
  const problem = redisUrlProblem(url);
  if (problem) throw new Error(`REDIS_URL: ${problem}`);
  const u = new URL(url);
  const db = u.pathname.replace(/^\//, '');
  return {
    host: u.hostname,
    port: u.port ? Number(u.port) : 6379,
    username: u.username ? decodeURIComponent(u.username) : undefined,
    password: u.password ? decodeURIComponent(u.password) : undefined,
    db: db === '' ? 0 : Number(db),
    tls: u.protocol === 'rediss:' ? {} : undefined,
  };
}
