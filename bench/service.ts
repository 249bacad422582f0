/**
 * The service as it ships, for the HTTP benchmarks: compiled with tsc into a temporary directory and
 * started as its own process in the production configuration (NODE_ENV=production, APP_ROLE=all,
 * LOG_LEVEL=info), against a scratch database and its own Redis prefix; only the rate limits are raised.
 */
import { ChildProcess, execFileSync, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Redis from 'ioredis';
import { BENCH_PII_ENV } from './pii';
import { SERVICE_NODE_OPTIONS } from '../src/config/node-options';
import { log, onCleanup, sleep } from './support';

const ROOT = join(__dirname, '..');
export const REDIS_URL = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';

/**
 * Compiles a committed tree (`ref`, HEAD by default, exported with git archive) into a temporary directory, so the
 * figures belong to the commit the result names; BENCH_WORKTREE=1 compiles the work tree instead (marked dirty).
 */
export function buildService(ref = 'HEAD'): string {
  const out = mkdtempSync(join(tmpdir(), 'wo-bench-build-'));
  onCleanup(() => rmSync(out, { recursive: true, force: true }));
  const worktree = process.env.BENCH_WORKTREE === '1' && ref === 'HEAD';
  let root = ROOT;
  if (!worktree) {
    root = join(out, 'tree');
    mkdirSync(root);
    execFileSync('sh', ['-c', `git archive "$1" | tar -x -C "$2"`, 'archive', ref, root], { cwd: ROOT, stdio: 'pipe' });
    symlinkSync(join(ROOT, 'node_modules'), join(root, 'node_modules'));
  }
  log(`compiling the service (${worktree ? 'work tree' : ref})…`);
  try {
    execFileSync(join(ROOT, 'node_modules/.bin/tsc'), ['-p', join(root, 'tsconfig.build.json'), '--outDir', join(out, 'dist')], {
      stdio: 'pipe',
    });
  } catch (err) {
    // tsc emits despite type errors; a missing entry point shows when the service starts.
    log(`tsc reported errors: ${String((err as { stdout?: Buffer }).stdout ?? err).slice(0, 400)}`);
  }
  return join(out, 'dist');
}

export interface RunningService {
  base: string;
  adminToken: string;
  pid: number;
  process: ChildProcess;
  /** Resident set size of the service process in MB (from /proc). */
  rssMb(): number;
  stop(): Promise<void>;
}

/** BENCH_SVC_<NAME>=value in the benchmark's environment sets <NAME>=value in the service's (to compare a setting). */
function serviceEnvFromBench(): Record<string, string> {
  return Object.fromEntries(
    Object.entries(process.env)
      .filter(([k, v]) => k.startsWith('BENCH_SVC_') && v !== undefined)
      .map(([k, v]) => [k.slice('BENCH_SVC_'.length), v as string]),
  );
}

export async function startService(opts: {
  dist: string;
  databaseUrl: string;
  redisPrefix: string;
  port: number;
  nodeArgs?: string[];
  env?: Record<string, string>;
}): Promise<RunningService> {
  const adminToken = randomBytes(24).toString('base64url');
  // The shipped process's Node options (src/config/node-options.ts), then the run's own.
  const child = spawn(process.execPath, [...SERVICE_NODE_OPTIONS, ...(opts.nodeArgs ?? []), join(opts.dist, 'src/main.js')], {
    cwd: ROOT,
    env: {
      PATH: process.env.PATH ?? '',
      NODE_PATH: join(ROOT, 'node_modules'),
      NODE_ENV: 'production',
      APP_ROLE: 'all',
      LOG_LEVEL: 'info',
      PORT: String(opts.port),
      DATABASE_URL: opts.databaseUrl,
      REDIS_URL,
      REDIS_PREFIX: opts.redisPrefix,
      ADMIN_TOKEN: adminToken,
      THROTTLE_LIMIT: '100000000',
      THROTTLE_ADDRESS_LIMIT: '100000000',
      ...BENCH_PII_ENV,
      ...serviceEnvFromBench(),
      ...opts.env,
    },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr.on('data', (d: Buffer) => (stderr = (stderr + d.toString()).slice(-4000)));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      child.kill('SIGTERM');
      await Promise.race([exited, sleep(15_000)]);
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
    }
  };
  onCleanup(stop);
  const base = `http://127.0.0.1:${opts.port}`;
  const deadline = Date.now() + 90_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`service exited during boot: ${stderr}`);
    try {
      const r = await fetch(`${base}/health/live`);
      if (r.ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error(`service did not become live: ${stderr}`);
    await sleep(250);
  }
  log(`service pid ${child.pid} live on ${base}`);
  const pid = child.pid!;
  return {
    base,
    adminToken,
    pid,
    process: child,
    rssMb: () => {
      try {
        const kb = Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1]);
        return Math.round(kb / 102.4) / 10;
      } catch {
        return NaN;
      }
    },
    stop,
  };
}

/** Deletes every key under a prefix (SCAN, so Redis is not blocked). */
export async function dropRedisPrefix(prefix: string): Promise<number> {
  const redis = new Redis(REDIS_URL, { maxRetriesPerRequest: 2 });
  let n = 0;
  try {
    let cursor = '0';
    do {
      const [next, keys] = await redis.scan(cursor, 'MATCH', `${prefix}*`, 'COUNT', 1000);
      cursor = next;
      if (keys.length) n += await redis.unlink(...keys);
    } while (cursor !== '0');
  } finally {
    redis.disconnect();
  }
  return n;
}
