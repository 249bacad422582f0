/**
 * Private highly available Redis topologies for a suite: a Cluster of masters, or a master with a
 * replica watched by a Sentinel. Each is started on the ports given, in a scratch directory, and
 * removed by its `stop()`.
 */
import { ChildProcess, execFile, spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import Redis from 'ioredis';
import { eventually } from './processes';

const HOST = '127.0.0.1';

/** Starts redis-server with `args` and resolves once it answers PING. */
async function serve(port: number, args: string[]): Promise<ChildProcess> {
  const proc = spawn('redis-server', args, { stdio: 'ignore' });
  await eventually(() => ping(port), 10_000, 50);
  return proc;
}

async function ping(port: number): Promise<boolean> {
  const probe = new Redis({ host: HOST, port, lazyConnect: true, retryStrategy: () => null, maxRetriesPerRequest: 0 });
  probe.on('error', () => undefined);
  try {
    await probe.connect();
    return (await probe.ping()) === 'PONG';
  } catch {
    return false;
  } finally {
    probe.disconnect();
  }
}

/** A client of one node, for inspecting or commanding it directly; it reconnects (a Sentinel drops the clients of a server it reconfigures). */
export const nodeClient = (port: number) =>
  new Redis({ host: HOST, port, maxRetriesPerRequest: 1, retryStrategy: () => 100 }).on('error', () => undefined);

function killAll(procs: ChildProcess[]): void {
  for (const p of procs) {
    p.kill('SIGCONT');
    p.kill('SIGKILL');
  }
}

export interface RedisClusterHandle {
  /** `REDIS_CLUSTER_NODES` for the service. */
  nodes: string;
  stop(): void;
}

/** A Cluster of one master per port (no replicas), every slot assigned, state ok on every node. */
export async function startRedisCluster(ports: number[]): Promise<RedisClusterHandle> {
  const dir = mkdtempSync(join(tmpdir(), 'wo-cluster-'));
  const procs: ChildProcess[] = [];
  const stop = () => {
    killAll(procs);
    rmSync(dir, { recursive: true, force: true });
  };
  try {
    for (const port of ports) {
      procs.push(
        await serve(port, [
          ...['--port', String(port), '--bind', HOST, '--dir', dir, '--save', '', '--appendonly', 'no'],
          ...['--cluster-enabled', 'yes', '--cluster-config-file', `nodes-${port}.conf`, '--cluster-node-timeout', '2000'],
        ]),
      );
    }
    const addresses = ports.map((p) => `${HOST}:${p}`);
    await promisify(execFile)('redis-cli', ['--cluster', 'create', ...addresses, '--cluster-replicas', '0', '--cluster-yes']);
    for (const port of ports) {
      const node = nodeClient(port);
      try {
        await eventually(async () => /cluster_state:ok/.test(await node.cluster('INFO')), 15_000, 100);
      } finally {
        node.disconnect();
      }
    }
    return { nodes: addresses.join(','), stop };
  } catch (err) {
    stop();
    throw err;
  }
}

export interface SentinelHandle {
  /** `REDIS_SENTINELS` and `REDIS_SENTINEL_MASTER` for the service. */
  sentinels: string;
  masterName: string;
  master: ChildProcess;
  replica: ChildProcess;
  masterPort: number;
  replicaPort: number;
  sentinelPort: number;
  stop(): void;
}

/**
 * A master, one replica of it, and one Sentinel (quorum 1) that declares the master down after
 * one second without an answer and then promotes the replica.
 */
export async function startSentinelSet(
  ports: { master: number; replica: number; sentinel: number },
  masterName: string,
): Promise<SentinelHandle> {
  const dir = mkdtempSync(join(tmpdir(), 'wo-sentinel-'));
  const procs: ChildProcess[] = [];
  const stop = () => {
    killAll(procs);
    rmSync(dir, { recursive: true, force: true });
  };
  const base = (port: number) => ['--port', String(port), '--bind', HOST, '--dir', dir, '--save', '', '--appendonly', 'no'];
  try {
    const master = await serve(ports.master, base(ports.master));
    procs.push(master);
    const replica = await serve(ports.replica, [...base(ports.replica), '--replicaof', HOST, String(ports.master)]);
    procs.push(replica);
    const conf = join(dir, 'sentinel.conf');
    writeFileSync(
      conf,
      [
        `port ${ports.sentinel}`,
        `bind ${HOST}`,
        `dir ${dir}`,
        `sentinel monitor ${masterName} ${HOST} ${ports.master} 1`,
        `sentinel down-after-milliseconds ${masterName} 1000`,
        `sentinel failover-timeout ${masterName} 10000`,
        '',
      ].join('\n'),
    );
    procs.push(await serve(ports.sentinel, [conf, '--sentinel']));
    const sentinel = nodeClient(ports.sentinel);
    try {
      // Ready when the sentinel knows the replica and the replica has synchronised.
      await eventually(
        async () => {
          const replicas = (await sentinel.call('SENTINEL', 'REPLICAS', masterName)) as string[][];
          return replicas.some((fields) => fields.includes(String(ports.replica)) && fields[fields.indexOf('flags') + 1] === 'slave');
        },
        20_000,
        100,
      );
    } finally {
      sentinel.disconnect();
    }
    return {
      sentinels: `${HOST}:${ports.sentinel}`,
      masterName,
      master,
      replica,
      masterPort: ports.master,
      replicaPort: ports.replica,
      sentinelPort: ports.sentinel,
      stop,
    };
  } catch (err) {
    stop();
    throw err;
  }
}
