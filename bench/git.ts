import { execFileSync } from 'node:child_process';

/** The commit the benchmark ran on, with `-dirty` when the work tree differs from it. */
export function gitCommit(): string {
  const run = (...args: string[]) => execFileSync('git', args, { cwd: __dirname, encoding: 'utf8' }).trim();
  try {
    const head = run('rev-parse', '--short=12', 'HEAD');
    const dirty = run('status', '--porcelain', '--', '../src', '../migrations').length > 0;
    return dirty ? `${head}-dirty` : head;
  } catch {
    return 'unknown';
  }
}
