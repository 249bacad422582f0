import { Inject, Injectable, Logger, OnApplicationShutdown } from '@nestjs/common';
import { createHash, timingSafeEqual } from 'node:crypto';
import { createServer, IncomingMessage, Server, ServerResponse } from 'node:http';
import { AddressInfo } from 'node:net';
import { problem } from '../common/problem-details.filter';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import { MetricsService } from '../metrics/metrics.service';
import { DrainState } from './drain-state';
import { dependencyResponse, HealthResponse, readinessResponse } from './health-responses';
import { ReadinessService } from './readiness.service';

/**
 * The worker role has no API, but an orchestrator still needs its liveness and readiness, and
 * Prometheus its counters (firings, webhook attempts): a plain HTTP listener on WORKER_PORT with
 * `/health`, `/health/live`, `/health/ready` and `/metrics`, nothing else.
 */
@Injectable()
export class WorkerHttpServer implements OnApplicationShutdown {
  private readonly logger = new Logger(WorkerHttpServer.name);
  private readonly server: Server;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly readiness: ReadinessService,
    private readonly metrics: MetricsService,
    private readonly drain: DrainState,
  ) {
    this.server = createServer((req, res) => void this.handle(req, res));
    this.server.keepAliveTimeout = 5000;
  }

  get port(): number {
    return (this.server.address() as AddressInfo | null)?.port ?? 0;
  }

  /** Called by the worker entry point; application contexts built elsewhere (tests, scripts) open no port. */
  async listen(): Promise<number> {
    await new Promise<void>((resolve, reject) => {
      this.server.once('error', reject);
      this.server.listen(this.config.WORKER_PORT, '0.0.0.0', () => {
        this.server.off('error', reject);
        resolve();
      });
    });
    return this.port;
  }

  async onApplicationShutdown(): Promise<void> {
    if (!this.server.listening) return;
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    if (this.drain.draining) res.setHeader('Connection', 'close');
    const path = (req.url ?? '/').split('?')[0];
    try {
      if (req.method !== 'GET' && req.method !== 'HEAD') return send(res, { status: 405, body: problem(405, 'METHOD_NOT_ALLOWED') });
      switch (path) {
        case '/health/live':
          return send(res, { status: 200, body: { status: 'alive' } });
        case '/health/ready':
          return send(res, readinessResponse(await this.readiness.readiness()));
        case '/health': {
          const [postgres, redis] = await Promise.all([this.readiness.postgres(), this.readiness.redisStatus()]);
          return send(res, dependencyResponse({ postgres, redis }));
        }
        case '/metrics': {
          // The same switch and secret as the API's /metrics.
          if (!this.config.METRICS_ENABLED) return send(res, { status: 404, body: problem(404, 'NOT_FOUND', `no route ${path}`) });
          if (this.config.METRICS_TOKEN && !sameSecret(req.headers.authorization, this.config.METRICS_TOKEN)) {
            res.setHeader('WWW-Authenticate', 'Bearer realm="metrics"');
            return send(res, { status: 401, body: problem(401, 'UNAUTHENTICATED', 'this endpoint needs its access token') });
          }
          const text = await this.metrics.scrape();
          res.writeHead(200, { 'Content-Type': this.metrics.contentType });
          res.end(text);
          return;
        }
        default:
          return send(res, { status: 404, body: problem(404, 'NOT_FOUND', `no route ${path} on the worker port`) });
      }
    } catch (err) {
      this.logger.error({ err }, 'worker health endpoint failed');
      send(res, { status: 500, body: problem(500, 'INTERNAL') });
    }
  }
}

function send(res: ServerResponse, { status, body }: HealthResponse): void {
  res.writeHead(status, { 'Content-Type': status >= 400 ? 'application/problem+json' : 'application/json' });
  res.end(JSON.stringify(body));
}

function sameSecret(header: string | undefined, token: string): boolean {
  const given = /^Bearer\s+(\S+)$/i.exec(header ?? '')?.[1];
  const digest = (v: string) => createHash('sha256').update(v).digest();
  return given !== undefined && timingSafeEqual(digest(given), digest(token));
}
