import { execFileSync } from 'node:child_process';
import { chownSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { eventually } from './processes';

/** Debian's PostgreSQL server binaries (the newest installed major). */
function pgBin(name: string): string {
  const majors = readdirSync('/usr/lib/postgresql').sort((a, b) => Number(b) - Number(a));
  return join('/usr/lib/postgresql', majors[0], 'bin', name);
}

/** PostgreSQL refuses to run as root: the server tools run as the `postgres` user when the test is root. */
function asPostgres(cmd: string, args: string[]): void {
  const asRoot = process.getuid?.() === 0;
  execFileSync(asRoot ? 'runuser' : cmd, asRoot ? ['-u', 'postgres', '--', cmd, ...args] : args, { stdio: 'pipe', timeout: 60_000 });
}

function ownedDir(prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  if (process.getuid?.() === 0) {
    const uid = Number(execFileSync('id', ['-u', 'postgres']).toString().trim());
    const gid = Number(execFileSync('id', ['-g', 'postgres']).toString().trim());
    chownSync(dir, uid, gid);
  }
  return dir;
}

/** A PostgreSQL server of the test's own, on a loopback port, removed by stop(). */
export interface PgServer {
  port: number;
  dir: string;
  url(database: string): string;
  query<T = Record<string, unknown>>(sql: string, database?: string): Promise<T[]>;
  stop(mode?: 'fast' | 'immediate'): void;
  remove(): void;
}

function server(dir: string, port: number): PgServer {
  const data = join(dir, 'data');
  let running = true;
  return {
    port,
    dir,
    url: (database) => `postgres://postgres@127.0.0.1:${port}/${database}`,
    async query<T>(sql: string, database = 'postgres') {
      const c = new Client({ connectionString: `postgres://postgres@127.0.0.1:${port}/${database}` });
      await c.connect();
      try {
        return (await c.query(sql)).rows as T[];
      } finally {
        await c.end();
      }
    },
    stop(mode = 'fast') {
      if (!running) return;
      running = false;
      try {
        asPostgres(pgBin('pg_ctl'), ['-D', data, '-m', mode, '-w', 'stop']);
      } catch {
        // already gone
      }
    },
    remove() {
      this.stop('immediate');
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

async function start(dir: string, port: number): Promise<void> {
  const data = join(dir, 'data');
  const options = [
    `-p ${port}`,
    '-c listen_addresses=127.0.0.1',
    `-c unix_socket_directories=${dir}`,
    '-c fsync=off',
    '-c synchronous_commit=off',
    '-c full_page_writes=off',
    '-c shared_buffers=32MB',
    '-c max_connections=60',
    '-c hot_standby=on',
  ].join(' ');
  asPostgres(pgBin('pg_ctl'), ['-D', data, '-l', join(dir, 'server.log'), '-o', options, '-w', '-t', '60', 'start']);
  await eventually(async () => {
    const c = new Client({ connectionString: `postgres://postgres@127.0.0.1:${port}/postgres` });
    try {
      await c.connect();
      await c.query('SELECT 1');
      return true;
    } catch {
      return false;
    } finally {
      await c.end().catch(() => undefined);
    }
  }, 30_000);
}

/** A new primary (initdb, trust for local and replication connections, as initdb writes it). */
export async function startPrimary(port: number): Promise<PgServer> {
  const dir = ownedDir('wo-pg-primary-');
  const primary = server(dir, port);
  try {
    asPostgres(pgBin('initdb'), ['-D', join(dir, 'data'), '-A', 'trust', '-U', 'postgres', '--no-sync', '-E', 'UTF8', '--locale=C']);
    await start(dir, port);
  } catch (e) {
    primary.remove();
    throw e;
  }
  return primary;
}

/** A streaming replica of `primary` (`pg_basebackup -R`), in hot standby on `port`. */
export async function startReplica(primary: PgServer, port: number): Promise<PgServer> {
  const dir = ownedDir('wo-pg-replica-');
  const replica = server(dir, port);
  try {
    asPostgres(pgBin('pg_basebackup'), [
      '-h',
      '127.0.0.1',
      '-p',
      String(primary.port),
      '-U',
      'postgres',
      '-D',
      join(dir, 'data'),
      '-R',
      '-X',
      'stream',
      '--no-sync',
      '--checkpoint=fast',
    ]);
    await start(dir, port);
  } catch (e) {
    replica.remove();
    throw e;
  }
  const [{ recovering }] = await replica.query<{ recovering: boolean }>('SELECT pg_is_in_recovery() AS recovering');
  if (!recovering) throw new Error('the replica is not in recovery');
  return replica;
}
