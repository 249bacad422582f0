import { execFileSync } from 'node:child_process';

/** The commit the benchmark ran on, with `-dirty` when it ran the work tree and that differs from the commit in src/ or migrations/. */
export function gitCommit(worktree = true): string {
  const run = (...args: string[]) => execFileSync('git', args, { cwd: __dirname, encoding: 'utf8' }).trim();
  try {
    const head = run('rev-parse', '--short=12', 'HEAD');
    const dirty = worktree && run('status', '--porcelain', '--', '../src', '../migrations').length > 0;
    return dirty ? `${head}-dirty` : head;
  } catch {
    return 'unknown';
  }
}
