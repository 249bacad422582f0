import { EventEmitter, once } from 'node:events';
import type { Writable } from 'node:stream';

/** Resolves when `stream` can take more (its 'drain'), or when `out` closes; never waits on a stream that is gone. */
export async function drainedOrClosed(stream: EventEmitter, out: Writable): Promise<void> {
  if (out.destroyed) return;
  const done = new AbortController();
  await Promise.race([once(stream, 'drain', { signal: done.signal }), once(out, 'close', { signal: done.signal })]).finally(() =>
    done.abort(),
  );
}
