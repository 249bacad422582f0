/**
 * `npm run bench:timers`: the steady benchmark (100,000 armed stages, lag; `timers.bench.ts`), or with
 * BENCH_VARIANT=burst / cliff one shared instant for 10,000 / 50,000 stages (`timers-burst.ts`).
 */
if (process.env.BENCH_VARIANT) void import('./timers-burst');
else void import('./timers.bench');
