/**
 * Where a process's CPU time went, from a V8 .cpuprofile (node --cpu-prof): each sample is charged to
 * the nearest frame (leaf first) that belongs to a package or to the application, so time in Node's
 * internals and native code (socket writes, JSON, GC excepted) counts for whoever called it. Samples
 * under module loading (the boot) are left out; idle time is reported apart.
 *
 *   npx ts-node --transpile-only bench/cpu-profile.ts <file.cpuprofile>
 *   npx ts-node --transpile-only bench/cpu-profile.ts --out filing-profile.json <label>=<file.cpuprofile> …
 *     (several profiles side by side, written to bench/results/ with the environment)
 */
import { readFileSync } from 'node:fs';
import { environment, writeResult } from './support';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

/** Packages and application areas grouped into the parts of a filing's path. */
const GROUPS: [RegExp, string][] = [
  [/^(typeorm|@nestjs\/typeorm)$/, 'TypeORM (query building, entity hydration, persistence)'],
  [/^(pg|pg-protocol|pg-pool|pg-types|postgres-array|postgres-date|postgres-interval|postgres-bytea)$/, 'pg driver and socket I/O'],
  [
    /^(express|router|body-parser|raw-body|@nestjs\/platform-express|finalhandler|send|on-finished|iconv-lite|type-is|content-type|qs|helmet)$/,
    'HTTP adapter (Express, body parsing, helmet)',
  ],
  [/^(@nestjs\/core|@nestjs\/common|rxjs|reflect-metadata)$/, 'Nest core (routing, guards, pipes, interceptors)'],
  [
    /^(class-validator|class-transformer|validator|libphonenumber-js)$/,
    'validation and transformation (class-validator, class-transformer)',
  ],
  [
    /^(pino|pino-http|nestjs-pino|sonic-boom|@pinojs\/redact|fast-redact|pino-std-serializers|thread-stream|quick-format-unescaped|atomic-sleep)$/,
    'logging (pino)',
  ],
  [/^(ioredis|@nestjs\/throttler|redis-parser|cluster-key-slot|denque|standard-as-callback)$/, 'Redis client and rate limiting'],
  [/^(bullmq|@nestjs\/bullmq|msgpackr|cron-parser)$/, 'BullMQ (timers, relay jobs)'],
  [/^(prom-client|tdigest|bintrees)$/, 'metrics'],
  [/^app:src\/tickets$/, 'application: tickets (intake, transitions, views)'],
  [/^app:src\/(auth|throttle)$/, 'application: auth and throttling'],
  [/^app:src\/common$/, 'application: common (input boundary, errors, hardening)'],
  [/^app:src\/(sla|routing|taxonomy|org)$/, 'application: SLA, routing, taxonomy, org'],
  [/^app:/, 'application: other'],
];

function ownerOf(url: string): string | null {
  const nm = url.lastIndexOf('node_modules/');
  if (nm >= 0) {
    const parts = url.slice(nm + 'node_modules/'.length).split('/');
    return parts[0].startsWith('@') ? `${parts[0]}/${parts[1]}` : parts[0];
  }
  const m = /\/(src\/[^/]+)\//.exec(url);
  return m && !url.includes('node:') ? `app:${m[1]}` : null;
}

export interface ProfileSummary {
  sampledMs: number;
  idleMs: number;
  bootMs: number;
  busyMs: number;
  groups: { part: string; ms: number; percentOfBusy: number }[];
  topFunctions: { fn: string; selfMs: number; percentOfBusy: number }[];
}

export function summarizeProfile(file: string): ProfileSummary {
  const p = JSON.parse(readFileSync(file, 'utf8')) as Profile;
  const byId = new Map(p.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of p.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const timeOf = new Map<number, number>();
  p.samples.forEach((id, i) => timeOf.set(id, (timeOf.get(id) ?? 0) + (p.timeDeltas[i] ?? 0) / 1000));
  let sampled = 0;
  let idle = 0;
  let boot = 0;
  const groups = new Map<string, number>();
  const fns = new Map<string, number>();
  for (const [id, ms] of timeOf) {
    sampled += ms;
    const leaf = byId.get(id)!;
    if (leaf.callFrame.functionName === '(idle)') {
      idle += ms;
      continue;
    }
    let owner: string | null = null;
    let booting = false;
    for (let cur: number | undefined = id; cur !== undefined; cur = parent.get(cur)) {
      const f = byId.get(cur)!.callFrame;
      if (f.url.includes('internal/modules/cjs/loader')) booting = true;
      owner ??= ownerOf(f.url);
    }
    if (booting) {
      boot += ms;
      continue;
    }
    const name = leaf.callFrame.functionName;
    const part =
      name === '(garbage collector)'
        ? 'garbage collection'
        : owner === null
          ? 'Node internals without a package caller (timers, event loop)'
          : (GROUPS.find(([re]) => re.test(owner))?.[1] ?? `other packages (${owner})`);
    groups.set(part, (groups.get(part) ?? 0) + ms);
    const fn = `${name || '(anonymous)'} ${leaf.callFrame.url.replace(/.*node_modules\//, '').replace(/.*\/(src\/)/, '$1')}:${leaf.callFrame.lineNumber + 1}`;
    fns.set(fn, (fns.get(fn) ?? 0) + ms);
  }
  const busy = sampled - idle - boot;
  const pct = (ms: number) => Number(((100 * ms) / busy).toFixed(1));
  const r = (ms: number) => Math.round(ms);
  return {
    sampledMs: r(sampled),
    idleMs: r(idle),
    bootMs: r(boot),
    busyMs: r(busy),
    groups: [...groups].sort((a, b) => b[1] - a[1]).map(([part, ms]) => ({ part, ms: r(ms), percentOfBusy: pct(ms) })),
    topFunctions: [...fns]
      .sort((a, b) => b[1] - a[1])
      .slice(0, 25)
      .map(([fn, ms]) => ({ fn, selfMs: r(ms), percentOfBusy: pct(ms) })),
  };
}

if (require.main === module) {
  const args = process.argv.slice(2);
  if (args[0] === '--out') {
    const [, out, ...labelled] = args;
    const profiles = Object.fromEntries(labelled.map((a) => [a.slice(0, a.indexOf('=')), summarizeProfile(a.slice(a.indexOf('=') + 1))]));
    writeResult(out, {
      benchmark: 'cpu-profile',
      generatedAt: new Date().toISOString(),
      environment: environment(),
      method:
        'node --cpu-prof on the service process (BENCH_CPU_PROF=<dir> npm run bench:filing), summarized by bench/cpu-profile.ts: each sample charged to the nearest package or application frame; boot (module loading) and idle left out.',
      profiles,
    });
  } else if (args[0]) {
    console.log(JSON.stringify(summarizeProfile(args[0]), null, 2));
  } else {
    throw new Error('usage: cpu-profile.ts <file.cpuprofile> | --out <result.json> <label>=<file> …');
  }
}
