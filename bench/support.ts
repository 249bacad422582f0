/**
 * Shared helpers for the benchmarks in bench/: scratch databases, a hard time limit with cleanup,
 * timing statistics, EXPLAIN capture, and a TypeORM logger that records the SQL the services issue.
 */
import { randomUUID } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { isAbsolute, join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { Client, ClientBase } from 'pg';
import { Logger as TypeOrmLogger } from 'typeorm';

export const RESULTS_DIR = join(__dirname, 'results');

/** Database URL of a scratch database on the bench server (BENCH_DATABASE_URL's server, default local). */
export function scratchDatabaseUrl(name: string): string {
  const url = new URL(process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres');
  url.pathname = `/${name}`;
  return url.toString();
}

type Cleanup = () => Promise<void> | void;
const cleanups: Cleanup[] = [];
let cleaning: Promise<void> | null = null;

/** Registers a cleanup step; steps run last-registered first, once, on success, failure, signal or time-out. */
export function onCleanup(fn: Cleanup): void {
  cleanups.push(fn);
}

export function runCleanups(): Promise<void> {
  cleaning ??= (async () => {
    while (cleanups.length) {
      const fn = cleanups.pop()!;
      try {
        await fn();
      } catch (err) {
        console.error('[bench] cleanup step failed:', err);
      }
    }
  })();
  return cleaning;
}

/**
 * Runs a benchmark with a hard time limit: whatever happens (error, SIGINT/SIGTERM, limit reached)
 * the registered cleanups run and the process exits, so a benchmark never outlives its budget.
 */
export function runBench(name: string, hardLimitSeconds: number, main: () => Promise<void>): void {
  const started = Date.now();
  const bail = (why: string, code: number) => {
    console.error(`[bench:${name}] ${why}; cleaning up`);
    void runCleanups().finally(() => process.exit(code));
  };
  const limit = setTimeout(() => bail(`hard limit of ${hardLimitSeconds}s reached`, 2), hardLimitSeconds * 1000);
  limit.unref();
  process.once('SIGINT', () => bail('interrupted', 130));
  process.once('SIGTERM', () => bail('terminated', 143));
  main()
    .then(async () => {
      await runCleanups();
      console.error(`[bench:${name}] done in ${((Date.now() - started) / 1000).toFixed(1)}s`);
      process.exit(0);
    })
    .catch(async (err) => {
      console.error(`[bench:${name}] failed:`, err);
      await runCleanups();
      process.exit(1);
    });
}

export function log(msg: string): void {
  console.error(`[${new Date().toISOString().slice(11, 23)}] ${msg}`);
}

export function writeResult(file: string, result: unknown): string {
  mkdirSync(RESULTS_DIR, { recursive: true });
  const path = isAbsolute(file) ? file : join(RESULTS_DIR, file);
  const text = JSON.stringify(result, null, 2);
  writeFileSync(path, text + '\n');
  console.log(text);
  log(`wrote ${path}`);
  return path;
}

export function environment(): Record<string, unknown> {
  return {
    node: process.version,
    cpus: cpus().length,
    cpuModel: cpus()[0]?.model,
    totalMemMb: Math.round(totalmem() / 1048576),
    loadavgAtStart: loadavg().map((l) => Number(l.toFixed(2))),
  };
}

export async function connect(url: string): Promise<Client> {
  const client = new Client({ connectionString: url });
  await client.connect();
  return client;
}

export async function serverInfo(client: ClientBase): Promise<Record<string, string>> {
  const { rows } = await client.query<{ name: string; setting: string }>(
    `SELECT name, setting || coalesce(unit, '') AS setting FROM pg_settings
      WHERE name IN ('server_version', 'shared_buffers', 'work_mem', 'effective_cache_size', 'random_page_cost', 'lc_collate', 'jit')`,
  );
  return Object.fromEntries(rows.map((r) => [r.name, r.setting]));
}

/** Nearest-rank percentile of already sorted numbers. */
export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[rank];
}

const round = (n: number, digits = 3) => Number(n.toFixed(digits));

export interface Timing {
  runs: number;
  p50Ms: number;
  p90Ms: number;
  p99Ms: number;
  minMs: number;
  maxMs: number;
  meanMs: number;
}

export function summarize(samples: number[]): Timing {
  const sorted = [...samples].sort((a, b) => a - b);
  return {
    runs: sorted.length,
    p50Ms: round(percentile(sorted, 50)),
    p90Ms: round(percentile(sorted, 90)),
    p99Ms: round(percentile(sorted, 99)),
    minMs: round(sorted[0]),
    maxMs: round(sorted[sorted.length - 1]),
    meanMs: round(sorted.reduce((a, b) => a + b, 0) / sorted.length),
  };
}

/** Times `fn` `runs` times after `warmup` untimed runs; milliseconds of wall time per call. */
export async function timeIt(fn: () => Promise<unknown>, runs: number, warmup = 5): Promise<Timing> {
  for (let i = 0; i < warmup; i++) await fn();
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    await fn();
    samples.push(performance.now() - t0);
  }
  return summarize(samples);
}

/** EXPLAIN (ANALYZE, BUFFERS) of a parameterised statement, as the plan text and its timing lines. */
export async function explainAnalyze(
  client: ClientBase,
  sql: string,
  params: unknown[],
): Promise<{ plan: string[]; planningMs: number | null; executionMs: number | null }> {
  const { rows } = await client.query<{ 'QUERY PLAN': string }>(`EXPLAIN (ANALYZE, BUFFERS) ${sql}`, params);
  const plan = rows.map((r) => r['QUERY PLAN']);
  const grab = (label: string) => {
    const line = plan.find((l) => l.startsWith(label));
    return line ? Number(/([\d.]+) ms/.exec(line)?.[1]) : null;
  };
  return { plan, planningMs: grab('Planning Time'), executionMs: grab('Execution Time') };
}

/** A TypeORM logger that keeps the last statements issued, so a bench can replay the exact SQL a service sent. */
export class CapturingLogger implements TypeOrmLogger {
  readonly queries: { sql: string; params: unknown[] }[] = [];
  logQuery(query: string, parameters?: unknown[]): void {
    this.queries.push({ sql: query, params: parameters ?? [] });
    if (this.queries.length > 50) this.queries.shift();
  }
  last(): { sql: string; params: unknown[] } {
    const q = this.queries[this.queries.length - 1];
    if (!q) throw new Error('no query captured');
    return q;
  }
  clear(): void {
    this.queries.length = 0;
  }
  logQueryError(error: string | Error, query: string): void {
    console.error('[typeorm] query failed:', error, query);
  }
  logQuerySlow(): void {}
  logSchemaBuild(): void {}
  logMigration(): void {}
  log(): void {}
}

export async function sleep(ms: number): Promise<void> {
  await new Promise((resolve) => setTimeout(resolve, ms));
}

export interface BenchUnit {
  id: string;
  code: string;
  name: string;
  tier: 'national' | 'provincial' | 'city' | 'department';
  parentId: string | null;
  path: string;
  depth: number;
  provinceId: string | null;
}

/**
 * An org tree built the way OrgService.create builds each unit (path = parent path + id + '/',
 * depth = parent depth + 1, province_id = the provincial ancestor): national → provinces → cities →
 * city departments, plus province-level departments (a fixed number each, or round-robin up to `total`).
 */
export function buildOrgTree(opts: {
  provinces: number;
  citiesPerProvince: number;
  deptsPerCity: number;
  deptsPerProvince?: number;
  total?: number;
}): BenchUnit[] {
  const units: BenchUnit[] = [];
  const add = (tier: BenchUnit['tier'], code: string, parent: BenchUnit | null): BenchUnit => {
    const id = randomUUID();
    const unit: BenchUnit = {
      id,
      code,
      name: `${tier} ${code}`,
      tier,
      parentId: parent?.id ?? null,
      path: `${parent?.path ?? '/'}${id}/`,
      depth: (parent?.depth ?? -1) + 1,
      provinceId: tier === 'provincial' ? id : (parent?.provinceId ?? null),
    };
    units.push(unit);
    return unit;
  };
  const national = add('national', 'CN', null);
  const provinces: BenchUnit[] = [];
  for (let p = 0; p < opts.provinces; p++) {
    const province = add('provincial', `P${p}`, national);
    provinces.push(province);
    for (let c = 0; c < opts.citiesPerProvince; c++) {
      const city = add('city', `P${p}C${c}`, province);
      for (let d = 0; d < opts.deptsPerCity; d++) add('department', `P${p}C${c}D${d}`, city);
    }
    for (let d = 0; d < (opts.deptsPerProvince ?? 0); d++) add('department', `P${p}D${d}`, province);
  }
  if (opts.total !== undefined) {
    for (let i = 0; units.length < opts.total; i++) add('department', `P${i % opts.provinces}X${i}`, provinces[i % opts.provinces]);
  }
  return units;
}

/** Inserts the units in one statement (unnest of column arrays). */
export async function insertOrgUnits(client: ClientBase, units: BenchUnit[]): Promise<void> {
  const col = <K extends keyof BenchUnit>(k: K) => units.map((u) => u[k]);
  await client.query(
    `INSERT INTO org_units (id, code, name, tier, parent_id, path, depth, province_id)
     SELECT * FROM unnest($1::uuid[], $2::varchar[], $3::varchar[], $4::varchar[], $5::uuid[], $6::text[], $7::int[], $8::uuid[])`,
    [col('id'), col('code'), col('name'), col('tier'), col('parentId'), col('path'), col('depth'), col('provinceId')],
  );
}

/**
 * National → provincial → department, in a scratch database: a department owns the benchmark's
 * stages, so a breach escalates to the provincial centre (supervision order, supervisor, escalated flag).
 */
export async function insertEscalationTree(db: ClientBase): Promise<void> {
  await db.query(`
    WITH ids AS (SELECT gen_random_uuid() AS n, gen_random_uuid() AS p, gen_random_uuid() AS d)
    INSERT INTO org_units (id, code, name, tier, parent_id, path, depth, province_id)
    SELECT n, 'CN', 'national centre', 'national', NULL, '/' || n || '/', 0, NULL FROM ids
    UNION ALL SELECT p, 'P1', 'provincial centre', 'provincial', n, '/' || n || '/' || p || '/', 1, p FROM ids
    UNION ALL SELECT d, 'P1D1', 'network department', 'department', p, '/' || n || '/' || p || '/' || d || '/', 2, p FROM ids`);
}
