import { INestApplicationContext } from '@nestjs/common';
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import { DrainState } from './drain-state';

/** Share of the grace period given to HTTP drain; the rest is for closing queues, pools and connections. */
const HTTP_SHARE = 0.6;

export interface ShutdownOptions {
  graceSeconds: number;
  /** The listening server of an HTTP role; absent for the worker. */
  http?: Server;
  log: (line: string) => void;
}

/**
 * SIGTERM/SIGINT handling for a process that must leave cleanly and on time. In order: readiness
 * fails at once (DrainState); the listener stops accepting and every response carries
 * `Connection: close`, so keep-alive clients reconnect elsewhere; in-flight requests finish; then
 * the application closes (BullMQ workers let active jobs finish, pools and connections close).
 * Whatever is still running when the grace period ends is abandoned and the process exits anyway:
 * timers and deliveries are durable in Postgres, and the reconciler and relay pick them up.
 */
export function installGracefulShutdown(app: INestApplicationContext, opts: ShutdownOptions): void {
  const drain = app.get(DrainState);
  if (opts.http) tellClientsWhenDraining(opts.http, drain);
  let started = false;
  const onSignal = (signal: NodeJS.Signals) => {
    if (started) return;
    started = true;
    const t0 = Date.now();
    const graceMs = opts.graceSeconds * 1000;
    drain.start();
    opts.log(`${signal}: draining (grace period ${opts.graceSeconds} s)`);
    setTimeout(() => {
      opts.log(`shutdown: grace period of ${opts.graceSeconds} s elapsed; exiting, unfinished work is left to the reconciler`);
      process.exit(1);
    }, graceMs).unref();
    void (async () => {
      if (opts.http) await closeHttp(opts.http, graceMs * HTTP_SHARE);
      await app.close();
      opts.log(`shutdown: done in ${Date.now() - t0} ms`);
      process.exit(0);
    })().catch((err: unknown) => {
      opts.log(`shutdown: ${(err as Error).message}`);
      process.exit(1);
    });
  };
  process.on('SIGTERM', onSignal);
  process.on('SIGINT', onSignal);
}

/**
 * Once draining, every response says `Connection: close`, in-flight ones included: writeHead is
 * where the headers are fixed, so the check sits there rather than at the start of the request.
 */
function tellClientsWhenDraining(server: Server, drain: DrainState): void {
  server.prependListener('request', (_req: IncomingMessage, res: ServerResponse) => {
    // eslint-disable-next-line @typescript-eslint/unbound-method -- kept to be re-applied below with the response as `this`
    const writeHead = res.writeHead;
    res.writeHead = function (this: ServerResponse, ...args: Parameters<ServerResponse['writeHead']>) {
      if (drain.draining && !this.headersSent) this.setHeader('Connection', 'close');
      return writeHead.apply(this, args);
    } as ServerResponse['writeHead'];
  });
}

/** Stops accepting, closes idle keep-alive sockets, waits for in-flight requests up to `budgetMs`, then cuts the rest. */
async function closeHttp(server: Server, budgetMs: number): Promise<void> {
  const closed = new Promise<void>((resolve) => server.close(() => resolve()));
  server.closeIdleConnections();
  // A keep-alive socket that turns idle after its last response is closed by that response's header;
  // one that was idle and silent is closed here as soon as it is seen idle.
  const sweep = setInterval(() => server.closeIdleConnections(), 100);
  let timer: NodeJS.Timeout | undefined;
  await Promise.race([closed, new Promise<void>((resolve) => (timer = setTimeout(resolve, budgetMs)))]);
  clearInterval(sweep);
  clearTimeout(timer);
  server.closeAllConnections();
}
