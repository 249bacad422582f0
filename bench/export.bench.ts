/**
 * Streaming exports at a million tickets: GET /api/v1/exports/tickets (every ticket, newest first,
 * customer data masked) from the service as it ships (compiled, production configuration, its own
 * process), read by a client as fast as it takes it, as CSV and as XLSX.
 *
 *   npm run bench:export     → bench/results/export.json   (goal: ≥ 20,000 rows/s, RSS growth ≤ 50 MB)
 *
 * The tickets come from bench/million.ts (Chinese complaint text); the search trigger is switched off
 * during the load (an export reads no search document). The service's resident set size is sampled
 * every 100 ms from /proc: growth = the highest sample during the export − the median of the samples
 * in the two seconds before it (after a warm-up export). Rows are counted by the client (CSV records)
 * and by the export's own audit row.
 * The service's CPU time during each export (user + system, from /proc) is recorded too: per row, it
 * does not depend on how loaded the machine is, as the rate does.
 * Knobs: BENCH_TICKETS (1,000,000), BENCH_FORMATS (csv,xlsx), BENCH_KEEP_DB=1 (keep bench_export_keep
 * loaded for the next run), BENCH_DIST (an already compiled service), BENCH_CPU_PROF (a directory: the
 * service runs with node --cpu-prof; summarize with bench/cpu-profile.ts).
 */
import { readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { gitCommit } from './git';
import { loadMillion } from './million';
import { buildService, dropRedisPrefix, RunningService, startService } from './service';
import { scratchBenchDatabase } from './scratch-database';
import { environment, log, onCleanup, runBench, serverInfo, sleep, writeResult } from './support';

const TICKETS = Number(process.env.BENCH_TICKETS ?? 1_000_000);
const FORMATS = (process.env.BENCH_FORMATS ?? 'csv,xlsx').split(',') as ('csv' | 'xlsx')[];
const GOAL_ROWS_PER_SECOND = 20_000;
const GOAL_RSS_GROWTH_MB = 50;
const PORT = 3140 + (process.pid % 20);

/** CPU seconds (user + system) a process has used so far, from /proc (clock ticks of 10 ms). */
function cpuSeconds(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
  return (Number(fields[11]) + Number(fields[12])) / 100;
}

interface Sample {
  t: number;
  mb: number;
}

/** Reads an export to its end, counting bytes and line feeds (one per CSV record: the generated texts hold none). */
async function download(svc: RunningService, query: string): Promise<{ status: number; bytes: number; lineFeeds: number; ms: number }> {
  const started = performance.now();
  const res = await fetch(`${svc.base}/api/v1/exports/tickets?${query}`, { headers: { authorization: `Bearer ${svc.adminToken}` } });
  if (!res.ok || !res.body) throw new Error(`export answered ${res.status}: ${await res.text()}`);
  let bytes = 0;
  let lineFeeds = 0;
  for await (const chunk of res.body as unknown as AsyncIterable<Uint8Array>) {
    bytes += chunk.length;
    for (let i = chunk.indexOf(10); i !== -1; i = chunk.indexOf(10, i + 1)) lineFeeds++;
  }
  return { status: res.status, bytes, lineFeeds, ms: performance.now() - started };
}

runBench('export', 3000, async () => {
  const started = Date.now();
  const { url, client } = await scratchBenchDatabase('export');
  const loadMs: Record<string, number> = {};
  if (Number((await client.query('SELECT count(*) AS n FROM tickets')).rows[0].n) === 0) {
    await client.query('ALTER TABLE tickets DISABLE TRIGGER tickets_search_body');
    const load = await loadMillion(client, { tickets: TICKETS, openDays: 38, events: false, orders: false, complaintText: true });
    await client.query('ALTER TABLE tickets ENABLE TRIGGER tickets_search_body');
    Object.assign(loadMs, load.loadMs);
  }
  const tickets = Number((await client.query('SELECT count(*) AS n FROM tickets')).rows[0].n);

  const dist = process.env.BENCH_DIST ?? buildService();
  const prefix = `bench_export_${process.pid}`;
  onCleanup(async () => {
    log(`dropped ${await dropRedisPrefix(prefix)} redis keys`);
  });
  const profileDir = process.env.BENCH_CPU_PROF;
  // The API process (APP_ROLE=api), which serves exports: a freshly loaded million tickets holds
  // overdue deadlines, and a process that also ran the workers would spend the export catching up on them.
  const svc = await startService({
    dist,
    databaseUrl: url,
    redisPrefix: prefix,
    port: PORT,
    nodeArgs: profileDir ? ['--cpu-prof', `--cpu-prof-dir=${profileDir}`] : [],
    env: { APP_ROLE: 'api' },
  });

  // Warm-up: a small export through every code path, so the baseline holds the loaded code.
  const day = new Date(Date.now() - 86_400_000).toISOString();
  for (const format of FORMATS) await download(svc, `format=${format}&createdFrom=${encodeURIComponent(day)}`);

  const cases = [];
  for (const format of FORMATS) {
    const before: Sample[] = [];
    for (let i = 0; i < 20; i++) {
      before.push({ t: i * 100, mb: svc.rssMb() });
      await sleep(100);
    }
    const baseline = [...before].sort((a, b) => a.mb - b.mb)[before.length >> 1].mb;
    const during: Sample[] = [];
    const t0 = Date.now();
    const sampler = setInterval(() => during.push({ t: Date.now() - t0, mb: svc.rssMb() }), 100);
    const requestId = `bench-export-${format}-${process.pid}`;
    const loadAtStart = loadavg().map((l) => Number(l.toFixed(2)));
    const cpuBefore = cpuSeconds(svc.pid);
    const got = await download(svc, `format=${format}`).finally(() => clearInterval(sampler));
    const serviceCpuSeconds = cpuSeconds(svc.pid) - cpuBefore;
    await sleep(200);
    const [audit] = (
      await client.query<{ detail: { rows: number; complete: boolean } }>(
        `SELECT detail FROM audit_events WHERE operation = 'exports.tickets' AND detail->>'format' = $1 ORDER BY id DESC LIMIT 1`,
        [format],
      )
    ).rows;
    const rows = audit?.detail.rows ?? NaN;
    const seconds = got.ms / 1000;
    const peak = Math.max(...during.map((s) => s.mb));
    const rowsPerSecond = Math.round(rows / seconds);
    const growth = Number((peak - baseline).toFixed(1));
    const met = rowsPerSecond >= GOAL_ROWS_PER_SECOND && growth <= GOAL_RSS_GROWTH_MB && rows === tickets;
    log(
      `${format}: ${rows} rows in ${seconds.toFixed(1)} s = ${rowsPerSecond} rows/s, service CPU ${serviceCpuSeconds.toFixed(1)} s, ${got.bytes} bytes, RSS ${baseline} → peak ${peak} MB ${met ? 'MET' : 'NOT MET'}`,
    );
    cases.push({
      format,
      requestId,
      rowsAudited: rows,
      auditComplete: audit?.detail.complete ?? null,
      csvRecordsCounted: format === 'csv' ? got.lineFeeds - 1 : null,
      bytes: got.bytes,
      seconds: Number(seconds.toFixed(2)),
      rowsPerSecond,
      loadavgAtStart: loadAtStart,
      loadavgAtEnd: loadavg().map((l) => Number(l.toFixed(2))),
      serviceCpuSeconds: Number(serviceCpuSeconds.toFixed(2)),
      serviceCpuMicrosPerRow: Number(((serviceCpuSeconds * 1e6) / rows).toFixed(1)),
      rss: {
        baselineMb: baseline,
        peakMb: peak,
        growthMb: growth,
        samplesEvery100ms: during.filter((_, i) => i % 10 === 0).map((s) => s.mb),
      },
      goalMet: met,
    });
  }

  writeResult('export.json', {
    benchmark: 'export',
    generatedAt: new Date().toISOString(),
    environment: { ...environment(), gitCommit: gitCommit(), postgres: await serverInfo(client) },
    goal: `GET /api/v1/exports/tickets of ${TICKETS} tickets: ≥ ${GOAL_ROWS_PER_SECOND} rows/s with RSS growth ≤ ${GOAL_RSS_GROWTH_MB} MB`,
    method:
      `Scratch database with all migrations; ${TICKETS} tickets by bench/million.ts (Chinese complaint text). The service compiled from the ` +
      'commit named, started in its production configuration as the API process (APP_ROLE=api: the workers, which would spend the run ' +
      "catching up on the loaded tickets' overdue deadlines, run elsewhere) on its own; the bootstrap administrator exports every ticket " +
      '(national scope, masked) while one client reads the stream as it comes. Rows: from the audit row of the export. ' +
      'RSS growth: peak during the export − median of the 2 s before it, after a warm-up export. Service CPU: user + system ' +
      'time of the service process during the export (/proc), which the load of the machine does not inflate as it does the rate.',
    dataset: { tickets, loadMs },
    cases,
    allMet: cases.every((c) => c.goalMet),
    totalSeconds: Number(((Date.now() - started) / 1000).toFixed(1)),
  });
});
