import { ChildProcess, spawn } from 'node:child_process';
import { join } from 'node:path';

const ROOT = join(__dirname, '..', '..');

export interface Spawned {
  child: ChildProcess;
  output: () => { stdout: string; stderr: string };
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null; at: number }>;
}

/** Runs a real entry point (src/main.ts, src/worker.ts, scripts/*.ts) through ts-node, as `npm start` would after a build. */
export function spawnEntry(file: string, env: Record<string, string>, args: string[] = []): Spawned {
  const child = spawn(process.execPath, ['-r', 'ts-node/register/transpile-only', join(ROOT, file), ...args], {
    cwd: ROOT,
    env: { ...process.env, LOG_LEVEL: 'warn', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (c: Buffer) => (stdout += c.toString()));
  child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null; at: number }>((resolve) =>
    child.once('exit', (code, signal) => resolve({ code, signal, at: Date.now() })),
  );
  return { child, output: () => ({ stdout, stderr }), exited };
}

/** Resolves when stdout contains `text`; rejects when the process exits first or `timeoutMs` passes. */
export async function waitForOutput(p: Spawned, text: string, timeoutMs = 60_000): Promise<void> {
  const end = Date.now() + timeoutMs;
  let gone = false;
  void p.exited.then(() => (gone = true));
  while (!p.output().stdout.includes(text)) {
    if (gone) throw new Error(`process exited before "${text}": ${JSON.stringify(p.output())}`);
    if (Date.now() > end) {
      // Not left behind: a stray worker could hold the lead of periodic work on this run's database.
      p.child.kill('SIGKILL');
      throw new Error(`no "${text}" within ${timeoutMs} ms: ${JSON.stringify(p.output())}`);
    }
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** Runs an entry point to its end (it is expected to stop by itself) and returns what it printed. */
export async function runToExit(file: string, env: Record<string, string>, timeoutMs = 60_000) {
  const p = spawnEntry(file, env);
  const timer = setTimeout(() => p.child.kill('SIGKILL'), timeoutMs);
  const { code } = await p.exited;
  clearTimeout(timer);
  return { code, ...p.output() };
}
