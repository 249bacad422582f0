import { AsyncLocalStorage } from 'node:async_hooks';
import { Inject, Injectable, Logger, OnModuleDestroy, OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import { dataSourceOptions } from './data-source';

/** Where a request's replica-eligible reads go; set for the duration of one request (see ReplicaReadInterceptor). */
export interface ReadRoute {
  /** The replica chosen for this request, or null: the primary. */
  replica: Replica | null;
}

export const readRoute = new AsyncLocalStorage<ReadRoute>();

/** One streaming replica: its pool and what the last probes said of it. */
export interface Replica {
  readonly index: number;
  readonly db: DataSource;
  up: boolean;
  /** How far behind the primary it is, in milliseconds (null until the first probe answered). */
  lagMs: number | null;
}

/** A connection that failed, as opposed to a statement the server refused: worth repeating on the primary. */
export function isConnectionFailure(e: unknown): boolean {
  const err = e as { code?: string; message?: string } | null;
  if (!err) return false;
  const code = err.code ?? '';
  return (
    /^(ECONNREFUSED|ECONNRESET|ETIMEDOUT|EPIPE|ENOTFOUND|EHOSTUNREACH)$/.test(code) ||
    code.startsWith('08') ||
    code === '57P01' ||
    code === '57P02' ||
    code === '57P03' ||
    /Connection terminated|connection timeout|timeout exceeded when trying to connect/i.test(err.message ?? '')
  );
}

/**
 * Streaming replicas for staff reads (DATABASE_REPLICA_URLS). Each replica is probed every
 * DATABASE_REPLICA_PROBE_MS: its replay position is compared with the primary's write positions of the
 * recent past, so its lag is "the age of the oldest primary position it has not replayed" — zero when
 * idle and caught up, growing while replay is paused or the stream is cut, independent of clocks. A
 * replica that does not answer, or lags more than DATABASE_REPLICA_MAX_LAG_MS, is not chosen.
 */
@Injectable()
export class ReadReplicas implements OnModuleInit, OnModuleDestroy {
  private readonly log = new Logger('ReadReplicas');
  readonly replicas: Replica[];
  /** (time, primary write position) samples of the last few seconds, oldest first. */
  private samples: { at: number; lsn: bigint }[] = [];
  private timer: NodeJS.Timeout | undefined;
  private next = 0;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @InjectDataSource() private readonly primary: DataSource,
  ) {
    this.replicas = replicaUrls(config).map((url, index) => {
      const base = dataSourceOptions(url);
      const db = new DataSource({
        ...base,
        migrations: [],
        extra: { max: 10, connectionTimeoutMillis: 2_000 },
      });
      return { index, db, up: false, lagMs: null };
    });
  }

  get enabled(): boolean {
    return this.replicas.length > 0;
  }

  get maxLagMs(): number {
    return this.config.DATABASE_REPLICA_MAX_LAG_MS;
  }

  async onModuleInit(): Promise<void> {
    if (!this.enabled) return;
    await Promise.all(this.replicas.map((r) => r.db.initialize().catch((e: Error) => this.log.warn(`replica ${r.index}: ${e.message}`))));
    await this.probe();
    this.timer = setInterval(() => void this.probe(), this.config.DATABASE_REPLICA_PROBE_MS);
    this.timer.unref();
  }

  async onModuleDestroy(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    await Promise.all(this.replicas.filter((r) => r.db.isInitialized).map((r) => r.db.destroy().catch(() => undefined)));
  }

  /** A replica within the lag bound, round robin; null when none is: read from the primary. */
  choose(): Replica | null {
    const fit = this.replicas.filter((r) => r.up && r.lagMs !== null && r.lagMs <= this.maxLagMs);
    if (!fit.length) return null;
    return fit[this.next++ % fit.length];
  }

  /** A query on a replica failed to connect: leave it out until a probe finds it answering again. */
  markDown(replica: Replica): void {
    if (replica.up) this.log.warn(`replica ${replica.index} does not answer; reading from the primary`);
    replica.up = false;
  }

  async probe(): Promise<void> {
    const now = Date.now();
    try {
      const [{ lsn }] = await this.primary.query<{ lsn: string }[]>(`SELECT pg_wal_lsn_diff(pg_current_wal_lsn(), '0/0')::text AS lsn`);
      this.samples.push({ at: now, lsn: BigInt(lsn) });
    } catch {
      // Without the primary's position the lags cannot be refreshed; the replicas keep their last state.
      return;
    }
    const keepMs = Math.max(this.maxLagMs * 4, 10_000);
    while (this.samples.length > 2 && this.samples[0].at < now - keepMs) this.samples.shift();
    await Promise.all(this.replicas.map((r) => this.probeOne(r, now)));
  }

  private async probeOne(r: Replica, now: number): Promise<void> {
    try {
      if (!r.db.isInitialized) await r.db.initialize();
      const [row] = await r.db.query<{ replay: string | null }[]>(
        `SELECT pg_wal_lsn_diff(pg_last_wal_replay_lsn(), '0/0')::text AS replay`,
      );
      if (row.replay === null) {
        // Not in recovery: a primary was configured as a replica. Never read from it as one.
        r.up = false;
        return;
      }
      const replay = BigInt(row.replay);
      const behind = this.samples.find((s) => s.lsn > replay);
      r.lagMs = behind ? now - behind.at : 0;
      r.up = true;
    } catch {
      r.up = false;
    }
  }
}

export function replicaUrls(config: Pick<AppConfig, 'DATABASE_REPLICA_URLS'>): string[] {
  return config.DATABASE_REPLICA_URLS.split(',')
    .map((u) => u.trim())
    .filter(Boolean);
}

/** Methods of a DataSource whose failure on a replica is repeated on the primary (the reads are read-only). */
const RETRIED = new Set<PropertyKey>(['query', 'transaction']);

/**
 * The DataSource the replica-eligible repositories (queues, KPIs, search, exports) hold: every call
 * goes to the replica chosen for the current request, or to the primary outside such a request or when
 * none was chosen. A query or transaction that cannot reach its replica is run again on the primary.
 */
export function routingDataSource(primary: DataSource, replicas: ReadReplicas): DataSource {
  return new Proxy(primary, {
    get(target, prop) {
      const replica = readRoute.getStore()?.replica ?? null;
      const db = replica?.db ?? target;
      const value: unknown = Reflect.get(db, prop, db);
      if (typeof value !== 'function') return value;
      const fn = value as (...args: unknown[]) => unknown;
      if (!replica || !RETRIED.has(prop)) return fn.bind(db);
      return async (...args: unknown[]) => {
        try {
          return await fn.apply(db, args);
        } catch (e) {
          if (!isConnectionFailure(e)) throw e;
          replicas.markDown(replica);
          const again = Reflect.get(target, prop, target) as (...a: unknown[]) => unknown;
          return again.apply(target, args);
        }
      };
    },
  });
}

export const READ_DATA_SOURCE = Symbol('READ_DATA_SOURCE');

/** Inject the DataSource of replica-eligible reads (see routingDataSource). */
export const InjectReadDataSource = () => Inject(READ_DATA_SOURCE);
