/**
 * Filing before and after a change, same machine, same run: builds BENCH_BASE (a commit, required) and HEAD,
 * then runs `bench:filing` (own measurement; the reference harness skipped) against each build in
 * alternating order for BENCH_ROUNDS rounds (3), and reports each run and the median filings/s of each side,
 * with the loss of HEAD against the base. Used for "filing does not lose more than 5 % with encryption
 * of personal data and partitions on".
 *
 *   BENCH_BASE=<commit> npm run bench:filing-ab   → bench/results/filing-ab.json (BENCH_RESULT to rename)
 *
 * Other knobs are those of bench:filing (BENCH_SECONDS, BENCH_CONNECTIONS, BENCH_FLOOR_SECONDS; 10 s here by default).
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildService } from './service';
import { environment, log, onCleanup, runBench, writeResult } from './support';

const BASE = process.env.BENCH_BASE;
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const RESULT = process.env.BENCH_RESULT ?? 'filing-ab.json';
const SECONDS = Number(process.env.BENCH_SECONDS ?? 20);

interface FilingRun {
  service: { rps: number; p50Ms: number; p99Ms: number; non2xx: number; cpuMsPerFiling: number };
  floor: { rps: number };
  outbox: { drained: boolean };
  environment: { loadavgAtStart: number[] };
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const commit = (ref: string) => execFileSync('git', ['rev-parse', '--short=12', ref], { cwd: __dirname, encoding: 'utf8' }).trim();

runBench('filing-ab', ROUNDS * 2 * (2 * SECONDS + 240) + 600, async () => {
  if (!BASE) throw new Error('BENCH_BASE (the commit to compare HEAD with) is required');
  const atStart = environment();
  const sides = { base: { ref: commit(BASE), dist: buildService(BASE) }, head: { ref: commit('HEAD'), dist: buildService('HEAD') } };
  const tmp = mkdtempSync(join(tmpdir(), 'wo-bench-ab-'));
  onCleanup(() => rmSync(tmp, { recursive: true, force: true }));
  const runs: { side: 'base' | 'head'; round: number; result: FilingRun }[] = [];
  for (let round = 1; round <= ROUNDS; round++) {
    // Alternate which side goes first, so a drift of the machine during a round weighs on both.
    const order: ('base' | 'head')[] = round % 2 ? ['base', 'head'] : ['head', 'base'];
    for (const side of order) {
      const file = join(tmp, `${side}-${round}.json`);
      log(`round ${round}: ${side} (${sides[side].ref})`);
      const out = spawnSync(process.execPath, ['-r', 'ts-node/register/transpile-only', join(__dirname, 'filing.bench.ts')], {
        cwd: join(__dirname, '..'),
        env: {
          ...process.env,
          BENCH_DIST: sides[side].dist,
          BENCH_RESULT: file,
          BENCH_REFERENCE: '0',
          BENCH_FLOOR_SECONDS: process.env.BENCH_FLOOR_SECONDS ?? '10',
        },
        stdio: ['ignore', 'ignore', 'inherit'],
      });
      if (out.status !== 0) throw new Error(`bench:filing for ${side} exited with ${out.status}`);
      runs.push({ side, round, result: JSON.parse(readFileSync(file, 'utf8')) as FilingRun });
    }
  }
  const summary = (side: 'base' | 'head') => {
    const mine = runs.filter((r) => r.side === side).map((r) => r.result);
    return {
      commit: sides[side].ref,
      medianRps: median(mine.map((r) => r.service.rps)),
      medianP50Ms: median(mine.map((r) => r.service.p50Ms)),
      medianP99Ms: median(mine.map((r) => r.service.p99Ms)),
      medianCpuMsPerFiling: median(mine.map((r) => r.service.cpuMsPerFiling)),
      medianFloorRps: median(mine.map((r) => r.floor.rps)),
      non2xx: mine.reduce((n, r) => n + r.service.non2xx, 0),
      outboxDrained: mine.every((r) => r.outbox.drained),
    };
  };
  const base = summary('base');
  const head = summary('head');
  const loss = Number((1 - head.medianRps / base.medianRps).toFixed(3));
  log(`base ${base.medianRps} rps, head ${head.medianRps} rps: loss ${(loss * 100).toFixed(1)} %`);
  writeResult(RESULT, {
    benchmark: 'filing-ab',
    generatedAt: new Date().toISOString(),
    environment: { ...atStart, loadavgAtEnd: loadavg().map((l) => Number(l.toFixed(2))) },
    method:
      `bench:filing's own measurement (production configuration, ${process.env.BENCH_CONNECTIONS ?? 32} connections, ${SECONDS} s after a 5 s warm-up, ` +
      'fresh scratch database each run) against two builds of committed trees, alternating which goes first each round; medians over the rounds. ' +
      'The floor is run in each run too (its rps shows how the machine itself drifted).',
    rounds: ROUNDS,
    base,
    head,
    lossOfHead: loss,
    goal: { maxLoss: 0.05, met: loss <= 0.05 },
    runs: runs.map((r) => ({
      side: r.side,
      round: r.round,
      rps: r.result.service.rps,
      p50Ms: r.result.service.p50Ms,
      p99Ms: r.result.service.p99Ms,
      non2xx: r.result.service.non2xx,
      cpuMsPerFiling: r.result.service.cpuMsPerFiling,
      floorRps: r.result.floor.rps,
      loadavgAtStart: r.result.environment.loadavgAtStart,
    })),
  });
});
