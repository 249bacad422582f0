/**
 * Node options of the shipped service process (the image's `NODE_OPTIONS`, `npm start`, and the
 * benchmarks' service). A young generation of up to 64 MB per semi-space instead of V8's default: a
 * filing's request objects live until its group is committed, and with the default most of them
 * survived a scavenge and were promoted, to be collected again by the costlier major collection.
 * Measured by `bench:filing` in alternating runs (docs/performance.md): about a fifth less CPU a
 * filing and a fifth more filings a second, for about 120 MB more resident memory under that load.
 */
export const SERVICE_NODE_OPTIONS = ['--max-semi-space-size=64'];
