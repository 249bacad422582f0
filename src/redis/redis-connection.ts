import type { ConnectionOptions } from 'bullmq';
import Redis, { Cluster, RedisOptions } from 'ioredis';
import { redisOptionsFromUrl } from './redis-url';

/** A connection to whichever Redis the deployment runs: one server, a Sentinel-watched master, or a Cluster. */
export type RedisClient = Redis | Cluster;

/** The settings that say where Redis is (a subset of the validated configuration). */
export interface RedisSettings {
  REDIS_URL: string;
  REDIS_PREFIX: string;
  REDIS_CLUSTER_NODES?: string;
  REDIS_SENTINELS?: string;
  REDIS_SENTINEL_MASTER?: string;
  REDIS_SENTINEL_PASSWORD?: string;
}

export interface HostPort {
  host: string;
  port: number;
}

/** A prefix is hash-tagged when it holds `{tag}`: Redis Cluster then hashes only the tag, so every key of the service shares one slot. */
export const PREFIX_PATTERN = /^[A-Za-z0-9_:-]*(\{[A-Za-z0-9_:-]+\})?[A-Za-z0-9_:-]*$/;
export const isHashTagged = (prefix: string) => /\{[A-Za-z0-9_:-]+\}/.test(prefix);

/** `host:port,host:port` → addresses, or why the list is refused. */
export function parseHostList(value: string): HostPort[] | string {
  const items = value
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  if (items.length === 0) return 'names no host; use host:port[,host:port…]';
  const hosts: HostPort[] = [];
  for (const item of items) {
    const m = /^([A-Za-z0-9_.-]+|\[[0-9A-Fa-f:]+\]):(\d{1,5})$/.exec(item);
    if (!m || Number(m[2]) < 1 || Number(m[2]) > 65535) return `"${item}" is not host:port`;
    hosts.push({ host: m[1].replace(/^\[|\]$/g, ''), port: Number(m[2]) });
  }
  return hosts;
}

const hostsOf = (value: string): HostPort[] => {
  const hosts = parseHostList(value);
  if (typeof hosts === 'string') throw new Error(hosts);
  return hosts;
};

/**
 * One line per variable in a Redis topology that cannot work. The variables of one mode are
 * checked together; REDIS_URL keeps its credentials, TLS and (not in a Cluster) database role.
 */
export function redisTopologyProblems(s: RedisSettings): string[] {
  const lines: string[] = [];
  for (const name of ['REDIS_CLUSTER_NODES', 'REDIS_SENTINELS'] as const) {
    const value = s[name];
    const hosts = value === undefined ? [] : parseHostList(value);
    if (typeof hosts === 'string') lines.push(`${name}: ${hosts}`);
  }
  if (s.REDIS_CLUSTER_NODES && s.REDIS_SENTINELS) {
    lines.push('REDIS_SENTINELS: set either REDIS_SENTINELS (a Sentinel-watched master) or REDIS_CLUSTER_NODES (a Cluster), not both');
  }
  if (s.REDIS_SENTINELS && !s.REDIS_SENTINEL_MASTER)
    lines.push('REDIS_SENTINEL_MASTER: required with REDIS_SENTINELS (the master name the sentinels monitor)');
  if (s.REDIS_SENTINEL_MASTER && !s.REDIS_SENTINELS)
    lines.push('REDIS_SENTINELS: required with REDIS_SENTINEL_MASTER (comma-separated host:port of the sentinels)');
  if (s.REDIS_CLUSTER_NODES) {
    if (!isHashTagged(s.REDIS_PREFIX)) {
      lines.push(
        `REDIS_PREFIX: "${s.REDIS_PREFIX}" is not hash-tagged; with REDIS_CLUSTER_NODES every key of a queue must land in one slot, so wrap it in braces (e.g. {${s.REDIS_PREFIX.replace(/[{}]/g, '')}})`,
      );
    }
    const db = new URL(s.REDIS_URL).pathname.replace(/^\//, '');
    if (db !== '' && db !== '0') lines.push(`REDIS_URL: a Redis Cluster has only database 0; drop "/${db}" from REDIS_URL`);
  }
  return lines;
}

/** The variable that says where Redis is, and the addresses it names: what a boot error points at. */
export function redisTarget(s: RedisSettings): { variable: string; where: string } {
  if (s.REDIS_CLUSTER_NODES) return { variable: 'REDIS_CLUSTER_NODES', where: hostsOf(s.REDIS_CLUSTER_NODES).map(address).join(',') };
  if (s.REDIS_SENTINELS) {
    return {
      variable: 'REDIS_SENTINELS',
      where: `master "${s.REDIS_SENTINEL_MASTER}" through ${hostsOf(s.REDIS_SENTINELS).map(address).join(',')}`,
    };
  }
  const u = new URL(s.REDIS_URL);
  return { variable: 'REDIS_URL', where: `${u.hostname}:${u.port || 6379}` };
}

const address = (h: HostPort) => `${h.host}:${h.port}`;

/** What REDIS_URL contributes in every mode: credentials, TLS and the database; its host is only used for a single server. */
function credentials(url: string): RedisOptions {
  const { username, password, tls, db } = redisOptionsFromUrl(url);
  return { username, password, tls, db };
}

/** A write refused by a server that is no longer the master: reconnect (through the sentinels) and re-send the command. */
export const reconnectOnReadonly = (err: Error): 2 | false => (/^READONLY /.test(err.message) ? 2 : false);

/** Options of a single-server client: the server of REDIS_URL, or the master the sentinels name. */
function serverOptions(s: RedisSettings): RedisOptions {
  if (!s.REDIS_SENTINELS) return redisOptionsFromUrl(s.REDIS_URL);
  // The client asks the sentinels for the master at every (re)connect. A failover closes the
  // connections to the old master (it died, or the sentinels kill its clients when they demote it),
  // so they reconnect to whichever server the sentinels now name; a write that still reaches a
  // server turned replica is refused (READONLY), which reconnects and re-sends it.
  // ioredis's `failoverDetector` is left off on purpose: its `+switch-master` handler disconnects a
  // client that may be in the middle of asking the sentinels for the master (its old master is gone),
  // and such a client ends for good instead of reconnecting, so a BullMQ worker whose connection it was
  // stops taking jobs (test/e2e/sla-timers-sentinel.e2e-spec.ts failed about one run in eight with it).
  return {
    ...credentials(s.REDIS_URL),
    sentinels: hostsOf(s.REDIS_SENTINELS),
    name: s.REDIS_SENTINEL_MASTER,
    sentinelPassword: s.REDIS_SENTINEL_PASSWORD,
    reconnectOnError: reconnectOnReadonly,
  };
}

/** A client of the configured topology with per-connection `options` (timeouts, retries, offline queue). */
export function createRedisClient(s: RedisSettings, options: RedisOptions = {}): RedisClient {
  if (!s.REDIS_CLUSTER_NODES) return new Redis({ ...serverOptions(s), ...options });
  const { enableOfflineQueue, lazyConnect, retryStrategy, ...node } = options;
  const { db: _db, ...auth } = credentials(s.REDIS_URL);
  return new Cluster(hostsOf(s.REDIS_CLUSTER_NODES), {
    redisOptions: { ...auth, ...node },
    enableOfflineQueue,
    lazyConnect,
    clusterRetryStrategy: retryStrategy ?? undefined,
  });
}

/**
 * What BullMQ connects with. For one server or Sentinel, options: BullMQ opens (and closes) its own
 * connections from them. For a Cluster, a client (BullMQ builds only single-server clients from
 * options); workers duplicate it, so its nodes must retry forever (`maxRetriesPerRequest: null`),
 * and the caller closes it.
 */
export function bullConnection(s: RedisSettings): ConnectionOptions {
  // BullMQ's blocking connections retry forever; after an outage they reconnect at most a second
  // apart (its default backs off to 20 s, which kept timers unarmed long after Redis returned).
  const options: RedisOptions = { maxRetriesPerRequest: null, retryStrategy: (times: number) => Math.min(times * 200, 1000) };
  return s.REDIS_CLUSTER_NODES ? createRedisClient(s, options) : ({ ...serverOptions(s), ...options } as ConnectionOptions);
}

/**
 * The replication id (`master_replid`) of the server holding `key`. It changes whenever that
 * server's dataset may have diverged from what was written before: a replica promoted by a
 * failover, or a restart that could not resume its history. Null when the server does not say.
 */
export async function replicationId(client: RedisClient, key: string): Promise<string | null> {
  const server = client instanceof Cluster ? await slotOwner(client, key) : client;
  const info = await server.info('replication');
  return /^master_replid:([0-9a-f]+)/m.exec(info)?.[1] ?? null;
}

async function slotOwner(cluster: Cluster, key: string): Promise<Redis> {
  const slot = Number(await cluster.cluster('KEYSLOT', key));
  const [master] = cluster.slots[slot] ?? [];
  const node = cluster.nodes('master').find((n) => `${n.options.host}:${n.options.port}` === master);
  if (!node) throw new Error(`no known master serves slot ${slot}`);
  return node;
}
